/// Cuts a sentence or headline into `Token`s in one pass over its Unicode scalars.
///
/// Words keep inner apostrophes ("O'Brien"), full stops of initialisms ("U.S.", "J.D."), "&"
/// between capitals ("S&P") and hyphens, except that a hyphen is cut when a capitalised word goes
/// on in lower case ("Moscow-based" → "Moscow", "-", "based"). A possessive "’s" (or the "’" of a
/// plural "allies’") is cut off and recorded in `Token.isPossessive`.
enum Tokenizer {
    /// Lower-case prefixes that still start a name when a capital follows the hyphen ("al-Thani").
    private static let namePrefixes: Set<String> = ["al", "el", "bin", "ibn", "abu", "ben", "bint", "ul"]

    /// The tokens of `text` (a name in a word list), offsets counted from its start.
    static func tokens(of text: String) -> [Token] {
        tokens(in: Array(text.unicodeScalars)[...])
    }

    /// The tokens of a stretch of the article body; the slice's indices are the body offsets.
    static func tokens(in scalars: ArraySlice<Unicode.Scalar>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4)
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if isWhitespace(scalar) {
                index += 1
            } else if isWordScalar(scalar) {
                index = appendWord(from: index, in: scalars, to: &tokens)
            } else {
                let text = String(Character(scalar))
                tokens.append(
                    Token(
                        text: text, key: scalar == "’" ? "'" : text, start: index, end: index + 1,
                        isWord: false, isPossessive: false, isCapitalised: false, isAllCaps: false, hasCapital: false))
                index += 1
            }
        }
        return tokens
    }

    /// Reads the word starting at `start`, appends it, and returns the index after it.
    private static func appendWord(from start: Int, in scalars: ArraySlice<Unicode.Scalar>, to tokens: inout [Token])
        -> Int
    {
        var end = start
        var isPossessive = false
        var next = start
        var segmentStart = start
        while true {
            while end < scalars.endIndex, isWordScalar(scalars[end]) { end += 1 }
            next = end
            guard end + 1 < scalars.endIndex else { break }
            let joiner = scalars[end]
            let following = scalars[end + 1]
            if (joiner == "'" || joiner == "’") && isLetter(following) {
                let afterS = end + 2
                if following == "s" || following == "S", afterS == scalars.endIndex || !isWordScalar(scalars[afterS]) {
                    isPossessive = true
                    next = afterS
                    break
                }
                end += 1
            } else if (joiner == "-" || joiner == "‐") && isWordScalar(following) {
                if isUppercase(scalars[start]) && isLowercase(following) { break }
                end += 1
                segmentStart = end
            } else if joiner == "." && isLetter(following) && end - segmentStart == 1 {
                end += 1
                segmentStart = end
            } else if joiner == "&" && isUppercase(following) && isUppercase(scalars[start]) {
                end += 1
            } else {
                break
            }
        }
        // "U.S." keeps its last full stop; a plural possessive "allies’" loses its apostrophe (only in
        // lower case: after a capitalised word it more likely closes a quotation, as in "'Errors'").
        if !isPossessive, end < scalars.endIndex, scalars[end] == ".", end - segmentStart == 1, end - start > 1,
            scalars[end - 2] == "."
        {
            end += 1
            next = end
        } else if !isPossessive, end < scalars.endIndex, scalars[end] == "’" || scalars[end] == "'",
            scalars[end - 1] == "s", isLowercase(scalars[start]),
            end + 1 == scalars.endIndex || !isWordScalar(scalars[end + 1])
        {
            isPossessive = true
            next = end + 1
        }
        let word = scalars[start..<end]
        let text = String(scalars: word)
        tokens.append(
            Token(
                text: text, key: key(of: word, text: text), start: start, end: end, isWord: true,
                isPossessive: isPossessive, isCapitalised: isCapitalised(word), isAllCaps: isAllCaps(word),
                hasCapital: word.contains(where: isUppercase)))
        return next
    }

    /// The word lower-cased, ’ written as '; ASCII words take a fast path.
    private static func key(of word: ArraySlice<Unicode.Scalar>, text: String) -> String {
        if word.allSatisfy({ $0.isASCII }) {
            return word.contains(where: isUppercase) ? String(scalars: word, lowercasingASCII: true) : text
        }
        let lowered = Array(text.lowercased().unicodeScalars)
        return String(scalars: lowered.map { $0 == "’" ? "'" : $0 }[...])
    }

    // Character classes with an ASCII fast path: Unicode property look-ups are slow.

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 97 && value <= 122) || (value >= 65 && value <= 90) || (value >= 48 && value <= 57)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar.value | 0x20) >= 97 && (scalar.value | 0x20) <= 122 }
        return scalar.properties.isAlphabetic
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value >= 65 && scalar.value <= 90 : scalar.properties.isUppercase
    }

    private static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value >= 97 && scalar.value <= 122 : scalar.properties.isLowercase
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII
            ? scalar.value == 32 || (scalar.value >= 9 && scalar.value <= 13) : scalar.properties.isWhitespace
    }

    private static func isCapitalised(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = word.first else { return false }
        if isUppercase(first) { return true }
        guard let hyphen = word.firstIndex(where: { $0 == "-" || $0 == "‐" }), hyphen + 1 < word.endIndex else {
            return false
        }
        return namePrefixes.contains(String(scalars: word[word.startIndex..<hyphen])) && isUppercase(word[hyphen + 1])
    }

    private static func isAllCaps(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        var letters = 0
        for scalar in word where isLetter(scalar) {
            guard isUppercase(scalar) else { return false }
            letters += 1
        }
        return letters >= 2
    }
}
