-- A mention's text as written is stored once: in its section, not again in `mentions.surface`.
--
-- mentions.surface is NULL when it is the text at the mention's offsets, which is every mention
-- news-archive writes: the headline's text for a mention before the section's body_start (the headline
-- starts at the section's start_offset), else the body's. Only a value that differs from that text (none
-- so far: the 791,571 mentions of 10k generated articles all matched) is kept. `mention_contexts` shows
-- the text either way, and the store reads it the same way (ArchiveStore.mentionSurfaceSQL).
-- On 10k generated articles (Scripts/bench), surface was 7.7 MB of the archive's 188.5 MB.
--
-- SQLite cannot drop a NOT NULL constraint with ALTER TABLE; removing one leaves the stored rows as they
-- are, so the table's CREATE text is edited in place, as SQLite documents, and the schema read again
-- (RESET) before the rows are. A table written before this keeps the free space the update leaves in its
-- pages until `VACUUM`.
-- See https://www.sqlite.org/lang_altertable.html#otheralter

PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql,
    '    -- the text as written: "Macron", "The US president"' || char(10) || '    surface TEXT NOT NULL,',
    '    -- the text as written ("Macron", "The US president"); NULL when it is the text at start_offset and'
        || char(10) || '    -- end_offset (in the headline before body_start, else in the body), as it always is now'
        || char(10) || '    surface TEXT,')
WHERE type = 'table' AND name = 'mentions';
PRAGMA writable_schema = RESET;

UPDATE mentions SET surface = NULL
WHERE surface = (SELECT CASE WHEN mentions.start_offset >= sec.body_start
        THEN substr(sec.body, mentions.start_offset - sec.body_start + 1, mentions.end_offset - mentions.start_offset)
        ELSE substr(sec.headline, mentions.start_offset - sec.start_offset + 1, mentions.end_offset - mentions.start_offset)
        END
    FROM sections AS sec WHERE sec.id = mentions.section_id);

DROP VIEW mention_contexts;
CREATE VIEW mention_contexts AS
SELECT m.id AS mention_id, m.actor_id, act.name AS actor, act.kind, m.article_id, a.title, a.published,
    coalesce(m.surface, CASE WHEN m.start_offset >= sec.body_start
        THEN substr(sec.body, m.start_offset - sec.body_start + 1, m.end_offset - m.start_offset)
        ELSE substr(sec.headline, m.start_offset - sec.start_offset + 1, m.end_offset - m.start_offset) END)
        AS surface,
    coalesce(substr(sec.body, s.start_offset - sec.body_start + 1, s.end_offset - s.start_offset), sec.headline)
        AS sentence
FROM mentions AS m
JOIN actors AS act ON act.id = m.actor_id
JOIN sections AS sec ON sec.id = m.section_id
JOIN articles AS a ON a.id = sec.article_id
LEFT JOIN sentences AS s ON s.id = m.sentence_id;
