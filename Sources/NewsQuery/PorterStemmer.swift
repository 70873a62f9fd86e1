/// Porter's 1980 suffix-stripping algorithm, exactly as SQLite's FTS5 `porter` tokenizer applies it,
/// so that a stem computed here is the term the index holds.
///
/// FTS5 stems the token its base tokenizer (`unicode61`) produced, which is already lowercased and,
/// with `remove_diacritics 2`, stripped of Latin accents. It works on UTF-8 bytes: only ASCII `a e i o u`
/// (and `y` after a consonant) count as vowels, every other byte, including those of non-ASCII letters,
/// counts as a consonant; tokens shorter than 3 or longer than 64 bytes pass through unchanged. Its rule
/// tables follow Martin Porter's reference C implementation (`bli`→`ble`, `logi`→`log` in step 2).
///
/// For example:
/// ```swift
/// PorterStemmer.stem("negotiations")        // "negoti"
/// PorterStemmer.indexPrefix(for: "negotiat") // "negoti", so `"negoti" *` finds every form
/// ```
///
/// Related SQLite source: `ext/fts5/fts5_tokenize.c` (`fts5PorterCb`).
public enum PorterStemmer {
    /// Tokens longer than this many UTF-8 bytes are not stemmed (`FTS5_PORTER_MAX_TOKEN`).
    static let maximumStemmedLength = 64

    /// Tokens shorter than this many UTF-8 bytes are not stemmed.
    static let minimumStemmedLength = 3

    /// Returns the stem of a token that is already lowercased and folded (see `IndexToken.folded`).
    public static func stem(_ token: String) -> String {
        let bytes = Array(token.utf8)
        guard (minimumStemmedLength...maximumStemmedLength).contains(bytes.count) else { return token }
        var word = StemmedWord(bytes)
        word.applyAllSteps()
        return String(decoding: word.bytes, as: UTF8.self)
    }

    /// Returns the string to put before `*` in an FTS5 prefix query so that it finds every indexed word
    /// the user's (folded) `prefix` begins.
    ///
    /// The index holds stems, and the stem of a whole word can be shorter than what the user typed
    /// (`negotiat` is the start of `negotiate`, whose stem is `negoti`). So this stems the prefix
    /// finished with a set of common endings, keeps what all those stems share, and shortens that until
    /// SQLite, which stems the query token again, leaves it unchanged. The result may find a few more
    /// words than the prefix names (`deployi*` becomes `deplo*`, which also finds `deployed`), never fewer
    /// among words with the common endings.
    public static func indexPrefix(for prefix: String) -> String {
        guard prefix.utf8.count >= minimumStemmedLength else { return prefix }
        let stems = completions(of: prefix).map(stem)
        var shared = Array(stems[0].unicodeScalars)
        for other in stems.dropFirst() {
            let scalars = Array(other.unicodeScalars)
            let common = zip(shared, scalars).prefix { $0 == $1 }.count
            shared.removeLast(shared.count - common)
        }
        var candidate = String(String.UnicodeScalarView(shared))
        while candidate.utf8.count >= minimumStemmedLength, stem(candidate) != candidate {
            candidate.unicodeScalars.removeLast()
        }
        return candidate
    }

    /// Words the prefix may be the start of: the prefix itself, and the prefix finished with each common
    /// ending, also where it already holds the ending's start (`deployi` → `deploying`, `negotiat` →
    /// `negotiation`). A shared start without a vowel is taken for a coincidence (`ukrain` does not end
    /// in the `n` of `ness`).
    private static func completions(of prefix: String) -> [String] {
        var words = [prefix]
        for ending in completionEndings {
            for split in 0..<ending.count where prefix.hasSuffix(ending.prefix(split)) {
                let shared = ending.prefix(split)
                guard split == 0 || shared.contains(where: { "aeiouy".contains($0) }) else { continue }
                words.append(prefix + ending.dropFirst(split))
            }
        }
        return words
    }

    /// Endings tried after a prefix to see how far stemming can cut back into it.
    private static let completionEndings = [
        "e", "s", "es", "ed", "ing", "ion", "ions", "ation", "ational", "er", "ers", "y", "ies",
        "al", "ally", "ly", "ness", "ment", "ive", "ize", "ise", "ity", "ous", "able", "ance", "ence",
    ]
}

/// A token being stemmed: its bytes and the rule conditions of Porter's paper, named as there
/// (`m` is the number of vowel-consonant sequences in a stem, `*o` a consonant-vowel-consonant end).
private struct StemmedWord {
    private(set) var bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// One replacement rule: a suffix, its replacement, and the condition its stem must meet.
    private struct Rule: Sendable {
        var suffix: [UInt8]
        var replacement: [UInt8]
        var condition: @Sendable (StemmedWord, Int) -> Bool

        init(_ suffix: String, _ replacement: String, _ condition: @escaping @Sendable (StemmedWord, Int) -> Bool) {
            self.suffix = Array(suffix.utf8)
            self.replacement = Array(replacement.utf8)
            self.condition = condition
        }
    }

    mutating func applyAllSteps() {
        step1a()
        step1b()
        step1c()
        apply(firstMatchOf: Self.step2Rules)
        apply(firstMatchOf: Self.step3Rules)
        apply(firstMatchOf: Self.step4Rules)
        step5()
    }

    // MARK: - Steps

    /// sses → ss, ies → i, ss → ss, s → "".
    private mutating func step1a() {
        let count = bytes.count
        guard bytes.last == ascii("s"), count >= 2 else { return }
        if bytes[count - 2] == ascii("e") {
            let isSSES = count > 4 && bytes[count - 4] == ascii("s") && bytes[count - 3] == ascii("s")
            let isIES = count > 3 && bytes[count - 3] == ascii("i")
            bytes.removeLast(isSSES || isIES ? 2 : 1)
        } else if bytes[count - 2] != ascii("s") {
            bytes.removeLast()
        }
    }

    /// (m>0) eed → ee; (*v*) ed → ""; (*v*) ing → ""; then at → ate, bl → ble, iz → ize, undoubling,
    /// or (m=1 and *o) → add e.
    private mutating func step1b() {
        var removedEdOrIng = false
        if hasSuffix("eed") {
            if measureExceeds(0, stemLength: bytes.count - 3) { bytes.removeLast() }
        } else if hasSuffix("ed") {
            if containsVowel(stemLength: bytes.count - 2) {
                bytes.removeLast(2)
                removedEdOrIng = true
            }
        } else if hasSuffix("ing") {
            if containsVowel(stemLength: bytes.count - 3) {
                bytes.removeLast(3)
                removedEdOrIng = true
            }
        }
        guard removedEdOrIng else { return }
        for (suffix, replacement) in Self.step1bEndings where hasSuffix(suffix) {
            bytes.removeLast(2)
            replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
            return
        }
        let count = bytes.count
        guard let last = bytes.last else { return }
        if count >= 2, !isVowel(last, yIsVowel: false), last != ascii("l"), last != ascii("s"),
            last != ascii("z"), last == bytes[count - 2]
        {
            bytes.removeLast()
        } else if measureEquals1(stemLength: count), endsCVC(stemLength: count) {
            bytes.append(ascii("e"))
        }
    }

    private static let step1bEndings: [(StaticString, StaticString)] = [("at", "ate"), ("bl", "ble"), ("iz", "ize")]

    /// (*v*) y → i.
    private mutating func step1c() {
        if bytes.last == ascii("y"), containsVowel(stemLength: bytes.count - 1) {
            bytes[bytes.count - 1] = ascii("i")
        }
    }

    /// (m>1) e → ""; (m=1 and not *o) e → ""; (m>1 and *d and *L) → single letter.
    private mutating func step5() {
        if bytes.last == ascii("e") {
            let stemLength = bytes.count - 1
            if measureExceeds(1, stemLength: stemLength)
                || (measureEquals1(stemLength: stemLength) && !endsCVC(stemLength: stemLength))
            {
                bytes.removeLast()
            }
        }
        let count = bytes.count
        if count > 1, bytes[count - 1] == ascii("l"), bytes[count - 2] == ascii("l"),
            measureExceeds(1, stemLength: count - 1)
        {
            bytes.removeLast()
        }
    }

    /// Applies the first rule whose suffix ends the word (and is shorter than it), if its condition holds;
    /// a matching suffix whose condition fails stops the step, as in Porter's paper.
    private mutating func apply(firstMatchOf rules: [Rule]) {
        for rule in rules
        where bytes.count > rule.suffix.count && bytes.suffix(rule.suffix.count).elementsEqual(rule.suffix) {
            let stemLength = bytes.count - rule.suffix.count
            if rule.condition(self, stemLength) {
                bytes.removeLast(rule.suffix.count)
                bytes.append(contentsOf: rule.replacement)
            }
            return
        }
    }

    private static let step2Rules: [Rule] = [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("logi", "log"), ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ].map { Rule($0.0, $0.1) { word, stem in word.measureExceeds(0, stemLength: stem) } }

    private static let step3Rules: [Rule] = [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""),
        ("ness", ""),
    ].map { Rule($0.0, $0.1) { word, stem in word.measureExceeds(0, stemLength: stem) } }

    private static let step4Rules: [Rule] = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism",
        "ate", "iti", "ous", "ive", "ize",
    ].map { suffix in
        Rule(suffix, "") { word, stem in
            guard word.measureExceeds(1, stemLength: stem) else { return false }
            guard suffix == "ion" else { return true }
            let last = word.bytes[stem - 1]
            return last == ascii("s") || last == ascii("t")
        }
    }

    // MARK: - Conditions

    /// Whether the word ends with `suffix` and is longer than it. Takes a `StaticString` so that the
    /// check allocates nothing.
    private func hasSuffix(_ suffix: StaticString) -> Bool {
        suffix.withUTF8Buffer { suffixBytes in
            bytes.count > suffixBytes.count && bytes.suffix(suffixBytes.count).elementsEqual(suffixBytes)
        }
    }

    private func isVowel(_ byte: UInt8, yIsVowel: Bool) -> Bool {
        switch byte {
        case ascii("a"), ascii("e"), ascii("i"), ascii("o"), ascii("u"): true
        case ascii("y"): yIsVowel
        default: false
        }
    }

    /// Skips to the first vowel then to the consonant after it, starting at `start`; returns the index
    /// after that consonant, or nil when there is no such vowel-consonant sequence before `end`.
    /// A `y` is a vowel when the letter before it is a consonant.
    private func endOfVowelConsonant(from start: Int, to end: Int, previousIsConsonant: Bool) -> Int? {
        var isConsonant = previousIsConsonant
        var index = start
        while index < end {
            isConsonant = !isVowel(bytes[index], yIsVowel: isConsonant)
            if !isConsonant { break }
            index += 1
        }
        index += 1
        while index < end {
            isConsonant = !isVowel(bytes[index], yIsVowel: isConsonant)
            if isConsonant { return index + 1 }
            index += 1
        }
        return nil
    }

    /// m > `bound` for the first `stemLength` bytes, for `bound` 0 or 1.
    private func measureExceeds(_ bound: Int, stemLength: Int) -> Bool {
        guard let first = endOfVowelConsonant(from: 0, to: stemLength, previousIsConsonant: false) else {
            return false
        }
        if bound == 0 { return true }
        return endOfVowelConsonant(from: first, to: stemLength, previousIsConsonant: true) != nil
    }

    private func measureEquals1(stemLength: Int) -> Bool {
        measureExceeds(0, stemLength: stemLength) && !measureExceeds(1, stemLength: stemLength)
    }

    /// *v*: the stem contains a vowel (here any `y` after the first letter counts, as in SQLite).
    private func containsVowel(stemLength: Int) -> Bool {
        (0..<max(stemLength, 0)).contains { isVowel(bytes[$0], yIsVowel: $0 > 0) }
    }

    /// *o: the stem ends consonant-vowel-consonant, the last not w, x or y.
    private func endsCVC(stemLength: Int) -> Bool {
        guard stemLength > 0 else { return false }
        let last = bytes[stemLength - 1]
        if last == ascii("w") || last == ascii("x") || last == ascii("y") { return false }
        var mask = 0
        var isConsonant = false
        for index in 0..<stemLength {
            isConsonant = !isVowel(bytes[index], yIsVowel: isConsonant)
            mask = (mask << 1 | (isConsonant ? 1 : 0)) & 0b111
        }
        return stemLength >= 3 && mask == 0b101
    }
}

/// The byte of an ASCII character literal.
private func ascii(_ character: Unicode.Scalar) -> UInt8 {
    UInt8(character.value)
}
