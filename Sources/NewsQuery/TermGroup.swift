/// One term of a query with the alternatives that count as finding it (a word and its synonyms, or
/// the words the user joined with `OR`).
///
/// The store uses the groups to count how many distinct query terms a sentence holds and to highlight
/// them; an optional group (the answer noun of `which leaders …`) only adds to the ranking.
public struct TermGroup: Sendable, Hashable {
    /// The term as the user wrote it (`backed`, `European-led`, `negotiat*`).
    public var label: String
    /// The forms that count as this term, most specific first, without repeats.
    public var alternatives: [TermAlternative]
    /// Whether a sentence may lack this term (true only for an answer noun such as `leaders`).
    public var isOptional: Bool

    /// Makes a group; repeated alternatives are dropped.
    public init(label: String, alternatives: [TermAlternative], isOptional: Bool = false) {
        var seen: Set<TermAlternative> = []
        self.label = label
        self.alternatives = alternatives.filter { seen.insert($0).inserted }
        self.isOptional = isOptional
    }

    /// The FTS5 expression that finds any alternative: `"force"` or `("back" OR "endorse")`.
    public var expression: String {
        alternatives.count == 1
            ? alternatives[0].expression : "(\(alternatives.map(\.expression).joined(separator: " OR ")))"
    }

    /// The group as an explanation shows it: `force` or `(back OR endorse)`.
    public var displayText: String {
        alternatives.count == 1
            ? alternatives[0].displayText : "(\(alternatives.map(\.displayText).joined(separator: " OR ")))"
    }

    /// Where any alternative occurs among the tokens of a text, as sorted Unicode scalar ranges.
    public func ranges(in tokens: [IndexToken]) -> [Range<Int>] {
        alternatives.flatMap { $0.ranges(in: tokens) }.sorted {
            ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound)
        }
    }

    /// Whether any alternative occurs among the tokens of a text.
    public func isFound(in tokens: [IndexToken]) -> Bool {
        alternatives.contains { !$0.ranges(in: tokens).isEmpty }
    }
}
