/// How many passages, and in how many articles, a search found in all: exact when it read every
/// candidate it had (sections or sentences), else scaled up from the share it read, and marked as an
/// estimate.
struct SearchTotals: Equatable {
    /// One pass of a search (every term; then, when those were few, some terms).
    struct Pass {
        /// Passages kept, and the articles they are in.
        var passages: Int
        var articleIDs: Set<Int>
        /// Candidates read, and how many there were (nil: all were read).
        var read: Int
        var candidates: Double?

        /// How many times more candidates there were than were read (1 when all were).
        var scale: Double {
            guard let candidates, read > 0, candidates > Double(read) else { return 1 }
            return candidates / Double(read)
        }
    }

    var passages: Int
    var articles: Int
    var isEstimate: Bool

    init(passages: Int, articles: Int, isEstimate: Bool) {
        (self.passages, self.articles, self.isEstimate) = (passages, articles, isEstimate)
    }

    init(_ passes: [Pass]) {
        let articleIDs = passes.reduce(into: Set<Int>()) { $0.formUnion($1.articleIDs) }
        isEstimate = passes.contains { $0.scale > 1 }
        passages = passes.reduce(0) { $0 + Int((Double($1.passages) * $1.scale).rounded()) }
        let scale = passes.map(\.scale).max() ?? 1
        articles = min(passages, Int((Double(articleIDs.count) * scale).rounded()))
    }
}
