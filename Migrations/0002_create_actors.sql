-- Named actors (people, organisations, places), their aliases, roles and every mention.
--
-- One actor per (name, kind) across the archive: the same name in two articles is one actor, and two
-- people who only share a surname keep their full names apart.

CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    -- 'person', 'organization' or 'place'
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'place')),
    -- the normalised role and its country from the latest-published article naming one ("President", "France")
    role TEXT,
    country TEXT,
    role_published TEXT,
    -- every surface form seen (the actor_aliases rows), one per line, for the full-text index; the store
    -- keeps it in step, writing it once per article that adds an alias
    aliases TEXT NOT NULL DEFAULT '',
    UNIQUE (name, kind)
);

CREATE TABLE actor_aliases (
    actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (actor_id, alias)
) WITHOUT ROWID;
CREATE INDEX actor_aliases_alias ON actor_aliases (alias COLLATE NOCASE);

-- A role as one article gives it: normalised ("President", "France") and as written ("French President").
CREATE TABLE actor_roles (
    id INTEGER PRIMARY KEY,
    actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    role TEXT,
    country TEXT,
    published TEXT,
    UNIQUE (actor_id, article_id)
);
CREATE INDEX actor_roles_article ON actor_roles (article_id);

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    section_id INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    -- NULL for a mention in a section headline
    sentence_id INTEGER REFERENCES sentences (id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    -- the text as written: "Macron", "The US president"
    surface TEXT NOT NULL,
    role_as_written TEXT
);
CREATE INDEX mentions_actor ON mentions (actor_id);
CREATE INDEX mentions_sentence ON mentions (sentence_id);
CREATE INDEX mentions_article ON mentions (article_id);

-- Names are not stemmed: "Starmer" must not match "Starm*".
CREATE VIRTUAL TABLE actors_fts USING fts5(
    name, aliases, content="actors", content_rowid="id", tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER actors_ai AFTER INSERT ON actors BEGIN
    INSERT INTO actors_fts (rowid, name, aliases) VALUES (new.id, new.name, new.aliases);
END;
CREATE TRIGGER actors_ad AFTER DELETE ON actors BEGIN
    INSERT INTO actors_fts (actors_fts, rowid, name, aliases) VALUES ('delete', old.id, old.name, old.aliases);
END;
-- Only a change to the indexed columns re-indexes (roles change often during ingest).
CREATE TRIGGER actors_au AFTER UPDATE OF name, aliases ON actors BEGIN
    INSERT INTO actors_fts (actors_fts, rowid, name, aliases) VALUES ('delete', old.id, old.name, old.aliases);
    INSERT INTO actors_fts (rowid, name, aliases) VALUES (new.id, new.name, new.aliases);
END;
