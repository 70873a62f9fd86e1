/// A file name as a report line shows it: valid UTF-8 as it is, but control characters and bytes that
/// are not UTF-8 escaped (`\n`, `\t`, `\x1B`, `\u{85}` for characters, `\xFF` for bytes), so that one
/// name is one line and prints no terminal escape sequence.
public struct ShownName: Equatable, Sendable {
    public var text: String

    public init(_ name: String) { self.init(bytes: Array(name.utf8)) }

    public init(bytes: [UInt8]) {
        var text = ""
        var index = 0
        while index < bytes.count {
            let length = Self.utf8Length(at: index, in: bytes)
            guard length > 0 else {
                text += "\\x" + Self.hex(bytes[index])
                index += 1
                continue
            }
            let scalar = String(decoding: bytes[index..<index + length], as: UTF8.self).unicodeScalars.first!
            switch scalar {
            case "\n": text += "\\n"
            case "\t": text += "\\t"
            case "\r": text += "\\r"
            case _ where scalar.value < 0x20: text += "\\x" + Self.hex(UInt8(scalar.value))
            case _ where (0x7F...0x9F).contains(scalar.value): text += "\\u{" + Self.hex(UInt8(scalar.value)) + "}"
            default: text.unicodeScalars.append(scalar)
            }
            index += length
        }
        self.text = text
    }

    /// The text, cut to at most `length` characters with "…" at the cut.
    public func cut(to length: Int) -> String {
        text.count <= length ? text : text.prefix(length - 1) + "…"
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }

    /// The length of the well-formed UTF-8 sequence at `index`, or 0 when there is none.
    private static func utf8Length(at index: Int, in bytes: [UInt8]) -> Int {
        let first = bytes[index]
        let length = first < 0x80 ? 1 : first >= 0xC2 && first < 0xE0 ? 2 : first >= 0xE0 && first < 0xF0 ? 3 : first >= 0xF0 && first < 0xF5 ? 4 : 0
        guard length > 0, index + length <= bytes.count else { return 0 }
        return String(validating: bytes[index..<index + length], as: UTF8.self) == nil ? 0 : length
    }
}
