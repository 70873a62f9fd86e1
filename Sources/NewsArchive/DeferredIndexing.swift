import NewsSQLite

// Ingest fills the full-text indexes once per transaction instead of through their per-row
// triggers: its connection fires no triggers while it writes (SQLite 3.40's FTS5 writes its pending
// terms to disk at every statement savepoint, so a trigger firing per section wrote a tiny index
// segment per section, and merging them took half the ingest time). Each transaction indexes the rows
// it added before it commits, so every committed state of the archive has its indexes in step, and
// the schema keeps its triggers for every other writer. (Dropping the triggers for the transaction
// instead changed the schema, and made SQLite prepare every cached statement again at each one.)

extension ArchiveStore {
    /// The full-text indexes of row tables ingest fills per transaction, and the columns each indexes.
    static let indexesFilledPerTransaction = [
        (table: "articles", index: "articles_fts", columns: "title"),
        (table: "sections", index: "sections_fts", columns: "headline, body"),
    ]

    /// The last row id of each table of `indexesFilledPerTransaction`: the rows after it are new.
    func lastRowIDsToIndex() throws -> [Int] {
        try Self.indexesFilledPerTransaction.map { try nextID(in: $0.table) - 1 }
    }

    /// Indexes the rows added after `lastRowIDs` (from `lastRowIDsToIndex`), one statement per index.
    func indexRows(after lastRowIDs: [Int]) throws {
        for (entry, lastRowID) in zip(Self.indexesFilledPerTransaction, lastRowIDs) {
            try connection.run(
                """
                INSERT INTO \(entry.index) (rowid, \(entry.columns))
                SELECT id, \(entry.columns) FROM \(entry.table) WHERE id > ? ORDER BY id
                """, lastRowID)
        }
    }
}

/// Keeps `actors_fts` in step with the actors a transaction adds or gives new aliases, in a few
/// statements before it commits (see `ArchiveStore.indexesFilledPerTransaction`).
struct ActorIndexBatch {
    /// Actors from this id on are new in the transaction.
    var firstNewID: Int
    /// Actors that were in the index before the transaction and changed in it, with the values indexed then.
    var indexedValues: [Int: (name: String, aliases: String)] = [:]

    /// Call before changing the name or aliases of actor `id`.
    mutating func rememberIndexedValues(of id: Int, in connection: Connection) throws {
        guard id < firstNewID, indexedValues[id] == nil,
            let row = try connection.firstRow("SELECT name, aliases FROM actors WHERE id = ?", id)
        else { return }
        indexedValues[id] = (row[0].string ?? "", row[1].string ?? "")
    }

    /// Re-indexes the changed actors and indexes the new ones.
    func finish(in connection: Connection) throws {
        for (id, old) in indexedValues {
            try connection.run(
                "INSERT INTO actors_fts (actors_fts, rowid, name, aliases) VALUES ('delete', ?, ?, ?)", id, old.name, old.aliases)
        }
        // Two statements, changed actors first (their ids are lower): with `OR`, SQLite scanned every actor.
        try connection.run(
            """
            INSERT INTO actors_fts (rowid, name, aliases) SELECT id, name, aliases FROM actors
            WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id
            """, "[" + indexedValues.keys.sorted().map(String.init).joined(separator: ",") + "]")
        try connection.run(
            """
            INSERT INTO actors_fts (rowid, name, aliases) SELECT id, name, aliases FROM actors
            WHERE id >= ? ORDER BY id
            """, firstNewID)
    }
}

extension ArchiveStore {
    /// Indexes of row tables a large ingest drops and makes anew at its end (see migration 0007):
    /// one whose keys arrive in random order, so that keeping it up to date costs a random page write
    /// per row.
    static let indexesMadeAfterLargeIngest = ["actor_articles_actor"]

    /// Whether an ingest of `count` articles is large enough to make its deferrable indexes anew rather than
    /// keep them up to date: at least 1,000 articles and a quarter of those already stored.
    func isLargeIngest(of count: Int) throws -> Bool {
        guard count >= 1_000 else { return false }
        let stored = try connection.firstRow("SELECT count(*) FROM articles")?[0].int ?? 0
        return count * 4 >= stored
    }

    /// Drops the deferrable indexes, keeping their SQL in `deferred_indexes`, in one transaction.
    func deferIndexes() throws {
        try connection.transaction {
            for name in Self.indexesMadeAfterLargeIngest {
                guard let sql = try connection.storedSQL(of: "index", named: name) else { continue }
                try connection.run("INSERT OR REPLACE INTO deferred_indexes (name, sql) VALUES (?, ?)", name, sql)
                try connection.execute("DROP INDEX \(name)")
            }
        }
    }

    /// Makes again the indexes a large ingest dropped, if any: at the end of that ingest, or at the
    /// start of the next ingest or `check --rebuild` after one stopped early. (Not on every open: a
    /// search during a large ingest must not make the index under it.)
    func makeDeferredIndexes() throws {
        let deferred = try connection.rows("SELECT name, sql FROM deferred_indexes ORDER BY name")
        guard !deferred.isEmpty else { return }
        // The sort behind CREATE INDEX takes as much memory as the page cache is allowed: both stay
        // small meanwhile (a 1 MB cache sorted 2.8M mentions as fast as a 16 MB one).
        let cacheSize = try connection.firstRow("PRAGMA cache_size")?[0].int ?? -2000
        try connection.execute("PRAGMA cache_size = -1024")
        defer { try? connection.execute("PRAGMA cache_size = \(cacheSize)") }
        try connection.transaction {
            for row in deferred {
                guard let name = row[0].string, let sql = row[1].string else { continue }
                if try connection.storedSQL(of: "index", named: name) == nil { try connection.execute(sql) }
                try connection.run("DELETE FROM deferred_indexes WHERE name = ?", name)
            }
        }
    }
}

extension ArchiveStore {
    /// Makes the deferred indexes at the end of a large ingest; a failure says that the articles are
    /// stored and which command makes the indexes.
    func makeDeferredIndexesAfterIngest() throws {
        do {
            try makeDeferredIndexes()
        } catch let error as SQLiteError {
            throw ArchiveError(
                .storage,
                "Archive '\(path)': the articles are stored, but making the index \(Self.indexesMadeAfterLargeIngest.joined(separator: ", ")) failed (\(error.message)); run 'news-archive check --rebuild' to make it.",
                underlying: error)
        }
    }
}

extension Connection {
    /// The SQL that made the trigger or index (`type`) called `name`, as `sqlite_schema` keeps it; nil
    /// when there is none.
    func storedSQL(of type: String, named name: String) throws -> String? {
        try firstRow("SELECT sql FROM sqlite_schema WHERE type = ? AND name = ?", type, name)?[0].string
    }
}
