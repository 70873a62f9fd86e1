/// An article's text as NFC-normalised UTF-8 bytes, cut into lines at LF, CRLF or a lone CR.
struct SourceLines {
    let bytes: [UInt8]
    /// Each line without its line break.
    let rawRanges: [Range<Int>]
    /// Each line without white space at either end; empty for a blank line.
    let trimmedRanges: [Range<Int>]

    init(_ text: String) {
        let bytes = text.nfcUTF8
        var rawRanges: [Range<Int>] = []
        var lineStart = 0
        while lineStart < bytes.count {
            let lineBreak = ByteScan.firstLineBreak(in: bytes, lineStart..<bytes.count)
            rawRanges.append(lineStart..<lineBreak)
            guard lineBreak < bytes.count else { break }
            let isCRLF = bytes[lineBreak] == 0x0D && lineBreak + 1 < bytes.count && bytes[lineBreak + 1] == 0x0A
            lineStart = lineBreak + (isCRLF ? 2 : 1)
        }

        self.bytes = bytes
        self.rawRanges = rawRanges
        self.trimmedRanges = rawRanges.map { Self.trimmed($0, in: bytes) }
    }

    var count: Int { rawRanges.count }

    func isBlank(_ line: Int) -> Bool { trimmedRanges[line].isEmpty }

    /// The number of Unicode scalars in the trimmed line. O(n).
    func scalarCount(_ line: Int) -> Int { ByteScan.scalarCount(bytes, trimmedRanges[line]) }

    /// The line as it stood, without its line break.
    func rawText(_ line: Int) -> String { String(decoding: bytes[rawRanges[line]], as: UTF8.self) }

    /// The line without white space at either end.
    func text(_ line: Int) -> String { String(decoding: bytes[trimmedRanges[line]], as: UTF8.self) }

    /// The first line at or after `line` that is not blank, or `count`.
    func firstNonBlank(from line: Int) -> Int {
        var index = line
        while index < count && isBlank(index) { index += 1 }
        return index
    }

    private static func trimmed(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end {
            let length = UTF8Text.whitespaceLength(in: bytes, at: start)
            guard length > 0 else { break }
            start += length
        }
        while end > start && UTF8Text.isWhitespace(in: bytes, before: end) {
            end = UTF8Text.scalarStart(in: bytes, before: end)
        }
        return start..<end
    }
}
