-- Indexes a large ingest drops while it runs and makes again when it ends, with their SQL.
--
-- Keeping `mentions_actor` up to date row by row costs a random write per mention: at 100k articles
-- it took 7–11 s of the ingest, while `CREATE INDEX` makes it anew from all 2.8M mentions in under a
-- second. An ingest that adds many articles relative to those stored drops the index (its SQL kept
-- here, in the same transaction) and makes it again at its end. If the ingest stops before that,
-- the next ingest makes it again, or `news-archive check --rebuild`; `check` reports it meanwhile.

CREATE TABLE deferred_indexes (
    name TEXT NOT NULL PRIMARY KEY,
    sql TEXT NOT NULL
);
