/// Turns the bytes of a saved article file into text: UTF-16 when they start with its byte order
/// mark, UTF-8 when they are valid UTF-8, else Windows-1252 (a superset of Latin-1) when they look like
/// legacy text.
///
/// ```swift
/// let decoded = try ArticleTextDecoder.decode(Array(data))
/// let article = try ArticleParser().parse(decoded.text, fileName: url.lastPathComponent)
/// ```
public enum ArticleTextDecoder {
    /// Decodes `bytes`, stripping a UTF-8 byte order mark.
    ///
    /// - Throws: `.empty` for no bytes or only white space; `.binary` when the bytes (for UTF-16, the
    ///   text) hold a NUL or more than 10% control characters; `.notText` for invalid UTF-16 after its
    ///   byte order mark, or invalid UTF-8 that is not plausible Windows-1252 either (a byte
    ///   Windows-1252 leaves undefined, or more than 30% bytes above 0x7F).
    public static func decode(_ bytes: [UInt8]) throws(TextDecodingError) -> DecodedText {
        if let bigEndian = utf16ByteOrder(of: bytes) {
            let text = try utf16Text(bytes.dropFirst(2), bigEndian: bigEndian)
            let utf8 = Array(text.utf8)
            try rejectBinary(utf8, 0..<utf8.count)
            guard text.contains(where: { !$0.isWhitespace }) else { throw .empty }
            return DecodedText(text: text, encoding: .utf16)
        }
        let contentStart = bytes.starts(with: utf8ByteOrderMark) ? utf8ByteOrderMark.count : 0
        let content = bytes[contentStart...]
        guard !content.isEmpty else { throw .empty }
        try rejectBinary(bytes, contentStart..<bytes.count)

        let decoded: DecodedText
        if let text = String(validating: content, as: UTF8.self) {
            decoded = DecodedText(text: text, encoding: .utf8)
        } else {
            decoded = DecodedText(text: try windows1252Text(content), encoding: .windows1252)
        }
        guard decoded.text.contains(where: { !$0.isWhitespace }) else { throw .empty }
        return decoded
    }

    private static let utf8ByteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Whether `bytes` start with a UTF-16 byte order mark saying big-endian (FE FF) or little-endian
    /// (FF FE); nil without one.
    private static func utf16ByteOrder(of bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 2 else { return nil }
        switch (bytes[0], bytes[1]) {
        case (0xFE, 0xFF): return true
        case (0xFF, 0xFE): return false
        default: return nil
        }
    }

    /// Reads `bytes` as UTF-16 code units in the given byte order; `.empty` without any, `.notText`
    /// for an odd byte count or unpaired surrogates.
    private static func utf16Text(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) throws(TextDecodingError) -> String {
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count.isMultiple(of: 2) else { throw .notText }
        let units = stride(from: bytes.startIndex, to: bytes.endIndex, by: 2).map { index in
            let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            return UInt16(high) << 8 | UInt16(low)
        }
        guard let text = String(validating: units, as: UTF16.self) else { throw .notText }
        return text
    }

    /// Throws `.binary` when `bytes[range]` hold a NUL or more than 10% C0 control characters other
    /// than tab, line feed, vertical tab, form feed and carriage return.
    private static func rejectBinary(_ bytes: [UInt8], _ range: Range<Int>) throws(TextDecodingError) {
        guard let controlCount = ByteScan.controlByteCount(in: bytes, range), controlCount * 10 <= range.count else {
            throw .binary
        }
    }

    /// Reads `bytes` as Windows-1252, throwing `.notText` when they are unlikely to be legacy text.
    private static func windows1252Text(_ bytes: ArraySlice<UInt8>) throws(TextDecodingError) -> String {
        var highByteCount = 0
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            guard byte >= 0x80 else {
                utf8.append(byte)
                continue
            }
            highByteCount += 1
            guard let scalar = Windows1252.scalar(for: byte) else { throw .notText }
            utf8.append(contentsOf: scalar.utf8)
        }
        if highByteCount * 10 > bytes.count * 3 { throw .notText }
        return String(decoding: utf8, as: UTF8.self)
    }
}
