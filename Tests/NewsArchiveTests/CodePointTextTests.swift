import NewsSQLite
import Testing
@testable import NewsArchive

/// Sentences are cut from their section's body in Swift, where SQLite's `substr()` used to cut them:
/// every cut must be the one `substr()` makes.
struct CodePointTextTests {
    @Test(arguments: [
        "Zoë Müller runs a café in Zürich. Señor Núñez agreed.",
        "A long run of plain ASCII text before anything else, then 東京 and 🇨🇭 flags; then ASCII again for a while.",
        "🇨🇭🇨🇭 emoji first, e\u{301} a combining accent, and end",
        "",
    ])
    func everyCutIsTheOneSubstrMakes(_ text: String) throws {
        let connection = try Connection(path: ":memory:")
        let length = text.unicodeScalars.count
        let ranges = (-1...length + 2).flatMap { start in (start...length + 3).map { start..<$0 } }
        let cuts = CodePointText.slices(of: text, at: ranges)
        for (range, cut) in zip(ranges, cuts) {
            let expected = try connection.firstRow(
                "SELECT substr(?, ?, ?)", text, range.lowerBound + 1, range.upperBound - range.lowerBound)?[0].string
            #expect(cut == expected, "\(range) of \(text.debugDescription)")
        }
    }
}
