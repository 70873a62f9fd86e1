-- The section index merges its segments 16 at a time, not FTS5's default 4.
--
-- Ingest adds one segment to `sections_fts` per batch of articles, and FTS5 merges segments as they
-- pile up: with 4 at a time, each indexed term is rewritten about once per level, log4 of the
-- number of batches. Merging 16 at a time halves the levels; on 10k generated articles it took about
-- 12 % of the ingest's CPU time off, and a search reads at most 15 segments a level instead of 3,
-- which did not change search times measurably (Scripts/bench).
-- See https://www.sqlite.org/fts5.html#the_automerge_configuration_option

INSERT INTO sections_fts (sections_fts, rank) VALUES ('automerge', 16);
