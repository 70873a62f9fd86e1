/// Cuts a sentence or headline into `Token`s in one pass over its Unicode scalars.
///
/// Words keep inner apostrophes ("O'Brien"), full stops of initialisms ("U.S.", "J.D."), "&"
/// between capitals ("S&P") and hyphens, except that a hyphen is cut when a capitalised word goes
/// on in lower case ("Moscow-based" → "Moscow", "-", "based"). A possessive "’s" (or the "’" of a
/// plural "allies’") is cut off and recorded in `Token.isPossessive`.
enum Tokenizer {
    /// Lower-case prefixes that still start a name when a capital follows the hyphen ("al-Thani").
    private static let namePrefixes: Set<String> = ["al", "el", "bin", "ibn", "abu", "ben", "bint", "ul"]

    /// Whether the lower-case run after the hyphen at `hyphen` is a syllable of a name ("Kim Jong-il",
    /// "Li Song-ho", "Kang Young-hoon"): one to four letters ending the word, and no word that makes
    /// a compound ("Moscow-led", "US-run").
    static func isNameSyllable(after hyphen: Int, in text: ScalarText) -> Bool {
        var end = hyphen + 1
        while end < text.count, text.class(at: end).contains(.lowercase) { end += 1 }
        let length = end - hyphen - 1
        guard (1...4).contains(length), end == text.count || !text.class(at: end).contains(.word) else { return false }
        let word = String(String.UnicodeScalarView((hyphen + 1..<end).map { text[$0] }))
        return !compoundWords.contains(word)
    }

    /// Short words that end compounds after a name: "Moscow-led", "UN-run", "Cold War-era".
    private static let compoundWords: Set<String> = [
        "led", "run", "era", "like", "wide", "made", "born", "held", "side", "type", "free", "rich", "bred", "based",
        "bloc", "area", "zone", "only", "up", "off", "in", "out", "on", "born", "lite", "fest", "mad", "day", "year",
        "week", "ish", "ism", "ist", "isms", "ists", "esque", "size", "mp", "hit", "war", "and",
    ]

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
        appendTokens(in: scalars, to: &tokens)
        return tokens
    }

    /// Appends the tokens of a stretch of the article body to `tokens`; the slice's indices are the body offsets.
    static func appendTokens(in scalars: ArraySlice<Unicode.Scalar>, to tokens: inout [Token]) {
        ScalarText.reading(scalars) { text in
            TokenReader(text: text, offset: scalars.startIndex).read(into: &tokens)
        }
    }

    /// The key of a word or punctuation mark as written: what `key(of:in:)` gives a token of that text.
    static func key(of text: String) -> String {
        let word = Array(text.unicodeScalars)
        let shape = ScalarText.reading(word[...]) { WordShape(of: $0, 0..<$0.count) }
        return key(of: word[...], isASCII: shape.isASCII, hasCapital: shape.hasCapital)
    }

    /// The key of `token`: its text lower-cased, ’ written as '.
    static func key(of token: Token, in body: [Unicode.Scalar]) -> String {
        let scalars = body[token.start..<token.end]
        guard token.isWord else { return scalars.first == "’" ? "'" : String(scalars: scalars) }
        // The token's shape was read over the same scalars; no need to read it again.
        return key(of: scalars, isASCII: token.isASCII, hasCapital: token.hasCapital)
    }

    /// The word lower-cased, ’ written as '; ASCII words take a fast path.
    private static func key(of word: ArraySlice<Unicode.Scalar>, isASCII: Bool, hasCapital: Bool) -> String {
        if isASCII {
            return String(scalars: word, lowercasingASCII: hasCapital)
        }
        let lowered = Array(String(scalars: word).lowercased().unicodeScalars)
        return String(scalars: lowered.map { $0 == "’" ? "'" : $0 }[...])
    }

    /// Reads the tokens of one stretch of text, left to right.
    private struct TokenReader {
        let text: ScalarText
        /// Body offset of `text`'s first scalar.
        let offset: Int

        func read(into tokens: inout [Token]) {
            var index = 0
            while index < text.count {
                let scalarClass = text.class(at: index)
                if scalarClass.contains(.whitespace) {
                    index += 1
                } else if scalarClass.contains(.word) {
                    index = appendWord(from: index, to: &tokens)
                } else {
                    let scalar = text[index]
                    tokens.append(
                        Token(
                            start: offset + index, end: offset + index + 1, isWord: false, isPossessive: false,
                            isCapitalised: false, isAllCaps: false, hasCapital: false, isASCII: scalar.isASCII,
                            packedKey: scalar.isASCII ? PackedKey(byte: UInt8(truncatingIfNeeded: scalar.value)) : nil))
                    index += 1
                }
            }
        }

        /// Reads the word starting at `start` (a word scalar), appends it, and returns the index after it.
        /// (Inlined: the call per word, with its register saves and spills, cost some 18 instructions in 310.)
        @inline(__always)
        private func appendWord(from start: Int, to tokens: inout [Token]) -> Int {
            let first = text.class(at: start)
            var end = start
            var isPossessive = false
            var next = start
            var segmentStart = start
            // The shape of `text[start..<end]`, kept up to date as `end` moves on.
            var shape = WordShape()
            while true {
                while end < text.count {
                    let scalarClass = text.class(at: end)
                    guard scalarClass.contains(.word) else { break }
                    shape.append(text[end], scalarClass)
                    end += 1
                }
                next = end
                guard end + 1 < text.count else { break }
                let joiner = text[end]
                let following = text[end + 1]
                let followingClass = text.class(at: end + 1)
                if (joiner == "'" || joiner == "’") && followingClass.contains(.letter) {
                    let afterS = end + 2
                    if following == "s" || following == "S",
                        afterS == text.count || !text.class(at: afterS).contains(.word)
                    {
                        isPossessive = true
                        next = afterS
                        break
                    }
                    shape.append(joiner, text.class(at: end))
                    end += 1
                } else if (joiner == "-" || joiner == "‐") && followingClass.contains(.word) {
                    if first.contains(.uppercase) && followingClass.contains(.lowercase)
                        && !Tokenizer.isNameSyllable(after: end, in: text)
                    {
                        break
                    }
                    shape.append(joiner, text.class(at: end))
                    end += 1
                    segmentStart = end
                } else if joiner == "." && followingClass.contains(.letter) && end - segmentStart == 1 {
                    shape.append(joiner, text.class(at: end))
                    end += 1
                    segmentStart = end
                } else if joiner == "&" && followingClass.contains(.uppercase) && first.contains(.uppercase) {
                    shape.append(joiner, text.class(at: end))
                    end += 1
                } else {
                    break
                }
            }
            // "U.S." keeps its last full stop; a plural possessive "allies’" loses its apostrophe (only
            // in lower case: after a capitalised word it more likely closes a quotation, as in "'Errors'").
            // (`end > start`: the word holds its first scalar, so `end - 1` and, when `end - start > 1`,
            // `end - 2` are inside it.)
            if !isPossessive, end < text.count, text[end] == ".", end - segmentStart == 1, end - start > 1,
                text[end - 2] == "."
            {
                shape.append(text[end], text.class(at: end))
                end += 1
                next = end
            } else if !isPossessive, end < text.count, text[end] == "’" || text[end] == "'", text[end - 1] == "s",
                first.contains(.lowercase), end + 1 == text.count || !text.class(at: end + 1).contains(.word)
            {
                isPossessive = true
                next = end + 1
            }
            let isCapitalised =
                first.contains(.uppercase) || (shape.hasHyphen && isCapitalisedAfterPrefix(start..<end))
            tokens.append(
                Token(
                    start: offset + start, end: offset + end, isWord: true, isPossessive: isPossessive,
                    isCapitalised: isCapitalised, isAllCaps: shape.isAllCaps, hasCapital: shape.hasCapital,
                    isASCII: shape.isASCII, hasHyphen: shape.hasHyphen, packedKey: shape.packedKey))
            return next
        }

        /// A lower-case name prefix, a hyphen and a capital ("al-Thani"), in `range`.
        private func isCapitalisedAfterPrefix(_ range: Range<Int>) -> Bool {
            var hyphen = range.lowerBound
            while hyphen < range.upperBound, text[hyphen] != "-", text[hyphen] != "‐" { hyphen += 1 }
            guard hyphen + 1 < range.upperBound else { return false }
            let prefix = (range.lowerBound..<hyphen).map { text[$0] }
            return namePrefixes.contains(String(scalars: prefix[...])) && text.class(at: hyphen + 1).contains(.uppercase)
        }
    }

    /// The case and script of a word, and its packed key, gathered scalar by scalar as the word is read.
    private struct WordShape {
        private var classes: ScalarClass = []
        private var letterCount = 0
        /// The key packed on the way; it is dropped if the word turns out not to be ASCII or too long.
        private var key = PackedKey()
        private var length = 0

        init() {}

        /// The shape of the word `text[range]`.
        init(of text: ScalarText, _ range: Range<Int>) {
            for index in range { append(text[index], text.class(at: index)) }
        }

        /// Adds the word's next scalar, of class `scalarClass`.
        @inline(__always)
        mutating func append(_ scalar: Unicode.Scalar, _ scalarClass: ScalarClass) {
            classes.formUnion(scalarClass)
            if scalarClass.contains(.letter) { letterCount &+= 1 }
            if length < PackedKey.capacity {
                // ASCII capitals lower-cased, as in `Tokenizer.key(of:isASCII:hasCapital:)`.
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                key.store(scalarClass.contains(.uppercase) ? byte | 0x20 : byte, at: length)
            }
            length &+= 1
        }

        var isASCII: Bool { !classes.contains(.nonASCII) }
        /// Some letter is upper-case.
        var hasCapital: Bool { classes.contains(.uppercase) }
        /// Two or more letters, all upper-case.
        var isAllCaps: Bool { letterCount >= 2 && !classes.contains(.nonUppercaseLetter) }
        /// Some scalar is "-" or "‐".
        var hasHyphen: Bool { classes.contains(.hyphen) }
        /// The key packed (see `PackedKey`), when the word is ASCII and short enough.
        var packedKey: PackedKey? { isASCII && length <= PackedKey.capacity ? key.sealed(length: length) : nil }
    }
}

/// The classes of a Unicode scalar that tokenising asks about; ASCII scalars look theirs up in a
/// table, others work them out from Unicode properties (slow, and rare in news text).
struct ScalarClass: OptionSet, Sendable {
    let rawValue: UInt8

    /// A letter, digit or non-spacing mark: part of a word.
    static let word = ScalarClass(rawValue: 1 << 0)
    /// Alphabetic.
    static let letter = ScalarClass(rawValue: 1 << 1)
    static let uppercase = ScalarClass(rawValue: 1 << 2)
    static let lowercase = ScalarClass(rawValue: 1 << 3)
    /// A letter that is not upper-case (what stops a word being in capitals).
    static let nonUppercaseLetter = ScalarClass(rawValue: 1 << 4)
    static let whitespace = ScalarClass(rawValue: 1 << 5)
    /// "-" or "‐".
    static let hyphen = ScalarClass(rawValue: 1 << 6)
    static let nonASCII = ScalarClass(rawValue: 1 << 7)

    /// The classes of each ASCII scalar, by value.
    static let asciiTable: [ScalarClass] = (0..<128).map { value in
        ScalarClass(slowlyFor: Unicode.Scalar(UInt8(value)))
    }
}

extension ScalarClass {
    /// The classes of `scalar`, from its Unicode properties.
    @inline(never)
    init(slowlyFor scalar: Unicode.Scalar) {
        var classes: ScalarClass = []
        if scalar.isASCII {
            // The ASCII answers the tokenizer has always used: letters are A-Z and a-z, word
            // scalars add 0-9, whitespace is space and tab to carriage return.
            let value = scalar.value
            let isUpper = value >= 65 && value <= 90
            let isLower = value >= 97 && value <= 122
            if isUpper || isLower { classes.formUnion([.word, .letter]) }
            if value >= 48 && value <= 57 { classes.insert(.word) }
            if isUpper { classes.insert(.uppercase) }
            if isLower { classes.formUnion([.lowercase, .nonUppercaseLetter]) }
            if value == 32 || (value >= 9 && value <= 13) { classes.insert(.whitespace) }
            if scalar == "-" { classes.insert(.hyphen) }
            self = classes
            return
        }
        let properties = scalar.properties
        classes.insert(.nonASCII)
        if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark {
            classes.insert(.word)
        }
        if properties.isAlphabetic { classes.insert(.letter) }
        if properties.isUppercase { classes.insert(.uppercase) }
        if properties.isLowercase { classes.insert(.lowercase) }
        if properties.isAlphabetic && !properties.isUppercase { classes.insert(.nonUppercaseLetter) }
        if properties.isWhitespace { classes.insert(.whitespace) }
        if scalar == "‐" { classes.insert(.hyphen) }
        self = classes
    }
}

/// The scalars of a stretch of text, read without bounds checks: the one unsafe place of tokenising.
///
/// It exists only inside `reading(_:_:)`, while the array's memory is pinned. Callers read only
/// indices in `0..<count`: every loop in `Tokenizer` tests `index < count` (or `index + 1 < count`
/// before reading `index + 1`) before it reads, and indices below a word's end are at least its
/// start, which is at least 0. (`UnsafeBufferPointer`'s subscript checks bounds in debug builds.)
struct ScalarText {
    private let buffer: UnsafeBufferPointer<Unicode.Scalar>
    /// `ScalarClass.asciiTable`'s 128 entries.
    private let asciiTable: UnsafeBufferPointer<ScalarClass>

    /// Calls `body` with the text of `scalars`, indexed from 0.
    static func reading<Result>(
        _ scalars: ArraySlice<Unicode.Scalar>, _ body: (ScalarText) -> Result
    ) -> Result {
        scalars.withUnsafeBufferPointer { buffer in
            ScalarClass.asciiTable.withUnsafeBufferPointer { table in
                body(ScalarText(buffer: buffer, asciiTable: table))
            }
        }
    }

    var count: Int { buffer.count }

    @inline(__always)
    subscript(index: Int) -> Unicode.Scalar { buffer[index] }

    /// The classes of the scalar at `index`: a table look-up for ASCII (`value < 128`, so the table
    /// read is in bounds).
    @inline(__always)
    func `class`(at index: Int) -> ScalarClass {
        let scalar = buffer[index]
        return scalar.value < 128 ? asciiTable[Int(scalar.value)] : ScalarClass(slowlyFor: scalar)
    }
}
