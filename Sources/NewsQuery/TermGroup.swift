/// One term of a query with the alternatives that count as finding it (a word, its irregular forms and
/// its synonyms, or the words the user joined with `OR`).
///
/// The store uses the groups to count how many distinct query terms a sentence holds and to highlight
/// them; an optional group (the answer noun of `which leaders …`) only adds to the ranking, and so does
/// a group found only by a synonym a little less than one found as written (`synonymAlternatives`).
public struct TermGroup: Sendable, Hashable {
    /// The term as the user wrote it (`backed`, `European-led`, `negotiat*`).
    public var label: String
    /// The forms that count as this term, most specific first, without repeats: the word as written,
    /// then its irregular forms, then its synonyms.
    public var alternatives: [TermAlternative]
    /// The alternatives that only a synonym group added: the word as written and its forms are not
    /// among them.
    public var synonymAlternatives: Set<TermAlternative>
    /// Whether a sentence may lack this term (true only for an answer noun such as `leaders`).
    public var isOptional: Bool

    /// Makes a group of `alternatives` followed by `synonyms`; repeated alternatives are dropped, and an
    /// alternative in both counts as written.
    public init(
        label: String, alternatives: [TermAlternative], synonyms: [TermAlternative] = [], isOptional: Bool = false
    ) {
        var seen: Set<TermAlternative> = []
        self.label = label
        self.alternatives = (alternatives + synonyms).filter { seen.insert($0).inserted }
        self.synonymAlternatives = Set(synonyms).subtracting(alternatives)
        self.isOptional = isOptional
    }

    /// This group and `other` as one term, as `OR` joins them: the alternatives of both, in order, and
    /// as synonyms those that neither group has as written.
    public func joined(with other: TermGroup, label: String, isOptional: Bool) -> TermGroup {
        let written = Set(alternatives).subtracting(synonymAlternatives)
            .union(Set(other.alternatives).subtracting(other.synonymAlternatives))
        var group = TermGroup(label: label, alternatives: alternatives + other.alternatives, isOptional: isOptional)
        group.synonymAlternatives = synonymAlternatives.union(other.synonymAlternatives).subtracting(written)
        return group
    }

    /// This group without the alternatives `isLeftOut` picks, nil when none is left. For a search, the
    /// alternatives no section holds: the group then finds the same sections, and FTS5 reads fewer phrases.
    public func leavingOut(_ isLeftOut: (TermAlternative) -> Bool) -> TermGroup? {
        let kept = alternatives.filter { !isLeftOut($0) }
        guard !kept.isEmpty else { return nil }
        var group = self
        group.alternatives = kept
        group.synonymAlternatives = synonymAlternatives.intersection(kept)
        return group
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
