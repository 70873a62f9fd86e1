import Testing

@testable import NewsQuery

struct SearchQueryTests {
    /// The groups of the owner's issue, so expectations do not move when the default groups are edited.
    static let issueSynonyms = SynonymTable(groups: [
        ["back", "endorse", "support", "champion"],
        ["oppose", "reject", "rule out"],
        ["leader", "president", "prime minister", "chancellor"],
    ])

    @Test func readsTheIssueExample() {
        let query = SearchQuery("Which leaders backed a European-led force?", synonyms: Self.issueSynonyms)
        #expect(query.answerType == .person)
        #expect(
            query.matchExpression == #"("back" OR "endorse" OR "support" OR "champion") AND "european led" AND "force""#
        )
        #expect(
            query.explanation
                == #"answer: person · terms: (back OR endorse OR support OR champion) AND "european led" AND force · optional: (leader OR president OR "prime minister" OR chancellor)"#
        )
        #expect(query.termGroups.map(\.label) == ["leaders", "backed", "European-led", "force"])
        #expect(query.termGroups.map(\.isOptional) == [true, false, false, false])
    }

    @Test func alternativesNoSectionHoldsAreLeftOutOfTheExpressions() throws {
        let query = SearchQuery("Which leaders backed a European-led force?", synonyms: Self.issueSynonyms)
        let strict = try #require(query.sectionMatch(leavingOut: { $0.text == "endorse" }))
        #expect(strict.expression == #"("back" OR "support" OR "champion") AND "european led" AND "force""#)
        #expect(strict.phrases.map(\.text) == ["back", "support", "champion", "european led", "force"])
        // A required term none of whose forms any section holds: no section can match.
        #expect(query.sectionMatch(leavingOut: { $0.text == "european led" }) == nil)
        let relaxed = try #require(query.relaxedSectionMatch(leavingOut: { $0.stems.count > 1 }))
        #expect(
            relaxed.expression
                == #""leader" OR "president" OR "chancellor" OR "back" OR "endorse" OR "support" OR "champion" OR "force""#)
        #expect(query.relaxedSectionMatch(leavingOut: { _ in true }) == nil)
        #expect(query.sectionMatch(leavingOut: { _ in false })?.expression == query.sectionExpression)
    }

    @Test func answerNounBoostsButIsNotRequired() throws {
        let query = SearchQuery("which leaders backed the plan", synonyms: Self.issueSynonyms)
        let relaxed = try #require(query.relaxedExpression)
        #expect(!(query.matchExpression ?? "").contains("leader"))
        #expect(relaxed.contains(#""leader" OR "president" OR "prime minister""#))
        #expect(query.requiredTermGroups.map(\.label) == ["backed", "plan"])
    }

    @Test func answerNounAloneIsSearchedFor() {
        let query = SearchQuery("Which leaders?")
        #expect(query.answerType == .person)
        #expect(query.matchExpression == #""leaders""#)
        #expect(query.termGroups.allSatisfy { !$0.isOptional })
    }

    @Test(arguments: [
        ("who backed the force", AnswerType.person),
        ("Whose troops crossed", .person),
        ("which European leaders backed it", .person),
        ("what officials met in Washington", .person),
        ("which of the ministers resigned", .person),
        ("Which countries sent troops", .place),
        ("where did the chiefs of defence meet", .place),
        ("how many cities were hit", .place),
        ("what organisations oppose sanctions", .organization),
        ("which companies supply air defence", .organization),
        ("which parties backed the bill", .organization),
    ])
    func readsTheAnswerType(_ text: String, _ expected: AnswerType) {
        #expect(SearchQuery(text).answerType == expected)
    }

    @Test(arguments: ["what happened in Kyiv", "what did the president say", "troops in Ukraine", "WHO warned"])
    func asksForNoAnswerType(_ text: String) {
        #expect(SearchQuery(text).answerType == nil)
    }

    @Test func matchesSynonymGroupsByStem() {
        for word in ["back", "backed", "backing", "backs"] {
            let query = SearchQuery(word, synonyms: Self.issueSynonyms)
            #expect(query.matchExpression == #"("back" OR "endorse" OR "support" OR "champion")"#, "\(word)")
        }
    }

    @Test func readsMultiWordSynonymsFromPlainWords() {
        let query = SearchQuery("who ruled out troops", synonyms: Self.issueSynonyms)
        // The member written first, then the other members (synonyms).
        #expect(query.matchExpression == #"("rule out" OR "oppose" OR "reject") AND "troops""#)
        #expect(query.termGroups.first?.label == "ruled out")
    }

    @Test func quotedPhrasesAreExactAndNotExpanded() {
        let query = SearchQuery(#""backed the plan" "back""#, synonyms: Self.issueSynonyms)
        #expect(query.matchExpression == #""backed the plan" AND "back""#)
    }

    @Test(arguments: [
        ("European-led", #""european led""#), ("long-term", #""long term""#),
        ("command-and-control", #""command and control""#), ("U.S.", #""u s""#), ("O'Brien", #""o brien""#),
    ])
    func compoundsBecomePhrases(_ text: String, _ expected: String) {
        #expect(SearchQuery(text).matchExpression == expected)
    }

    @Test func stripsPossessivesAndPunctuation() {
        #expect(SearchQuery("Germany’s troops?!").matchExpression == #""germany" AND "troops""#)
        #expect(SearchQuery("the Lion's share.").matchExpression == #""lion" AND "share""#)
    }

    @Test func dropsStopAndQuestionWords() {
        #expect(SearchQuery("what did the president say about the war").matchExpression == #""president" AND "war""#)
    }

    @Test func keepsAcronymsInAMixedCaseQuery() {
        #expect(SearchQuery("WHO warned US").matchExpression == #""who" AND "warned" AND "us""#)
        #expect(SearchQuery("who warned us").matchExpression == #""warned""#)
        #expect(SearchQuery("WHO WARNED US").matchExpression == #""warned""#)
    }

    @Test func keepsUnicodeLettersAndDigitsAndDropsEmoji() {
        #expect(SearchQuery("Зеленський 2025 😀 ✈️ #").matchExpression == #""зеленський" AND "2025""#)
    }

    @Test func stemsPrefixesBeforeTheStar() {
        #expect(SearchQuery("negotiat*").matchExpression == #""negoti" *"#)
        #expect(SearchQuery(#""peace ne"*"#).matchExpression == #""peace ne" *"#)
        #expect(SearchQuery("negotiat*").explanation == "terms: negoti*")
    }

    @Test func excludesWithMinusAndNot() {
        let query = SearchQuery(#"troops -Russia -"ground troops""#)
        #expect(query.matchExpression == #""troops" NOT ("russia" OR "ground troops")"#)
        #expect(query.relaxedExpression == #""troops" NOT ("russia" OR "ground troops")"#)
        #expect(SearchQuery("troops NOT Russia").matchExpression == #""troops" NOT "russia""#)
        #expect(SearchQuery("troops force -NATO").matchExpression == #"("troops" AND "force") NOT "nato""#)
    }

    @Test func exclusionsAloneGiveNoExpression() {
        let query = SearchQuery("-Russia NOT Moscow")
        #expect(query.matchExpression == nil)
        #expect(query.relaxedExpression == nil)
        #expect(query.explanation == "terms: none (exclusions alone cannot be searched) · excluding: russia, moscow")
    }

    @Test func uppercaseOrJoinsNeighbours() {
        #expect(SearchQuery("Macron OR Starmer troops").matchExpression == #"("macron" OR "starmer") AND "troops""#)
        #expect(SearchQuery("Macron OR Starmer OR Merz").matchExpression == #"("macron" OR "starmer" OR "merz")"#)
        #expect(SearchQuery("Macron or Starmer").matchExpression == #""macron" AND "starmer""#)
        #expect(SearchQuery("OR Macron OR").matchExpression == #""macron""#)
    }

    @Test func relaxedExpressionIsAnyAlternative() {
        let query = SearchQuery("which leaders backed troops -Russia", synonyms: Self.issueSynonyms)
        #expect(
            query.relaxedExpression
                == #"("leader" OR "president" OR "prime minister" OR "chancellor" OR "back" OR "endorse" OR "support" OR "champion" OR "troops") NOT "russia""#
        )
    }

    @Test func readsFieldFilters() {
        let query = SearchQuery(#"title:Ukraine headline:"peace deal" actor:"Emmanuel Macron" actor:Merz's guarantees"#)
        #expect(query.titleExpression == #""ukraine""#)
        #expect(query.headlineExpression == #"headline : ("peace deal")"#)
        #expect(query.actorNames == ["Emmanuel Macron", "Merz"])
        #expect(query.matchExpression == #""guarantees""#)
        #expect(
            query.explanation
                == #"terms: guarantees · headline: "peace deal" · title: ukraine · actor: Emmanuel Macron, Merz"#)
    }

    @Test func fieldValueMayFollowAfterASpace() {
        #expect(SearchQuery("title: ukraine troops").titleExpression == #""ukraine""#)
        #expect(SearchQuery("TITLE:war title:peace").titleExpression == #""war" AND "peace""#)
        #expect(SearchQuery("headline:negotiat*").headlineExpression == #"headline : ("negoti" *)"#)
        let negated = SearchQuery("NOT title:war troops")
        #expect(negated.titleExpression == #""war""#)
        #expect(negated.matchExpression == #""troops""#, "a NOT before a filter does not carry over")
    }

    @Test func emptyFieldFilterIsIgnored() {
        let query = SearchQuery("title:")
        #expect(query.titleExpression == nil)
        #expect(query.matchExpression == nil)
        #expect(query.explanation == "nothing to search for: no words besides stop words, operators and punctuation")
    }

    @Test func repeatedTermsCountOnce() {
        #expect(SearchQuery("troops Troops troops").termGroups.count == 1)
    }

    @Test func termGroupsGiveStemsToCountAndHighlight() throws {
        let query = SearchQuery("European-led negotiat*")
        let groups = query.termGroups
        #expect(groups.map { $0.alternatives.map(\.stems) } == [[["european", "led"]], [["negoti"]]])
        #expect(groups.map { $0.alternatives.map(\.isPrefix) } == [[false], [true]])
        let sentence = "A European-led force would oversee the negotiations."
        let tokens = IndexToken.tokens(in: sentence)
        #expect(groups[0].ranges(in: tokens) == [2..<14])
        #expect(groups[1].ranges(in: tokens) == [39..<51])
        #expect(groups.allSatisfy { $0.isFound(in: tokens) })
    }

    @Test func keepsAtMostTheMaximumNumberOfTerms() {
        let text = (0..<100).map { "word\($0)" }.joined(separator: " ")
        let query = SearchQuery(text)
        #expect(query.termGroups.count == SearchQuery.maximumTermCount)
        #expect(query.isTruncated)
        #expect(query.explanation.hasSuffix("only the first 64 terms were used"))
    }

    @Test func phraseExpressionQuotesAnyText() {
        #expect(SearchQuery.phraseExpression(for: #"Jean-Luc "Mélenchon""#) == #""jean luc mélenchon""#)
        #expect(SearchQuery.phraseExpression(for: "😀 -") == nil)
    }
}
