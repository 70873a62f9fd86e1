import CNewsSQLite

/// A Swift value that can be bound to a statement parameter.
public protocol SQLiteBindable {
    /// Binds self at the 1-based `index`; returns SQLite's result code.
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32
}

extension String: SQLiteBindable {
    public func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        if isEmpty { return sqlite3_bind_text(statement, index, "", 0, cnewssqlite_transient()) }
        var copy = self
        return copy.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { text in
                sqlite3_bind_text(statement, index, text.baseAddress, Int32(text.count), cnewssqlite_transient())
            }
        }
    }
}

extension Int: SQLiteBindable {
    @inlinable
    public func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        sqlite3_bind_int64(statement, index, Int64(self))
    }
}

extension Int64: SQLiteBindable {
    public func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        sqlite3_bind_int64(statement, index, self)
    }
}

extension Double: SQLiteBindable {
    public func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        sqlite3_bind_double(statement, index, self)
    }
}

extension Array: SQLiteBindable where Element == UInt8 {
    public func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        withUnsafeBytes { bytes in
            sqlite3_bind_blob(statement, index, bytes.baseAddress, Int32(bytes.count), cnewssqlite_transient())
        }
    }
}

extension Optional: SQLiteBindable where Wrapped: SQLiteBindable {
    @inlinable
    public func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        switch self {
        case .none: sqlite3_bind_null(statement, index)
        case .some(let value): value.bind(to: statement, at: index)
        }
    }
}

/// Binds `count` bytes at `bytes`, as UTF-8 text or as a blob, to the 1-based `index`, without copying
/// them (`SQLITE_STATIC`): they must stay valid and unchanged until every parameter of the statement
/// has been bound again, or the statement is finalized. Returns SQLite's result code.
@inlinable
public func bindStatic(
    _ bytes: UnsafePointer<UInt8>, count: Int, asBlob: Bool, to statement: OpaquePointer, at index: Int32
) -> Int32 {
    asBlob
        ? sqlite3_bind_blob(statement, index, bytes, Int32(count), nil)
        : sqlite3_bind_text(statement, index, UnsafeRawPointer(bytes).assumingMemoryBound(to: CChar.self), Int32(count), nil)
}
