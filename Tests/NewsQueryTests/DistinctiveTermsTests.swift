import Testing

@testable import NewsQuery

/// Whether a story holds a question's distinctive terms, on stories shaped like those that answered
/// questions the archive cannot answer; no SQLite.
struct DistinctiveTermsTests {
    /// IDFs by term label, as an archive of a few thousand stories gives them; others count 1.5.
    static func weights(_ query: SearchQuery, _ rarity: [String: Double]) -> [Double] {
        query.termGroups.map { rarity[$0.label.lowercased()] ?? 1.5 }
    }

    static let mayorQuestion = SearchQuery("who was elected mayor of Liverpool")
    static let mayorWeights = weights(mayorQuestion, ["mayor": 5.1, "liverpool": 3.8])

    @Test func aStoryWithTheCommonWordsOnlyDoesNotAnswer() {
        var terms = DistinctiveTerms(query: Self.mayorQuestion, termWeights: Self.mayorWeights)
        let story = "Lib Dems step up election campaign. Charles Kennedy visits Liverpool, Leeds and Bristol this week."
        #expect(!terms.isAnswering(terms.held(by: story)))
        #expect(terms.reason(bestHeld: terms.held(by: story)).contains("'mayor'"))
    }

    @Test func aStoryAboutWhatIsAskedAnswers() {
        var terms = DistinctiveTerms(query: Self.mayorQuestion, termWeights: Self.mayorWeights)
        let story = "New mayor for Liverpool. Joe Ward was elected mayor of the city on Thursday."
        #expect(terms.share(heldBy: story) == 1)
        #expect(terms.isAnswering(terms.held(by: story)))
    }

    @Test func aStoryWordingARareTermOtherwiseStillAnswers() {
        // The question says `sudden`, the story does not; it holds the rest, and the rest is most.
        let question = SearchQuery("whose sudden death from a heart attack put Tom Hale in charge of the burger chain")
        var terms = DistinctiveTerms(
            query: question,
            termWeights: Self.weights(
                question, ["sudden": 5.3, "burger": 5.0, "hale": 4.2, "tom": 3.1, "heart": 3.2, "death": 3.2]))
        let story = """
            Burger chain names new boss. Tom Hale takes charge of the burger chain after the death of Jim Cantor, \
            who had a heart attack at a convention in Florida.
            """
        #expect(terms.isAnswering(terms.held(by: story)))
    }

    @Test func theReasonNamesTheRarestMissingTermsAndTheShare() {
        let question = SearchQuery("which bank was fined for mis-selling mortgages")
        var terms = DistinctiveTerms(
            query: question, termWeights: Self.weights(question, ["mis-selling": 7.3, "mortgages": 4.2, "fined": 3.3]))
        let story = "Mortgage lenders fined. The regulator fined two lenders over their mortgages' small print."
        let reason = terms.reason(bestHeld: terms.held(by: story))
        #expect(reason.contains("'mis-selling'"))
        #expect(reason.contains("51%"))
        #expect(!reason.contains("\n"))
    }

    @Test func aQuestionWithoutTermsIsHeldByAnyStory() {
        var terms = DistinctiveTerms(query: SearchQuery("who"), termWeights: [])
        #expect(terms.isAnswering(terms.held(by: "Anything at all.")))
    }
}

extension AnswerExtractorTests {
    @Test func aPassageFromAStoryAboutSomethingElseAnswersNothing() {
        // The passage holds `Liverpool` and `election`; its story never says `mayor`.
        let sentence = "Charles Kennedy is stepping up election preparations as he visits Manchester and Liverpool."
        let story = "Lib Dems step up campaign. " + sentence + " He will speak on student fees."
        let question = SearchQuery("who was elected mayor of Liverpool")
        let weights = DistinctiveTermsTests.mayorWeights
        let passage = AnswerPassage(
            sentence: sentence, articleID: 3, title: "Lib Dems step up campaign",
            mentions: [Self.mention("Charles Kennedy", id: 1, kind: "person", in: sentence)])
        let outcome = AnswerExtractor(query: question, termWeights: weights, articleTexts: [3: story])
            .answers(from: [passage])
        #expect(outcome.answers.isEmpty)
        #expect(outcome.noAnswerReason?.contains("'mayor'") == true)

        let aboutIt = "Liverpool mayor race. " + sentence + " He backs the party's candidate for mayor."
        let answered = AnswerExtractor(query: question, termWeights: weights, articleTexts: [3: aboutIt])
            .answers(from: [passage])
        #expect(answered.answers.first?.name == "Charles Kennedy")
    }
}

extension AnswerExtractorTests {
    @Test func aRoleOpeningTheSentenceIsNoPartOfTheName() {
        let opening = "Goals from Paulo Silva and Tom Reid gave Rovers the win at City Park."
        let save = "City goalkeeper Mark Brennan let Reid's shot slip through his hands."
        let winner = "Striker Silva sealed the win, lobbing Brennan with eight minutes left."
        let names = Self.names(
            "which Rovers striker sealed the win by lobbing the City goalkeeper",
            [
                AnswerPassage(
                    sentence: winner, articleID: 1, title: "Rovers win",
                    mentions: [Self.mention("Brennan", as: "Mark Brennan", id: 1, kind: "person", in: winner)]),
                AnswerPassage(
                    sentence: save, articleID: 1, title: "Rovers win",
                    mentions: [Self.mention("Mark Brennan", id: 1, kind: "person", in: save)]),
                AnswerPassage(
                    sentence: opening, articleID: 1, title: "Rovers win",
                    mentions: [
                        Self.mention("Paulo Silva", id: 2, kind: "person", in: opening),
                        Self.mention("Tom Reid", id: 3, kind: "person", in: opening),
                    ]),
            ])
        #expect(names.first == "Paulo Silva")
        #expect(!names.contains("Striker Silva"))
    }

    @Test func whoTheQuestionDescribesByAnotherRoleIsNotTheAnswer() {
        let sentence = "Striker Silva lobbed City goalkeeper Mark Brennan to seal the win."
        let names = Self.names(
            "which striker lobbed the City goalkeeper",
            [
                AnswerPassage(
                    sentence: sentence, articleID: 1, title: "Rovers win",
                    mentions: [
                        Self.mention("Silva", as: "Paulo Silva", id: 2, kind: "person", in: sentence),
                        Self.mention("Mark Brennan", id: 1, kind: "person", in: sentence),
                    ])
            ])
        #expect(names.first == "Paulo Silva")
    }
}

/// Whether a story names the peoples a question names by their adjective; no SQLite.
struct QuestionDemonymsTests {
    @Test func aStoryOnAnotherPeoplesRunnerDoesNotHoldTheDemonym() {
        let demonyms = QuestionDemonyms(query: SearchQuery("which Kenyan runner won the Boston Marathon"))
        #expect(demonyms.names == ["Kenyan"])
        #expect(!demonyms.areHeld(by: "Ethiopian Tiki Gelana has won the Boston, Paris and Tokyo marathons."))
        #expect(demonyms.areHeld(by: "Kenya's Robert Kipchumba won in Boston for the second time."))
    }

    @Test func aCountryNotBuiltLikeItsDemonymCounts() {
        let demonyms = QuestionDemonyms(query: SearchQuery("which French club signed the striker"))
        #expect(demonyms.areHeld(by: "The striker joined Lens, the club in northern France, on Monday."))
        #expect(!demonyms.areHeld(by: "The striker joined Lens on Monday."))
    }

    @Test func aDemonymInsideAWordIsNotHeld() {
        let demonyms = QuestionDemonyms(query: SearchQuery("which Australian airline ordered new jets"))
        #expect(!demonyms.areHeld(by: "The freight firm UPS ordered ten jets, its spokesman said in NonAustral terms."))
    }

    @Test func aStoryOnAnotherPeopleAnswersNothingAndSaysWhy() {
        let sentence = "Tiki Gelana has won the Boston, Paris and Tokyo marathons."
        let outcome = AnswerExtractor(
            query: SearchQuery("which Kenyan runner won the Boston Marathon"), termWeights: [],
            articleTexts: [4: "Gelana to run in Glasgow. Ethiopian " + sentence]
        ).answers(from: [
            AnswerPassage(
                sentence: sentence, articleID: 4, title: "Gelana to run in Glasgow",
                mentions: [AnswerExtractorTests.mention("Tiki Gelana", id: 1, kind: "person", in: sentence)])
        ])
        #expect(outcome.answers.isEmpty)
        #expect(outcome.noAnswerReason?.contains("'Kenyan'") == true)
    }
}
