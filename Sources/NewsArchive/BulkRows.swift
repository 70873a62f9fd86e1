import NewsSQLite

/// Rows for one table, gathered in Swift and written many to a statement.
///
/// SQLite spends several microseconds setting up each `INSERT` it runs (cursors on the table and on
/// every index, foreign key checks), several times what writing a small row costs. Ingest makes
/// hundreds of thousands of paragraph, sentence and mention rows, so it gathers a batch's rows and
/// writes them `rowsPerStatement` at a time: `INSERT INTO t (…) VALUES (?, …), (?, …), …`.
struct BulkRows {
    let table: String
    let columns: [String]
    /// Conflict clause after `INSERT` (`OR IGNORE`), or empty.
    let conflict: String
    private var values: [Value] = []

    /// Rows per statement: well under SQLite's limit of 32,766 bound values for the widest table. A
    /// power of two (see `write(to:)`).
    static let rowsPerStatement = 128

    init(table: String, columns: [String], conflict: String = "") {
        self.table = table
        self.columns = columns
        self.conflict = conflict
    }

    /// A value a row holds: an integer, or text or NULL.
    enum Value: SQLiteBindable, Hashable {
        case integer(Int)
        case text(String?)

        func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
            switch self {
            case .integer(let number): number.bind(to: statement, at: index)
            case .text(let text): text.bind(to: statement, at: index)
            }
        }
    }

    var count: Int { values.count / columns.count }

    /// The gathered rows, each following `columns`.
    var rows: [ArraySlice<Value>] {
        stride(from: 0, to: values.count, by: columns.count).map { values[$0..<$0 + columns.count] }
    }

    /// Adds a row; `row` follows `columns`.
    mutating func append(_ row: [Value]) {
        precondition(row.count == columns.count, "one value per column")
        values += row
    }

    /// Adds the rows `other` gathered for the same table.
    mutating func append(contentsOf other: BulkRows) {
        values += other.values
    }

    /// Orders the gathered rows by the integer in `column` (stable: rows with equal values keep their order).
    mutating func sortRows(byIntegerIn column: Int) {
        let width = columns.count
        let rows = values
        let key = { (row: Int) -> Int in
            if case .integer(let value) = rows[row * width + column] { return value }
            return Int.min
        }
        let order = (0..<count).sorted { (key($0), $0) < (key($1), $1) }
        values = order.flatMap { rows[$0 * width..<($0 + 1) * width] }
    }

    /// Inserts the gathered rows and empties the buffer.
    mutating func write(to connection: Connection) throws {
        guard !values.isEmpty else { return }
        // The insert statements are cached under this and their row count: the SQL of 128 rows is a few
        // KB, which took more instructions to build and hash at every statement than the binding did.
        let statementKey = "bulk insert \(conflict) \(table) (\(columns.joined(separator: ", ")))"
        var start = 0
        while start < values.count {
            // Full-size statements, then the remainder as statements of 64, 32, … 1 rows: a few sizes
            // that recur, so each is prepared once per connection. (Preparing a statement for each
            // remainder took a fifth of the time the writer spent storing actors, which an article adds a
            // few at a time.)
            let remaining = (values.count - start) / columns.count
            let rows = min(Self.rowsPerStatement, 1 << (Int.bitWidth - 1 - remaining.leadingZeroBitCount))
            let end = start + rows * columns.count
            let statement = try connection.cachedStatement(key: "\(statementKey) \(rows)") { insertStatement(rows: rows) }
            try statement.bind(values[start..<end])
            try statement.run()
            start = end
        }
        values.removeAll(keepingCapacity: true)
    }

    private func insertStatement(rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        return "INSERT \(conflict) INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
            + Array(repeating: row, count: rows).joined(separator: ", ")
    }
}
