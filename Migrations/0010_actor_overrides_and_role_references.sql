-- Corrections users make to actors, kept so that every later ingest and `reextract` applies them again,
-- and role references told apart from names.
--
-- actor_overrides: one row per correction, applied in id order. An actor is named by its name and kind
-- as they were when the correction was made; each correction rewrites that key (merge, rename, kind) or
-- edits the aliases of the actor the key leads to (alias_add, alias_remove). So "Bush", merged into
-- "George W Bush", is stored under George W Bush however often extraction finds a "Bush" again.
--
--   action        name, kind          other_name, other_kind     value
--   merge         the actor kept      the actor merged into it   NULL
--   rename        the actor           NULL                       the new name
--   kind          the actor           NULL                       the new kind
--   alias_add     the actor           NULL                       the alias
--   alias_remove  the actor           NULL                       the alias
--
-- mentions.role_reference: 1 for a mention that names no one and was resolved from a role alone ("The
-- US president"). Such text is a role reference, not an alias: it is no longer stored in
-- actor_aliases. Stored mentions are marked here by their shape: "the" and the role as written
-- ("The US president" for "US president"), which told role references from names exactly over the BBC
-- corpus and the fixtures (248 of 248, no name); aliases that only such mentions gave are taken out.
-- `news-archive reextract` marks them from extraction itself.

CREATE TABLE actor_overrides (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('merge', 'rename', 'kind', 'alias_add', 'alias_remove')),
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'place')),
    other_name TEXT,
    other_kind TEXT CHECK (other_kind IN ('person', 'organization', 'place')),
    value TEXT,
    created_at TEXT NOT NULL,
    CHECK ((action = 'merge') = (other_name IS NOT NULL AND other_kind IS NOT NULL)),
    CHECK ((action = 'merge') = (value IS NULL)),
    CHECK (action <> 'kind' OR value IN ('person', 'organization', 'place'))
);

ALTER TABLE mentions ADD COLUMN role_reference INTEGER NOT NULL DEFAULT 0;

UPDATE mentions SET role_reference = 1
WHERE role_as_written IS NOT NULL AND lower(surface) = 'the ' || lower(role_as_written);

CREATE TEMP TABLE role_reference_aliases AS
SELECT DISTINCT m.actor_id, m.surface AS alias FROM mentions AS m JOIN actors AS a ON a.id = m.actor_id
WHERE m.role_reference AND m.surface <> a.name
    AND NOT EXISTS (SELECT 1 FROM mentions AS n
        WHERE n.actor_id = m.actor_id AND n.surface = m.surface AND NOT n.role_reference);
DELETE FROM actor_aliases WHERE (actor_id, alias) IN (SELECT actor_id, alias FROM role_reference_aliases);
UPDATE actors SET aliases = coalesce((SELECT group_concat(alias, char(10)) FROM
        (SELECT alias FROM actor_aliases WHERE actor_id = actors.id ORDER BY alias)), '')
WHERE id IN (SELECT actor_id FROM role_reference_aliases);
DROP TABLE role_reference_aliases;
