/// Byte-level helpers for the UTF-8 text the parser scans. Scanning `[UInt8]` with integer indices
/// is linear and cheap, where `String` indexing by offset is not.
///
/// Every function assumes valid UTF-8 (the bytes always come from a `String`).
enum UTF8Text {
    static let space: UInt8 = 0x20

    /// Whether `byte` continues a multi-byte sequence rather than starting a scalar.
    @inline(__always)
    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The scalar that starts at `index`, and its length in bytes.
    static func scalar(in bytes: [UInt8], at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[index])
        let length: Int
        var value: UInt32
        switch lead {
        case ..<0x80: return (Unicode.Scalar(UInt8(lead)), 1)
        case ..<0xE0: (length, value) = (2, lead & 0x1F)
        case ..<0xF0: (length, value) = (3, lead & 0x0F)
        default: (length, value) = (4, lead & 0x07)
        }
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The index where the scalar that ends just before `end` starts.
    static func scalarStart(in bytes: [UInt8], before end: Int) -> Int {
        var index = end - 1
        while index > 0 && isContinuation(bytes[index]) { index -= 1 }
        return index
    }

    /// The byte length of the white-space character at `index` (0 if there is none): space, tab,
    /// vertical tab, form feed, no-break space, the Unicode spaces U+2000–U+200B, U+202F, U+205F,
    /// U+3000, and a stray byte order mark U+FEFF. Line breaks are not white space here.
    static func whitespaceLength(in bytes: [UInt8], at index: Int) -> Int {
        switch bytes[index] {
        case 0x20, 0x09, 0x0B, 0x0C: return 1
        case 0xC2: return bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE2, 0xE3, 0xEF: break
        default: return 0
        }
        switch scalar(in: bytes, at: index).scalar.value {
        case 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return 3
        default: return 0
        }
    }

    /// Whether the scalar ending just before `end` is white space (see `whitespaceLength`).
    static func isWhitespace(in bytes: [UInt8], before end: Int) -> Bool {
        whitespaceLength(in: bytes, at: scalarStart(in: bytes, before: end)) > 0
    }

    /// Whether `bytes` start with the words `phrase` (lowercase ASCII), ignoring the case of ASCII
    /// letters: no letter may follow the phrase ("related" starts "Related:" but not "Relatedly").
    static func startsWithASCIIPhraseIgnoringCase(_ bytes: [UInt8], _ phrase: [UInt8]) -> Bool {
        guard bytes.count >= phrase.count, zip(bytes, phrase).allSatisfy({ asciiLowercased($0) == $1 }) else {
            return false
        }
        return bytes.count == phrase.count || !(0x61...0x7A).contains(bytes[phrase.count] | 0x20)
    }

    /// Whether `bytes` contain any of `phrases` (lowercase; ASCII, or UTF-8 without letters to
    /// fold), ignoring the case of ASCII letters.
    static func containsASCIIIgnoringCase(_ bytes: [UInt8], anyOf phrases: [[UInt8]]) -> Bool {
        for start in bytes.indices {
            let first = asciiLowercased(bytes[start])
            for phrase in phrases where phrase[0] == first && start + phrase.count <= bytes.count {
                if zip(bytes[start...], phrase).allSatisfy({ asciiLowercased($0) == $1 }) { return true }
            }
        }
        return false
    }

    @inline(__always)
    static func asciiLowercased(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
}
