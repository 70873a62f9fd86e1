-- The section index merges 32 segments at a time, and only then: no longer 16, nor in a crisis at 16.
--
-- Ingest writes one segment of `sections_fts` per transaction (600 articles). With automerge 16,
-- FTS5's crisis merge (crisismerge, 16 by default) merged the 16 segments of a level at once as
-- soon as there were 16: on 10k generated articles that rewrote the whole index once, a third of
-- the indexing's instructions (sections of 10k articles indexed 600 articles to a transaction:
-- 10.5 G instructions with 16 and 16, 7.1 G with 32 and 64, valgrind), and left 28 MB of freed pages
-- in the file. From 32 on, segments are merged 32 at a time, bit by bit as ingest writes; 64 at
-- once only in a crisis. At 100k articles the indexing took as long either way (24.0 s against
-- 23.7 s of CPU, 500k sections in the sqlite3 shell), with fewer segments at its end (12 against
-- 17); a search of 10k articles reads 17 segments instead of 2, which moved bench-search's median
-- by no more than its run-to-run noise (10.7-12.5 ms against 11.0-11.4 ms, 50 queries, 3 runs).
-- See https://www.sqlite.org/fts5.html#the_automerge_configuration_option

INSERT INTO sections_fts (sections_fts, rank) VALUES ('automerge', 32);
INSERT INTO sections_fts (sections_fts, rank) VALUES ('crisismerge', 64);
