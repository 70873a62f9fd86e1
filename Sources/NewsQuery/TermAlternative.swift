/// One form a query term takes in the index: a word, a phrase, or a prefix, with the FTS5 text that
/// finds it and the stems that let the store count and highlight it in a sentence.
///
/// For example, the alternatives of `backed` with the default synonyms are `back`, `endorse`, …; of
/// `European-led` the phrase `"european led"`; of `negotiat*` the prefix `"negoti" *`.
public struct TermAlternative: Sendable, Hashable {
    /// The words, lowercased and separated by a space; for a prefix, the last is the index prefix.
    public var text: String
    /// The index terms to look for, one per word; for a prefix, the last is a prefix of a term.
    public var stems: [String]
    /// Whether the last word is a prefix.
    public var isPrefix: Bool

    /// Makes the alternative for a run of tokens; `isPrefix` makes the last token a prefix.
    init(tokens: [IndexToken], isPrefix: Bool) {
        var words = tokens.map { $0.text.lowercased() }
        var stems = tokens.map(\.stem)
        if isPrefix, let last = tokens.last {
            let prefix = PorterStemmer.indexPrefix(for: last.folded)
            words[words.count - 1] = prefix
            stems[stems.count - 1] = prefix
        }
        self.text = words.joined(separator: " ")
        self.stems = stems
        self.isPrefix = isPrefix
    }

    /// The FTS5 phrase for this alternative, every word inside one double-quoted string (a `"` in
    /// it doubled) and a prefix marked by ` *` after it: `"force"`, `"european led"`, `"negoti" *`.
    public var expression: String {
        "\"" + text.replacing("\"", with: "\"\"") + "\"" + (isPrefix ? " *" : "")
    }

    /// The alternative as an explanation shows it: `force`, `"european led"`, `negoti*`.
    public var displayText: String {
        let words = stems.count == 1 ? text : "\"\(text)\""
        return words + (isPrefix ? "*" : "")
    }

    /// Where the alternative occurs among the tokens of a text (see `IndexToken.tokens(in:)`), as
    /// Unicode scalar ranges into that text. O(tokens × words).
    public func ranges(in tokens: [IndexToken]) -> [Range<Int>] {
        guard !stems.isEmpty, tokens.count >= stems.count else { return [] }
        return (0...(tokens.count - stems.count)).compactMap { start in
            for (offset, stem) in stems.enumerated() {
                let indexed = tokens[start + offset].stem
                let isLast = offset == stems.count - 1
                guard isLast && isPrefix ? indexed.hasPrefix(stem) : indexed == stem else { return nil }
            }
            return tokens[start].range.lowerBound..<tokens[start + stems.count - 1].range.upperBound
        }
    }
}
