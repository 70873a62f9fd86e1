/// Reads from one sentence whether an actor mentioned in it backs or opposes what a query asks about,
/// so that `which leaders backed X` does not present an actor who ruled X out.
///
/// It is deliberately simple, and each answer names the words it rests on:
/// 1. The sentence is cut into clauses at `;`, dashes, and the connectives `but`, `however`, `while`,
///    `whereas`, `although`, `though`. The actor's clause is the one holding the mention; a following
///    clause that opens with a connective and a lowercase word that is not a new subject (`but signalled
///    openness to …`) shares the actor as its subject.
/// 2. In those clauses, a cue is looked for: opposing (`ruled out`, `rejected`, `opposed`, `refused`,
///    `dismissed`, `against`, `no plans to`, …) or supporting (`backed`, `endorsed`, `support`,
///    `pledged`, `open to`, …). A `not`, `never`, `no`, `n't` or `without` up to three words before a
///    cue turns support into opposition (`has not backed`) and opposition into neither (`did not rule
///    out`). In the actor's own clause the first cue after the mention counts, else the first before it.
/// 3. A clause that holds one of the query's topic terms (its terms other than stance words such as
///    `backed` and other than the optional answer noun) is read first; without one, the actor's own
///    clause is read even if the topic is only implied (`…, while Merz has expressed cautious support.`).
///
/// For example:
/// ```swift
/// let sentence = "Trump has ruled out deploying US ground troops but signalled openness to other forms of military support"
/// let query = SearchQuery("who backed deploying troops")
/// StanceDetector().stance(ofActorAt: 0..<5, in: sentence, toward: query.termGroups)
/// // Finding(stance: .opposes, cue: "ruled out")
/// ```
public struct StanceDetector: Sendable {
    /// What the detector concluded and the words it rests on.
    public struct Finding: Sendable, Equatable {
        public var stance: Stance
        /// The cue as written in the sentence, with its negation (`has not backed` gives `not backed`);
        /// nil for `.neutral` when no cue was found.
        public var cue: String?

        /// Makes a finding (for comparisons in tests and callers).
        public init(stance: Stance, cue: String?) {
            self.stance = stance
            self.cue = cue
        }
    }

    /// A cue phrase and what it signals, as stems.
    private struct Cue: Sendable {
        var stems: [String]
        var stance: Stance
    }

    /// A clause: a run of the sentence's tokens.
    private struct Clause {
        var tokens: Range<Int>
        /// Whether the clause was opened by a connective word (`but`), which is not part of it.
        var opensWithConnective: Bool
    }

    private let cues: [Cue]

    /// Makes a detector with the built-in English cue phrases.
    public init() {
        func cues(_ phrases: [String], _ stance: Stance) -> [Cue] {
            phrases.map { Cue(stems: IndexToken.tokens(in: $0).map(\.stem), stance: stance) }
        }
        // Longer cues first, so that `no plans to` wins over a bare negation.
        self.cues = (cues(Self.opposingPhrases, .opposes) + cues(Self.supportingPhrases, .supports))
            .sorted { $0.stems.count > $1.stems.count }
    }

    private static let opposingPhrases = [
        "rule out", "reject", "oppose", "opposition", "refuse", "dismiss", "against", "no plans to",
        "object to", "resist", "veto", "condemn", "denounce", "unwilling", "declined to", "balk",
    ]
    private static let supportingPhrases = [
        "back", "endorse", "support", "champion", "favour", "favor", "welcome", "pledge", "approve",
        "embrace", "advocate", "agree", "call for", "push for", "committed to",
        "open to",  // also `openness to`, which has the same stems
    ]
    private static let negators: Set<String> = ["not", "never", "no", "t", "nor", "without"]
    private static let connectives: Set<String> = ["but", "however", "while", "whereas", "although", "though"]
    private static let clauseMarks: Set<Unicode.Scalar> = [";", "\u{2014}", "\u{2013}"]
    /// Words that open a clause with a new subject rather than continue the previous one.
    private static let subjectOpeners: Set<String> = [
        "the", "a", "an", "he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those",
        "his", "her", "their", "its", "our", "there", "some", "many", "most", "others", "one",
    ]

    /// The stance the sentence gives the actor whose mention covers `actorRange` (Unicode scalar offsets
    /// into `sentence`) toward the query's terms (`SearchQuery.termGroups`).
    public func stance(ofActorAt actorRange: Range<Int>, in sentence: String, toward terms: [TermGroup]) -> Finding {
        let tokens = IndexToken.tokens(in: sentence)
        let scalars = Array(sentence.unicodeScalars)
        let clauses = Self.clauses(of: tokens, scalars: scalars)
        guard !clauses.isEmpty else { return Finding(stance: .neutral, cue: nil) }
        let actorTokenIndex =
            tokens.firstIndex { $0.range.overlaps(actorRange) }
            ?? tokens.firstIndex { $0.range.lowerBound >= actorRange.lowerBound } ?? tokens.count - 1
        // A mention read as a connective (a name such as `While`) belongs to the clause after it.
        let actorClause =
            clauses.firstIndex { $0.tokens.upperBound > actorTokenIndex } ?? clauses.count - 1

        var scope = [actorClause]
        var next = actorClause + 1
        while next < clauses.count, continuesSubject(clauses[next], tokens: tokens) {
            scope.append(next)
            next += 1
        }

        let topics = terms.filter { !$0.isOptional && !isStanceTerm($0) }
        let topical = scope.filter { index in
            let clauseTokens = Array(tokens[clauses[index].tokens])
            return topics.contains { $0.isFound(in: clauseTokens) }
        }
        for index in topical + scope {
            let startAfter = index == actorClause ? actorTokenIndex : nil
            if let finding = firstCue(
                in: clauses[index].tokens, after: startAfter, tokens: tokens,
                actorRange: actorRange, scalars: scalars)
            {
                return finding
            }
        }
        return Finding(stance: .neutral, cue: nil)
    }

    /// The stance a query's own words ask about: `.supports` for `which leaders backed …`, `.opposes` for
    /// `who ruled out …` (the first stance word decides); nil when the query has none. An answer whose
    /// `stance(ofActorAt:in:toward:)` is the other one contradicts the question.
    public func stance(askedBy terms: [TermGroup]) -> Stance? {
        terms.lazy.flatMap(\.alternatives).compactMap { self.cue(spelledBy: $0)?.stance }.first
    }

    // MARK: - Clauses

    /// Cuts the tokens into clauses at clause marks between tokens and at connective words.
    private static func clauses(of tokens: [IndexToken], scalars: [Unicode.Scalar]) -> [Clause] {
        var clauses: [Clause] = []
        var start = 0
        var opensWithConnective = false
        for (index, token) in tokens.enumerated() {
            let gapStart = index == 0 ? 0 : tokens[index - 1].range.upperBound
            let isMarked = scalars[gapStart..<token.range.lowerBound].contains { clauseMarks.contains($0) }
            let isConnective = connectives.contains(token.folded)
            guard isMarked || isConnective else { continue }
            if start < index { clauses.append(Clause(tokens: start..<index, opensWithConnective: opensWithConnective)) }
            start = isConnective ? index + 1 : index
            opensWithConnective = isConnective
        }
        if start < tokens.count {
            clauses.append(Clause(tokens: start..<tokens.count, opensWithConnective: opensWithConnective))
        }
        return clauses
    }

    /// Whether a clause continues the previous clause's subject: it opens with a connective followed by a
    /// lowercase word that does not start a new subject (`but signalled …`, not `while German …`).
    private func continuesSubject(_ clause: Clause, tokens: [IndexToken]) -> Bool {
        guard clause.opensWithConnective, let first = clause.tokens.first.map({ tokens[$0] }) else { return false }
        let startsLowercase = first.text.unicodeScalars.first?.properties.isLowercase ?? false
        return startsLowercase && !Self.subjectOpeners.contains(first.folded)
    }

    // MARK: - Cues

    /// Whether a query term is itself a stance word (`backed`, `ruled out`), not part of the topic.
    private func isStanceTerm(_ group: TermGroup) -> Bool {
        group.alternatives.contains { cue(spelledBy: $0) != nil }
    }

    /// The cue whose stems are exactly those of a query term's alternative.
    private func cue(spelledBy alternative: TermAlternative) -> Cue? {
        cues.first { $0.stems == alternative.stems }
    }

    /// The first cue among the clause's tokens, starting after token `startAfter` when given and, if
    /// there is none there, from the clause's start; the actor's own tokens are never a cue.
    private func firstCue(
        in clause: Range<Int>, after startAfter: Int?, tokens: [IndexToken], actorRange: Range<Int>,
        scalars: [Unicode.Scalar]
    ) -> Finding? {
        var starts: [Int] = []
        if let startAfter, startAfter + 1 < clause.upperBound { starts.append(max(startAfter + 1, clause.lowerBound)) }
        starts.append(clause.lowerBound)
        for start in starts {
            for index in start..<clause.upperBound where !tokens[index].range.overlaps(actorRange) {
                guard let cue = cue(at: index, before: clause.upperBound, tokens: tokens) else { continue }
                let end = index + cue.stems.count - 1
                let negator = (max(clause.lowerBound, index - 3)..<index).last {
                    Self.negators.contains(tokens[$0].folded)
                }
                var textStart = tokens[negator ?? index].range.lowerBound
                if let negator, tokens[negator].folded == "t", negator > clause.lowerBound {
                    textStart = tokens[negator - 1].range.lowerBound  // `hasn't`, cut by the tokenizer
                }
                let text = String(String.UnicodeScalarView(scalars[textStart..<tokens[end].range.upperBound]))
                guard negator != nil else { return Finding(stance: cue.stance, cue: text) }
                return Finding(stance: cue.stance == .supports ? .opposes : .neutral, cue: text)
            }
        }
        return nil
    }

    /// The longest cue whose stems start at token `index` and end before `end`.
    private func cue(at index: Int, before end: Int, tokens: [IndexToken]) -> Cue? {
        cues.first { cue in
            index + cue.stems.count <= end
                && cue.stems.enumerated().allSatisfy { tokens[index + $0.offset].stem == $0.element }
        }
    }
}
