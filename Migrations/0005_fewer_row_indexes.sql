-- Fewer indexes on the three biggest tables: sentences, mentions and paragraphs.
--
-- Each row still names its article (and a sentence its paragraph, a mention its sentence), but only its
-- section is a foreign key, and the one column indexed: deleting an article deletes its sections, and
-- deleting a section deletes its paragraphs, sentences and mentions. A foreign key must be indexed to be
-- checked without a scan of the whole table, and the other indexes (a sentence's article and position,
-- its paragraph; a mention's article and sentence; a paragraph's article and position) were a third of
-- the archive's rows and index size, and their upkeep a good part of the ingest time. Search and
-- `show` reach these rows through their section.
--
-- Rows keep their ids. SQLite cannot drop a constraint in place, so each table is copied into a new
-- one: the children first, so that no drop cascades into a table still to be copied. Sentences and
-- paragraphs of one section are in id order, which is their order in the article.

DROP VIEW sentence_texts;

CREATE TABLE new_mentions (
    id INTEGER PRIMARY KEY,
    actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL,
    section_id INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    -- NULL for a mention in a section headline
    sentence_id INTEGER,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    -- the text as written: "Macron", "The US president"
    surface TEXT NOT NULL,
    role_as_written TEXT
);
INSERT INTO new_mentions
SELECT id, actor_id, article_id, section_id, sentence_id, start_offset, end_offset, surface, role_as_written
FROM mentions;
DROP TABLE mentions;
ALTER TABLE new_mentions RENAME TO mentions;
CREATE INDEX mentions_actor ON mentions (actor_id);
CREATE INDEX mentions_section ON mentions (section_id);

CREATE TABLE new_sentences (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL,
    section_id INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    paragraph_id INTEGER NOT NULL,
    -- position in the article
    position INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL
);
INSERT INTO new_sentences
SELECT id, article_id, section_id, paragraph_id, position, start_offset, end_offset FROM sentences;
DROP TABLE sentences;
ALTER TABLE new_sentences RENAME TO sentences;
CREATE INDEX sentences_section ON sentences (section_id);

CREATE TABLE new_paragraphs (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL,
    section_id INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    -- position in the article
    position INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL
);
INSERT INTO new_paragraphs SELECT id, article_id, section_id, position, start_offset, end_offset FROM paragraphs;
DROP TABLE paragraphs;
ALTER TABLE new_paragraphs RENAME TO paragraphs;
CREATE INDEX paragraphs_section ON paragraphs (section_id);

CREATE VIEW sentence_texts AS
SELECT s.id, s.article_id, s.section_id, s.paragraph_id, s.position,
    substr(sec.body, s.start_offset - sec.body_start + 1, s.end_offset - s.start_offset) AS text
FROM sentences AS s JOIN sections AS sec ON sec.id = s.section_id;
