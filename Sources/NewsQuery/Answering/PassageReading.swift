import Foundation

/// One sentence cut into index tokens, with what the answer extractor asks of it: where the question's
/// terms are, which names stand in it, and how a name stands to the asked verb.
struct PassageReading {
    let tokens: [IndexToken]
    private let scalars: [Unicode.Scalar]

    init(_ sentence: String) {
        self.tokens = IndexToken.tokens(in: sentence)
        self.scalars = Array(sentence.unicodeScalars)
    }

    /// The token indices where any alternative of `group` starts.
    func positions(of group: TermGroup) -> [Int] {
        group.ranges(in: tokens).compactMap { range in tokens.firstIndex { $0.range.lowerBound == range.lowerBound } }
    }

    /// The token indices where an alternative of the asked verb's group stands in a verbal form: as
    /// written in the question, or its stem with a past, participle or third-person ending (`fined`,
    /// `fines` as in `fines a bank` is not told apart from the noun, `fine` alone is not a verb form).
    func verbPositions(of group: TermGroup) -> [Int] {
        positions(of: group).filter { index in
            let word = tokens[index].folded
            return word != tokens[index].stem || !WordNetLexicon.baseForms(of: word).isEmpty
        }
    }

    /// The token indices a scalar range covers.
    func tokenRange(of range: Range<Int>) -> Range<Int>? {
        guard let first = tokens.firstIndex(where: { $0.range.upperBound > range.lowerBound }),
            first < tokens.count, tokens[first].range.lowerBound < range.upperBound
        else { return nil }
        let last = tokens[first...].lastIndex { $0.range.lowerBound < range.upperBound } ?? first
        return first..<(last + 1)
    }

    // MARK: - Candidates

    /// The actors mentioned, then the runs of capitalised words no mention covers (`Kenteris`,
    /// `Icstis`), leaving out names the question itself uses, and people whose surname is one of the
    /// question's names (`David Blunkett` for `the Blunkett visa affair`).
    func candidates(
        mentions: [AnswerMention], questionWords: Set<String>, questionDemonyms: [String], knownNameWords: Set<String>,
        questionNames: Set<String> = []
    ) -> [Candidate] {
        var result: [Candidate] = []
        var covered = IndexSet()
        for mention in mentions {
            guard let range = tokenRange(of: mention.range) else { continue }
            covered.insert(integersIn: range)
            let nameStems = IndexToken.tokens(in: mention.name).map(\.stem)
            if isQuestionName(range, questionWords) || (!nameStems.isEmpty && nameStems.allSatisfy(questionWords.contains)) {
                continue
            }
            if mention.kind == "person", let surname = IndexToken.tokens(in: mention.name).last?.stem,
                questionNames.contains(surname)
            {
                continue
            }
            if isNeverAnAnswer(range, isActor: true, questionDemonyms: questionDemonyms) { continue }
            result.append(
                Candidate(
                    actorID: mention.actorID, name: mention.name, kind: mention.kind, role: mention.role,
                    placeScale: mention.placeScale, tokens: range, scalarRange: mention.range))
        }
        for run in capitalisedRuns(knownNameWords: knownNameWords) where !covered.contains(integersIn: run) && !covered.intersects(integersIn: run) {
            if isQuestionName(run, questionWords) { continue }
            if isNeverAnAnswer(run, isActor: false, questionDemonyms: questionDemonyms) { continue }
            let text = String(String.UnicodeScalarView(scalars[tokens[run.lowerBound].range.lowerBound..<tokens[run.upperBound - 1].range.upperBound]))
            result.append(Candidate(actorID: nil, name: text, kind: nil, role: nil, tokens: run, scalarRange: nil))
        }
        return result
    }

    /// Whether every word of the name at `range` is a word of the question (its own subject).
    private func isQuestionName(_ range: Range<Int>, _ questionWords: Set<String>) -> Bool {
        tokens[range].allSatisfy { questionWords.contains($0.stem) }
    }

    /// Whether a name is no answer whatever the question: a people's name (`Irish`, `Chinese`), a
    /// country the question names by its people (`India` for `which Indian city`), or, for a name the
    /// archive holds no actor for, a common noun (`Scot`, `Saints`) or two letters (`GB`, `CD`).
    func isNeverAnAnswer(_ range: Range<Int>, isActor: Bool, questionDemonyms: [String]) -> Bool {
        let words = tokens[range]
        if words.count == 1, let word = words.first?.folded {
            if isDemonymUse(at: range.lowerBound) { return true }
            if questionDemonyms.contains(where: { $0.hasPrefix(word) || word.count >= 4 && word.hasPrefix(String($0.prefix(4))) }) {
                return true
            }
            if !isActor, word.count <= 2 || WordNetLexicon.answerType(forNoun: word) != nil { return true }
        }
        // `the North American box office`: a name the archive does not hold that ends in a demonym
        // used as an adjective describes something; it names no one.
        if !isActor, words.count > 1, isDescribingDemonym(at: range.upperBound - 1) { return true }
        return false
    }

    /// Whether the word at `index` is a demonym standing before a lowercase content word.
    private func isDescribingDemonym(at index: Int) -> Bool {
        guard AnswerExtractor.isDemonym(tokens[index].folded), index + 1 < tokens.count,
            let next = tokens[index + 1].text.unicodeScalars.first
        else { return false }
        return next.properties.isLowercase && !StopWords.contains(tokens[index + 1].folded)
    }

    /// Whether the word at `index` names a people as an adjective does: a demonym that ends as few
    /// names do (`Chinese`, `Irish`, `Dutch`), or one that ends as names also do (`-an`, `-i`, `-ic`:
    /// `Peruvian` but `Hashemian`, `Iraqi` but `Ferrari`) standing before a lowercase content word
    /// (`Peruvian farmers`).
    func isDemonymUse(at index: Int) -> Bool {
        let word = tokens[index].folded
        guard AnswerExtractor.isDemonym(word) else { return false }
        if AnswerExtractor.isUnmistakableDemonym(word) { return true }
        guard index + 1 < tokens.count, let next = tokens[index + 1].text.unicodeScalars.first else { return false }
        return next.properties.isLowercase && !StopWords.contains(tokens[index + 1].folded)
    }

    /// Runs of capitalised words joined by single spaces (and `of`, `de`, `van` … between two of
    /// them), without leading titles or function words; not a single word opening the sentence unless
    /// it is a word of an actor's name in the passages (most such words are ordinary words).
    func capitalisedRuns(knownNameWords: Set<String>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var index = 0
        while index < tokens.count {
            guard isCapitalised(index), !Self.leadingWords.contains(tokens[index].folded) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count, isJoined(end - 1, end) {
                if isCapitalised(end) {
                    end += 1
                } else if Self.nameParticles.contains(tokens[end].folded), end + 1 < tokens.count,
                    isJoined(end, end + 1), isCapitalised(end + 1)
                {
                    end += 2
                } else {
                    break
                }
            }
            // `Striker Novo secured victory`: a sentence may open on the role before a name, capitalised
            // as the first word; the name is what follows it (and joins the actor it ends).
            if index == 0, end - index > 1, !knownNameWords.contains(tokens[index].folded),
                WordNetLexicon.answerType(forNoun: tokens[index].folded) == .person
            {
                index += 1
            }
            let run = index..<end
            if index > 0 || run.count > 1 || knownNameWords.contains(tokens[index].folded) {
                runs.append(run)
            }
            index = end
        }
        return runs
    }

    private func isCapitalised(_ index: Int) -> Bool {
        let token = tokens[index]
        guard let first = token.text.unicodeScalars.first, first.properties.isUppercase else { return false }
        return !token.text.unicodeScalars.allSatisfy { $0.properties.numericType != nil }
    }

    /// Whether only one space (or a hyphen) separates two tokens.
    private func isJoined(_ left: Int, _ right: Int) -> Bool {
        let gap = tokens[left].range.upperBound..<tokens[right].range.lowerBound
        if gap.count == 3 { return Array(scalars[gap]) == [" ", "&", " "] }  // `Travelers Life & Annuity`
        return gap.count == 1 && (scalars[gap.lowerBound] == " " || scalars[gap.lowerBound] == "-")
    }

    /// Capitalised words that do not start a name: titles, function words, months and days.
    static let leadingWords: Set<String> = [
        "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "dame", "the", "a", "an", "but", "and", "or", "he", "she",
        "it", "they", "we", "i", "you", "his", "her", "their", "its", "our", "this", "that", "these", "those",
        "in", "on", "at", "for", "with", "from", "by", "of", "to", "as", "after", "before", "if", "when", "while",
        "there", "here", "what", "which", "who", "where", "why", "how", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "last", "next", "however", "meanwhile", "also",
        "not", "so", "yet", "both", "all", "some", "many", "most", "one", "two", "three", "new", "under", "over",
    ]

    /// Lowercase words that stay inside a name between two capitalised ones.
    static let nameParticles: Set<String> = [
        "of", "de", "van", "der", "von", "da", "di", "du", "la", "le", "bin", "al", "dal", "del", "della", "dos", "das",
        "ter", "ten", "den",
    ]

    // MARK: - Measures

    /// Words between a name and the nearest of `positions` outside it; nil when there is none.
    func distance(from name: Range<Int>, to positions: [Int]) -> Int? {
        positions.filter { !name.contains($0) }.map { $0 < name.lowerBound ? name.lowerBound - $0 - 1 : $0 - name.upperBound }
            .min()
    }

    /// How the name at `name` stands to the asked verb at `verbs`: 1.8 when it is the part the question
    /// asks for (its agent, or for a passive question what underwent it), 0.6 when it is the other part,
    /// 1 when the sentence does not say. Names and `and` may stand between a subject and its verb
    /// (`Macron and Prime Minister Keir Starmer have both endorsed`). When the asked verb is one of
    /// speech (`warned`, `criticised`), the one who `said` or `told` something in the passage counts as
    /// its agent (1.5).
    func grammaticalFit(
        of name: Range<Int>, verbAt verbs: [Int], asksForPatient: Bool, asksForSpeaker: Bool, preposition: String? = nil
    ) -> Double {
        var best: Double?
        for verb in verbs where !name.contains(verb) {
            guard let part = part(of: name, toVerbAt: verb, preposition: preposition) else { continue }
            let fit = (part == .patient) == asksForPatient ? 1.8 : 0.6
            best = max(best ?? 0, fit)
        }
        if best == nil, asksForSpeaker, !asksForPatient {
            let speech = tokens.indices.filter { Self.reportingWords.contains(tokens[$0].folded) }
            if speech.contains(where: { !name.contains($0) && part(of: name, toVerbAt: $0) == .agent }) {
                return 1.5
            }
            if name.lowerBound >= 2, tokens[name.lowerBound - 2].folded == "according",
                tokens[name.lowerBound - 1].folded == "to"
            {
                return 1.5
            }
        }
        return best ?? 1
    }

    /// The part a name plays for the verb at `verb`, when the words between them tell.
    /// `preposition` is one the question left after its verb: what follows it is the verb's object
    /// (`who plays for FH Hafnarfjordur` for `which club was he playing for`).
    private func part(of name: Range<Int>, toVerbAt verb: Int, preposition: String? = nil) -> Part? {
        if name.upperBound <= verb {
            let gap = tokens[name.upperBound..<verb]
            guard gap.count <= 10,
                gap.allSatisfy({ Self.subjectGapWords.contains($0.folded) || isCapitalised($0) }),
                gap.filter({ !isCapitalised($0) }).count <= 5
            else { return nil }
            return gap.contains(where: { Self.passiveWords.contains($0.folded) }) ? .patient : .agent
        }
        if isPostposedSpeaker(name, afterVerbAt: verb) { return .agent }
        let gap = tokens[(verb + 1)..<name.lowerBound].map(\.folded)
        // `Since winning the Australian Open, Safin …`: the subject of the clause a participle opens.
        if gap.count <= 6, tokens[verb].folded.hasSuffix("ing"), isAfterComma(name.lowerBound) { return .agent }
        guard gap.count <= 3 else { return nil }
        if let preposition, gap.first == preposition, gap.dropFirst().allSatisfy(Self.objectGapWords.contains) {
            return .patient
        }
        if gap.first == "by" { return .agent }
        return gap.allSatisfy(Self.objectGapWords.contains) ? .patient : nil
    }

    /// Whether the name is the subject put after a verb of speech, behind its role: `… illegal
    /// projects," said SEPA vice-director Pan Yue`, `said the bank's chief economist Ann Lee`. Only
    /// role words stand between them (names, nouns, `the`, `of`), and no punctuation but hyphens and
    /// apostrophes.
    private func isPostposedSpeaker(_ name: Range<Int>, afterVerbAt verb: Int) -> Bool {
        guard Self.invertingReportingWords.contains(tokens[verb].folded), name.lowerBound > verb,
            name.lowerBound - verb - 1 <= 6
        else { return false }
        let gap = tokens[(verb + 1)..<name.lowerBound]
        guard gap.allSatisfy({ isCapitalised($0) || !StopWords.contains($0.folded) || ["the", "s", "of"].contains($0.folded) })
        else { return false }
        let between = scalars[tokens[verb].range.upperBound..<tokens[name.lowerBound].range.lowerBound]
        return between.allSatisfy { $0 == " " || $0 == "-" || $0 == "'" || $0 == "\u{2019}" || $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// Whether a comma (and a space) stands right before the token at `index`.
    private func isAfterComma(_ index: Int) -> Bool {
        let start = tokens[index].range.lowerBound
        return start >= 2 && scalars[start - 1] == " " && scalars[start - 2] == ","
    }

    private func isCapitalised(_ token: IndexToken) -> Bool {
        token.text.unicodeScalars.first?.properties.isUppercase == true
    }

    private enum Part { case agent, patient }

    /// Verbs of speech, by stem: for these, who spoke in a passage did what the question asks.
    static let speechVerbStems: Set<String> = Set(
        [
            "warn", "say", "claim", "criticise", "criticize", "predict", "urge", "accuse", "argue", "insist",
            "admit", "deny", "announce", "reveal", "complain", "condemn", "blame", "describe", "suggest", "tell",
            "call", "attack", "praise", "defend", "question", "dismiss", "reject", "welcome", "forecast", "estimate",
        ].map { PorterStemmer.stem($0) })

    /// Words that report speech.
    static let reportingWords: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "warned", "warns", "argued", "claimed", "insisted", "stated",
    ]

    /// Verbs of speech that news puts before their subject (`said Pan Yue`); not `told`, whose
    /// object follows it (`told Reuters`).
    static let invertingReportingWords: Set<String> = ["said", "says", "added", "adds", "explained", "explains"]

    /// Words that may stand between a subject and its verb: auxiliaries, relative pronouns, adverbs.
    static let subjectGapWords: Set<String> = [
        "has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "who", "which", "that", "also",
        "s", "t", "not", "later", "then", "finally", "recently", "already", "previously", "now", "will", "would",
        "could", "can", "may", "might", "should", "did", "does", "do", "got", "get", "last", "year", "week",
        "month", "only", "just", "still", "duly", "successfully", "publicly", "effectively", "reportedly",
        "and", "both", "all", "jointly",
    ]
    static let passiveWords: Set<String> = ["was", "were", "been", "being", "be", "is", "are", "got", "get"]
    /// Words that may stand between a verb and its object: determiners and a few modifiers.
    static let objectGapWords: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "former", "rival", "s"]

    /// 1.6 when the question's noun is the name's role (`Chief prosecutor …`) or stands just before it
    /// (`the regulator Icstis`) or after it (`Icstis, the regulator`); 0.7 when the name ends in a noun
    /// for another kind of thing; else 1.
    /// `nounStems` holds the question noun's stem and those of the offices its verb describes (`who
    /// chairs` → `chairman`).
    func roleFit(of candidate: Candidate, nounStems: Set<String>, questionRoleStems: Set<String> = []) -> Double {
        // `lobbing the Celtic goalkeeper` asked about, `Celtic goalkeeper Rab Douglas` read: the one the
        // question describes by another role is its own subject, not what it asks for.
        if candidate.tokens.lowerBound > 0, case let previous = tokens[candidate.tokens.lowerBound - 1].stem,
            questionRoleStems.contains(previous), !nounStems.contains(previous)
        {
            return 0.5
        }
        guard !nounStems.isEmpty else { return 1 }
        if let role = candidate.role, IndexToken.tokens(in: role).contains(where: { nounStems.contains($0.stem) }) {
            return 1.6
        }
        let before = tokens[max(0, candidate.tokens.lowerBound - 3)..<candidate.tokens.lowerBound]
        let after = tokens[candidate.tokens.upperBound..<min(tokens.count, candidate.tokens.upperBound + 3)]
        if (before + after).contains(where: { nounStems.contains($0.stem) }) { return 1.6 }
        // A name ending in another kind of thing (`… Commission` for `which companies`) is less likely.
        if let last = tokens[candidate.tokens].last, candidate.tokens.count > 1, !nounStems.contains(last.stem),
            last.text.unicodeScalars.first?.properties.isUppercase == true,
            WordNetLexicon.answerType(forNoun: last.folded) != nil
        {
            return 0.7
        }
        return 1
    }

    /// Whether the sentence refers to something by `nounStem` with `the` before it (`the top civil
    /// servant`, two words between at most).
    func describes(_ nounStem: String) -> Bool {
        tokens.indices.contains { index in
            tokens[index].stem == nounStem && tokens[max(0, index - 3)..<index].contains { $0.folded == "the" }
        }
    }

    /// Whether the sentence speaks of a person by `he` or `she` only (`…," he added.`), so that the
    /// sentence before names them.
    var refersToSomeoneByPronoun: Bool {
        tokens.contains { $0.folded == "he" || $0.folded == "she" }
    }

    /// Whether the name's last word is in the title.
    func isNamed(_ candidate: Candidate, in title: [IndexToken]) -> Bool {
        guard let last = tokens[candidate.tokens].last?.folded else { return false }
        return title.contains { $0.folded == last }
    }
}
