import CNewsSQLite

/// One open SQLite database. Not thread-safe: use it from one thread at a time.
///
/// Related SQLite documentation: <https://www.sqlite.org/c3ref/open.html>
public final class Connection {
    /// The raw `sqlite3 *` handle.
    let handle: OpaquePointer
    /// Prepared statements kept for reuse, by SQL text.
    private var statementCache: [String: Statement] = [:]

    /// How to open the file.
    public enum Mode: Sendable {
        case readOnly
        case readWrite
        /// Read-write, creating the file when it does not exist.
        case readWriteCreate

        var flags: Int32 {
            switch self {
            case .readOnly: SQLITE_OPEN_READONLY
            case .readWrite: SQLITE_OPEN_READWRITE
            case .readWriteCreate: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
            }
        }
    }

    /// Opens the database at `path` (":memory:" for a private in-memory one).
    /// - throws: `SQLiteError` when SQLite cannot open it.
    public init(path: String, mode: Mode = .readWriteCreate, busyTimeoutMilliseconds: Int32 = 5_000) throws {
        var handle: OpaquePointer?
        let code = sqlite3_open_v2(path, &handle, mode.flags | SQLITE_OPEN_NOMUTEX, nil)
        guard let handle else {
            throw SQLiteError(extendedCode: code, message: "out of memory opening '\(path)'")
        }
        // > Whether or not an error occurs when it is opened, resources associated with the database
        // > connection handle should be released by passing it to sqlite3_close() when it is no longer required.
        guard code == SQLITE_OK else {
            let error = SQLiteError(handle, sql: nil)
            sqlite3_close_v2(handle)
            throw error
        }
        self.handle = handle
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, busyTimeoutMilliseconds)
        _ = cnewssqlite_disable_dqs(handle)
    }

    deinit {
        statementCache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Whether this connection fires triggers (on when opened). Turning them off leaves the schema as it
    /// is, for this connection alone, and makes SQLite prepare its statements again.
    public func fireTriggers(_ on: Bool) throws {
        let code = cnewssqlite_enable_triggers(handle, on ? 1 : 0)
        guard code == SQLITE_OK else { throw SQLiteError(handle, sql: nil) }
    }

    /// Adds the FTS5 function `bm25_given_idf(table, idf0, idf1, …)` to this connection: FTS5's bm25 with
    /// each phrase's inverse document frequency given in phrase order, where bm25 counts every match of
    /// every phrase to get them. Lower is better, as with bm25. And `fts5_row_count(table)`: the rows the
    /// table indexes, as FTS5 counts them for bm25.
    public func addBM25GivenIDF() throws {
        let code = cnewssqlite_add_bm25_given_idf(handle)
        guard code == SQLITE_OK else {
            throw SQLiteError(extendedCode: code, message: "FTS5 refused the function bm25_given_idf")
        }
    }

    /// Whether the linked SQLite library was compiled with FTS5.
    public static var hasFTS5: Bool { sqlite3_compileoption_used("ENABLE_FTS5") != 0 }

    /// The linked SQLite library's version, e.g. "3.40.1".
    public static var libraryVersion: String { String(cString: sqlite3_libversion()) }

    /// Runs one or more SQL statements that take no parameters (a migration file, a PRAGMA).
    public func execute(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        guard code == SQLITE_OK else {
            let message = errorMessage.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(errorMessage)
            throw SQLiteError(extendedCode: sqlite3_extended_errcode(handle), message: message, sql: sql)
        }
    }

    /// A prepared statement for `sql`, prepared once per connection and reused (reset and unbound).
    public func cachedStatement(_ sql: String) throws -> Statement {
        try cachedStatement(key: sql) { sql }
    }

    /// A prepared statement cached under `key`, prepared from `sql()` the first time: for long generated
    /// SQL, which costs more to build and to hash at every use than a short key. A key must not be the
    /// text of another statement.
    public func cachedStatement(key: String, sql: () -> String) throws -> Statement {
        if let statement = statementCache[key] {
            statement.reset()
            return statement
        }
        let statement = try Statement(connection: self, sql: sql(), persistent: true)
        statementCache[key] = statement
        return statement
    }

    /// A new prepared statement for `sql`, finalized when released.
    public func makeStatement(_ sql: String) throws -> Statement {
        try Statement(connection: self, sql: sql, persistent: false)
    }

    /// Runs `sql` with `arguments` and discards any rows.
    public func run(_ sql: String, _ arguments: any SQLiteBindable...) throws {
        let statement = try cachedStatement(sql)
        try statement.bind(arguments)
        try statement.run()
    }

    /// The rows of `sql` with `arguments`.
    public func rows(_ sql: String, _ arguments: any SQLiteBindable...) throws -> [Row] {
        try rows(sql, arguments: arguments)
    }

    /// The rows of `sql` with `arguments`, given as an array.
    public func rows(_ sql: String, arguments: [any SQLiteBindable]) throws -> [Row] {
        let statement = try cachedStatement(sql)
        try statement.bind(arguments)
        return try statement.allRows()
    }

    /// The first row of `sql`, if any.
    public func firstRow(_ sql: String, _ arguments: any SQLiteBindable...) throws -> Row? {
        let statement = try cachedStatement(sql)
        try statement.bind(arguments)
        defer { statement.reset() }
        return try statement.step()
    }

    /// The rowid of the last row inserted on this connection.
    public var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// Whether a transaction is open.
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

}

// A connection must be used from one thread at a time (opened with SQLITE_OPEN_NOMUTEX).
@available(*, unavailable)
extension Connection: Sendable {}
