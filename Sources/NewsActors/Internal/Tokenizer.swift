/// Cuts a sentence or headline into `Token`s in one pass over its Unicode scalars.
///
/// Words keep inner apostrophes ("O'Brien"), full stops of initialisms ("U.S.", "J.D."), "&"
/// between capitals ("S&P") and hyphens, except that a hyphen is cut when a capitalised word goes
/// on in lower case ("Moscow-based" → "Moscow", "-", "based"). A possessive "’s" (or the "’" of a
/// plural "allies’") is cut off and recorded in `Token.isPossessive`.
enum Tokenizer {
    /// Lower-case prefixes that still start a name when a capital follows the hyphen ("al-Thani").
    private static let namePrefixes: Set<String> = ["al", "el", "bin", "ibn", "abu", "ben", "bint", "ul"]

    /// The keys of the tokens of `text` (a name in a word list), possessive endings kept
    /// ("mcdonald's").
    static func keys(of text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return tokens(in: scalars[...]).map { token in
            token.isPossessive ? key(of: token, in: scalars) + "'s" : key(of: token, in: scalars)
        }
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
                tokens.append(
                    Token(
                        start: index, end: index + 1, isWord: false, isPossessive: false, isCapitalised: false,
                        isAllCaps: false, hasCapital: false, isASCII: scalar.isASCII,
                        packedKey: scalar.isASCII ? PackedKey(byte: UInt8(truncatingIfNeeded: scalar.value)) : nil))
                index += 1
            }
        }
        return tokens
    }

    /// Reads the word starting at `start`, appends it, and returns the index after it.
    private static func appendWord(
        from start: Int, in scalars: ArraySlice<Unicode.Scalar>, to tokens: inout [Token]
    ) -> Int {
        var end = start
        var isPossessive = false
        var next = start
        var segmentStart = start
        // Every scalar taken into the word goes through `shape.add(_:)` as it is taken, so that the
        // word is read once.
        var shape = WordShape()
        while true {
            while end < scalars.endIndex, isWordScalar(scalars[end]) {
                shape.add(scalars[end])
                end += 1
            }
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
                shape.add(joiner)
                end += 1
            } else if (joiner == "-" || joiner == "‐") && isWordScalar(following) {
                if isUppercase(scalars[start]) && isLowercase(following) { break }
                shape.add(joiner)
                end += 1
                segmentStart = end
            } else if joiner == "." && isLetter(following) && end - segmentStart == 1 {
                shape.add(joiner)
                end += 1
                segmentStart = end
            } else if joiner == "&" && isUppercase(following) && isUppercase(scalars[start]) {
                shape.add(joiner)
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
            shape.add(scalars[end])
            end += 1
            next = end
        } else if !isPossessive, end < scalars.endIndex, scalars[end] == "’" || scalars[end] == "'",
            scalars[end - 1] == "s", isLowercase(scalars[start]),
            end + 1 == scalars.endIndex || !isWordScalar(scalars[end + 1])
        {
            isPossessive = true
            next = end + 1
        }
        let isCapitalised =
            shape.startsWithCapital || (shape.hasHyphen && isCapitalisedAfterPrefix(scalars, start..<end))
        tokens.append(
            Token(
                start: start, end: end, isWord: true, isPossessive: isPossessive, isCapitalised: isCapitalised,
                isAllCaps: shape.isAllCaps, hasCapital: shape.hasCapital, isASCII: shape.isASCII,
                hasHyphen: shape.hasHyphen, packedKey: shape.packedKey))
        return next
    }

    /// The key of a word or punctuation mark as written: what `key(of:in:)` gives a token of that text.
    static func key(of text: String) -> String {
        let word = Array(text.unicodeScalars)[...]
        return key(of: word, shape: WordShape(word, word.indices))
    }

    /// The key of `token`: its text lower-cased, ’ written as '.
    static func key(of token: Token, in body: [Unicode.Scalar]) -> String {
        let scalars = body[token.start..<token.end]
        guard token.isWord else { return scalars.first == "’" ? "'" : String(scalars: scalars) }
        // The token's shape was read over the same scalars; no need to read it again.
        return key(of: scalars, isASCII: token.isASCII, hasCapital: token.hasCapital)
    }

    /// The word lower-cased, ’ written as '; ASCII words take a fast path.
    private static func key(of word: ArraySlice<Unicode.Scalar>, shape: WordShape) -> String {
        key(of: word, isASCII: shape.isASCII, hasCapital: shape.hasCapital)
    }

    /// The word lower-cased, ’ written as '; ASCII words take a fast path.
    private static func key(of word: ArraySlice<Unicode.Scalar>, isASCII: Bool, hasCapital: Bool) -> String {
        if isASCII {
            return String(scalars: word, lowercasingASCII: hasCapital)
        }
        let lowered = Array(String(scalars: word).lowercased().unicodeScalars)
        return String(scalars: lowered.map { $0 == "’" ? "'" : $0 }[...])
    }

    /// The case and script of a word, and its packed key, gathered scalar by scalar.
    private struct WordShape {
        private(set) var isASCII = true
        private(set) var startsWithCapital = false
        /// Some letter is upper-case.
        private(set) var hasCapital = false
        /// Two or more letters, all upper-case.
        var isAllCaps: Bool { letterCount >= 2 && !hasLowerCaseLetter }
        /// Some scalar is "-" or "‐".
        private(set) var hasHyphen = false
        /// The key packed (see `PackedKey`), when the word is ASCII and short enough.
        var packedKey: PackedKey? {
            isASCII && length <= PackedKey.capacity ? lowercasedBytes.sealed(length: length) : nil
        }

        private var length = 0
        private var lowercasedBytes = PackedKey()
        private var letterCount = 0
        /// Some letter is not upper-case.
        private var hasLowerCaseLetter = false

        /// The shape of no scalars yet.
        init() {}

        /// The shape of the word `scalars[range]`.
        init(_ scalars: ArraySlice<Unicode.Scalar>, _ range: Range<Int>) {
            for index in range { add(scalars[index]) }
        }

        /// Takes in the word's next scalar. ASCII scalars are classified inline (the same answers
        /// as `isUppercase` and `isLetter`).
        @inline(__always)
        mutating func add(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            if value < 0x80 {
                let isCapital = value >= 65 && value <= 90
                if isCapital {
                    hasCapital = true
                    letterCount += 1
                } else if value >= 97 && value <= 122 {
                    hasLowerCaseLetter = true
                    letterCount += 1
                } else if scalar == "-" {
                    hasHyphen = true
                }
                if length == 0 { startsWithCapital = isCapital }
                // The key lower-cases ASCII capitals only (see `Tokenizer.key(of:shape:)`).
                if length < PackedKey.capacity {
                    lowercasedBytes.store(UInt8(truncatingIfNeeded: isCapital ? value + 32 : value), at: length)
                }
            } else {
                addNonASCII(scalar)
            }
            length += 1
        }

        /// `add(_:)` for a non-ASCII scalar, out of line so that the ASCII path inlines.
        @inline(never)
        private mutating func addNonASCII(_ scalar: Unicode.Scalar) {
            isASCII = false
            if scalar == "‐" { hasHyphen = true }
            let isCapital = Tokenizer.isUppercase(scalar)
            if isCapital { hasCapital = true }
            if Tokenizer.isLetter(scalar) {
                letterCount += 1
                if !isCapital { hasLowerCaseLetter = true }
            }
            if length == 0 { startsWithCapital = isCapital }
        }
    }

    // Character classes with an ASCII fast path: Unicode property look-ups are slow. They run for
    // every scalar of every article, so they are inlined, and the non-ASCII look-ups are kept out
    // of line: `Unicode.Scalar.Properties` is a resilient type, and any function touching it sets
    // up its metadata on every call, which showed in the profile once per word.

    @inline(__always)
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 97 && value <= 122) || (value >= 65 && value <= 90) || (value >= 48 && value <= 57)
        }
        return isNonASCIIWordScalar(scalar)
    }

    @inline(never)
    private static func isNonASCIIWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar.value | 0x20) >= 97 && (scalar.value | 0x20) <= 122 }
        return isNonASCIILetter(scalar)
    }

    @inline(never)
    private static func isNonASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic
    }

    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value >= 65 && scalar.value <= 90 : isNonASCIIUppercase(scalar)
    }

    @inline(never)
    private static func isNonASCIIUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase
    }

    @inline(__always)
    private static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value >= 97 && scalar.value <= 122 : isNonASCIILowercase(scalar)
    }

    @inline(never)
    private static func isNonASCIILowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isLowercase
    }

    @inline(__always)
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII
            ? scalar.value == 32 || (scalar.value >= 9 && scalar.value <= 13) : isNonASCIIWhitespace(scalar)
    }

    @inline(never)
    private static func isNonASCIIWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    /// A lower-case name prefix, a hyphen and a capital ("al-Thani"), in `scalars[range]`.
    private static func isCapitalisedAfterPrefix(_ scalars: ArraySlice<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        var hyphen = range.lowerBound
        while hyphen < range.upperBound, scalars[hyphen] != "-", scalars[hyphen] != "‐" { hyphen += 1 }
        guard hyphen + 1 < range.upperBound else { return false }
        return namePrefixes.contains(String(scalars: scalars[range.lowerBound..<hyphen]))
            && isUppercase(scalars[hyphen + 1])
    }
}
