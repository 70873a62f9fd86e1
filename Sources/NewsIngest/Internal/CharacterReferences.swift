/// HTML character references as saved pages leave them in text (`&#163;1.8m`, `Jos&#233;`, `AT&amp;T`),
/// read as the characters they stand for.
///
/// Decimal and hexadecimal references (`&#163;`, `&#xA3;`) and the named references a news page uses
/// (HTML's Latin-1 set and typographic punctuation) are decoded when they end with `;`. As in HTML, a
/// number in 128–159 stands for the Windows-1252 character (`&#146;` is ’). Anything else, `&` alone
/// included, is left as written.
enum CharacterReferences {
    /// `text` with its character references decoded. O(n); a text without `&` is returned as it is.
    static func decoded(_ text: String) -> String {
        // Through the contiguous bytes: `utf8.contains` went byte by byte through the view's iterator,
        // 29 instructions a byte, a third of all the parsing.
        let hasAmpersand =
            text.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "&")) }
            ?? text.utf8.contains(UInt8(ascii: "&"))
        guard hasAmpersand else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let (scalar, length) = reference(in: scalars, at: index) {
                result.append(scalar)
                index += length
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// The character the reference starting at `start` (an `&`) stands for, and its length in scalars.
    private static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar, Int)? {
        let limit = min(scalars.count, start + 12)
        guard let end = (start + 1..<limit).first(where: { scalars[$0] == ";" }), end > start + 1 else { return nil }
        let body = String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
        let length = end - start + 1
        guard body.hasPrefix("#") else { return named[body].map { ($0, length) } }
        let digits = body.dropFirst()
        let isHex = digits.first == "x" || digits.first == "X"
        guard let value = UInt32(isHex ? digits.dropFirst() : digits, radix: isHex ? 16 : 10), value > 0 else { return nil }
        if (0x80...0x9F).contains(value) { return Windows1252.scalar(for: UInt8(value)).map { ($0, length) } }
        return Unicode.Scalar(value).map { ($0, length) }
    }

    /// Named references: XML's five, HTML's Latin-1 set, and typographic punctuation.
    private static let named: [String: Unicode.Scalar] = {
        var names: [String: UInt32] = [
            "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "ndash": 0x2013, "mdash": 0x2014,
            "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A, "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E,
            "hellip": 0x2026, "bull": 0x2022, "euro": 0x20AC, "trade": 0x2122, "dagger": 0x2020, "prime": 0x2032,
            "lsaquo": 0x2039, "rsaquo": 0x203A, "oelig": 0x153, "OElig": 0x152, "scaron": 0x161, "Scaron": 0x160,
            "zwj": 0x200D, "zwnj": 0x200C, "thinsp": 0x2009, "ensp": 0x2002, "emsp": 0x2003,
        ]
        // U+00A0–U+00FF in HTML's order.
        let latin1 = """
            nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 \
            acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde \
            Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc \
            Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml \
            aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc \
            otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml
            """
        for (offset, name) in latin1.split(separator: " ").enumerated() { names[String(name)] = 0xA0 + UInt32(offset) }
        return names.compactMapValues(Unicode.Scalar.init)
    }()
}
