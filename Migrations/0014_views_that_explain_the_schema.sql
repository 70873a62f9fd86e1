-- Two views for people reading the archive with SQL (the sqlite3 shell, Datasette), and the comments
-- of `articles` brought in step with its columns.
--
-- article_texts: one row per article, its whole cleaned text as ingest read it (each section's
-- headline and body, blocks separated by a blank line), so that offsets into the article (paragraphs,
-- sentences, mentions: code points, half-open) read as substr(text, start_offset + 1, end_offset -
-- start_offset).
--
-- mention_contexts: one row per mention, with its actor, its article (title, published date) and the
-- sentence holding it (the section's headline for a mention in a headline).

CREATE VIEW article_texts AS
SELECT a.id AS article_id, a.title, a.published,
    (SELECT group_concat(block, char(10) || char(10)) FROM (
        SELECT CASE WHEN sec.headline IS NULL THEN sec.body
            WHEN sec.body = '' THEN sec.headline
            ELSE sec.headline || char(10) || char(10) || sec.body END AS block
        FROM sections AS sec WHERE sec.article_id = a.id ORDER BY sec.position)) AS text
FROM articles AS a;

CREATE VIEW mention_contexts AS
SELECT m.id AS mention_id, m.actor_id, act.name AS actor, act.kind, m.article_id, a.title, a.published,
    m.surface,
    coalesce(substr(sec.body, s.start_offset - sec.body_start + 1, s.end_offset - s.start_offset), sec.headline)
        AS sentence
FROM mentions AS m
JOIN actors AS act ON act.id = m.actor_id
JOIN sections AS sec ON sec.id = m.section_id
JOIN articles AS a ON a.id = sec.article_id
LEFT JOIN sentences AS s ON s.id = m.sentence_id;

-- The CREATE TABLE text SQLite keeps (what `.schema` and Datasette show) still held the comments of
-- 0001: `published` "else as written" (0011 made such dates NULL), and the comment of the dropped
-- `body` column left standing above `original`. Only comments change, each replaced where it is
-- found word for word, so the table SQLite parses is the same; SQLite's ALTER TABLE cannot edit a
-- comment, and copying the table to a new one would rewrite every article.
-- See https://www.sqlite.org/pragma.html#pragma_writable_schema
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(replace(sql,
    '-- ISO 8601 (YYYY-MM-DD or with a time) when the date could be read, else as written',
    '-- ISO 8601 at its precision (2005, 2005-03, 2005-03-11, 2005-03-11T10:03:00Z), sorting as dates do; NULL'
        || char(10) || '    -- when there is none or it could not be read (published_as_written keeps the text as written)'),
    '-- the cleaned article: headlines and paragraphs separated by blank lines',
    '-- the file as read, deflated by zlib against the article''s text (a value of original_size bytes is the'
        || char(10) || '    -- text itself); original_size: its length in UTF-8 bytes. The text is in sections (see article_texts)')
WHERE type = 'table' AND name = 'articles';
PRAGMA writable_schema = OFF;
