-- The section index keeps up to 8 MB of new terms in memory before it writes them out, not FTS5's
-- default 1 MB.
--
-- FTS5 collects a transaction's terms in an in-memory hash table and writes them as a new segment
-- when the transaction commits or the table passes this size. With 1 MB a transaction of ingest
-- wrote several small segments, which the automerge then rewrote: rebuilding the index of 100,000
-- generated sections took 5.2 s with 1 MB and 2.7 s with 8 MB (4 MB: 3.2 s, 16 MB: 3.0 s). The table
-- is freed at each flush, so this is an upper bound on the memory it takes, not a cost at rest.
-- 'hashsize' is read by FTS5's fts5_config.c like 'automerge' (Debian's 3.40.1 has it), though the
-- FTS5 page does not list it; an SQLite without it refuses the statement, and the migration with it.

INSERT INTO sections_fts (sections_fts, rank) VALUES ('hashsize', 8388608);
