/// Shape tests on a run of UTF-8 text (a line or a block): how it starts and ends, whether it is a
/// list item. The parser's layout rules are written in these terms.
enum TextShape {
    /// How text ends, looking through closing quotes and brackets (`role.”` ends in a full stop).
    enum Ending: Equatable {
        case fullStop, ellipsis, questionOrExclamation, colon, comma, other

        /// Whether the text ends a sentence: a full stop, an ellipsis, `?` or `!`.
        var endsSentence: Bool { self == .fullStop || self == .ellipsis || self == .questionOrExclamation }
    }

    /// How `bytes[range]` ends.
    static func ending(of bytes: [UInt8], in range: Range<Int>) -> Ending {
        var end = range.upperBound
        while end > range.lowerBound {
            let start = UTF8Text.scalarStart(in: bytes, before: end)
            let scalar = UTF8Text.scalar(in: bytes, at: start).scalar
            if isCloser(scalar) {
                end = start
                continue
            }
            switch scalar {
            case ".":
                let isEllipsis = start > range.lowerBound && bytes[start - 1] == UInt8(ascii: ".")
                return isEllipsis ? .ellipsis : .fullStop
            case "…": return .ellipsis
            case "?", "!": return .questionOrExclamation
            case ":": return .colon
            case ",", ";": return .comma
            default: return .other
            }
        }
        return .other
    }

    /// Whether `bytes[range]` starts as a sentence or a headline does: its first word (after
    /// opening quotes and brackets) starts with a capital, a digit or an uncased letter, or holds a
    /// capital in its first 32 bytes (`iPod`, `eBay`). False for a continuation (`and`, `, now`).
    static func startsLikeSentence(_ bytes: [UInt8], in range: Range<Int>) -> Bool {
        var index = skippingOpeners(bytes, from: range.lowerBound, to: range.upperBound)
        guard index < range.upperBound else { return false }
        let first = UTF8Text.scalar(in: bytes, at: index).scalar
        if isSentenceStart(first) { return true }
        guard first.properties.isLowercase else { return false }
        let end = min(range.upperBound, index + 32)
        while index < end && bytes[index] != UTF8Text.space {
            if bytes[index] < 0x80 {
                if (0x41...0x5A).contains(bytes[index]) { return true }
                index += 1
            } else {
                let (scalar, length) = UTF8Text.scalar(in: bytes, at: index)
                if scalar.properties.isUppercase { return true }
                index += length
            }
        }
        return false
    }

    /// Whether `scalar` can open a sentence: a digit, or a letter that is not lowercase.
    static func isSentenceStart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return (0x30...0x39).contains(scalar.value) || (0x41...0x5A).contains(scalar.value)
        }
        return scalar.properties.isAlphabetic && !scalar.properties.isLowercase
    }

    /// Whether `bytes[range]` is a list item: a bullet or dash, or a number followed by `.` or `)`,
    /// then a space.
    static func isListItem(_ bytes: [UInt8], in range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        let (first, length) = UTF8Text.scalar(in: bytes, at: range.lowerBound)
        if isBullet(first) {
            return range.lowerBound + length < range.upperBound && bytes[range.lowerBound + length] == UTF8Text.space
        }
        var index = range.lowerBound
        while index < range.upperBound && (0x30...0x39).contains(bytes[index]) { index += 1 }
        guard index > range.lowerBound, index + 1 < range.upperBound else { return false }
        return (bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")"))
            && bytes[index + 1] == UTF8Text.space
    }

    /// Where the text of a Markdown heading (`## Reaction`) starts in `bytes[range]`: after one to
    /// six `#` and a space; nil when the range is not a Markdown heading.
    static func markdownHeadingTextStart(_ bytes: [UInt8], in range: Range<Int>) -> Int? {
        let hashes = range.prefix { bytes[$0] == UInt8(ascii: "#") }
        guard (1...6).contains(hashes.count), hashes.upperBound + 1 < range.upperBound,
            bytes[hashes.upperBound] == UTF8Text.space
        else { return nil }
        return range[hashes.upperBound...].first { bytes[$0] != UTF8Text.space }
    }

    /// The index of the first scalar at or after `start` that is not an opening quote or bracket.
    static func skippingOpeners(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var index = start
        while index < end {
            let (scalar, length) = UTF8Text.scalar(in: bytes, at: index)
            guard isOpener(scalar) else { break }
            index += length
        }
        return index
    }

    /// Whether `scalar` is a quote or bracket that may close a sentence (`"` and `'` both open and close).
    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "”", "’", "»", ")", "]": true
        default: false
        }
    }

    /// Whether `scalar` is a quote or bracket that may open a sentence, or a Spanish inverted mark.
    static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "“", "‘", "«", "(", "[", "¿", "¡": true
        default: false
        }
    }

    private static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "*", "•", "–", "—", "·", "‣", "▪", "◦": true
        default: false
        }
    }
}
