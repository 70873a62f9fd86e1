import Foundation
import NewsTestSupport
import Testing
@testable import NewsArchive

/// Questions with gold answers read off the articles by hand, over the reference article and a set of
/// BBC articles (the BBC half skips when ../shared/corpus/bbc is absent).
struct QuestionTests {
    /// A question, the answer a reader of the articles gives first, and answers that would be wrong.
    struct Case: Sendable, CustomTestStringConvertible {
        var question: String
        var firstAnswer: String
        var wrong: [String] = []
        var testDescription: String { question }
    }

    static let fixtureCases: [Case] = [
        Case(question: "who held a conference call with European counterparts", firstAnswer: "Marco Rubio"),
        Case(question: "who echoed the position on European responsibility", firstAnswer: "JD Vance", wrong: ["Donald Trump"]),
        Case(question: "which organisation said planners had developed military options", firstAnswer: "Pentagon"),
        Case(question: "who pledged to help protect Ukraine", firstAnswer: "Donald Trump", wrong: ["Ukraine"]),
        Case(question: "which countries sent chiefs of defence to Washington", firstAnswer: "United States", wrong: ["Washington"]),
        Case(question: "who ruled out deploying US ground troops", firstAnswer: "Donald Trump"),
    ]

    /// BBC files the questions are about: business, entertainment, politics and sport.
    static let bbcFiles = [
        "business/013.txt", "business/121.txt", "business/221.txt", "business/230.txt", "business/292.txt",
        "entertainment/069.txt", "entertainment/314.txt", "entertainment/357.txt", "politics/001.txt", "politics/021.txt",
        "politics/026.txt", "politics/040.txt", "politics/060.txt", "politics/186.txt", "politics/235.txt", "politics/248.txt",
        "sport/072.txt", "sport/196.txt",
    ]

    static let bbcCases: [Case] = [
        Case(question: "who backed Gordon Brown's pre-Budget report", firstAnswer: "Tony Blair", wrong: ["Gordon Brown"]),
        Case(question: "which company bought the Yukos unit", firstAnswer: "Rosneft", wrong: ["Yukos"]),
        Case(question: "who criticised the Iraq war in an acceptance speech", firstAnswer: "Michael Moore"),
        Case(question: "which firm reported a record profit", firstAnswer: "Shell"),
        Case(question: "who resigned as home secretary", firstAnswer: "David Blunkett"),
        Case(question: "who won best actor", firstAnswer: "Jamie Foxx"),
        Case(question: "which bank raised interest rates", firstAnswer: "Federal Reserve"),
        Case(question: "which city bid for the 2012 Olympics", firstAnswer: "London"),
        Case(question: "who signed a new contract with Arsenal", firstAnswer: "Arsene Wenger", wrong: ["Arsenal"]),
        Case(question: "who is Mitsubishi's newly-appointed chief executive", firstAnswer: "Takashi Nishioka"),
        Case(question: "who told GMTV about maternity pay", firstAnswer: "Patricia Hewitt"),
    ]

    @Test(arguments: fixtureCases)
    func answersOverTheReferenceArticle(_ gold: Case) throws {
        let folder = try TemporaryFolder()
        let store = try ArchiveStore(path: folder.path("archive.sqlite"))
        try store.ingest([.file(path: Fixtures.ukraineArticle)])
        try check(gold, in: store)
    }

    @Test(.enabled(if: Fixtures.hasBBCCorpus, "needs ../shared/corpus/bbc beside the checkout (absent on a fresh clone)"),
          arguments: bbcCases)
    func answersOverBBCArticles(_ gold: Case) throws {
        let folder = try TemporaryFolder()
        let store = try ArchiveStore(path: folder.path("archive.sqlite"))
        try store.ingest(Self.bbcFiles.map { .file(path: Fixtures.bbcCorpus + "/" + $0) })
        try check(gold, in: store)
    }

    @Test(.enabled(if: Fixtures.hasBBCCorpus, "needs ../shared/corpus/bbc beside the checkout (absent on a fresh clone)"))
    func passageSearchFindsTheSentenceThatSaysIt() throws {
        let folder = try TemporaryFolder()
        let store = try ArchiveStore(path: folder.path("archive.sqlite"))
        try store.ingest(Self.bbcFiles.map { .file(path: Fixtures.bbcCorpus + "/" + $0) })
        let top = try #require(try store.search("maternity pay nine months").hits.first)
        #expect(top.sentence.contains("maternity pay") && top.sentence.contains("nine months"))
        #expect(top.title == "Labour plans maternity pay rise")
    }

    private func check(_ gold: Case, in store: ArchiveStore) throws {
        let results = try store.search(gold.question)
        #expect(results.answerType != nil, "a question gets an answer type")
        let names = results.answers.map(\.name)
        #expect(names.first == gold.firstAnswer, "answers were \(names)")
        for wrong in gold.wrong { #expect(!names.contains(wrong), "\(wrong) is not an answer") }
        #expect(results.answers.first?.evidence.isEmpty == false)
    }
}
