import CNewsSQLite

/// A prepared SQL statement: prepared in `init`, finalized in `deinit`.
///
/// Related SQLite documentation: <https://www.sqlite.org/c3ref/stmt.html>
public final class Statement {
    @usableFromInline let handle: OpaquePointer
    /// The database handle, for error messages. Not the `Connection`: the connection caches its
    /// statements, and a reference back would keep both alive forever. `sqlite3_close_v2` keeps the
    /// database open until its last statement is finalized, so this handle stays valid.
    private let databaseHandle: OpaquePointer
    public let sql: String

    init(connection: Connection, sql: String, persistent: Bool) throws {
        var handle: OpaquePointer?
        let flags = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        let code = sqlite3_prepare_v3(connection.handle, sql, -1, flags, &handle, nil)
        guard code == SQLITE_OK, let handle else {
            throw SQLiteError(connection.handle, sql: sql)
        }
        self.handle = handle
        self.databaseHandle = connection.handle
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    /// Binds `values` to the parameters `?1…?n`, replacing earlier bindings.
    public func bind(_ values: [any SQLiteBindable]) throws {
        try bind(count: values.count) { statement, index in values[Int(index) - 1].bind(to: statement, at: index) }
    }

    /// Binds `values`, all of one type, to the parameters `?1…?n`, replacing earlier bindings. Unlike
    /// `bind(_: [any SQLiteBindable])`, no value is boxed: many-row inserts bind thousands a statement.
    /// Inlinable, so that it is specialised for the caller's values instead of reaching each through
    /// its protocol's witness table: in a 20k ingest that took 1.5 % of the writer thread's samples.
    @inlinable
    public func bind<Values: Collection>(_ values: Values) throws where Values.Element: SQLiteBindable {
        var value = values.startIndex
        try bind(count: values.count) { statement, index in
            defer { values.formIndex(after: &value) }
            return values[value].bind(to: statement, at: index)
        }
    }

    /// Binds the parameters `?1…?count`, replacing earlier bindings, by calling `bindParameter` with
    /// the raw statement and each 1-based index; it returns SQLite's result code. For callers that
    /// bind thousands of values a statement from storage of their own: inlinable, so that the call
    /// per value is inlined too, where a closure call and a generic collection's indexing cost as
    /// much as the binding.
    @inlinable
    public func bind(count: Int, each bindParameter: (_ statement: OpaquePointer, _ index: Int32) -> Int32) throws {
        // Every parameter is bound below, so earlier values need no clearing (sqlite3_clear_bindings took
        // 1 % of the writer's instructions in an ingest, going over every parameter of each statement).
        checkParameterCount(count)
        var index: Int32 = 1
        while index <= count {
            guard bindParameter(handle, index) == Self.ok else { throw lastError }
            index += 1
        }
    }

    @usableFromInline static let ok = SQLITE_OK

    @usableFromInline
    func checkParameterCount(_ count: Int) {
        let parameters = Int(sqlite3_bind_parameter_count(handle))
        precondition(count == parameters, "\(count) values for \(parameters) parameters in `\(sql)`")
    }

    /// The error SQLite reports for the statement's last call.
    @usableFromInline
    var lastError: SQLiteError { SQLiteError(databaseHandle, sql: sql) }

    /// Steps once: the next row, or nil when the statement is done.
    public func step() throws -> Row? {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return Row(statement: handle)
        case SQLITE_DONE: return nil
        default:
            let error = SQLiteError(databaseHandle, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Runs the statement to completion, discarding rows, then resets it.
    public func run() throws {
        defer { reset() }
        while try step() != nil {}
    }

    /// Every row, then resets the statement.
    public func allRows() throws -> [Row] {
        defer { reset() }
        var rows: [Row] = []
        while let row = try step() { rows.append(row) }
        return rows
    }

    /// Makes the statement ready to run again (bindings are kept until the next `bind`).
    public func reset() { sqlite3_reset(handle) }
}

// A statement belongs to its connection's thread.
@available(*, unavailable)
extension Statement: Sendable {}
