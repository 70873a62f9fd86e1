import NewsSQLite

// Ingest fills the full-text indexes once per batch instead of through their per-row triggers: the
// triggers are dropped at the start of the batch's transaction and made again, from the SQL the
// migrations stored, before it commits, so every committed state of the archive has them.

extension ArchiveStore {
    /// The full-text indexes ingest fills once per batch rather than row by row, with the trigger that
    /// otherwise keeps each in step with its table. SQLite 3.40's FTS5 writes its pending terms to disk
    /// at every statement savepoint, so a trigger firing per section wrote a tiny index segment per
    /// section, and merging them took half the ingest time.
    static let indexesFilledPerBatch = [
        (trigger: "articles_ai", table: "articles", index: "articles_fts", columns: "title"),
        (trigger: "sections_ai", table: "sections", index: "sections_fts", columns: "headline, body"),
    ]

    /// A trigger set aside for one batch: its SQL, as the migration wrote it, and the last row id its
    /// table held before the batch.
    struct SuspendedTrigger {
        var entry: (trigger: String, table: String, index: String, columns: String)
        var sql: String
        var lastRowID: Int
    }

    /// Drops the per-row index triggers inside the open transaction (see `indexesFilledPerBatch`).
    func suspendIndexTriggers() throws -> [SuspendedTrigger] {
        try Self.indexesFilledPerBatch.compactMap { entry in
            guard let sql = try connection.storedSQL(of: "trigger", named: entry.trigger) else { return nil }
            let lastRowID = try nextID(in: entry.table) - 1
            try connection.execute("DROP TRIGGER \(entry.trigger)")
            return SuspendedTrigger(entry: entry, sql: sql, lastRowID: lastRowID)
        }
    }

    /// Indexes the rows the batch added, in one statement per index, and puts the triggers back, all
    /// before the transaction commits: a committed archive always has them.
    func resume(_ suspended: [SuspendedTrigger]) throws {
        for trigger in suspended {
            let entry = trigger.entry
            try connection.run(
                """
                INSERT INTO \(entry.index) (rowid, \(entry.columns))
                SELECT id, \(entry.columns) FROM \(entry.table) WHERE id > ? ORDER BY id
                """, trigger.lastRowID)
            try connection.execute(trigger.sql)
        }
    }
}

/// Keeps `actors_fts` in step with the actors a batch adds or gives new aliases, in a few statements
/// at the end of the batch instead of a trigger per row (see `ArchiveStore.indexesFilledPerBatch`).
struct ActorIndexBatch {
    /// `actors_ai` and `actors_au` as the migration made them, put back at the end of the batch.
    var triggerSQL: [String]
    /// Actors from this id on are new in the batch.
    var firstNewID: Int
    /// Actors that were in the index before the batch and changed in it, with the values indexed then.
    var indexedValues: [Int: (name: String, aliases: String)] = [:]

    /// Drops the actor index triggers inside the open transaction; nil when they are not there.
    /// `firstNewID` is the id the batch's first new actor gets.
    static func begin(in connection: Connection, firstNewID: Int) throws -> ActorIndexBatch? {
        var triggerSQL: [String] = []
        for name in ["actors_ai", "actors_au"] {
            guard let sql = try connection.storedSQL(of: "trigger", named: name) else { return nil }
            triggerSQL.append(sql)
        }
        try connection.execute("DROP TRIGGER actors_ai; DROP TRIGGER actors_au;")
        return ActorIndexBatch(triggerSQL: triggerSQL, firstNewID: firstNewID)
    }

    /// Call before changing the name or aliases of actor `id`.
    mutating func rememberIndexedValues(of id: Int, in connection: Connection) throws {
        guard id < firstNewID, indexedValues[id] == nil,
            let row = try connection.firstRow("SELECT name, aliases FROM actors WHERE id = ?", id)
        else { return }
        indexedValues[id] = (row[0].string ?? "", row[1].string ?? "")
    }

    /// Re-indexes the changed actors, indexes the new ones and puts the triggers back.
    func finish(in connection: Connection) throws {
        for (id, old) in indexedValues {
            try connection.run(
                "INSERT INTO actors_fts (actors_fts, rowid, name, aliases) VALUES ('delete', ?, ?, ?)", id, old.name, old.aliases)
        }
        try connection.run(
            """
            INSERT INTO actors_fts (rowid, name, aliases) SELECT id, name, aliases FROM actors
            WHERE id >= ? OR id IN (SELECT value FROM json_each(?)) ORDER BY id
            """, firstNewID, "[" + indexedValues.keys.sorted().map(String.init).joined(separator: ",") + "]")
        for sql in triggerSQL { try connection.execute(sql) }
    }
}

extension ArchiveStore {
    /// Indexes of row tables a large ingest drops and makes anew at its end (see migration 0007):
    /// one whose keys arrive in random order, so that keeping it up to date costs a random page write
    /// per row.
    static let indexesMadeAfterLargeIngest = ["mentions_actor"]

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
        // small meanwhile (a 1 MB cache sorts 2.8M mentions as fast as a 16 MB one).
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

extension Connection {
    /// The SQL that made the trigger or index (`type`) called `name`, as `sqlite_schema` keeps it; nil
    /// when there is none.
    func storedSQL(of type: String, named name: String) throws -> String? {
        try firstRow("SELECT sql FROM sqlite_schema WHERE type = ? AND name = ?", type, name)?[0].string
    }
}
