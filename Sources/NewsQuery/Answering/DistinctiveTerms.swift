/// The terms that make a question about one story and not another, weighed by how rare each is in
/// the archive, and whether a story holds enough of them to answer it.
///
/// A question's rarest words say what it is about (`mayor` in `who was elected mayor of Liverpool`,
/// `doping` in `which cyclist was thrown out of the Tour de France for doping`); its common ones
/// (`elected`, `Liverpool`, `France`) are in hundreds of stories about something else. A story that
/// answers a question holds most of that weight somewhere in its text, even when its sentences word
/// the rest otherwise (`sudden death` asked of a story saying `died`): a story that holds the common
/// words only is about something else, and the names in it answer nothing.
///
/// For example:
/// ```swift
/// let query = SearchQuery("who was elected mayor of Liverpool")
/// var terms = DistinctiveTerms(query: query, termWeights: [1.6, 5.1, 3.8])  // the archive's IDFs
/// terms.share(heldBy: "Liverpool lost the election …")  // 0.51: no answer
/// ```
public struct DistinctiveTerms {
    /// The question's required term groups.
    public let groups: [TermGroup]
    /// How rare each of `groups` is (an IDF), in the same order.
    public let weights: [Double]
    private var matcher: TermMatcher

    /// The share of the question's weight a story must hold to answer it. Measured on the tuning
    /// questions (Tests/Fixtures/questions, split `tune`): the stories that answer hold 57 % or more
    /// of it, those that only share words with a question the archive cannot answer as little as 51 %.
    public static let answeringShare = 0.55

    /// Makes the terms of `query`, each weighed by `termWeights` (one per term group of the query,
    /// optional ones included; a missing weight counts 1). Optional groups do not count.
    public init(query: SearchQuery, termWeights: [Double]) {
        let required = query.termGroups.indices.filter { !query.termGroups[$0].isOptional }
        groups = required.map { query.termGroups[$0] }
        weights = required.map { $0 < termWeights.count ? termWeights[$0] : 1 }
        matcher = TermMatcher(groups: groups)
    }

    /// Which groups `text` holds, in the order of `groups`.
    public mutating func held(by text: String) -> [Bool] {
        matcher.matches(in: text).map { !$0.ranges.isEmpty }
    }

    /// The share of the question's weight that `text` (a story's title and text) holds, from 0 to 1;
    /// 1 for a question without terms.
    public mutating func share(heldBy text: String) -> Double {
        share(of: held(by: text))
    }

    /// The share of the question's weight that the groups marked in `held` make.
    public func share(of held: [Bool]) -> Double {
        let total = weights.reduce(0, +)
        guard total > 0 else { return 1 }
        return zip(weights, held).reduce(0) { $0 + ($1.1 ? $1.0 : 0) } / total
    }

    /// Whether a story whose text holds the groups marked in `held` holds enough of the question to
    /// answer it.
    public func isAnswering(_ held: [Bool]) -> Bool {
        share(of: held) >= Self.answeringShare
    }

    /// Why no story answers, in one line: the rarest terms the best story lacks, and how much of the
    /// question it holds. `held` marks the groups the best story holds (nil: no story was read).
    public func reason(bestHeld held: [Bool]?) -> String {
        let held = held ?? Array(repeating: false, count: groups.count)
        let missing = groups.indices.filter { !held[$0] }.sorted { weights[$0] > weights[$1] }.prefix(2)
            .map { "'\(groups[$0].label)'" }
        let share = Int((self.share(of: held) * 100).rounded())
        return "No story holds the question's distinctive terms: the closest lacks \(missing.joined(separator: " and "))"
            + " (it holds \(share)% of the question's weight by rarity; \(Int(Self.answeringShare * 100))% needed)."
    }
}
