/// How far apart two spellings are, for "did you mean" suggestions (options, query words, actor names).
public enum Spelling {
    /// The optimal string alignment distance between `a` and `b`, compared as lowercased characters:
    /// insertions, deletions, substitutions and swaps of two neighbours each count one (`limt`/`limit`,
    /// `sinse`/`since`, `fromat`/`format`).
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        // Three rows of the table: the one two back is needed for swaps.
        var twoBack = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], twoBack[j - 2] + 1)
                }
            }
            (twoBack, previous, current) = (previous, current, twoBack)
        }
        return previous[b.count]
    }

    /// The most edits a suggestion for a word of `length` characters may be away: one for up to five
    /// characters, two beyond (a short word two edits away is mostly another word).
    public static func allowedDistance(forLength length: Int) -> Int { length <= 5 ? 1 : 2 }

    /// The candidate nearest `word`, if one is within `allowedDistance` of it and is not `word` itself
    /// (in any case); on a tie, the earlier candidate.
    public static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        nearest(to: word, in: candidates.lazy.map { (text: $0, weight: 0) })
    }

    /// The candidate nearest `word`, if one is within `allowedDistance` of it and is not `word` itself
    /// (in any case); on a tie, the one of greater weight (how often the archive has it), then the earlier.
    public static func nearest(to word: String, in candidates: some Sequence<(text: String, weight: Int)>) -> String? {
        let limit = allowedDistance(forLength: word.count)
        var best: (candidate: String, distance: Int, weight: Int)?
        for (candidate, weight) in candidates where abs(candidate.count - word.count) <= limit {
            let distance = distance(word, candidate)
            guard distance > 0, distance <= limit else { continue }
            if let best, (best.distance, -best.weight) <= (distance, -weight) { continue }
            best = (candidate, distance, weight)
        }
        return best?.candidate
    }
}
