-- Articles, their sections, paragraphs and sentences, and full-text indexes over them.
--
-- Offsets (start_offset, end_offset) count Unicode code points into articles.body, half-open, so
-- substr(body, start_offset + 1, end_offset - start_offset) is the text.
-- FTS tables follow the sqlite-utils convention (X_fts, content="X", triggers X_ai/X_ad/X_au) so that
-- the sqlite3 CLI, sqlite-utils and Datasette find them.

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    -- 'metadata' (a Title: line), 'first_line', 'derived' (made up by the parser) or 'override' (--title)
    title_origin TEXT NOT NULL,
    source TEXT,
    url TEXT,
    -- ISO 8601 (YYYY-MM-DD or with a time) when the date could be read, else as written
    published TEXT,
    byline TEXT,
    ingested_at TEXT NOT NULL,
    -- SHA-256 (hex) of the file's bytes: the same bytes are one article
    content_hash TEXT NOT NULL UNIQUE,
    -- 'utf-8' or 'windows-1252' (legacy files read by fallback)
    encoding TEXT NOT NULL,
    -- the cleaned article: headlines and paragraphs separated by blank lines
    body TEXT NOT NULL,
    -- the file as it was read (decoded, line ends as found)
    original_text TEXT NOT NULL
);

-- Every path an article was ingested from, so a re-run reports 'unchanged' and a copy 'duplicate'.
CREATE TABLE article_files (
    path TEXT NOT NULL PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ingested_at TEXT NOT NULL
);
CREATE INDEX article_files_article ON article_files (article_id);

CREATE TABLE sections (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    -- NULL for the lede
    headline TEXT,
    body TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    UNIQUE (article_id, position)
);

CREATE TABLE paragraphs (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    section_id INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    -- position in the article
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    UNIQUE (article_id, position)
);
CREATE INDEX paragraphs_section ON paragraphs (section_id);

CREATE TABLE sentences (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    section_id INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    paragraph_id INTEGER NOT NULL REFERENCES paragraphs (id) ON DELETE CASCADE,
    -- position in the article
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    UNIQUE (article_id, position)
);
CREATE INDEX sentences_section ON sentences (section_id);
CREATE INDEX sentences_paragraph ON sentences (paragraph_id);

-- What cleaning left out of an article, and why, for audit.
CREATE TABLE removed_blocks (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    -- 'repeated_block', 'trailer' or 'metadata'
    reason TEXT NOT NULL,
    detail TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX removed_blocks_article ON removed_blocks (article_id);

-- Headlines of unrelated articles listed in a "You may also like" trailer. Not indexed.
CREATE TABLE related_links (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    headline TEXT NOT NULL
);
CREATE INDEX related_links_article ON related_links (article_id);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, content="articles", content_rowid="id", tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title) VALUES (new.id, new.title);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title) VALUES ('delete', old.id, old.title);
END;
CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title) VALUES ('delete', old.id, old.title);
    INSERT INTO articles_fts (rowid, title) VALUES (new.id, new.title);
END;

CREATE VIRTUAL TABLE sections_fts USING fts5(
    headline, body, content="sections", content_rowid="id", tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER sections_ai AFTER INSERT ON sections BEGIN
    INSERT INTO sections_fts (rowid, headline, body) VALUES (new.id, new.headline, new.body);
END;
CREATE TRIGGER sections_ad AFTER DELETE ON sections BEGIN
    INSERT INTO sections_fts (sections_fts, rowid, headline, body) VALUES ('delete', old.id, old.headline, old.body);
END;
CREATE TRIGGER sections_au AFTER UPDATE ON sections BEGIN
    INSERT INTO sections_fts (sections_fts, rowid, headline, body) VALUES ('delete', old.id, old.headline, old.body);
    INSERT INTO sections_fts (rowid, headline, body) VALUES (new.id, new.headline, new.body);
END;

CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text, content="sentences", content_rowid="id", tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER sentences_au AFTER UPDATE ON sentences BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
END;
