import NewsTestSupport
import Testing

@testable import NewsQuery

struct CSVWriterTests {
    @Test func quotesOnlyFieldsThatNeedIt() {
        var writer = CSVWriter()
        writer.write(["plain", "a,b", #"say "hi""#, "two\nlines", "cr\rhere", "", "ünïcödé 😀"])
        #expect(writer.output == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",,ünïcödé 😀\r\n")
    }

    @Test func endsEveryRowWithCRLF() {
        var writer = CSVWriter()
        writer.write(["id", "text"])
        writer.write(["1", "x"])
        #expect(writer.output == "id,text\r\n1,x\r\n")
    }

    @Test func writesTheByteOrderMarkFirstWhenAsked() {
        var writer = CSVWriter(writesByteOrderMark: true)
        writer.write(["a"])
        #expect(writer.output.unicodeScalars.first == "\u{FEFF}")
        #expect(writer.output == "\u{FEFF}a\r\n")
        #expect(CSVWriter().output.isEmpty)
    }

    @Test func writesARowOfOneEmptyFieldAsEmptyQuotes() throws {
        var writer = CSVWriter()
        writer.write([""])
        writer.write([String]())
        #expect(writer.output == "\"\"\r\n\r\n")
        #expect(try RFC4180Reader.records(in: writer.output) == [[""], [""]])
    }

    @Test(arguments: [
        ("=1+2", "'=1+2"), ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"), ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"), ("\tx", "'\tx"), ("\rx", "\"'\rx\""), ("-", "'-"),
        ("-1,000", "\"'-1,000\""), ("=\"x\"", "\"'=\"\"x\"\"\""),
        ("-3.5", "-3.5"), ("+44", "+44"), ("-1e-3", "-1e-3"), ("-.5", "-.5"), ("1-2", "1-2"), ("a=b", "a=b"),
    ])
    func guardsFormulasButNotPlainNumbersByDefault(_ cell: String, _ written: String) {
        var writer = CSVWriter()
        writer.write([cell])
        #expect(writer.output == written + "\r\n")
    }

    @Test func guardsNumbersTooWhenAskedToGuardAll() {
        var writer = CSVWriter(formulaProtection: .all)
        writer.write(["-3.5", "+44", "=1", "5"])
        #expect(writer.output == "'-3.5,'+44,'=1,5\r\n")
    }

    @Test func writesCellsAsTheyAreWithoutProtection() {
        var writer = CSVWriter(formulaProtection: .none)
        writer.write(["=1+2", "@x"])
        #expect(writer.output == "=1+2,@x\r\n")
    }

    @Test(arguments: ["1", "-1", "+1.5", ".5", "1.", "1e5", "-2.5E+10"])
    func recognisesPlainNumbers(_ cell: String) {
        #expect(CSVFormulaProtection.isPlainNumber(cell))
    }

    @Test(arguments: ["", "-", "+", ".", "e5", "1e", "1e+", "--1", "1-1", "1,5", " 1", "1 ", "0x1F", "١"])
    func recognisesWhatIsNotAPlainNumber(_ cell: String) {
        #expect(!CSVFormulaProtection.isPlainNumber(cell))
    }

    @Test func roundTripsThroughAnRFC4180Reader() throws {
        let rows: [[String]] = [
            ["id", "sentence", "stance"],
            ["1", "He said \"no\", twice.\r\nThen left.", "opposes"],
            ["2", "", "a\nb\rc"],
            ["3", "\"\"", ",,,"],
            ["4", "Łódź — 😀 🇺🇦", "  spaced  "],
        ]
        var writer = CSVWriter(writesByteOrderMark: true, formulaProtection: .none)
        for row in rows { writer.write(row) }
        #expect(try RFC4180Reader.records(in: writer.output) == rows)
    }

    @Test func guardedCellsReadBackWithTheirPrefix() throws {
        var writer = CSVWriter()
        writer.write(["=HYPERLINK(\"http://x\",\"y\")", "-3.5", "\r\n"])
        #expect(try RFC4180Reader.records(in: writer.output) == [["'=HYPERLINK(\"http://x\",\"y\")", "-3.5", "'\r\n"]])
    }

    /// A sink that records each write, to see rows arrive one by one.
    struct RecordingStream: TextOutputStream {
        var writes: [String] = []
        mutating func write(_ string: String) { writes.append(string) }
    }

    @Test func streamsEachRowToTheSinkAsItIsWritten() {
        var writer = CSVWriter(to: RecordingStream())
        writer.write(["a", "b"])
        #expect(writer.output.writes.joined() == "a,b\r\n")
        writer.write(["c"])
        #expect(writer.output.writes.joined() == "a,b\r\nc\r\n")
    }
}
