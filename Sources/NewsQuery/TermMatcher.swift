/// Finds a query's term groups in many texts, as `TermGroup.ranges(in:)` does over
/// `IndexToken.tokens(in:)`, but stemming only the words that can be one of the query's terms.
///
/// Tokenizing and Porter-stemming every word of every candidate sentence is what made ranking slow:
/// a search reads hundreds of sentences, and nearly all their words are none of the few query terms.
/// Porter's rules rewrite only the end of a word, so an ASCII word whose first two bytes cannot start
/// any query stem is not stemmed at all (see `StemStart`). The other words are stemmed once per
/// distinct word: the matcher remembers what each one matched, so keep one matcher for all the texts
/// of a search.
///
/// For example:
/// ```swift
/// let query = SearchQuery("troops deployed")
/// var matcher = TermMatcher(groups: query.termGroups)
/// matcher.ranges(in: "Troops were deployed.")  // [[0..<6], [12..<20]]
/// ```
public struct TermMatcher {
    /// One word of an alternative: the stem a token must have, or, for a prefix, start with.
    private struct Pattern: Hashable {
        var stem: String
        var isPrefix: Bool
    }

    /// A token of the text being matched: where it is and which patterns its stem matches.
    private struct Token {
        var range: Range<Int>
        /// An index into `matchSets`; 0 is the empty set.
        var matchSet: Int
    }

    private let patterns: [Pattern]
    /// For each group, its alternatives as pattern indices, one per word (empty for an alternative that
    /// can never match).
    private let groups: [[[Int]]]
    /// For each group, for each of its alternatives, whether it is a synonym (not the word as written).
    private let synonymFlags: [[Bool]]
    /// How the patterns start, to skip ASCII words that cannot match; nil when a pattern is empty or
    /// not ASCII, and then every word is stemmed.
    private let stemStarts: StemStart?
    /// The sets of patterns distinct words matched; the first is the empty set.
    private var matchSets: [[Int]] = [[]]
    private var matchSetIndex: [[Int]: Int] = [[]: 0]
    /// What each word (folded, as the index folds it) matched, as an index into `matchSets`.
    private var matchSetOfWord: [String: Int] = [:]
    /// The same for ASCII words of up to 16 bytes, found without making a string.
    private var matchSetOfShortWord: [ShortWord: Int] = [:]
    /// The tokens of the last text, kept to reuse their storage.
    private var tokens: [Token] = []

    /// Makes a matcher for `groups`, typically a query's `termGroups` or `excludedTerms`.
    public init(groups: [TermGroup]) {
        var patterns: [Pattern] = []
        var indexOfPattern: [Pattern: Int] = [:]
        var alternativesByGroup: [[[Int]]] = []
        self.synonymFlags = groups.map { group in group.alternatives.map(group.synonymAlternatives.contains) }
        for group in groups {
            var alternatives: [[Int]] = []
            for alternative in group.alternatives {
                var indices: [Int] = []
                for (offset, stem) in alternative.stems.enumerated() {
                    let pattern = Pattern(
                        stem: stem, isPrefix: alternative.isPrefix && offset == alternative.stems.count - 1)
                    if let known = indexOfPattern[pattern] {
                        indices.append(known)
                    } else {
                        indexOfPattern[pattern] = patterns.count
                        indices.append(patterns.count)
                        patterns.append(pattern)
                    }
                }
                alternatives.append(indices)
            }
            alternativesByGroup.append(alternatives)
        }
        self.groups = alternativesByGroup
        self.patterns = patterns
        let isASCII = patterns.allSatisfy { !$0.stem.isEmpty && $0.stem.utf8.allSatisfy { $0 < 0x80 } }
        self.stemStarts = isASCII ? StemStart(patterns.map { Array($0.stem.utf8) }) : nil
    }

    /// For each group, in order, the sorted Unicode scalar ranges in `text` where one of its
    /// alternatives occurs (empty when it does not), exactly as `TermGroup.ranges(in:)` finds them among
    /// `IndexToken.tokens(in: text)`. O(n) in the length of `text`, plus stemming words not seen before.
    public mutating func ranges(in text: String) -> [[Range<Int>]] {
        matches(in: text).map(\.ranges)
    }

    /// What `ranges(in:)` finds, with, for each group, whether it was found only through its synonyms
    /// (`TermGroup.synonymAlternatives`): false when it was not found, or an alternative as written
    /// (or a form of it) was.
    public mutating func matches(in text: String) -> [(ranges: [Range<Int>], bySynonymOnly: Bool)] {
        guard !groups.isEmpty else { return [] }
        tokenize(text)
        var result: [(ranges: [Range<Int>], bySynonymOnly: Bool)] = []
        result.reserveCapacity(groups.count)
        for (group, alternatives) in groups.enumerated() {
            var found: [Range<Int>] = []
            var isWrittenFound = false
            for (index, alternative) in alternatives.enumerated() {
                let count = found.count
                appendRanges(of: alternative, to: &found)
                if found.count > count, !synonymFlags[group][index] { isWrittenFound = true }
            }
            if alternatives.count > 1, found.count > 1 {
                found.sort { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
            }
            result.append((found, !found.isEmpty && !isWrittenFound))
        }
        return result
    }

    /// How many groups occur in `text`.
    public mutating func foundGroupCount(in text: String) -> Int {
        guard !groups.isEmpty else { return 0 }
        tokenize(text)
        var count = 0
        for alternatives in groups {
            var found: [Range<Int>] = []
            for alternative in alternatives where found.isEmpty { appendRanges(of: alternative, to: &found) }
            if !found.isEmpty { count += 1 }
        }
        return count
    }

    // MARK: - Matching

    private func appendRanges(of alternative: [Int], to found: inout [Range<Int>]) {
        guard let first = alternative.first, tokens.count >= alternative.count else { return }
        for start in 0...(tokens.count - alternative.count) where tokens[start].matchSet != 0 {
            guard matchSets[tokens[start].matchSet].contains(first) else { continue }
            var matches = true
            for offset in 1..<alternative.count
            where !matchSets[tokens[start + offset].matchSet].contains(alternative[offset]) {
                matches = false
                break
            }
            if matches {
                found.append(tokens[start].range.lowerBound..<tokens[start + alternative.count - 1].range.upperBound)
            }
        }
    }

    // MARK: - Tokens

    /// Cuts `text` into `tokens` as `IndexToken.tokens(in:)` does, giving each the patterns it matches.
    private mutating func tokenize(_ text: String) {
        tokens.removeAll(keepingCapacity: true)
        var text = text
        text.withUTF8 { tokenize(utf8: $0) }
    }

    /// Reads UTF-8 (valid, as a Swift string's) byte by byte: ASCII words stay bytes, lowercased as they
    /// are read; a word with any other character is decoded and folded by `IndexToken.fold`.
    private mutating func tokenize(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var position = 0
        var offset = 0  // in Unicode scalars
        var wordStart = 0  // in bytes
        var start = 0  // in Unicode scalars
        var isInWord = false
        var isASCIIWord = true
        while position < bytes.count {
            let byte = bytes[position]
            let length: Int
            let isWordPart: Bool
            if byte < 0x80 {
                length = 1
                isWordPart = Self.isASCIIWordByte(byte)
            } else {
                length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for next in 1..<length where position + next < bytes.count {
                    value = value << 6 | UInt32(bytes[position + next] & 0x3F)
                }
                let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                isWordPart = IndexToken.isWordCharacter(scalar) || (isInWord && IndexToken.isCombiningAccent(scalar))
            }
            if isWordPart {
                if !isInWord {
                    isInWord = true
                    isASCIIWord = true
                    wordStart = position
                    start = offset
                }
                if byte >= 0x80 { isASCIIWord = false }
            } else if isInWord {
                let word = UnsafeBufferPointer(rebasing: bytes[wordStart..<position])
                endWord(word, isASCII: isASCIIWord, range: start..<offset)
                isInWord = false
            }
            position += length
            offset += 1
        }
        if isInWord {
            let word = UnsafeBufferPointer(rebasing: bytes[wordStart..<position])
            endWord(word, isASCII: isASCIIWord, range: start..<offset)
        }
    }

    /// A letter or digit (`IndexToken.isWordCharacter` for ASCII).
    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    /// Adds the token `word` found at `range`.
    private mutating func endWord(_ word: UnsafeBufferPointer<UInt8>, isASCII: Bool, range: Range<Int>) {
        guard isASCII else {
            let folded = IndexToken.fold(String(decoding: word, as: UTF8.self))
            tokens.append(Token(range: range, matchSet: matchSet(ofFolded: folded)))
            return
        }
        if let stemStarts, !stemStarts.canStartAStem(word) {
            tokens.append(Token(range: range, matchSet: 0))
            return
        }
        guard let key = ShortWord(word) else {
            let folded = String(decoding: word.map(StemStart.lowercased), as: UTF8.self)
            tokens.append(Token(range: range, matchSet: matchSet(ofFolded: folded)))
            return
        }
        if let known = matchSetOfShortWord[key] {
            tokens.append(Token(range: range, matchSet: known))
            return
        }
        let set = matchSet(ofFolded: key.string)
        matchSetOfShortWord[key] = set
        tokens.append(Token(range: range, matchSet: set))
    }

    /// The patterns a folded word's stem matches, remembered per word.
    private mutating func matchSet(ofFolded folded: String) -> Int {
        if let known = matchSetOfWord[folded] { return known }
        let stem = PorterStemmer.stem(folded)
        let matched = patterns.indices.filter { index in
            patterns[index].isPrefix ? stem.hasPrefix(patterns[index].stem) : stem == patterns[index].stem
        }
        let set: Int
        if let known = matchSetIndex[matched] {
            set = known
        } else {
            matchSets.append(matched)
            set = matchSets.count - 1
            matchSetIndex[matched] = set
        }
        matchSetOfWord[folded] = set
        return set
    }
}

/// An ASCII word of 1 to 16 bytes, lowercased, packed into two integers: a cheap dictionary key.
private struct ShortWord: Hashable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    /// Packs `word` (ASCII, any case); nil when it is longer than 16 bytes.
    init?(_ word: UnsafeBufferPointer<UInt8>) {
        guard word.count <= 16 else { return nil }
        for (index, byte) in word.enumerated() {
            let lowercased = UInt64(StemStart.lowercased(byte))
            if index < 8 {
                low |= lowercased << UInt64(index * 8)
            } else {
                high |= lowercased << UInt64((index - 8) * 8)
            }
        }
    }

    /// The word as a string.
    var string: String {
        var bytes: [UInt8] = []
        for index in 0..<16 {
            let shifted = index < 8 ? low >> UInt64(index * 8) : high >> UInt64((index - 8) * 8)
            let byte = UInt8(truncatingIfNeeded: shifted)
            if byte == 0 { break }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The first two bytes of a set of stems (ASCII), to tell cheaply that a word's stem cannot be, or start
/// with, any of them.
///
/// Porter's steps only remove or replace an ending, and every rule leaves at least one byte before the
/// ending it touches; a rule that leaves exactly one byte either removes the rest, or rewrites it with
/// a replacement that starts as the ending did (`sses` → `ss`, `ies` → `i`, `at` → `ate`), except the
/// `y` → `i` of step 1c. So a stem keeps its word's first byte, and its second byte too unless the stem
/// is one byte long or the word's second byte is `y` and the stem's is `i` (`ayed` → `ai`). Words of
/// fewer than 3 or more than 64 bytes are their own stems. `TermMatcherTests` checks this on a
/// vocabulary.
struct StemStart {
    /// A bit per (first byte, second byte) of a stem of two bytes or more: bit `second` of `pairs[first]`
    /// (a pair of 64-bit words per first byte).
    private var pairs = [UInt64](repeating: 0, count: 256)
    /// A bit per first byte of a one-byte stem: any word starting with it may match.
    private var singles = [UInt64](repeating: 0, count: 2)

    /// Makes the set for `stems`, each non-empty and ASCII.
    init(_ stems: [[UInt8]]) {
        for stem in stems {
            if stem.count == 1 {
                singles[Int(stem[0] >> 6)] |= 1 << UInt64(stem[0] & 63)
            } else {
                pairs[Int(stem[0]) * 2 + Int(stem[1] >> 6)] |= 1 << UInt64(stem[1] & 63)
            }
        }
    }

    /// Whether the stem of the ASCII `word` (any case; it is lowercased as the index folds it) can be, or
    /// start with, one of the stems.
    func canStartAStem(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = word.first.map(Self.lowercased) else { return false }
        if singles[Int(first >> 6)] & (1 << UInt64(first & 63)) != 0 { return true }
        guard word.count >= 2 else { return false }
        let second = Self.lowercased(word[1])
        return contains(first, second) || (second == UInt8(ascii: "y") && contains(first, UInt8(ascii: "i")))
    }

    private func contains(_ first: UInt8, _ second: UInt8) -> Bool {
        pairs[Int(first) * 2 + Int(second >> 6)] & (1 << UInt64(second & 63)) != 0
    }

    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
}
