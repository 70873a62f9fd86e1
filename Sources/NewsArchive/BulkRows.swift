import NewsSQLite

/// Rows for one table, gathered in Swift and written many to a statement.
///
/// SQLite spends several microseconds setting up each `INSERT` it runs (cursors on the table and on
/// every index, foreign key checks), several times what writing a small row costs. Ingest makes
/// hundreds of thousands of paragraph, sentence and mention rows, so it gathers a batch's rows and
/// writes them `rowsPerStatement` at a time: `INSERT INTO t (…) VALUES (?, …), (?, …), …`.
///
/// The rows are kept packed: a fixed-size cell per value, and the UTF-8 of every text in one buffer
/// that the statements read in place (`SQLITE_STATIC`). Gathering and binding then copy each text once
/// and count no references, where an array of `Value`s retained, copied and released every string
/// at each step, and SQLite copied each text again when it was bound.
struct BulkRows {
    let table: String
    let columns: [String]
    /// Conflict clause after `INSERT`: `OR FAIL` unless told otherwise (`OR IGNORE`).
    ///
    /// Not SQLite's default, `OR ABORT`: to undo a statement that fails half-way, SQLite copies each
    /// page the statement changes, whole, to a temporary file first (a statement journal), and a
    /// statement of 128 rows changes the last pages of its table and of each index. That was 150 MB
    /// of writes per 1,000 articles ingested. A statement that fails `OR FAIL` keeps the rows it wrote
    /// before the failing one; ingest then undoes the batch with its savepoint, and any other writer
    /// with its transaction.
    let conflict: String
    /// Upsert clause after the values (`ON CONFLICT (…) DO UPDATE …`), or empty.
    let upsert: String
    /// Whether the first of `columns` is the table's rowid, the rows' ids running on in order. When the
    /// first is the one SQLite would give it, the next after the largest (unless rows were deleted
    /// since the ids were handed out), the statements leave the ids out, and SQLite appends each row
    /// where it looked its id up first (a seven-column row took 860 instructions fewer); that the
    /// last row of each statement got its id is checked.
    let assignsRowIDs: Bool
    /// With `assignsRowIDs`, each row's id; its other values are in `cells`.
    private var rowIDs: [Int] = []
    private var cells: [Cell] = []
    /// The UTF-8 bytes of every text cell, one after another.
    private var text: [UInt8] = []

    /// Rows per statement: well under SQLite's limit of 32,766 bound values for the widest table. A
    /// power of two (see `write(to:)`).
    static let rowsPerStatement = 128

    init(table: String, columns: [String], conflict: String = "OR FAIL", upsert: String = "", assignsRowIDs: Bool = false) {
        self.table = table
        self.columns = columns
        self.conflict = conflict
        self.upsert = upsert
        self.assignsRowIDs = assignsRowIDs
    }

    /// A value a row holds: an integer, text or NULL, or bytes.
    enum Value: Hashable {
        case integer(Int)
        case text(String?)
        case blob([UInt8])
    }

    /// One value as stored: an integer, NULL, or where its text or bytes are in `text`.
    private struct Cell {
        /// The integer, or the offset of the bytes in `text`.
        var payload: Int
        /// The length in bytes of a text or blob; `Cell.integer` or `Cell.null` for the other kinds.
        var length: Int32
        var isBlob = false

        static let integer: Int32 = -1
        static let null: Int32 = -2
    }

    /// The values of a row in `cells`: all but an id kept in `rowIDs`.
    private var width: Int { columns.count - (assignsRowIDs ? 1 : 0) }

    var count: Int { cells.count / width }

    /// The gathered rows, each following `columns`.
    var rows: [[Value]] {
        return (0..<count).map { row in
            (assignsRowIDs ? [.integer(rowIDs[row])] : []) + cells[row * width..<(row + 1) * width].map(value)
        }
    }

    private func value(_ cell: Cell) -> Value {
        switch cell.length {
        case Cell.integer: .integer(cell.payload)
        case Cell.null: .text(nil)
        default:
            cell.isBlob
                ? .blob(Array(text[cell.payload..<cell.payload + Int(cell.length)]))
                : .text(String(decoding: text[cell.payload..<cell.payload + Int(cell.length)], as: UTF8.self))
        }
    }

    /// Adds a row; `row` follows `columns`.
    @inline(__always)
    mutating func append(_ row: [Value]) {
        precondition(row.count == columns.count, "one value per column")
        if assignsRowIDs {
            guard case .integer(let id) = row[0] else { preconditionFailure("\(table): a row's id is an integer") }
            rowIDs.append(id)
        }
        // By index, and the text's bytes copied from its view: a slice of `row`, or a copy of a string
        // to read its bytes, kept the compiler from building the array literal of a row on the stack.
        for index in (assignsRowIDs ? 1 : 0)..<row.count {
            switch row[index] {
            case .integer(let number): cells.append(Cell(payload: number, length: Cell.integer))
            case .text(nil): cells.append(Cell(payload: 0, length: Cell.null))
            case .text(let string?):
                let offset = text.count
                text.append(contentsOf: string.utf8)
                cells.append(Cell(payload: offset, length: Int32(text.count - offset)))
            case .blob(let bytes):
                cells.append(Cell(payload: text.count, length: Int32(bytes.count), isBlob: true))
                text += bytes
            }
        }
    }

    /// Adds the rows `other` gathered for the same table.
    mutating func append(contentsOf other: BulkRows) {
        rowIDs += other.rowIDs
        let shift = text.count
        text += other.text
        cells += other.cells.lazy.map { cell in
            cell.length >= 0 ? Cell(payload: cell.payload + shift, length: cell.length, isBlob: cell.isBlob) : cell
        }
    }

    /// Orders the gathered rows by the integer in `column`, then by the one in `then` if given (stable: rows
    /// with equal values keep their order).
    mutating func sortRows(byIntegerIn column: Int, then second: Int? = nil) {
        precondition(!assignsRowIDs, "rows with ids go in in order")
        let width = columns.count
        let rows = cells
        let key = { (row: Int, column: Int) -> Int in
            let cell = rows[row * width + column]
            return cell.length == Cell.integer ? cell.payload : Int.min
        }
        let order = (0..<count).sorted { left, right in
            let (leftSecond, rightSecond) = second.map { (key(left, $0), key(right, $0)) } ?? (0, 0)
            return (key(left, column), leftSecond, left) < (key(right, column), rightSecond, right)
        }
        cells.removeAll(keepingCapacity: true)
        for row in order { cells += rows[row * width..<(row + 1) * width] }
    }

    /// Sets the integer in `column` of each row, in order, to `first`, `first + 1`, …: ids handed out as
    /// the rows are written.
    mutating func numberRows(inColumn column: Int, from first: Int) {
        precondition(!assignsRowIDs, "rows with ids have them")
        for row in 0..<count { cells[row * width + column] = Cell(payload: first + row, length: Cell.integer) }
    }

    /// Inserts the gathered rows and empties the buffer.
    mutating func write(to connection: Connection) throws {
        guard !cells.isEmpty else { return }
        let omitsRowIDs =
            try assignsRowIDs
            && connection.firstRow("SELECT coalesce(max(rowid), 0) + 1 FROM \(table)")?[0].int == rowIDs.first
        let boundColumns = omitsRowIDs ? columns.dropFirst() : columns[...]
        // The insert statements are cached under this and their row count: the SQL of 128 rows is a few
        // KB, which took more instructions to build and hash at every statement than the binding did.
        let statementKey = "bulk insert \(conflict) \(table) (\(boundColumns.joined(separator: ", "))) \(upsert)"
        let cellsPerRow = width
        // Bound before each row's cells: its id, unless SQLite gives it.
        let boundIDs = assignsRowIDs && !omitsRowIDs ? 1 : 0
        try text.withUnsafeBufferPointer { text in
            // An empty buffer may have no address; texts of length 0 read none.
            let base = text.baseAddress ?? UnsafePointer(bitPattern: 1)!
            var row = 0
            while row < count {
                // Full-size statements, then the remainder as statements of 64, 32, … 1 rows: a few sizes
                // that recur, so each is prepared once per connection. (Preparing a statement for each
                // remainder took a fifth of the time the writer spent storing actors, which an article adds
                // a few at a time.)
                let remaining = count - row
                let rows = min(Self.rowsPerStatement, 1 << (Int.bitWidth - 1 - remaining.leadingZeroBitCount))
                let statement = try connection.cachedStatement(key: statementKey + " \(rows)") {
                    insertStatement(columns: boundColumns, rows: rows)
                }
                try cells.withUnsafeBufferPointer { cells in
                    var (boundRow, column) = (row, -boundIDs)
                    try statement.bind(count: rows * (cellsPerRow + boundIDs)) { statement, index in
                        defer {
                            column += 1
                            if column == cellsPerRow { (boundRow, column) = (boundRow + 1, -boundIDs) }
                        }
                        guard column >= 0 else { return rowIDs[boundRow].bind(to: statement, at: index) }
                        return BoundCell(cell: cells[boundRow * cellsPerRow + column], text: base).bind(to: statement, at: index)
                    }
                }
                try statement.run()
                row += rows
                if omitsRowIDs {
                    let id = rowIDs[row - 1]
                    precondition(connection.lastInsertedRowID == id, "\(table): row \(id) got id \(connection.lastInsertedRowID)")
                }
            }
        }
        rowIDs.removeAll(keepingCapacity: true)
        cells.removeAll(keepingCapacity: true)
        text.removeAll(keepingCapacity: true)
    }

    /// A cell bound to a statement, its text read in place: the buffer outlives the statement's run.
    private struct BoundCell: SQLiteBindable {
        let cell: Cell
        let text: UnsafePointer<UInt8>

        func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
            switch cell.length {
            case Cell.integer: cell.payload.bind(to: statement, at: index)
            case Cell.null: String?.none.bind(to: statement, at: index)
            default: bindStatic(text + cell.payload, count: Int(cell.length), asBlob: cell.isBlob, to: statement, at: index)
            }
        }
    }

    private func insertStatement(columns: ArraySlice<String>, rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        return "INSERT \(conflict) INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
            + Array(repeating: row, count: rows).joined(separator: ", ") + (upsert.isEmpty ? "" : " " + upsert)
    }
}
