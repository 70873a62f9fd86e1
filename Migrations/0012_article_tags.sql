-- Tags: names a user gives articles, as many as they like ('ingest --tag', '--tag-from-folder', 'tag add').
--
-- One row per article and tag; a tag is its name, compared without regard to case ('Sport' is 'sport').
-- Deleting an article deletes its tags.

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (article_id, tag)
) WITHOUT ROWID;
CREATE INDEX article_tags_tag ON article_tags (tag);
