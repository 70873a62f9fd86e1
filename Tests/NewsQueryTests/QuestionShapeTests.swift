import Testing

@testable import NewsQuery

/// How a question's form is read: the answer type from the head of its noun phrase (any noun the
/// lexicon knows), the verb it asks about, and whether it is passive.
struct QuestionShapeTests {
    @Test(arguments: [
        ("which US road safety regulator announced the recall", "regulator"),
        ("which Dutch goalkeeper saved the penalty", "goalkeeper"),
        ("what budget airline cut its fares", "airline"),
        ("which rival carmaker bought the brand", "carmaker"),
        ("name the television presenter who quit the show", "presenter"),
        ("which novelist's book won the prize", "novelist"),
        ("which club's manager signed the midfielder", "club"),
        ("in which town was the festival held", "town"),
        ("near which air base did police turn back the coaches", "base"),
        ("which Oasis frontman was fined", "frontman"),
        ("which world number one tennis player put her retirement on hold", "player"),
    ])
    func theHeadOfTheNounPhraseIsTheAnswerNoun(question: String, noun: String) {
        let query = SearchQuery(question)
        #expect(query.answerNoun == noun)
        #expect(query.answerType != nil)
    }

    @Test func nounsTypeTheAnswer() {
        #expect(SearchQuery("which goalkeeper saved the penalty").answerType == .person)
        #expect(SearchQuery("which carmaker recalled the vans").answerType == .organization)
        #expect(SearchQuery("in which town was the festival held").answerType == .place)
        #expect(SearchQuery("which club's manager resigned").answerType == .organization)
    }

    @Test func aWordThatNamesNoKindOfAnswerIsNoAnswerNoun() {
        #expect(SearchQuery("which budget cuts hurt most").answerType == nil)
    }

    @Test func theVerbAndItsVoiceAreRead() {
        let active = SearchQuery("who criticised the budget")
        #expect(active.askedVerb == "criticised")
        #expect(!active.asksForPatient)
        let passive = SearchQuery("who was sacked by Chelsea")
        #expect(passive.askedVerb == "sacked")
        #expect(passive.asksForPatient)
        #expect(SearchQuery("which companies were fined").asksForPatient)
        #expect(!SearchQuery("which regulator fined the bank").asksForPatient)
        #expect(SearchQuery("which leaders backed a European-led force").askedVerb == "backed")
    }
}

extension QuestionShapeTests {
    @Test func aPrepositionBeforeWhichAsksForAPlace() {
        #expect(SearchQuery("in which Oxford library are the books held").answerType == .place)
        #expect(SearchQuery("at which airport did the plane land").answerType == .place)
    }

    @Test func aDemonymUsedAsANounAsksForAPerson() {
        #expect(SearchQuery("name the Russian believed to run the website").answerType == .person)
        #expect(SearchQuery("which Icelandic club signed him").answerType == .organization)
    }
}

extension QuestionShapeTests {
    @Test func aNameWithAndInsideTheNounPhraseKeepsItsHead() {
        let query = SearchQuery("which former Free and Bad Company singer is to tour with Queen")
        #expect(query.answerNoun == "singer")
        #expect(query.answerType == .person)
    }
}

extension QuestionShapeTests {
    @Test func anAuxiliaryAndASubjectAfterTheQuestionAskForTheVerbsObject() {
        let query = SearchQuery("which Icelandic club was Emil Hallfredsson playing for when Tottenham agreed a fee")
        #expect(query.askedVerb == "playing")
        #expect(query.asksForPatient)
        #expect(query.askedPreposition == "for")
        let founded = SearchQuery("which record company did rap mogul Marion 'Suge' Knight found")
        #expect(founded.askedVerb == "found")
        #expect(founded.asksForPatient)
        #expect(founded.askedPreposition == nil)
        #expect(SearchQuery("which bank did the regulator fine").askedVerb == "fine")
    }

    @Test func aPrepositionBeforeTheQuestionWordKeepsTheVerbsObjectOut() {
        let query = SearchQuery("in which Indian city is Hyundai Motor planning to build its second car factory")
        #expect(!query.asksForPatient)
        #expect(query.askedPreposition == nil)
        #expect(SearchQuery("who was sacked by Chelsea").askedPreposition == nil)
        #expect(!SearchQuery("who is the general secretary of the journalists' union").asksForPatient)
    }

    @Test func aParticipleAndToAfterTheQuestionArePassive() {
        let query = SearchQuery("name the company alleged to have charged clients for access to Westminster")
        #expect(query.askedVerb == "alleged")
        #expect(query.asksForPatient)
        #expect(!SearchQuery("which leaders backed a European-led force").asksForPatient)
        #expect(!SearchQuery("which minister wanted to cut taxes").asksForPatient)
    }
}

extension QuestionShapeTests {
    @Test func aSingularHeadTheLexiconDoesNotTypeStillAsksForSomeoneNamed() {
        // WordNet's first senses of `wing` and `studio` are a limb and a room: no kind of answer.
        let wing = SearchQuery("which Leicester wing is pushing for an England recall")
        #expect(wing.answerNoun == "wing")
        #expect(wing.answerType == .person)
        #expect(wing.isAnswerTypeGuessed)
        let studio = SearchQuery("which studio granted the film rights")
        #expect(studio.answerNoun == "studio")
        #expect(studio.askedVerb == "granted")
        #expect(studio.isAnswerTypeGuessed)
        #expect(!SearchQuery("which goalkeeper saved the penalty").isAnswerTypeGuessed)
    }

    @Test func aHyphenatedHeadIsReadAsTheLexiconWritesIt() {
        // `back` alone is a part of the body; `fullback` is a player.
        let query = SearchQuery("which Roma full-back was signed by Sam Allardyce on a five-month contract")
        #expect(query.answerNoun == "fullback")
        #expect(query.answerType == .person)
        #expect(!query.isAnswerTypeGuessed)
        #expect(SearchQuery("which Ajax co-founder sold his shares").answerType == .person)
    }

    @Test func aQuantityATimeOrAPluralThingIsStillNoAnswerNoun() {
        #expect(SearchQuery("which year did the festival start").answerType == nil)
        #expect(SearchQuery("which film won best picture").answerType == nil)
        #expect(SearchQuery("which measures did the chancellor announce").answerType == nil)
    }

    @Test func aCopulaAfterTheQuestionWordLeavesTheNounPhraseAfterIt() {
        let query = SearchQuery("what was the biggest bank to back the deal")
        #expect(query.answerNoun == "bank")
        #expect(query.answerType == .organization)
        #expect(query.askedVerb == "back")
    }
}

extension QuestionShapeTests {
    @Test func aVerbOfOfficeAlsoFindsTheOfficesNoun() {
        let words = { (query: SearchQuery) in Set(query.termGroups.flatMap(\.alternatives).map(\.displayText)) }
        #expect(words(SearchQuery("who chairs the Mobile Data Association")).contains("chairman"))
        #expect(words(SearchQuery("who speaks for the IAAF")).contains("spokesman"))
        #expect(!words(SearchQuery("who chairs the Mobile Data Association", exact: true)).contains("chairman"))
        #expect(!words(SearchQuery("which meeting was chaired by the minister")).contains("chairman"))
    }
}
