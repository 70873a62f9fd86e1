import CNewsSQLite

/// An error reported by SQLite: its extended result code, its message, and the SQL that failed.
///
/// Bound values are never part of the error, so messages can be shown or logged safely.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The extended result code, e.g. 2067 for SQLITE_CONSTRAINT_UNIQUE.
    public var extendedCode: Int32
    public var message: String
    public var sql: String?

    public init(extendedCode: Int32, message: String, sql: String? = nil) {
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
    }

    /// The error SQLite reports for the last failed call on `database`.
    init(_ database: OpaquePointer, sql: String?) {
        self.init(
            extendedCode: sqlite3_extended_errcode(database), message: String(cString: sqlite3_errmsg(database)), sql: sql)
    }

    /// The primary result code (SQLITE_CONSTRAINT for SQLITE_CONSTRAINT_UNIQUE, …).
    public var code: Int32 { extendedCode & 0xFF }

    public var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }
    public var isNotADatabase: Bool { code == SQLITE_NOTADB }
    /// SQLITE_READONLY: the database (or this connection to it) may not be written.
    public var isReadOnly: Bool { code == SQLITE_READONLY }
    /// SQLITE_CORRUPT: the file is damaged.
    public var isCorrupt: Bool { code == SQLITE_CORRUPT }
    public var isConstraintViolation: Bool { code == SQLITE_CONSTRAINT }
    /// SQLITE_ERROR: the statement itself is wrong (a syntax error, an unknown column, a bad MATCH).
    public var isGenericError: Bool { code == SQLITE_ERROR }

    /// Whether the error is about the database as a whole (locked, full, I/O, corrupt, out of memory)
    /// rather than about the one statement's data.
    public var affectsWholeDatabase: Bool {
        [SQLITE_BUSY, SQLITE_LOCKED, SQLITE_FULL, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_NOMEM, SQLITE_READONLY,
         SQLITE_CANTOPEN, SQLITE_NOTADB].contains(code)
    }

    public var description: String {
        var text = "SQLite error \(extendedCode): \(message)"
        if let sql { text += " - while executing `\(sql)`" }
        return text
    }
}
