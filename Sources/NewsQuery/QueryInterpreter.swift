/// Turns a query's lexemes into terms: drops stop and question words, reads the answer type, expands
/// words with synonyms, joins `OR` operands, collects exclusions and field filters, and stops at
/// `SearchQuery.maximumTermCount` terms.
struct QueryInterpreter {
    private let lexemes: [QueryLexer.Lexeme]
    private let synonyms: SynonymTable
    /// A mixed-case query: an all-capitals word in it is an acronym, not a stop word.
    private let readsCapitalsAsAcronyms: Bool

    private(set) var answerType: AnswerType?
    /// The lexeme of the answer noun (`leaders` in `which leaders …`), which becomes an optional term.
    private var answerNounIndex: Int?
    private(set) var positives: [TermGroup] = []
    private(set) var exclusions: [TermGroup] = []
    private(set) var headlineTerms: [TermGroup] = []
    private(set) var titleTerms: [TermGroup] = []
    private(set) var actorNames: [String] = []
    /// Whether terms were left out because the query had more than the maximum.
    private(set) var isTruncated = false

    private var termCount = 0
    /// The positive term an `OR` just read applies to; nil when the last thing read was not one.
    private var lastPositiveIndex: Int?
    private var isAfterOr = false
    private var isAfterNot = false

    init(query: String, synonyms: SynonymTable) {
        self.lexemes = QueryLexer.lexemes(in: query)
        self.synonyms = synonyms
        self.readsCapitalsAsAcronyms = query.unicodeScalars.contains { $0.properties.isLowercase }
        findAnswerType()
        readTerms()
        if !positives.isEmpty, positives.allSatisfy(\.isOptional) {
            // `which leaders?` alone: the answer noun is all there is to search for.
            for index in positives.indices { positives[index].isOptional = false }
        }
    }

    // MARK: - Answer type

    private func isStopWord(_ chunk: QueryLexer.Chunk) -> Bool {
        chunk.isPlainWord && StopWords.contains(chunk.tokens[0].folded)
            && !(readsCapitalsAsAcronyms && chunk.isAllCapitals)
    }

    /// Verbs that end the search for an answer noun: in `what did the president say`, `president` is the
    /// subject, not the kind of answer.
    private static let auxiliaries: Set<String> = [
        "did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
        "could", "should", "shall", "may", "might", "must",
    ]

    /// Finds the first question word that names an answer type: `who`/`whom`/`whose` (person),
    /// `where` (place), or `which`/`what`/`how many` followed, within two content words, by an answer
    /// noun (`which European leaders`) before any auxiliary verb; the noun is remembered so that it
    /// becomes optional.
    private mutating func findAnswerType() {
        var previousWord: String?
        for (index, lexeme) in lexemes.enumerated() {
            guard case .chunk(let chunk) = lexeme, chunk.isPlainWord,
                !(readsCapitalsAsAcronyms && chunk.isAllCapitals)
            else {
                previousWord = nil
                continue
            }
            let word = chunk.tokens[0].folded
            defer { previousWord = word }
            if let type = AnswerType.forQuestionWord(word) {
                answerType = type
                return
            }
            let asksForNoun =
                AnswerType.nounQuestionWords.contains(word) || (word == "many" && previousWord == "how")
            guard asksForNoun else { continue }
            var contentWords = 0
            for nextIndex in (index + 1)..<lexemes.count {
                guard case .chunk(let next) = lexemes[nextIndex], !next.isExcluded, contentWords < 2,
                    !(next.isPlainWord && Self.auxiliaries.contains(next.tokens[0].folded))
                else { break }
                if isStopWord(next) { continue }
                if next.isPlainWord, let type = AnswerType.forNoun(stem: next.tokens[0].stem) {
                    answerType = type
                    answerNounIndex = nextIndex
                    return
                }
                contentWords += 1
            }
        }
    }

    // MARK: - Terms

    private mutating func readTerms() {
        var index = 0
        while index < lexemes.count, !isTruncated {
            switch lexemes[index] {
            case .or:
                isAfterOr = lastPositiveIndex != nil
            case .and:
                isAfterOr = false
            case .not:
                isAfterNot = true
            case .field(let field, let value):
                addFilter(field, value)
                isAfterNot = false
                endPositiveRun()
            case .chunk(let chunk) where chunk.isExcluded || (isAfterNot && !isStopWord(chunk)):
                if reserveTerm() { exclusions.append(makeGroup(chunk, expandingSynonyms: false)) }
                isAfterNot = false
                endPositiveRun()
            case .chunk(let chunk):
                if let (group, count) = multiWordSynonym(at: index) {
                    addPositive(group, isOptional: (index..<index + count).contains(answerNounIndex ?? -1))
                    index += count
                    continue
                }
                if !isStopWord(chunk) {
                    let group = makeGroup(chunk, expandingSynonyms: !chunk.isQuoted && !chunk.isPrefix)
                    addPositive(group, isOptional: index == answerNounIndex)
                }
            }
            index += 1
        }
    }

    /// Counts one more term; false (and marks the query truncated) when the maximum is reached.
    private mutating func reserveTerm() -> Bool {
        guard termCount < SearchQuery.maximumTermCount else {
            isTruncated = true
            return false
        }
        termCount += 1
        return true
    }

    private mutating func endPositiveRun() {
        lastPositiveIndex = nil
        isAfterOr = false
    }

    /// Adds a positive term: joined to the previous one after `OR`, merged into an equal one already
    /// read, or appended.
    private mutating func addPositive(_ group: TermGroup, isOptional: Bool) {
        guard reserveTerm() else { return }
        if isAfterOr, let previous = lastPositiveIndex {
            let joined = positives[previous]
            positives[previous] = TermGroup(
                label: "\(joined.label) OR \(group.label)",
                alternatives: joined.alternatives + group.alternatives,
                isOptional: joined.isOptional && isOptional)
        } else if let same = positives.firstIndex(where: { $0.alternatives == group.alternatives }) {
            positives[same].isOptional = positives[same].isOptional && isOptional
            lastPositiveIndex = same
        } else {
            var group = group
            group.isOptional = isOptional
            positives.append(group)
            lastPositiveIndex = positives.count - 1
        }
        isAfterOr = false
    }

    private mutating func addFilter(_ field: QueryLexer.Field, _ value: QueryLexer.Chunk?) {
        guard let value, reserveTerm() else { return }
        switch field {
        case .headline: headlineTerms.append(makeGroup(value, expandingSynonyms: false))
        case .title: titleTerms.append(makeGroup(value, expandingSynonyms: false))
        case .actor: actorNames.append(value.coreText)
        }
    }

    /// The term for a chunk: its own words, or, when `expandingSynonyms` and the synonym table holds
    /// their stems, the members of those groups (which include the chunk's own stems).
    private func makeGroup(_ chunk: QueryLexer.Chunk, expandingSynonyms: Bool) -> TermGroup {
        let label = chunk.isQuoted ? "\"\(chunk.coreText)\"" : chunk.coreText
        let entries = expandingSynonyms ? synonyms.entries(forStems: chunk.tokens.map(\.stem)) : []
        let alternatives =
            entries.isEmpty
            ? [TermAlternative(tokens: chunk.tokens, isPrefix: chunk.isPrefix)]
            : entries.map { TermAlternative(tokens: $0.tokens, isPrefix: false) }
        return TermGroup(label: chunk.isPrefix ? label + "*" : label, alternatives: alternatives)
    }

    /// A run of plain words starting at `index` that a multi-word synonym member matches by stems
    /// (`ruled out` → `rule out`), longest first, with the number of lexemes it covers.
    private func multiWordSynonym(at index: Int) -> (TermGroup, Int)? {
        var words: [QueryLexer.Chunk] = []
        for lexeme in lexemes[index...].prefix(synonyms.longestEntryTokenCount) {
            guard case .chunk(let chunk) = lexeme, chunk.isPlainWord else { break }
            words.append(chunk)
        }
        guard words.count >= 2 else { return nil }
        for count in stride(from: words.count, through: 2, by: -1) {
            let run = words.prefix(count)
            let entries = synonyms.entries(forStems: run.map(\.tokens[0].stem))
            guard !entries.isEmpty else { continue }
            let group = TermGroup(
                label: run.map(\.coreText).joined(separator: " "),
                alternatives: entries.map { TermAlternative(tokens: $0.tokens, isPrefix: false) })
            return (group, count)
        }
        return nil
    }
}
