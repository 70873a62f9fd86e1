-- Mentions are stored in their section's order (a WITHOUT ROWID table keyed (section_id, id), as 0020 did
-- for sentences and paragraphs), and which articles name an actor is a table of its own, actor_articles:
-- one row per actor and article, with how many mentions the article has of it.
--
-- On 10k generated articles (Scripts/bench's corpus: 791,571 mentions, 174,307 actor-article pairs) the
-- two indexes of mentions were 21.0 MB of the archive's 172.9 MB: mentions_section repeated each row's
-- section and id, and mentions_actor held a row per mention where an actor's pages, counts and filters
-- only ask which articles name the actor. An actor's mentions are now found through its articles, then
-- each article's sections: `actors mentions`, search by actor, a trend, a merge.
--
-- A mention no longer repeats its section's article (mention_contexts reads it from the section). It keeps
-- the id it had; new ones are handed out from id_sequences ('mentions': the next id), since the largest id
-- is no longer at the end of any key (re-extraction writes new mentions into old sections).
-- A sentence no longer names its paragraph either: it is the paragraph of its section whose offsets hold
-- the sentence's (sentence_texts still shows it). On 100k generated articles the two columns were 50 MB.
-- mentions.actor_id no longer references actors: SQLite would scan every mention to check it when an
-- actor is deleted, and an actor is only deleted once no article names it (its actor_articles rows, which
-- do reference it, say so). actor_articles_actor is the index a large ingest makes at its end (0007).
-- See https://www.sqlite.org/withoutrowid.html

DROP VIEW mention_contexts;
DROP VIEW sentence_texts;

CREATE TABLE new_sentences (
    section_id INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    -- position in the article
    position INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    PRIMARY KEY (section_id, id)
) WITHOUT ROWID;
INSERT INTO new_sentences (section_id, id, position, start_offset, end_offset)
SELECT section_id, id, position, start_offset, end_offset FROM sentences ORDER BY section_id, id;
DROP TABLE sentences;
ALTER TABLE new_sentences RENAME TO sentences;

CREATE VIEW sentence_texts AS
SELECT s.id, sec.article_id, s.section_id,
    (SELECT p.id FROM paragraphs AS p WHERE p.section_id = s.section_id AND p.start_offset <= s.start_offset
        AND s.end_offset <= p.end_offset) AS paragraph_id,
    s.position, substr(sec.body, s.start_offset - sec.body_start + 1, s.end_offset - s.start_offset) AS text
FROM sentences AS s JOIN sections AS sec ON sec.id = s.section_id;

CREATE TABLE new_mentions (
    section_id INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    actor_id INTEGER NOT NULL,
    -- NULL for a mention in a section headline
    sentence_id INTEGER,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    -- the text as written ("Macron", "The US president"); NULL when it is the text at start_offset and
    -- end_offset (in the headline before body_start, else in the body), as it always is now
    surface TEXT,
    role_as_written TEXT,
    role_reference INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (section_id, id)
) WITHOUT ROWID;
INSERT INTO new_mentions (section_id, id, actor_id, sentence_id, start_offset, end_offset, surface, role_as_written,
    role_reference)
SELECT section_id, id, actor_id, sentence_id, start_offset, end_offset, surface, role_as_written, role_reference
FROM mentions ORDER BY section_id, id;

CREATE TABLE id_sequences (
    name TEXT NOT NULL PRIMARY KEY,
    next_id INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO id_sequences (name, next_id) SELECT 'mentions', coalesce(max(id), 0) + 1 FROM mentions;

CREATE TABLE actor_articles (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    -- how many mentions of the actor the article has
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article_id, actor_id)
) WITHOUT ROWID;
INSERT INTO actor_articles (article_id, actor_id, mentions)
SELECT article_id, actor_id, count(*) FROM mentions GROUP BY article_id, actor_id ORDER BY article_id, actor_id;
DROP TABLE mentions;
ALTER TABLE new_mentions RENAME TO mentions;
-- With the count, so that an actor's mentions and articles are counted from the index alone.
CREATE INDEX actor_articles_actor ON actor_articles (actor_id, article_id, mentions);
-- An ingest that stopped before making mentions_actor again left its SQL here; that index is gone.
DELETE FROM deferred_indexes WHERE name = 'mentions_actor';

-- mention_contexts gives the section's article, so that a query naming articles reads only their sections'
-- mentions.
CREATE VIEW mention_contexts AS
SELECT m.id AS mention_id, m.actor_id, act.name AS actor, act.kind, sec.article_id, a.title, a.published,
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
