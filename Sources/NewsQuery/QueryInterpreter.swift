/// Turns a query's lexemes into terms: drops stop and question words, reads the answer type, widens
/// words with their irregular forms and synonyms (unless `exact`), joins `OR` operands, collects
/// exclusions and field filters, and stops at `SearchQuery.maximumTermCount` terms.
struct QueryInterpreter {
    private let lexemes: [QueryLexer.Lexeme]
    private let synonyms: SynonymTable
    /// Whether words stand only for themselves: no synonyms, no irregular forms.
    private let exact: Bool
    /// A mixed-case query: an all-capitals word in it is an acronym, not a stop word.
    private let readsCapitalsAsAcronyms: Bool

    private(set) var answerType: AnswerType?
    /// The lexeme of the answer noun (`leaders` in `which leaders …`), which becomes an optional term.
    private var answerNounIndex: Int?
    /// The answer noun as written, folded (`leaders`), if the question has one.
    private(set) var answerNoun: String?
    /// Whether the answer noun is one the lexicon does not type, so that `answerType` is a guess.
    private(set) var isAnswerTypeGuessed = false
    /// The lexeme after which the question's predicate starts (the question word or the answer noun).
    private var questionEndIndex: Int?
    /// The lexeme of the question word (`which`, `who`, an opening `name`).
    private var questionWordIndex: Int?
    /// The first content word of the predicate (`criticised` in `who criticised the budget`), folded.
    private(set) var askedVerb: String?
    /// The lexeme of `askedVerb` when it is the predicate's first content word (not an object question's).
    private var askedVerbIndex: Int?
    /// Whether the predicate is passive (`who was sacked by`): the answer undergoes the verb.
    private(set) var asksForPatient = false
    /// The preposition an object question leaves after its verb (`for` in `which club was he playing
    /// for`): the answer follows it in a passage.
    private(set) var askedPreposition: String?
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

    init(query: String, synonyms: SynonymTable, exact: Bool = false) {
        self.lexemes = QueryLexer.lexemes(in: query)
        self.synonyms = synonyms
        self.exact = exact
        self.readsCapitalsAsAcronyms = query.unicodeScalars.contains { $0.properties.isLowercase }
        findAnswerType()
        findAskedVerb()
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
    /// `where` (place), or `which`/`what`/`how many`, or an opening `name` (`name the …`), followed,
    /// within two content words, by an answer noun (`which European leaders`, `which novelist's book`)
    /// before any auxiliary verb; the noun is remembered so that it becomes optional. Any noun the
    /// lexicon types (WordNet's hierarchy) is an answer noun.
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
                questionEndIndex = index
                questionWordIndex = index
                return
            }
            let asksForNoun =
                AnswerType.nounQuestionWords.contains(word) || (word == "many" && previousWord == "how")
                || (word == "name" && index == 0)
            guard asksForNoun else { continue }
            if let head = answerNounPhraseHead(after: copulaEnd(after: index) ?? index) {
                answerType = head.type
                answerNounIndex = head.index
                answerNoun = head.noun
                isAnswerTypeGuessed = head.type == .person && AnswerType.forNoun(head.noun) == nil
                    && AnswerType.forAgentNoun(head.noun) == nil && !AnswerExtractor.isDemonym(head.noun)
                questionEndIndex = head.index
                questionWordIndex = index
                return
            }
        }
    }

    /// The lexeme that ends `is the` / `was the` right after a question word (`what was the
    /// highest-ranking rap act`, `which is the biggest bank`): the noun phrase that names the answer
    /// starts after it. Nil for other shapes (`which was sold`).
    private func copulaEnd(after questionIndex: Int) -> Int? {
        let copula = questionIndex + 1
        guard ["is", "was", "are", "were"].contains(where: { isWord($0, at: copula) }),
            ["the", "a", "an"].contains(where: { isWord($0, at: copula + 1) })
        else { return nil }
        return copula + 1
    }

    /// Nouns after `which`/`what` that ask for a quantity, a time, a manner or a work rather than for
    /// someone named (`which year`, `what percentage`, `which film`): a question headed by one gets no
    /// answer type when the lexicon types none.
    private static let unnamedAnswerNouns: Set<String> = [
        "year", "day", "month", "week", "hour", "decade", "season", "time", "date", "age", "amount", "number",
        "percentage", "proportion", "share", "price", "figure", "sum", "rate", "total", "level", "cost", "value",
        "size", "score", "way", "reason", "role", "position", "post", "job", "title", "award", "prize", "film",
        "album", "song", "book", "show", "programme", "program", "game", "product", "drug", "deal", "bill",
        "law", "policy", "plan", "issue",
    ]

    /// The head of the noun phrase after a question word (`which US road safety regulator announced`
    /// → `regulator`): the last lowercase word of it that names a kind of answer, or a demonym used as
    /// a noun (`name the Russian`), or after `in`/`at` its first word (`in which library` asks for a
    /// place). The phrase ends at an
    /// auxiliary, a function word, a possessive (`which club's manager` asks for the club) or, once a
    /// head is found, a word that looks like a verb (`backed`, `led`).
    ///
    /// A singular head the lexicon does not type (`which Leicester wing`, `which studio`, `which record
    /// label`: senses WordNet ranks below a body part, a room, a slip of paper) still asks for someone
    /// named: a person, an organisation answering nearly as well (`AnswerExtractor`), unless it asks for
    /// a quantity or a time (`which year`).
    private func answerNounPhraseHead(after questionIndex: Int) -> (index: Int, noun: String, type: AnswerType)? {
        var head: (index: Int, noun: String, type: AnswerType)?
        var firstUntyped: (index: Int, noun: String)?
        var lastUntyped: (index: Int, noun: String)?
        var contentWords = 0
        for index in (questionIndex + 1)..<lexemes.count {
            guard case .chunk(let chunk) = lexemes[index], !chunk.isExcluded, !chunk.isQuoted, !chunk.isPrefix,
                contentWords < 6, let last = chunk.tokens.last
            else { break }
            let possessive = ["'s", "\u{2019}s", "s'"].contains { chunk.text.hasSuffix($0) }
            let word = Self.compoundNoun(of: chunk.tokens.map(\.folded)) ?? last.folded
            if chunk.tokens.count == 1, Self.auxiliaries.contains(word) { break }
            if isStopWord(chunk) {
                // `which former Free and Bad Company singer`: a name with `and` or `of` inside goes on.
                let joinsNames = ["and", "of"].contains(word) && isCapitalisedChunk(at: index + 1) && contentWords > 0
                // `which world number one tennis player`: a number inside the phrase, a noun after it.
                let joinsNumber = Self.numberWords.contains(word) && isContentChunk(at: index + 1)
                if contentWords > 0, !joinsNames, !joinsNumber { break }
                continue
            }
            contentWords += 1
            let isName = chunk.text.unicodeScalars.first?.properties.isUppercase == true && readsCapitalsAsAcronyms
            let looksLikeVerb = word.hasSuffix("ed") || !WordNetLexicon.baseForms(of: word).isEmpty
            if head != nil || lastUntyped != nil, looksLikeVerb, AnswerType.forNoun(word) == nil {
                break
            }
            // After a plural (`which budget cuts hurt`), the phrase has most likely ended and a verb
            // follows: the plural stays the head.
            if !isName, !looksLikeVerb, chunk.tokens.count == 1, !(word.hasSuffix("ing") && word.count > 5),
                AnswerType.forNoun(word) == nil, AnswerType.forAgentNoun(word) == nil,
                !(lastUntyped.map { Self.isPlural($0.noun) } ?? false)
            {
                lastUntyped = (index, word)
            }
            if !isName, let type = AnswerType.forNoun(word) ?? AnswerType.forAgentNoun(word) {
                head = (index, word, type)
            } else if isName, AnswerExtractor.isDemonym(word) {
                head = (index, word, .person)  // `name the Russian who …`; a noun after it takes over
            }
            if head == nil, !isName, firstUntyped == nil { firstUntyped = (index, word) }
            if possessive, head != nil { break }
        }
        // `in which library`, `near which air base`: a preposition before the question word asks for a
        // place, named by the phrase's last noun.
        if head == nil, let noun = lastUntyped ?? firstUntyped, questionIndex > 0,
            case .chunk(let before) = lexemes[questionIndex - 1],
            before.isPlainWord, Self.placePrepositions.contains(before.tokens[0].folded)
        {
            return (noun.index, noun.noun, .place)
        }
        // Only a singular: plural nouns the lexicon does not type ask for things (`which budget cuts`,
        // `which measures`), while those for people and bodies are typed (`which bands`, `which MPs`).
        if head == nil, let lastUntyped, !Self.unnamedAnswerNouns.contains(lastUntyped.noun),
            !Self.isPlural(lastUntyped.noun)
        {
            return (lastUntyped.index, lastUntyped.noun, .person)
        }
        return head
    }

    /// A hyphenated word as the lexicon writes the noun (`full-back` → `fullback`, `fly-half` → `fly half`),
    /// when it is one: its last part alone names something else (`back`, `half`).
    private static func compoundNoun(of parts: [String]) -> String? {
        guard parts.count > 1 else { return nil }
        return [parts.joined(), parts.joined(separator: " ")].first { WordNetLexicon.answerType(forNoun: $0) != nil }
    }

    /// Whether a folded noun looks plural (`cuts`, not `press`).
    private static func isPlural(_ noun: String) -> Bool {
        noun.hasSuffix("s") && !noun.hasSuffix("ss")
    }

    /// Number words that may stand inside a noun phrase (`world number one tennis player`).
    private static let numberWords: Set<String> = ["one", "two", "three", "four", "five", "ten"]

    /// Whether the lexeme at `index` is a plain word that is neither a stop word nor an auxiliary.
    private func isContentChunk(at index: Int) -> Bool {
        guard index < lexemes.count, case .chunk(let chunk) = lexemes[index], chunk.isPlainWord else { return false }
        return !isStopWord(chunk) && !Self.auxiliaries.contains(chunk.tokens[0].folded)
    }

    /// Whether the lexeme at `index` is a word written with a capital (in a mixed-case query).
    private func isCapitalisedChunk(at index: Int) -> Bool {
        guard index < lexemes.count, case .chunk(let chunk) = lexemes[index] else { return false }
        return readsCapitalsAsAcronyms && chunk.text.unicodeScalars.first?.properties.isUppercase == true
    }

    /// Prepositions that, before `which`, ask where: `in which`, `at which`.
    private static let placePrepositions: Set<String> = ["in", "at", "to", "from", "near", "on", "into"]

    /// Forms of `be` (and `get`) that make a following participle passive: `was sacked`, `got fined`.
    private static let passiveAuxiliaries: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "getting",
    ]

    /// Finds the predicate's verb: the first lowercase content word after the question phrase
    /// (`criticised` in `who criticised the budget`, `fined` in `which companies were fined`), and
    /// whether a form of `be` makes it passive. When an auxiliary and a subject of its own follow the
    /// question phrase (`which label did Marion Knight found`, `which club was Emil Hallfredsson
    /// playing for`), the question asks for the verb's object: the verb after the subject, and the
    /// preposition left standing after it.
    private mutating func findAskedVerb() {
        guard let start = questionEndIndex else { return }
        if let object = objectQuestionVerb(after: start) {
            (askedVerb, askedPreposition, asksForPatient) = (object.verb, object.preposition, true)
            return
        }
        var previousWord: String?
        for index in (start + 1)..<lexemes.count {
            guard case .chunk(let chunk) = lexemes[index], chunk.isPlainWord else { return }
            let word = chunk.tokens[0].folded
            defer { previousWord = word }
            if Self.auxiliaries.contains(word) || Self.passiveAuxiliaries.contains(word) || isStopWord(chunk) {
                continue
            }
            guard chunk.text.unicodeScalars.first?.properties.isLowercase == true else { return }
            askedVerb = word
            askedVerbIndex = index
            let isParticiple = word.hasSuffix("ed") || word.hasSuffix("en") || !WordNetLexicon.baseForms(of: word).isEmpty
            // `the company alleged to have charged` is `the company that was alleged to`: a participle
            // of saying or believing right after the question phrase, then `to`, is passive without its
            // `was` (`the minister wanted to` is not).
            let isReducedPassive = index == start + 1 && Self.reportingParticiples.contains(word) && isWord("to", at: index + 1)
            asksForPatient = isParticiple && (previousWord.map(Self.passiveAuxiliaries.contains) == true || isReducedPassive)
            return
        }
    }

    /// Participles of saying and believing, which take `to` in the passive (`alleged to have`,
    /// `believed to be`) and seldom in the active.
    private static let reportingParticiples: Set<String> = [
        "alleged", "said", "believed", "thought", "reported", "expected", "known", "understood", "rumoured",
        "rumored", "suspected", "feared", "considered", "supposed", "reputed", "tipped", "accused", "found",
    ]

    /// Whether the lexeme at `index` is the plain word `word`.
    private func isWord(_ word: String, at index: Int) -> Bool {
        guard index < lexemes.count, case .chunk(let chunk) = lexemes[index], chunk.isPlainWord else { return false }
        return chunk.tokens[0].folded == word
    }

    /// Determiners that open a subject after an auxiliary (`did the regulator fine`).
    private static let determiners: Set<String> = ["the", "a", "an", "his", "her", "its", "their"]

    /// Prepositions a question may leave standing after its verb (`playing for`, `moved to`).
    private static let strandedPrepositions: Set<String> = [
        "for", "to", "from", "with", "against", "at", "in", "on", "into", "by", "over",
    ]

    /// The verb (and a preposition left after it) of an object question: an auxiliary right after the
    /// question phrase, then a subject (up to three lowercase words before a run of capitalised or
    /// quoted words, or a determiner and one word), then a lowercase verb. Nil for other shapes
    /// (`who was sacked by`: the auxiliary's participle follows at once).
    private func objectQuestionVerb(after start: Int) -> (verb: String, preposition: String?)? {
        // `in which city is Hyundai planning …` asks for the object of `in`, not of the verb.
        if let questionWordIndex, questionWordIndex > 0, case .chunk(let before) = lexemes[questionWordIndex - 1],
            before.isPlainWord, Self.placePrepositions.contains(before.tokens[0].folded)
        {
            return nil
        }
        var index = start + 1
        guard index < lexemes.count, case .chunk(let auxiliary) = lexemes[index], auxiliary.isPlainWord,
            Self.auxiliaries.contains(auxiliary.tokens[0].folded)
        else { return nil }
        index += 1
        func chunk(at index: Int) -> QueryLexer.Chunk? {
            guard index < lexemes.count, case .chunk(let chunk) = lexemes[index], !chunk.isExcluded else { return nil }
            return chunk
        }
        func isNameChunk(_ chunk: QueryLexer.Chunk) -> Bool {
            chunk.isQuoted || chunk.tokens.first?.text.unicodeScalars.first?.properties.isUppercase == true
        }
        guard let first = chunk(at: index) else { return nil }
        if first.isPlainWord, Self.determiners.contains(first.tokens[0].folded) {
            index += 2  // `the regulator`
            while let next = chunk(at: index), isNameChunk(next) { index += 1 }
        } else {
            var lowercase = 0
            while let next = chunk(at: index), !isNameChunk(next), lowercase < 3 {
                lowercase += 1
                index += 1
            }
            guard let name = chunk(at: index), isNameChunk(name) else { return nil }
            while let next = chunk(at: index), isNameChunk(next) { index += 1 }
        }
        guard let verb = chunk(at: index), verb.isPlainWord, !isNameChunk(verb), !isStopWord(verb) else { return nil }
        // After a form of `be`, only a verb that is progressive or passive (`was he playing for`,
        // `was he sold to`): `who is the general secretary` names, it does not ask for an object.
        let verbWord = verb.tokens[0].folded
        if Self.passiveAuxiliaries.contains(auxiliary.tokens[0].folded),
            !(verbWord.hasSuffix("ing") || verbWord.hasSuffix("ed") || verbWord.hasSuffix("en")
                || !WordNetLexicon.baseForms(of: verbWord).isEmpty)
        {
            return nil
        }
        // Stranded when the question ends there or a clause word follows (`playing for when …`), not
        // `planning to build`.
        let preposition = chunk(at: index + 1).flatMap { next -> String? in
            guard next.isPlainWord, Self.strandedPrepositions.contains(next.tokens[0].folded) else { return nil }
            if let after = chunk(at: index + 2), !(isStopWord(after) && !Self.determiners.contains(after.tokens[0].folded)) {
                return nil
            }
            return next.tokens[0].folded
        }
        return (verb.tokens[0].folded, preposition)
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
                if reserveTerm() { exclusions.append(makeGroup(chunk, widening: false)) }
                isAfterNot = false
                endPositiveRun()
            case .chunk(let chunk):
                if !exact, let (group, count) = multiWordSynonym(at: index) {
                    addPositive(group, isOptional: (index..<index + count).contains(answerNounIndex ?? -1))
                    index += count
                    continue
                }
                if !isStopWord(chunk) {
                    var group = makeGroup(
                        chunk, widening: !exact && !chunk.isQuoted && !chunk.isPrefix,
                        isInVerbContext: isInVerbContext(index..<index + 1))
                    if !exact, index == askedVerbIndex, answerType == .person, !asksForPatient {
                        group = widenedWithOffices(group, verb: chunk.tokens[0].folded)
                    }
                    addPositive(group, isOptional: index == answerNounIndex)
                }
            }
            index += 1
        }
    }

    /// `group` (the asked verb of a `who` question) with the nouns for the office the verb describes
    /// as synonyms: `who chairs` also finds `chairman`, `who speaks for` finds `spokesman`.
    private func widenedWithOffices(_ group: TermGroup, verb: String) -> TermGroup {
        let offices = OfficeNouns.nouns(forVerb: verb).map { TermAlternative(tokens: IndexToken.tokens(in: $0), isPrefix: false) }
        guard !offices.isEmpty else { return group }
        let written = group.alternatives.filter { !group.synonymAlternatives.contains($0) }
        let synonyms = group.alternatives.filter { group.synonymAlternatives.contains($0) }
        return TermGroup(label: group.label, alternatives: written, synonyms: synonyms + offices, isOptional: group.isOptional)
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
            positives[previous] = joined.joined(
                with: group, label: "\(joined.label) OR \(group.label)", isOptional: joined.isOptional && isOptional)
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
        case .headline: headlineTerms.append(makeGroup(value, widening: false))
        case .title: titleTerms.append(makeGroup(value, widening: false))
        case .actor: actorNames.append(value.coreText)
        }
    }

    /// The term for a chunk: its own words and, when `widening`, the irregular forms of a single word
    /// (`won` → `win`, `win` → `won`, see `WordForms`) and the members of the synonym groups holding its
    /// stems (or, failing those, the verb-sense groups holding a base form: `sent` → `deploy ~ send ~
    /// dispatch`, but `struck` not `attack ~ strike …`, a group of nouns).
    ///
    /// The word as written comes first (spelled as the synonym member with its stems when there is one,
    /// `backed` → `back`), then its forms, then the synonyms, which `TermGroup.synonymAlternatives`
    /// marks. A member in the verb sense widens only a word the query uses as a verb: one written in
    /// another form than the member (`backed`, `backs`, `backing`, `sent`), or one in a verb context
    /// (`isInVerbContext`); `back taxes` stays `back`.
    private func makeGroup(_ chunk: QueryLexer.Chunk, widening: Bool, isInVerbContext: Bool = false) -> TermGroup {
        let label = chunk.isQuoted ? "\"\(chunk.coreText)\"" : chunk.coreText
        let written = TermAlternative(tokens: chunk.tokens, isPrefix: chunk.isPrefix)
        let displayLabel = chunk.isPrefix ? label + "*" : label
        guard widening else { return TermGroup(label: displayLabel, alternatives: [written]) }
        let folded = chunk.tokens.map(\.folded).joined(separator: " ")
        let forms = chunk.tokens.count == 1 ? WordForms.otherForms(of: folded) : []
        // The synonyms of the word itself, else of its first base form that has any.
        let bases = chunk.tokens.count == 1 ? WordForms.bases(of: folded) : []
        let keys = [chunk.tokens.map(\.stem)] + bases.map { [PorterStemmer.stem($0)] }
        let (entries, asWritten) = synonymEntries(forKeys: keys, folded: folded, isInVerbContext: isInVerbContext)
        let own = asWritten.map { TermAlternative(tokens: $0.tokens, isPrefix: false) } ?? written
        var stems: Set<[String]> = [own.stems]
        let formAlternatives = forms.map { TermAlternative(tokens: IndexToken.tokens(in: $0), isPrefix: false) }
            .filter { stems.insert($0.stems).inserted }
        let synonymAlternatives = entries.map { TermAlternative(tokens: $0.tokens, isPrefix: false) }
            .filter { stems.insert($0.stems).inserted }
        return TermGroup(label: displayLabel, alternatives: [own] + formAlternatives, synonyms: synonymAlternatives)
    }

    /// The synonym entries for the first of `keys` (stem sequences: the word's own, then its base forms',
    /// which only verb-sense members count for) that a group holds, and the entry with the word's own
    /// stems, if any. A member in the verb sense widens only when the word is written in another form
    /// than it or `isInVerbContext`.
    private func synonymEntries(
        forKeys keys: [[String]], folded: String, isInVerbContext: Bool
    ) -> (entries: [SynonymTable.Entry], asWritten: SynonymTable.Entry?) {
        for (index, key) in keys.enumerated() {
            var entries = synonyms.entries(forStems: key, usedAsVerb: true, verbSenseOnly: index > 0)
            guard !entries.isEmpty else { continue }
            let isWrittenAsListed =
                index == 0 && entries.contains { $0.tokens.map(\.folded).joined(separator: " ") == folded }
            if isWrittenAsListed && !isInVerbContext {
                entries = synonyms.entries(forStems: key, usedAsVerb: false)
            }
            let ownKey = keys[0].joined(separator: " ")
            return (entries, entries.first { $0.key == ownKey })
        }
        return ([], nil)
    }

    /// Words before a verb: `who backs`, `to back`, `will back`, `didn't back`, `they back`.
    private static let verbCuesBefore: Set<String> = [
        "who", "to", "not", "never", "i", "we", "you", "they", "he", "she", "it",
        "did", "does", "do", "will", "would", "can", "could", "should", "shall", "may", "might", "must",
    ]

    /// Words after a verb, starting its object: `back the plan`, `back a force`, `back them`.
    private static let verbCuesAfter: Set<String> = [
        "a", "an", "the", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your",
        "them", "him", "me",
    ]

    /// Whether the words of `range` stand where a verb does: after `who`, `to`, `not`, a contraction in
    /// n't, a subject pronoun or an auxiliary, or before a determiner or an object pronoun.
    private func isInVerbContext(_ range: Range<Int>) -> Bool {
        if range.lowerBound > 0, case .chunk(let before) = lexemes[range.lowerBound - 1], !before.isQuoted,
            let last = before.tokens.last
        {
            if before.tokens.count == 1, Self.verbCuesBefore.contains(last.folded) { return true }
            let text = before.text.lowercased()
            if text.hasSuffix("n't") || text.hasSuffix("n\u{2019}t") { return true }
        }
        if range.upperBound < lexemes.count, case .chunk(let after) = lexemes[range.upperBound], after.isPlainWord,
            Self.verbCuesAfter.contains(after.tokens[0].folded)
        {
            return true
        }
        return false
    }

    /// A run of plain words starting at `index` that a multi-word synonym member matches by stems
    /// (`ruled out` → `rule out`), longest first, with the number of lexemes it covers. The member
    /// spelled as in the group comes first; the rest of what it widens to are synonyms (a member that
    /// does not widen, `prime minister`, makes a group of itself: the run is still one phrase).
    private func multiWordSynonym(at index: Int) -> (TermGroup, Int)? {
        var words: [QueryLexer.Chunk] = []
        for lexeme in lexemes[index...].prefix(synonyms.longestEntryTokenCount) {
            guard case .chunk(let chunk) = lexeme, chunk.isPlainWord else { break }
            words.append(chunk)
        }
        guard words.count >= 2 else { return nil }
        for count in stride(from: words.count, through: 2, by: -1) {
            let run = words.prefix(count)
            let keys = [run.map(\.tokens[0].stem)]
            let folded = run.map(\.tokens[0].folded).joined(separator: " ")
            let (entries, asWritten) = synonymEntries(
                forKeys: keys, folded: folded, isInVerbContext: isInVerbContext(index..<index + count))
            guard let asWritten else { continue }
            let own = TermAlternative(tokens: asWritten.tokens, isPrefix: false)
            let group = TermGroup(
                label: run.map(\.coreText).joined(separator: " "), alternatives: [own],
                synonyms: entries.map { TermAlternative(tokens: $0.tokens, isPrefix: false) })
            return (group, count)
        }
        return nil
    }
}
