-- One copy of the text and one full-text index over it.
--
-- Sections hold the article's text: their headline and body. Paragraphs and sentences keep only their
-- offsets into the article (code points, half-open, as before); `sentence_texts` shows a sentence's text.
-- `sections_fts` is the one full-text index of the text: search finds sections there and picks the
-- sentences that match inside them. Indexing every sentence a second time doubled the ingest time and
-- the index size.
--
-- The file as it was read is kept in `articles.original`, deflated by zlib with the article's text as a
-- preset dictionary (see `OriginalText` in the source), `original_size` being its length in UTF-8 bytes.
-- A value whose length is `original_size` is the text itself, not deflated (archives made before this
-- migration).

DROP TRIGGER sentences_ai;
DROP TRIGGER sentences_ad;
DROP TRIGGER sentences_au;
DROP TABLE sentences_fts;
ALTER TABLE sentences DROP COLUMN text;
ALTER TABLE paragraphs DROP COLUMN text;

-- Where the body starts in the article (the first paragraph's offset; the headline comes before it).
ALTER TABLE sections ADD COLUMN body_start INTEGER NOT NULL DEFAULT 0;
DROP TRIGGER sections_au;
UPDATE sections SET body_start = coalesce(
    (SELECT min(start_offset) FROM paragraphs WHERE paragraphs.section_id = sections.id), end_offset);
CREATE TRIGGER sections_au AFTER UPDATE OF headline, body ON sections BEGIN
    INSERT INTO sections_fts (sections_fts, rowid, headline, body) VALUES ('delete', old.id, old.headline, old.body);
    INSERT INTO sections_fts (rowid, headline, body) VALUES (new.id, new.headline, new.body);
END;

ALTER TABLE articles ADD COLUMN original BLOB NOT NULL DEFAULT x'';
ALTER TABLE articles ADD COLUMN original_size INTEGER NOT NULL DEFAULT 0;
DROP TRIGGER articles_au;
UPDATE articles SET original = CAST(original_text AS BLOB), original_size = length(CAST(original_text AS BLOB));
CREATE TRIGGER articles_au AFTER UPDATE OF title ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title) VALUES ('delete', old.id, old.title);
    INSERT INTO articles_fts (rowid, title) VALUES (new.id, new.title);
END;
ALTER TABLE articles DROP COLUMN original_text;
ALTER TABLE articles DROP COLUMN body;

CREATE VIEW sentence_texts AS
SELECT s.id, s.article_id, s.section_id, s.paragraph_id, s.position,
    substr(sec.body, s.start_offset - sec.body_start + 1, s.end_offset - s.start_offset) AS text
FROM sentences AS s JOIN sections AS sec ON sec.id = s.section_id;
