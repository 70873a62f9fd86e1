import CNewsSQLite

/// One result row, copied out of SQLite so it stays valid after the statement steps on.
public struct Row: Sendable {
    /// Column values in select order.
    public let values: [DatabaseValue]
    /// Column names in select order.
    public let columnNames: [String]

    init(statement: OpaquePointer) {
        let count = Int(sqlite3_column_count(statement))
        var values: [DatabaseValue] = []
        var names: [String] = []
        values.reserveCapacity(count)
        for index in 0..<Int32(count) {
            names.append(String(cString: sqlite3_column_name(statement, index)))
            switch sqlite3_column_type(statement, index) {
            case SQLITE_NULL: values.append(.null)
            case SQLITE_INTEGER: values.append(.integer(sqlite3_column_int64(statement, index)))
            case SQLITE_FLOAT: values.append(.real(sqlite3_column_double(statement, index)))
            case SQLITE_BLOB:
                let length = Int(sqlite3_column_bytes(statement, index))
                if let bytes = sqlite3_column_blob(statement, index), length > 0 {
                    values.append(.blob(Array(UnsafeRawBufferPointer(start: bytes, count: length))))
                } else {
                    values.append(.blob([]))
                }
            default:
                let length = Int(sqlite3_column_bytes(statement, index))
                if let text = sqlite3_column_text(statement, index) {
                    let buffer = UnsafeBufferPointer(start: text, count: length)
                    values.append(.text(String(decoding: buffer, as: UTF8.self)))
                } else {
                    values.append(.text(""))
                }
            }
        }
        self.values = values
        self.columnNames = names
    }

    public subscript(index: Int) -> DatabaseValue { values[index] }

    /// The value of the column named `name` (as selected), or `.null` when there is none.
    public subscript(name: String) -> DatabaseValue {
        columnNames.firstIndex(of: name).map { values[$0] } ?? .null
    }
}

/// A value as SQLite stores it.
public enum DatabaseValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    public var int: Int? {
        switch self {
        case .integer(let value): Int(value)
        case .real(let value): Int(value)
        default: nil
        }
    }

    public var double: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .real(let value): value
        default: nil
        }
    }

    public var string: String? {
        switch self {
        case .text(let value): value
        case .integer(let value): String(value)
        case .real(let value): String(value)
        default: nil
        }
    }

    /// The bytes of a blob, or of a text's UTF-8.
    public var blob: [UInt8]? {
        switch self {
        case .blob(let value): value
        case .text(let value): Array(value.utf8)
        default: nil
        }
    }
}
