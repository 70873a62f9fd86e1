/// The character encoding a web page declares: `<meta charset="…">` or `<meta http-equiv="Content-Type"
/// content="text/html; charset=…">` in its first 4 KB, as browsers look for it.
///
/// Pages are read as text files are (`ArticleTextDecoder`: a byte order mark, else UTF-8 when valid, else
/// Windows-1252), which is what a UTF-8 or Latin-1 family declaration says too (valid UTF-8 under a Latin-1
/// label is a mislabelled page); a page declaring another charset is read the same way and says so.
enum HTMLCharset {
    /// The charset label declared in `bytes`, lowercased; nil when none is.
    static func declaredLabel(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let key = Array("charset".utf8)
        var index = 0
        while index + key.count < head.count {
            guard head[index..<index + key.count].elementsEqual(key) else {
                index += 1
                continue
            }
            var valueStart = index + key.count
            while valueStart < head.count, head[valueStart] == 0x20 { valueStart += 1 }
            guard valueStart < head.count, head[valueStart] == UInt8(ascii: "=") else {
                index += 1
                continue
            }
            valueStart += 1
            while valueStart < head.count, [0x20, 0x22, 0x27].contains(head[valueStart]) { valueStart += 1 }
            var valueEnd = valueStart
            while valueEnd < head.count, ![0x20, 0x22, 0x27, 0x3B, 0x3E, 0x2F].contains(head[valueEnd]) { valueEnd += 1 }
            let label = String(decoding: head[valueStart..<valueEnd], as: UTF8.self)
            return label.isEmpty ? nil : label
        }
        return nil
    }

    /// The encoding a charset label names, for those the archive reads; nil for others.
    static func encoding(labelled label: String) -> TextEncoding? {
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8": .utf8
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "windows-1252", "cp1252", "x-cp1252", "us-ascii", "ascii",
            "iso-8859-15", "iso8859-15", "latin-9", "l9":
            .windows1252
        default: nil
        }
    }
}
