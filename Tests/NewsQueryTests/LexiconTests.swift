import Testing

@testable import NewsQuery

struct LexiconTests {
    @Test(arguments: ["goalkeeper", "tycoon", "prosecutor", "novelist", "presenter", "defender", "striker"])
    func typesPeople(_ noun: String) {
        #expect(WordNetLexicon.answerType(forNoun: noun) == .person)
    }

    @Test(arguments: ["town", "city", "country", "village", "island", "river"])
    func typesPlaces(_ noun: String) {
        #expect(WordNetLexicon.answerType(forNoun: noun) == .place)
    }

    @Test(arguments: ["carmaker", "airline", "band", "club", "broadcaster", "chipmaker", "watchdog", "bank"])
    func typesOrganizations(_ noun: String) {
        #expect(WordNetLexicon.answerType(forNoun: noun) == .organization)
    }

    @Test func typesARegulatorByItsSecondSense() {
        // Sense 1 is a device; sense 2, an official, is the first that names an actor.
        #expect(WordNetLexicon.answerType(forNoun: "regulator") == .person)
    }

    @Test(arguments: ["budget", "force", "interest", "type", "kind", "number", "time", "exchange", "label", ""])
    func leavesNounsThatNameNoActorUntyped(_ noun: String) {
        #expect(WordNetLexicon.answerType(forNoun: noun) == nil)
    }

    @Test func readsPluralsByTheirSingular() {
        #expect(WordNetLexicon.answerType(forNoun: "goalkeepers") == .person)
        #expect(WordNetLexicon.answerType(forNoun: "cities") == .place)
        #expect(WordNetLexicon.answerType(forNoun: "churches") == .organization)
        #expect(WordNetLexicon.answerType(forNoun: "men") == .person)
        // WordNet's own lemma "leaders" is a collective body; a question's plural asks for persons.
        #expect(WordNetLexicon.answerType(forNoun: "leaders") == .person)
        #expect(WordNetLexicon.answerType(forNoun: "budgets") == nil)
    }

    @Test func foldsCaseSpaceAndCompounds() {
        #expect(WordNetLexicon.answerType(forNoun: "Goalkeeper") == .person)
        #expect(WordNetLexicon.answerType(forNoun: "  prime   ministers ") == .person)
        #expect(WordNetLexicon.answerType(forNoun: "secretary of state") == .person)
    }

    @Test func leavesProperNounsOut() {
        #expect(WordNetLexicon.answerType(forNoun: "paris") == nil)
        #expect(WordNetLexicon.answerType(forNoun: "american") == nil)
    }

    @Test func readsIrregularForms() {
        #expect(WordNetLexicon.baseForms(of: "won") == ["win"])
        #expect(WordNetLexicon.baseForms(of: "bought") == ["buy"])
        #expect(WordNetLexicon.baseForms(of: "led") == ["lead"])
        #expect(WordNetLexicon.baseForms(of: "fell") == ["fall"])
        #expect(WordNetLexicon.baseForms(of: "men") == ["man"])
        #expect(WordNetLexicon.baseForms(of: "Children") == ["child"])
        #expect(WordNetLexicon.baseForms(of: "axes") == ["ax", "axis"])
    }

    @Test func givesNoBaseForARegularFormOrABase() {
        #expect(WordNetLexicon.baseForms(of: "goalkeepers").isEmpty)
        #expect(WordNetLexicon.baseForms(of: "win").isEmpty)
        #expect(WordNetLexicon.baseForms(of: "").isEmpty)
    }

    @Test func readsAVerbFormOnlyAsAVerb() {
        // verb.exc has "saw" see and "ground" grind; neither is a noun plural.
        #expect(WordNetLexicon.baseForms(of: "saw") == ["see"])
        #expect(WordNetLexicon.answerType(forNoun: "saw") == nil)
    }
}
