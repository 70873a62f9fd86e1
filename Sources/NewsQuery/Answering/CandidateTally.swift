/// A name in a passage that may answer: an actor's mention, or a run of capitalised words the archive
/// holds no actor for.
struct Candidate {
    var actorID: Int?
    var name: String
    var kind: String?
    var role: String?
    /// For a listed place, how large it is.
    var placeScale: PlaceScale? = nil
    /// The token indices it covers in the sentence.
    var tokens: Range<Int>
    /// Its scalar range in the sentence, for a mention.
    var scalarRange: Range<Int>?
}

/// Candidates' scores across passages, merged by actor (a bare surname joins the actor it ends).
struct CandidateTally {
    private struct Entry {
        var candidate: Candidate
        var scores: [(score: Double, passage: Int)] = []
        var order: Int
    }
    private var entries: [String: Entry] = [:]

    private static func key(of candidate: Candidate) -> String {
        candidate.actorID.map { "#\($0)" } ?? "=" + IndexToken.fold(candidate.name)
    }

    mutating func add(_ candidate: Candidate, score: Double, passage: Int) {
        let key = Self.key(of: candidate)
        var entry = entries[key] ?? Entry(candidate: candidate, order: entries.count)
        if let last = entry.scores.last, last.passage == passage {
            entry.scores[entry.scores.count - 1].score = max(last.score, score)
        } else {
            entry.scores.append((score, passage))
        }
        entries[key] = entry
    }

    /// The merged answers, best first: a bare name joins an actor whose name ends with it.
    func answers(askedKind: String) -> [ExtractedAnswer] {
        var merged = entries
        // Each actor's name words, cut once rather than once per bare name.
        let actors = entries.filter { $0.value.candidate.actorID != nil }.map { key, entry in
            (key: key, order: entry.order, words: IndexToken.tokens(in: entry.candidate.name).map(\.folded))
        }
        for (key, entry) in entries where entry.candidate.actorID == nil {
            let words = IndexToken.tokens(in: entry.candidate.name).map(\.folded)
            let owner = actors.filter { actor in
                actor.words.count > words.count && Array(actor.words.suffix(words.count)) == words
            }.min { $0.order < $1.order }
            if let owner {
                merged[owner.key]?.scores += entry.scores
                merged[key] = nil
            }
        }
        return merged.values.map { entry in
            let sorted = entry.scores.sorted { $0.score > $1.score }
            let best = sorted.first?.score ?? 0
            let rest = sorted.dropFirst().prefix(4).reduce(0) { $0 + $1.score }
            return (
                ExtractedAnswer(
                    actorID: entry.candidate.actorID, name: entry.candidate.name,
                    kind: entry.candidate.kind ?? askedKind, role: entry.candidate.role,
                    score: best + 0.25 * rest, passages: sorted.map(\.passage)),
                entry.order
            )
        }
        .sorted { ($0.0.score, -$0.1) > ($1.0.score, -$1.1) }
        .map(\.0)
    }
}
