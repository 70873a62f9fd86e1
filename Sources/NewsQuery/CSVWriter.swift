/// Writes rows as CSV by RFC 4180, one row at a time, to any `TextOutputStream` (a `String`, or a
/// stream over a file), so an export of any size is never held whole in memory.
///
/// Fields holding a comma, a double quote, a carriage return or a line feed are put in double quotes,
/// with inner double quotes doubled; rows end with CRLF. Text is written as Swift strings, which a file
/// stream encodes as UTF-8; an optional byte order mark helps spreadsheets that otherwise assume a
/// legacy encoding. Cells that a spreadsheet could run as formulas are guarded as
/// `formulaProtection` says (by default a `'` prefix, except on plain numbers; see
/// `CSVFormulaProtection`).
///
/// For example:
/// ```swift
/// var writer = CSVWriter()
/// writer.write(["id", "sentence"])
/// writer.write(["1", "He said \"no\", twice"])
/// writer.output  // "id,sentence\r\n1,\"He said \"\"no\"\", twice\"\r\n"
/// ```
///
/// Related documentation: <https://www.rfc-editor.org/rfc/rfc4180>,
/// <https://owasp.org/www-community/attacks/CSV_Injection>
public struct CSVWriter<Output: TextOutputStream> {
    /// Where the rows go.
    public private(set) var output: Output
    /// How cells that look like formulas are guarded.
    public let formulaProtection: CSVFormulaProtection

    /// Makes a writer that appends to `output`, first writing a UTF-8 byte order mark (U+FEFF) when
    /// `writesByteOrderMark` is true.
    public init(
        to output: Output, writesByteOrderMark: Bool = false,
        formulaProtection: CSVFormulaProtection = .allButNumbers
    ) {
        self.output = output
        self.formulaProtection = formulaProtection
        if writesByteOrderMark { self.output.write("\u{FEFF}") }
    }

    /// Writes one row. A row of one empty field is written as `""` so that it is not an empty line;
    /// a row of no fields is an empty line.
    public mutating func write(_ row: some Sequence<String>) {
        var isFirst = true
        var fieldCount = 0
        var lastWasEmpty = false
        for field in row {
            if !isFirst { output.write(",") }
            isFirst = false
            let encoded = encode(field)
            output.write(encoded)
            fieldCount += 1
            lastWasEmpty = encoded.isEmpty
        }
        if fieldCount == 1, lastWasEmpty { output.write("\"\"") }
        output.write("\r\n")
    }

    /// A field as it appears in the file: guarded, then quoted if it needs to be.
    private func encode(_ field: String) -> String {
        let cell = formulaProtection.protect(field)
        let needsQuotes = cell.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        return needsQuotes ? "\"" + cell.replacing("\"", with: "\"\"") + "\"" : cell
    }
}

extension CSVWriter where Output == String {
    /// Makes a writer that collects the CSV text in `output`.
    public init(writesByteOrderMark: Bool = false, formulaProtection: CSVFormulaProtection = .allButNumbers) {
        self.init(to: "", writesByteOrderMark: writesByteOrderMark, formulaProtection: formulaProtection)
    }
}
