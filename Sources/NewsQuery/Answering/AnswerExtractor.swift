import Foundation

/// Reads the answers to a question out of the passages a search ranked, as a reader would: in the
/// passages that hold enough of the question, from articles that name what the question names, the
/// names of the asked-for kind that stand closest to the question's terms, that did what the question
/// asks (or, for a passive question, underwent it), whose role is the question's noun, and that the
/// question does not name itself.
///
/// A candidate's score in one passage is the product of
/// - the passage's weight: the share of the question's terms (weighted by rarity) it holds, in the
///   sentence or, for half, in its article's title, and its place in the ranking;
/// - its kind: the one asked for, an organisation for `who` (weaker), or a name the archive holds no
///   actor for (weaker still);
/// - its distance in words from the question's terms in the sentence;
/// - its grammatical part: the agent of the asked verb (`X criticised`, `criticised by X`, `X, who
///   criticised`), or for a passive question its object (`fined X`, `X was fined`);
/// - its role: the question's noun as its role or next to it (`which regulator` → `the regulator Icstis`).
/// Its answer score is its best passage's score plus a little of the others', so that being named often
/// does not outweigh being named in the right place.
///
/// It answers nothing, and says why, when no article holds the question's names and numbers (its
/// anchors), when the best passage holds too little of the question's weight, or when the stories
/// whose passages would answer do not hold its distinctive terms (`DistinctiveTerms`: given the
/// articles' texts, a passage's story must hold most of the question's weight by rarity).
public struct AnswerExtractor: Sendable {
    public let query: SearchQuery
    /// How rare each of the query's term groups is (an IDF), by index into `query.termGroups`.
    public let termWeights: [Double]
    private let articleTexts: [Int: String]?

    /// Passages read at most, in ranking order, among those that qualify.
    static let passageLimit = 40
    /// The share of the question's term weight (by rarity) that the best passage must hold for the
    /// question to be answered at all, terms in the sentences around it counting `contextShare`.
    static let answerableCoverage: Double = 0.45
    /// What a term counts for when it stands only in the sentences around a passage.
    static let contextShare: Double = 1.0 / 3
    /// How well an organisation answers a bare `who` (a company can warn, a club can sign).
    static let organizationForWho: Double = 0.6
    /// How well a name the archive holds no actor for answers a place question.
    static let unknownNameForPlace: Double = 0.15
    /// What an actor who opposes what the question names counts for when the question asks no stance.
    static let unaskedOpposition: Double = 0.5
    /// How well a place of another size answers a question whose noun gives one (`South Korea` for
    /// `which Indian city`).
    static let otherPlaceScale: Double = 0.1
    /// Answers scoring below this share of the best one are left out: weaker ones are noise.
    static let weakestShare: Double = 0.05
    /// The share of the best passage's coverage another passage needs for its names to count.
    static let relativeCoverage: Double = 0.3

    /// Makes an extractor; `termWeights` holds one weight per term group (missing ones count 1).
    /// `articleTexts`, by article id, are the whole texts (title included) of the passages' articles,
    /// where the question's anchors are looked for; without them, only the passages given and their
    /// titles are.
    public init(query: SearchQuery, termWeights: [Double], articleTexts: [Int: String]? = nil) {
        self.query = query
        self.termWeights = query.termGroups.indices.map { $0 < termWeights.count ? termWeights[$0] : 1 }
        self.articleTexts = articleTexts
        self.anchors = Self.anchors(of: query)
    }

    // MARK: - Anchors

    /// The names and numbers the question gives, one word each: capitalised words after its first
    /// word and words with digits, other than question and stop words, demonyms and the answer noun.
    /// An answer's article must hold them (all, or all but one of three or more): a story about
    /// something else shares only the question's common words.
    public let anchors: [TermAlternative]

    private static func anchors(of query: SearchQuery) -> [TermAlternative] {
        let tokens = IndexToken.tokens(in: query.text)
        var seen: Set<String> = []
        var anchors: [TermAlternative] = []
        for (index, token) in tokens.enumerated() {
            let isCapitalised = index > 0 && token.text.unicodeScalars.first?.properties.isUppercase == true
            let hasDigit = token.text.unicodeScalars.contains { $0.properties.numericType != nil }
            guard isCapitalised || hasDigit, !StopWords.contains(token.folded), token.folded != query.answerNoun,
                !(isCapitalised && Self.isDemonym(token.folded)), seen.insert(token.stem).inserted
            else { continue }
            anchors.append(TermAlternative(tokens: [token], isPrefix: false))
        }
        return anchors
    }

    /// The anchors as the question writes them.
    var anchorNames: [String] {
        let stems = Set(anchors.flatMap(\.stems))
        var seen: Set<String> = []
        return IndexToken.tokens(in: query.text).filter { stems.contains($0.stem) && seen.insert($0.stem).inserted }
            .map(\.text)
    }

    /// How many anchors an article may lack: one of three or more (a question may spell a name as its
    /// article does not), else none.
    static func allowedMissingAnchors(of count: Int) -> Int { count >= 3 ? 1 : 0 }

    /// Whether a capitalised word names a people or its language rather than a place (`Chinese`,
    /// `Peruvian`, `Icelandic`, `Dutch`): an article writes `China` as often as `Chinese`.
    static func isDemonym(_ folded: String) -> Bool {
        irregularDemonyms.contains(folded)
            || ["ian", "an", "ese", "ish", "ic", "i"].contains { folded.count > $0.count + 2 && folded.hasSuffix($0) }
    }

    /// Whether a demonym ends as names seldom do (`-ese`, `-ish`) or is one of the irregular ones.
    static func isUnmistakableDemonym(_ folded: String) -> Bool {
        irregularDemonyms.contains(folded) || ["ese", "ish"].contains { folded.count > $0.count + 2 && folded.hasSuffix($0) }
    }

    private static let irregularDemonyms: Set<String> = [
        "dutch", "french", "swiss", "greek", "thai", "welsh", "scots", "british", "irish", "english", "czech",
    ]

    // MARK: - Answers

    /// A passage that qualified: its reading and how much of the question it holds.
    private struct QualifiedPassage {
        var index: Int
        var reading: PassageReading
        /// The article title's tokens when it holds one of the question's terms (a headline about what
        /// is asked names who did it), else empty.
        var title: [IndexToken]
        /// Token indices of each required group found in the sentence.
        var found: [Int: [Int]]
        /// The share of the question's weight in the sentence (and its title): what ranks it.
        var coverage: Double
        /// `coverage` with the terms of the sentences around counted too: what says it may answer.
        var supportedCoverage: Double
    }

    /// The answers in `passages` (ranked best first), or why there are none.
    public func answers(from passages: [AnswerPassage]) -> AnswerOutcome {
        guard let type = query.answerType else { return AnswerOutcome(answers: [], noAnswerReason: nil) }
        let anchorsHeld = anchorsHeld(in: passages)
        var stories = StoryCheck(
            terms: DistinctiveTerms(query: query, termWeights: termWeights), demonyms: QuestionDemonyms(query: query))
        let qualified = qualifiedPassages(passages, anchorsHeld: anchorsHeld, stories: &stories)
        let bestSupported = qualified.map(\.supportedCoverage).max() ?? 0
        guard bestSupported >= Self.answerableCoverage else {
            // Passages that held enough of the question, but in stories about something else.
            if let closest = stories.closestLeftOut {
                return AnswerOutcome(answers: [], noAnswerReason: stories.terms.reason(bestHeld: closest))
            }
            if stories.lacksDemonyms, qualified.isEmpty {
                let names = stories.demonyms.names.map { "'\($0)'" }.joined(separator: ", ")
                return AnswerOutcome(
                    answers: [], noAnswerReason: "No story holding the question's terms says \(names) or names the country.")
            }
            return AnswerOutcome(answers: [], noAnswerReason: noPassageReason(anchorsHeld: anchorsHeld, best: bestSupported))
        }
        let best = qualified.map(\.coverage).max() ?? 0
        let questionTokens = IndexToken.tokens(in: query.text)
        let questionWords = Set(questionTokens.map(\.stem))
        let questionDemonyms = questionTokens.map(\.folded).filter(Self.isDemonym)
        let questionNames = Set(anchors.flatMap(\.stems))
        let verbGroup = query.askedVerb.flatMap { verb in
            query.termGroups.first { group in group.label.lowercased() == verb }
        }
        let nounStem = query.answerNoun.map { PorterStemmer.stem($0) }
        // `who chairs …` is answered by the chairman: the office the verb describes is a role to look for.
        let officeStems = query.asksForPatient ? [] : query.askedVerb.map(OfficeNouns.stems(forVerb:)) ?? []
        let roleStems = officeStems.union(nounStem.map { [$0] } ?? [])
        // The roles the question gives others (`the Celtic goalkeeper` in `which striker … lobbing the
        // Celtic goalkeeper`): lowercase nouns for people, other than the one it asks for. A question
        // without a noun of its own gives the answer's role with them (`who is Mitsubishi's chief executive`).
        let questionRoleStems = query.answerNoun == nil ? [] : Set(
            questionTokens.filter { token in
                token.text.unicodeScalars.first?.properties.isLowercase == true && !StopWords.contains(token.folded)
                    && WordNetLexicon.answerType(forNoun: token.folded) == .person
            }.map(\.stem)
        ).subtracting(roleStems)
        let asksForSpeaker = query.askedVerb.map { PassageReading.speechVerbStems.contains(PorterStemmer.stem($0)) } ?? false
        let detector = StanceDetector()
        // A question that asks a stance (`backed`, `ruled out`) drops who took the other one; one that
        // asks none only weighs those against what it names less (in `who called the projects
        // illegal`, `without approval` says little against the speaker).
        let askedStance = detector.stance(askedBy: query.termGroups)

        let knownNameWords = Set(
            passages.flatMap { $0.mentions.compactMap { IndexToken.tokens(in: $0.name).last?.folded } })
        var tally = CandidateTally()
        let read = qualified.filter { $0.coverage >= best * Self.relativeCoverage }.prefix(Self.passageLimit)
        let neighbours = adjacentPassages(passages)
        for (rank, qualifiedPassage) in read.enumerated() {
            let passage = passages[qualifiedPassage.index]
            let reading = qualifiedPassage.reading
            let passageWeight = qualifiedPassage.coverage * qualifiedPassage.coverage / (1 + 0.05 * Double(rank))
            let termPositions = qualifiedPassage.found.values.flatMap { $0 }
            let verbPositions = verbGroup.map { reading.verbPositions(of: $0) } ?? []
            var namesTheKind = false
            for candidate in reading.candidates(
                mentions: passage.mentions, questionWords: questionWords, questionDemonyms: questionDemonyms,
                knownNameWords: knownNameWords, questionNames: questionNames)
            {
                let kindFit = fit(of: candidate, to: type)
                guard kindFit > 0 else { continue }
                var stanceFit = 1.0
                if let range = candidate.scalarRange, candidate.actorID != nil {
                    let finding = detector.stance(ofActorAt: range, in: passage.sentence, toward: query.termGroups)
                    if finding.stance != .neutral, finding.stance != askedStance ?? .supports {
                        guard askedStance == nil else { continue }
                        stanceFit = Self.unaskedOpposition
                    }
                }
                namesTheKind = namesTheKind || candidate.kind == type.rawValue
                let part = reading.grammaticalFit(
                    of: candidate.tokens, verbAt: verbPositions, asksForPatient: query.asksForPatient,
                    asksForSpeaker: asksForSpeaker, preposition: query.askedPreposition)
                // Nearness to the question's words stands in for a grammatical link the passage lacks.
                let distance = part > 1 ? 0 : reading.distance(from: candidate.tokens, to: termPositions)
                let proximity = distance.map { 1 / (1 + Double($0) / 6) } ?? 0.4
                let role = reading.roleFit(of: candidate, nounStems: roleStems, questionRoleStems: questionRoleStems)
                let inHeadline = reading.isNamed(candidate, in: qualifiedPassage.title) ? 1.25 : 1
                let score = passageWeight * kindFit * proximity * part * role * inHeadline * stanceFit
                tally.add(candidate, score: score, passage: qualifiedPassage.index)
            }
            // `The top civil servant … has been knighted.` names no one but describes the answer by the
            // question's noun: who it is, the sentence before or after says (`Sir John Gieve was Home
            // Office permanent secretary …`). `"… we will go before the Court of Arbitration for
            // Sport," he added.` names no one but a pronoun: the sentence before says who (`Wada
            // chairman Dick Pound said: …`).
            guard !namesTheKind else { continue }
            let others: [Int]
            if let nounStem, reading.describes(nounStem) {
                others = neighbours[qualifiedPassage.index]?.map(\.index) ?? []
            } else if type == .person, reading.refersToSomeoneByPronoun {
                others = neighbours[qualifiedPassage.index]?.filter(\.isBefore).map(\.index) ?? []
            } else {
                continue
            }
            for neighbour in others {
                let other = passages[neighbour]
                let otherReading = PassageReading(other.sentence)
                for candidate in otherReading.candidates(
                    mentions: other.mentions, questionWords: questionWords, questionDemonyms: questionDemonyms,
                    knownNameWords: knownNameWords, questionNames: questionNames)
                where candidate.kind == type.rawValue {
                    let role = otherReading.roleFit(of: candidate, nounStems: roleStems)
                    tally.add(candidate, score: passageWeight * Self.neighbourShare * role, passage: neighbour)
                }
            }
        }
        var answers = tally.answers(askedKind: type.rawValue)
        if let top = answers.first?.score {
            answers.removeAll { $0.score < top * Self.weakestShare }
        }
        return AnswerOutcome(
            answers: answers,
            noAnswerReason: answers.isEmpty
                ? "No \(type.rawValue) is named in the passages that hold the question's terms." : nil)
    }

    /// The passages whose article holds the question's anchors and whose sentence holds one of its
    /// terms, in ranking order, each with the share of the question's weight it holds.
    private func qualifiedPassages(_ passages: [AnswerPassage], anchorsHeld: [Int: Int], stories: inout StoryCheck)
        -> [QualifiedPassage]
    {
        let required = query.termGroups.indices.filter { !query.termGroups[$0].isOptional }
        let totalWeight = required.reduce(0) { $0 + termWeights[$1] }
        let anchorCount = anchors.count
        let numbers = anchors.filter { $0.text.unicodeScalars.contains { $0.properties.numericType != nil } }
        var numberMatcher = TermMatcher(groups: numbers.map { TermGroup(label: $0.text, alternatives: [$0]) })
        var qualified: [QualifiedPassage] = []
        for (index, passage) in passages.enumerated() {
            if anchorCount > 0,
                anchorCount - (anchorsHeld[passage.articleID] ?? 0) > Self.allowedMissingAnchors(of: anchorCount)
            {
                continue
            }
            if let text = articleTexts?[passage.articleID],
                !stories.holdsDemonyms(articleID: passage.articleID, text: text)
            {
                continue
            }
            // A number (a year, a sum) must stand near the passage or in the article's opening (what
            // the story is about): an article about 2005 that mentions 2010 in passing is not about 2010.
            if !numbers.isEmpty,
                numberMatcher.foundGroupCount(in: neighbourhood(of: passage) + "\n" + opening(of: passage)) < numbers.count
            {
                continue
            }
            let reading = PassageReading(passage.sentence)
            let title = IndexToken.tokens(in: passage.title)
            var found: [Int: [Int]] = [:]
            var held = 0.0
            var heldAround = 0.0
            var titleHoldsATerm = false
            // The sentences around the passage, tokenised only if a term is missing from it and its title.
            var context: [IndexToken]?
            for group in required {
                let positions = reading.positions(of: query.termGroups[group])
                if !positions.isEmpty {
                    found[group] = positions
                    held += termWeights[group]
                }
                if query.termGroups[group].isFound(in: title) {
                    titleHoldsATerm = true
                    if found[group] == nil { held += termWeights[group] / 2 }
                } else if found[group] == nil {
                    // A term in the sentences around counts a third: a story spreads what is asked over
                    // two or three sentences (the company in one, who took over in the next).
                    if context == nil { context = IndexToken.tokens(in: neighbourhood(of: passage)) }
                    if query.termGroups[group].isFound(in: context ?? []) { heldAround += termWeights[group] * Self.contextShare }
                }
            }
            guard !found.isEmpty else { continue }
            let coverage = totalWeight > 0 ? held / totalWeight : 1
            let supportedCoverage = totalWeight > 0 ? (held + heldAround) / totalWeight : 1
            // The story must hold the question's distinctive terms, not only the sentence its common ones.
            if let text = articleTexts?[passage.articleID],
                !stories.answers(articleID: passage.articleID, text: text, leftOutIf: supportedCoverage >= Self.answerableCoverage)
            {
                continue
            }
            qualified.append(
                QualifiedPassage(
                    index: index, reading: reading, title: titleHoldsATerm ? title : [], found: found, coverage: coverage,
                    supportedCoverage: supportedCoverage))
        }
        return qualified
    }

    /// How many anchors each article of `passages` holds: in its whole text when the caller gave it,
    /// else in the passages and titles given.
    private func anchorsHeld(in passages: [AnswerPassage]) -> [Int: Int] {
        guard !anchors.isEmpty else { return [:] }
        var matcher = TermMatcher(groups: anchors.map { TermGroup(label: $0.text, alternatives: [$0]) })
        if let articleTexts { return articleTexts.mapValues { matcher.foundGroupCount(in: $0) } }
        var texts: [Int: String] = [:]
        for passage in passages {
            texts[passage.articleID, default: passage.title] += " " + passage.sentence
        }
        return texts.mapValues { matcher.foundGroupCount(in: $0) }
    }

    /// The passage's sentence with the text around it in its article (a few sentences either side),
    /// or the sentence alone when the article's text is not known.
    private func neighbourhood(of passage: AnswerPassage) -> String {
        guard let text = articleTexts?[passage.articleID], let range = Self.range(of: passage.sentence, in: text) else {
            return passage.sentence
        }
        let start = text.index(range.lowerBound, offsetBy: -Self.neighbourhoodWidth, limitedBy: text.startIndex)
        let end = text.index(range.upperBound, offsetBy: Self.neighbourhoodWidth, limitedBy: text.endIndex)
        return String(text[(start ?? text.startIndex)..<(end ?? text.endIndex)])
    }

    /// Where `sentence` first occurs in `text`, byte for byte: both come from the archive's text, in one
    /// normal form. Foundation's `range(of:)` converted the text to UTF-16 at every call, which took a
    /// seventh of a question's search.
    static func range(of sentence: String, in text: String) -> Range<String.Index>? {
        let needle = Array(sentence.utf8)
        guard let first = needle.first else { return nil }
        let found: Int?? = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard bytes.count >= needle.count else { return nil }
            var start = 0
            while start <= bytes.count - needle.count {
                guard let candidate = bytes[start...(bytes.count - needle.count)].firstIndex(of: first) else { return nil }
                if needle.indices.allSatisfy({ bytes[candidate + $0] == needle[$0] }) { return candidate }
                start = candidate + 1
            }
            return nil
        }
        guard let offset = found ?? text.range(of: sentence).map({ text.utf8.distance(from: text.startIndex, to: $0.lowerBound) })
        else { return nil }
        let lower = text.utf8.index(text.startIndex, offsetBy: offset)
        return lower..<text.utf8.index(lower, offsetBy: needle.count)
    }

    /// The start of the passage's article (its title and lead), `neighbourhoodWidth` characters; the
    /// passage's title alone when the article's text is not known.
    private func opening(of passage: AnswerPassage) -> String {
        guard let text = articleTexts?[passage.articleID] else { return passage.title }
        return String(text.prefix(Self.neighbourhoodWidth))
    }

    /// Characters either side of a passage that `neighbourhood(of:)` takes in.
    static let neighbourhoodWidth = 300

    /// For each passage, the passages that are the sentence just before or just after it in its
    /// article (`isBefore` for the one before); empty without the articles' texts.
    private func adjacentPassages(_ passages: [AnswerPassage]) -> [Int: [(index: Int, isBefore: Bool)]] {
        guard let articleTexts else { return [:] }
        var placed: [Int: [(index: Int, range: Range<String.Index>)]] = [:]
        for (index, passage) in passages.enumerated() {
            guard let text = articleTexts[passage.articleID], let range = Self.range(of: passage.sentence, in: text) else { continue }
            placed[passage.articleID, default: []].append((index, range))
        }
        var adjacent: [Int: [(index: Int, isBefore: Bool)]] = [:]
        for (articleID, sentences) in placed {
            guard let text = articleTexts[articleID] else { continue }
            for first in sentences {
                for second in sentences where first.range.upperBound <= second.range.lowerBound {
                    guard text[first.range.upperBound..<second.range.lowerBound].allSatisfy(\.isWhitespace) else { continue }
                    adjacent[first.index, default: []].append((second.index, false))
                    adjacent[second.index, default: []].append((first.index, true))
                }
            }
        }
        return adjacent
    }

    /// What a name in the sentence next to a passage that names no one of the asked kind counts for,
    /// as a share of that passage's weight.
    static let neighbourShare: Double = 0.5

    /// Which stories hold a question's distinctive terms, each read once, and the closest of those that
    /// do not, among the ones whose passages would otherwise answer.
    struct StoryCheck {
        var terms: DistinctiveTerms
        let demonyms: QuestionDemonyms
        /// What each story read holds, by article id.
        private var heldByArticle: [Int: [Bool]] = [:]
        /// Whether each story read holds the question's demonyms, by article id.
        private var demonymsByArticle: [Int: Bool] = [:]
        /// Whether a story that held the question's names lacked one of its demonyms.
        private(set) var lacksDemonyms = false
        /// The groups held by the story left out that holds the most of the question's weight.
        private(set) var closestLeftOut: [Bool]?

        init(terms: DistinctiveTerms, demonyms: QuestionDemonyms) {
            self.terms = terms
            self.demonyms = demonyms
        }

        /// Whether the story `articleID`, whose title and text are `text`, names the peoples the
        /// question names (`Kenyan`: `Kenya` or `Kenyan`).
        mutating func holdsDemonyms(articleID: Int, text: String) -> Bool {
            let held = demonymsByArticle[articleID] ?? demonyms.areHeld(by: text)
            demonymsByArticle[articleID] = held
            if !held { lacksDemonyms = true }
            return held
        }

        /// Whether the story `articleID`, whose title and text are `text`, holds enough of the
        /// question; when it does not and `leftOutIf` is true, it may be the closest story left out.
        mutating func answers(articleID: Int, text: String, leftOutIf counts: Bool) -> Bool {
            let held = heldByArticle[articleID] ?? terms.held(by: text)
            heldByArticle[articleID] = held
            if terms.isAnswering(held) { return true }
            if counts, closestLeftOut.map({ terms.share(of: held) > terms.share(of: $0) }) ?? true { closestLeftOut = held }
            return false
        }
    }

    /// Why no passage qualified, in one line.
    private func noPassageReason(anchorsHeld: [Int: Int], best: Double) -> String {
        let allowed = Self.allowedMissingAnchors(of: anchors.count)
        if !anchors.isEmpty, anchorsHeld.values.allSatisfy({ anchors.count - $0 > allowed }) {
            return "No matching article names \(anchorNames.joined(separator: ", ")) together."
        }
        let rarest = query.termGroups.indices.filter { !query.termGroups[$0].isOptional }
            .sorted { termWeights[$0] > termWeights[$1] }.prefix(2).map { "'\(query.termGroups[$0].label)'" }
        return "No passage holds enough of the question (at best \(Int(best * 100))% of its weight; its rarest terms: "
            + "\(rarest.joined(separator: ", ")))."
    }

    /// How well a candidate's kind fits the asked type: 1 for the asked kind; an organisation for a bare
    /// `who` (a company can warn, a club can sign); a name without an actor less; another kind, for a
    /// question with a noun, less still; else 0.
    private func fit(of candidate: Candidate, to type: AnswerType) -> Double {
        // The gazetteer types places well: a name the archive holds no actor for is seldom one.
        guard let kind = candidate.kind else { return type == .place ? Self.unknownNameForPlace : 0.45 }
        if kind == type.rawValue {
            // `which town` is not answered by a country, nor `which country` by a town.
            if type == .place, let asked = query.askedPlaceScale, let scale = candidate.placeScale, scale != asked {
                return Self.otherPlaceScale
            }
            return 1
        }
        switch (type, kind) {
        case (.person, "organization"):
            return query.answerNoun == nil || query.isAnswerTypeGuessed ? Self.organizationForWho : 0.3
        // `which company`, `which bank`: a company is never a person (a name the archive reads as a
        // person's is more likely someone the story quotes); a `publisher` or a `regulator` may be.
        case (.organization, "person") where query.answerNoun.map(AnswerType.isOrganizationOnly) == true: return 0
        // A noun's dominant sense is a guess (`regulator`: a person or a body), and so is an actor's
        // kind (a club named after its town is often read as the town).
        case (.organization, _): return 0.3
        case (.place, "organization"): return 0.2  // a library, a stadium
        default: return 0
        }
    }
}
