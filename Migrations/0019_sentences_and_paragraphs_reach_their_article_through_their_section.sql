-- Sentences and paragraphs no longer name their article: their section does.
--
-- sentences.article_id and paragraphs.article_id repeated sections.article_id; no query read them since
-- 0005 (search, `show` and deletion reach these rows through their section), and they took 2.4 MB of
-- 10k generated articles' archive (Scripts/bench). `sentence_texts` keeps its `article_id` column, now
-- its section's. ALTER TABLE DROP COLUMN rewrites the two tables; a view naming the column must go
-- first. See https://www.sqlite.org/lang_altertable.html#altertabdropcol

DROP VIEW sentence_texts;
ALTER TABLE sentences DROP COLUMN article_id;
ALTER TABLE paragraphs DROP COLUMN article_id;

CREATE VIEW sentence_texts AS
SELECT s.id, sec.article_id, s.section_id, s.paragraph_id, s.position,
    substr(sec.body, s.start_offset - sec.body_start + 1, s.end_offset - s.start_offset) AS text
FROM sentences AS s JOIN sections AS sec ON sec.id = s.section_id;
