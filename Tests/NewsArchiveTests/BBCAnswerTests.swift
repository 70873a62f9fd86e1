import Foundation
import NewsTestSupport
import Testing

@testable import NewsArchive

/// Questions a new user asked of an archive of the whole BBC corpus, and what a reader of the passages
/// answers. Skips when ../shared/corpus/bbc is absent (a fresh clone).
@Suite(
    .serialized,
    .enabled(if: Fixtures.hasBBCCorpus, "needs ../shared/corpus/bbc beside the checkout (absent on a fresh clone)"))
struct BBCAnswerTests {
    /// One archive of the 2,225 articles for every test of the suite (ingest takes seconds); the suite is
    /// serialized, so one connection serves its tests one at a time.
    nonisolated(unsafe) static let archive: Result<ArchiveStore, any Error> = Result {
        let folder = try TemporaryFolder()
        let store = try ArchiveStore(path: folder.path("bbc.sqlite"))
        let (files, _, _) = IngestInput.expand([Fixtures.bbcCorpus])
        try store.ingest(files)
        keep.append(folder)
        return store
    }
    nonisolated(unsafe) private static var keep: [TemporaryFolder] = []

    private func answers(_ question: String) throws -> [String] {
        try Self.archive.get().search(question).answers.map(\.name)
    }

    @Test func whoCriticisedTheBudgetDoesNotPutItsAuthorFirst() throws {
        let names = try answers("who criticised the budget")
        #expect(!names.isEmpty)
        #expect(names.first != "Gordon Brown", "answers were \(names)")
    }

    @Test func whichCompaniesWereFinedPutsAFinedCompanyBeforeTheRegulators() throws {
        let names = try answers("which companies were fined")
        let fined = names.firstIndex(of: "Viacom")
        let regulator = names.firstIndex(of: "Federal Communications Commission")
        #expect(fined != nil, "answers were \(names)")
        #expect(fined ?? .max < regulator ?? .max, "answers were \(names)")
    }

    @Test func whoWarnedAboutPhishingScamsNamesTheCompanyQuoted() throws {
        // The company (MessageLabs) and the officer it quotes both answer; the company must be named.
        let names = try answers("who warned about phishing scams")
        #expect(names.prefix(3).contains("MessageLabs"), "answers were \(names)")
    }

    @Test func theFixturesQuestionHasNoAnswerInTheBBCArchive() throws {
        let results = try Self.archive.get().search("which leaders backed a European-led force")
        #expect(results.answers.isEmpty, "answers were \(results.answers.map(\.name))")
        #expect(results.noAnswerReason != nil)
        #expect(!results.hits.isEmpty, "the passages are still listed")
    }

    @Test func whoWonTheAustralianOpenAnswersThe2005Champions() throws {
        let names = try answers("who won the Australian Open")
        let top = Array(names.prefix(4))
        #expect(top.contains("Serena Williams"), "answers were \(names)")
        #expect(top.contains("Marat Safin"), "answers were \(names)")
    }
}
