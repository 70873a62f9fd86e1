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
            if scalar.properties.isWhitespace {
                index += 1
            } else if isWordScalar(scalar) {
                index = appendWord(from: index, in: scalars, to: &tokens)
            } else {
                let text = String(scalar)
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
    private static func appendWord(from start: Int, in scalars: ArraySlice<Unicode.Scalar>, to tokens: inout [Token]) -> Int {
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
            if (joiner == "'" || joiner == "’") && following.properties.isAlphabetic {
                let afterS = end + 2
                if following == "s" || following == "S", afterS == scalars.endIndex || !isWordScalar(scalars[afterS]) {
                    isPossessive = true
                    next = afterS
                    break
                }
                end += 1
            } else if (joiner == "-" || joiner == "‐") && isWordScalar(following) {
                if scalars[start].properties.isUppercase && following.properties.isLowercase { break }
                end += 1
                segmentStart = end
            } else if joiner == "." && following.properties.isAlphabetic && end - segmentStart == 1 {
                end += 1
                segmentStart = end
            } else if joiner == "&" && following.properties.isUppercase && scalars[start].properties.isUppercase {
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
            scalars[end - 1] == "s", scalars[start].properties.isLowercase,
            end + 1 == scalars.endIndex || !isWordScalar(scalars[end + 1])
        {
            isPossessive = true
            next = end + 1
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        let text = String(view)
        tokens.append(
            Token(
                text: text, key: text.lowercased().replacing("’", with: "'"), start: start, end: end, isWord: true,
                isPossessive: isPossessive,
                isCapitalised: isCapitalised(scalars[start..<end]), isAllCaps: isAllCaps(scalars[start..<end]),
                hasCapital: scalars[start..<end].contains { $0.properties.isUppercase }))
        return next
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    private static func isCapitalised(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = word.first else { return false }
        if first.properties.isUppercase { return true }
        guard let hyphen = word.firstIndex(where: { $0 == "-" || $0 == "‐" }), hyphen + 1 < word.endIndex else {
            return false
        }
        var prefix = String.UnicodeScalarView()
        prefix.append(contentsOf: word[word.startIndex..<hyphen])
        return namePrefixes.contains(String(prefix)) && word[hyphen + 1].properties.isUppercase
    }

    private static func isAllCaps(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        var letters = 0
        for scalar in word where scalar.properties.isAlphabetic {
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }
}
