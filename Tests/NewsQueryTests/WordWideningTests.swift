import Testing

@testable import NewsQuery

/// Issue 13, item 4: irregular forms reach each other, synonyms widen only in the sense and direction
/// they are listed, synonyms count less than the word as written, and `exact` turns widening off.
struct WordWideningTests {
    let defaults = SynonymTable(groups: SynonymTable.defaultGroups)

    /// The texts of a query's first group, as it searches for them.
    func alternatives(_ text: String, exact: Bool = false) -> [String] {
        SearchQuery(text, synonyms: defaults, exact: exact).termGroups.first?.alternatives.map(\.text) ?? []
    }

    /// Whether the query's single term is found in `sentence`.
    func finds(_ query: String, in sentence: String, exact: Bool = false) -> Bool {
        var matcher = TermMatcher(groups: SearchQuery(query, synonyms: defaults, exact: exact).termGroups)
        return matcher.ranges(in: sentence).allSatisfy { !$0.isEmpty }
    }

    // MARK: - Irregular forms

    @Test func wonAlsoMatchesWinWinsAndWinning() {
        #expect(alternatives("won") == ["won", "win"])
        for sentence in ["Labour won the seat.", "Labour will win.", "She wins again.", "A winning bid."] {
            #expect(finds("won", in: sentence), "\(sentence)")
        }
        #expect(finds("win", in: "Labour won the seat."))
        #expect(!finds("won", in: "A window opened."))
    }

    @Test(arguments: [("bought", "buy"), ("led", "lead"), ("fell", "fall"), ("men", "man")])
    func irregularFormsAndBasesReachEachOther(form: String, base: String) {
        #expect(alternatives(form).starts(with: [form, base]), "\(alternatives(form))")
        #expect(alternatives(base).contains(form), "\(alternatives(base))")
        #expect(finds(form, in: "They \(base) it."))
        #expect(finds(base, in: "They \(form) it."))
    }

    @Test func ambiguousFormsAreNotWidened() {
        #expect(alternatives("ground") == ["ground"], "ground troops are not grind troops")
        #expect(alternatives("left") == ["left"])
        #expect(!alternatives("grind").contains("ground"))
    }

    @Test func formsAreSafeFTS5Phrases() {
        let query = SearchQuery("won men", synonyms: defaults)
        #expect(query.matchExpression == #"("won" OR "win") AND ("men" OR "man")"#)
    }

    @Test func aBaseFormsVerbSynonymsWidenAnIrregularForm() {
        // `sent` is a form of `send`, a member of deploy ~ send ~ dispatch.
        #expect(alternatives("sent troops").starts(with: ["sent", "send"]))
        #expect(alternatives("sent troops").contains("deploy"))
        // `struck` is a form of `strike` the verb; attack ~ strike … is a group of any sense.
        #expect(alternatives("struck").starts(with: ["struck", "strike"]))
        #expect(!alternatives("struck").contains("attack"))
    }

    // MARK: - Senses

    @Test func backTaxesIsNotWidened() {
        let query = SearchQuery("back taxes", synonyms: defaults)
        #expect(query.matchExpression == #""back" AND "taxes""#)
    }

    @Test(arguments: [
        "which leaders backed a European-led force", "who backs the plan", "to back a force", "they back it",
        "leaders back the plan", "will support Kyiv", "didn't back the plan", "backing",
    ])
    func aVerbInAVerbUseIsWidened(text: String) {
        let group = SearchQuery(text, synonyms: defaults).termGroups.first {
            $0.label.hasPrefix("back") || $0.label == "support"
        }
        #expect(group?.alternatives.map(\.text).contains("endorse") == true, "\(text)")
    }

    @Test func aVerbGroupWithoutSensesWidensEveryUse() {
        // Groups a user adds (or a table made of plain strings) widen in any sense, as before.
        let table = SynonymTable(groups: [["back", "endorse"]])
        #expect(SearchQuery("back taxes", synonyms: table).matchExpression == #"("back" OR "endorse") AND "taxes""#)
    }

    @Test func chancellorIsNotWidenedToPresident() {
        #expect(alternatives("chancellor") == ["chancellor"])
        let query = SearchQuery("chancellor Merz", synonyms: defaults)
        #expect(!(query.matchExpression ?? "").contains("president"))
        #expect(alternatives("leaders").contains("president"))
        #expect(alternatives("leaders").contains("chancellor"))
    }

    @Test func aKindThatIsAPhraseStaysOnePhrase() {
        // `prime minister` is a kind of leader: one phrase, not widened, and `minister` not split off
        // into minister ~ secretary.
        let query = SearchQuery("prime minister resigned", synonyms: defaults)
        #expect(query.matchExpression == #""prime minister" AND "resigned""#)
    }

    @Test func synonymTableReportsDirectionAndSense() {
        #expect(defaults.alternatives(for: "president") == ["president"])
        #expect(defaults.alternatives(for: "back", usedAsVerb: false) == ["back"])
        #expect(defaults.alternatives(for: "back", usedAsVerb: true).contains("endorse"))
        #expect(defaults.memberGroups[0].allSatisfy { $0.sense == .verb })
        #expect(defaults.memberGroups[2].filter(\.widens).map(\.text) == ["leader"])
    }

    // MARK: - Ranking and exact

    @Test func synonymAlternativesAreMarked() throws {
        let group = try #require(SearchQuery("backed", synonyms: defaults).termGroups.first)
        #expect(group.alternatives.first?.text == "back")
        #expect(!group.synonymAlternatives.contains(group.alternatives[0]))
        #expect(group.synonymAlternatives.map(\.text).sorted() == ["champion", "endorse", "favor", "favour", "support"])
        var matcher = TermMatcher(groups: [group])
        #expect(matcher.matches(in: "Merz endorsed it.").map(\.bySynonymOnly) == [true])
        #expect(matcher.matches(in: "Merz backed and endorsed it.").map(\.bySynonymOnly) == [false])
        #expect(matcher.matches(in: "Nothing here.").map(\.bySynonymOnly) == [false])
    }

    @Test func formsCountAsTheWordAsWritten() throws {
        let group = try #require(SearchQuery("won", synonyms: defaults).termGroups.first)
        var matcher = TermMatcher(groups: [group])
        #expect(matcher.matches(in: "They win.").map(\.bySynonymOnly) == [false])
    }

    @Test func orKeepsWhatIsWrittenInEitherGroup() throws {
        let group = try #require(SearchQuery("backed OR endorse", synonyms: defaults).termGroups.first)
        #expect(!group.synonymAlternatives.map(\.text).contains("endorse"), "written in the second operand")
        #expect(group.synonymAlternatives.map(\.text).contains("support"))
    }

    @Test func exactTurnsOffSynonymsAndForms() {
        let query = SearchQuery("backed won", synonyms: defaults, exact: true)
        #expect(query.matchExpression == #""backed" AND "won""#)
        #expect(query.termGroups.allSatisfy { $0.alternatives.count == 1 && $0.synonymAlternatives.isEmpty })
        #expect(query.explanation.contains("exact: no synonyms or word forms"))
        #expect(!finds("won", in: "They win.", exact: true))
        #expect(!SearchQuery("backed", synonyms: defaults).explanation.contains("exact"))
    }
}
