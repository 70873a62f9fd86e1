-- Near-duplicates: syndicated and lightly edited copies of one story (sentences dropped or moved, a
-- trailer added, another headline), which byte-for-byte comparison misses.
--
-- article_signatures: each article's MinHash signature (see `MinHashSignature` in the source): 60
-- values of 16 bits, big-endian, from the words of its text taken three at a time (one hash per
-- shingle, into 60 bins). Articles of fewer than 22 words have none.
--
-- similar_articles: pairs of articles whose signatures agree on at least 30% of their values (the
-- estimated Jaccard similarity of their three-word shingles), found when the later of the two was
-- ingested. The smaller id comes first. A pair is found only when the two agree on one of 20 bands
-- of 3 values, so pairs under about 0.45 are only some of those there are.
--
-- near_duplicates: the pairs similar enough to be copies of one story: 0.6 or more. On half of 300
-- edited copies of BBC articles (Scripts/eval-duplicates, seed 15), every threshold from 0.4 to 0.6
-- grouped every pair of one story and no other (0.35: two BBC follow-up reports join; 0.65: a copy
-- missing a fifth of its sentences falls out); the highest is kept, as grouping two stories wrongly
-- hides one from search, while missing a pair only shows a copy twice. A group of copies is every
-- article a chain of such pairs links; search shows one article of a group and names the others
-- ("also in #…").
--
-- Deleting an article deletes its signature and pairs; the store links its former neighbours again
-- where they are similar themselves, so a group does not fall apart for losing a member between two.
-- Archives made before this migration get signatures and pairs in its transaction
-- (ArchiveStore.findNearDuplicatesOfStoredArticles).

CREATE TABLE article_signatures (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    minhash BLOB NOT NULL
);

CREATE TABLE similar_articles (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    other_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    similarity REAL NOT NULL,
    PRIMARY KEY (article_id, other_id),
    CHECK (article_id < other_id)
) WITHOUT ROWID;
CREATE INDEX similar_articles_other ON similar_articles (other_id);

CREATE VIEW near_duplicates AS
SELECT article_id, other_id, similarity FROM similar_articles WHERE similarity >= 0.6;
