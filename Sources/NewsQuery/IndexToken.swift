import Foundation

/// A word as the index's tokenizer (`porter unicode61 remove_diacritics 2`) cuts and stores it.
///
/// Like `unicode61`, a token is a run of letters, digits and private-use characters; combining accents
/// (U+0300–U+036F) stay inside a word; everything else (spaces, punctuation, symbols, emoji)
/// separates words, so `European-led` is two tokens and `Germany’s` is `germany` + `s`.
///
/// For example:
/// ```swift
/// IndexToken.tokens(in: "Europe’s leaders backed it").map(\.stem)  // ["europ", "s", "leader", "back", "it"]
/// ```
public struct IndexToken: Sendable, Equatable {
    /// The token as written in the source text.
    public var text: String
    /// Lowercased, with accents removed from Latin letters, as `unicode61` hands it to the stemmer.
    public var folded: String
    /// The term the index stores for this token: the Porter stem of `folded`.
    public var stem: String
    /// Where the token is, in Unicode scalar (code point) offsets into the tokenized text.
    public var range: Range<Int>

    /// Makes a token from its source text; `range` says where it was found.
    public init(text: String, range: Range<Int>) {
        self.text = text
        self.folded = Self.fold(text)
        self.stem = PorterStemmer.stem(folded)
        self.range = range
    }

    /// Cuts `text` into tokens the way the index does. O(n) in the length of `text`.
    public static func tokens(in text: String) -> [IndexToken] {
        var tokens: [IndexToken] = []
        var current = String.UnicodeScalarView()
        var start = 0
        var offset = 0
        for scalar in text.unicodeScalars {
            if isWordCharacter(scalar) || (!current.isEmpty && isCombiningAccent(scalar)) {
                if current.isEmpty { start = offset }
                current.append(scalar)
            } else if !current.isEmpty {
                tokens.append(IndexToken(text: String(current), range: start..<offset))
                current = String.UnicodeScalarView()
            }
            offset += 1
        }
        if !current.isEmpty {
            tokens.append(IndexToken(text: String(current), range: start..<offset))
        }
        return tokens
    }

    /// Whether a scalar can be part of a token: a letter, a digit or other number, or private use
    /// (`unicode61`'s default categories `L* N* Co`).
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        return switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            true
        default:
            false
        }
    }

    /// The combining diacritical marks block, which `unicode61` keeps inside a word and then drops.
    static func isCombiningAccent(_ scalar: Unicode.Scalar) -> Bool {
        (0x300...0x36F).contains(scalar.value)
    }

    /// Lowercases and removes accents from Latin letters only, as `remove_diacritics 2` does
    /// (`Łódź` → `łodz`, `İstanbul` → `istanbul`, but Greek `ελλάδα` keeps its accent).
    static func fold(_ text: String) -> String {
        // Most words are ASCII: lowercasing is all they need, and Foundation's normalisation is slow.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        var kept = String.UnicodeScalarView()
        var previousIsLatin = false
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if isCombiningAccent(scalar) {
                if !previousIsLatin { kept.append(scalar) }
                continue
            }
            previousIsLatin = scalar.value <= 0x24F || (0x1E00...0x1EFF).contains(scalar.value)
            kept.append(scalar)
        }
        return String(kept).precomposedStringWithCanonicalMapping
    }
}
