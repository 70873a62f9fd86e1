-- Sentences and paragraphs are stored in their section's order: WITHOUT ROWID tables keyed
-- (section_id, id), in place of rowid tables with an index on section_id.
--
-- Every query reaches these rows through their section (search, `show`, the web pages, deletion), and
-- the index repeated each row's section and id beside the row itself. On 10k generated articles
-- (Scripts/bench's corpus), the two indexes were 10.4 MB of the archive's 181.0 MB. A sentence or
-- paragraph is now found by its section and its id: `mention_contexts` joins a mention's sentence on
-- both. Ids stay unique, as ingest hands them out in order (see ArchiveStore.nextID(inSectionTable:)).
-- See https://www.sqlite.org/withoutrowid.html
--
-- Each table is copied into a new one, as in 0005; the views naming them go first and come back as
-- they were, but for that join.

DROP VIEW sentence_texts;
DROP VIEW mention_contexts;

CREATE TABLE new_sentences (
    section_id INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    paragraph_id INTEGER NOT NULL,
    -- position in the article
    position INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    PRIMARY KEY (section_id, id)
) WITHOUT ROWID;
INSERT INTO new_sentences (section_id, id, paragraph_id, position, start_offset, end_offset)
SELECT section_id, id, paragraph_id, position, start_offset, end_offset FROM sentences ORDER BY section_id, id;
DROP TABLE sentences;
ALTER TABLE new_sentences RENAME TO sentences;

CREATE TABLE new_paragraphs (
    section_id INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    -- position in the article
    position INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    PRIMARY KEY (section_id, id)
) WITHOUT ROWID;
INSERT INTO new_paragraphs (section_id, id, position, start_offset, end_offset)
SELECT section_id, id, position, start_offset, end_offset FROM paragraphs ORDER BY section_id, id;
DROP TABLE paragraphs;
ALTER TABLE new_paragraphs RENAME TO paragraphs;

CREATE VIEW sentence_texts AS
SELECT s.id, sec.article_id, s.section_id, s.paragraph_id, s.position,
    substr(sec.body, s.start_offset - sec.body_start + 1, s.end_offset - s.start_offset) AS text
FROM sentences AS s JOIN sections AS sec ON sec.id = s.section_id;

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
LEFT JOIN sentences AS s ON s.section_id = m.section_id AND s.id = m.sentence_id;
