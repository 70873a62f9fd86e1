import NewsTestSupport
import Testing
@testable import NewsArchive

/// An actor's latest mentions, and the actors in the same sentences in its latest articles, on 30 articles
/// dated 1 to 30 January 2024 and an undated one ingested after them.
struct LatestMentionsTests {
    let folder: TemporaryFolder
    let store: ArchiveStore

    init() throws {
        folder = try TemporaryFolder()
        store = try ArchiveStore(path: folder.path("archive.sqlite"))
        let paths = try DatedBriefings.write(in: folder, days: 30, starmerDays: [3, 10, 17], merzDays: 8)
        try store.ingest(paths.map { .file(path: $0) })
    }

    func id(_ name: String) throws -> Int { try store.actor(named: name).id }

    /// Macron is in every article: its latest five are the first five of the walk from the newest.
    @Test func theLatestMentionsOfAnActorInEveryArticleAreTheNewestFirst() throws {
        let latest = try store.latestMentions(ofActor: try id("Emmanuel Macron"), limit: 5)
        #expect(latest.map(\.published) == [30, 29, 28, 27, 26].map(DatedBriefings.date))
        #expect(latest.first?.sentence == "Emmanuel Macron spoke about item D30 in Paris.")
        #expect(latest.allSatisfy { $0.asWritten == "Emmanuel Macron" })
    }

    /// Starmer is in four articles: the walk from the newest finds one (17) in its budget, so they are all
    /// read and sorted; and the undated one comes after every dated one.
    @Test func anUndatedArticleComesAfterEveryDatedOne() throws {
        let starmer = try id("Keir Starmer")
        #expect(try store.latestMentions(ofActor: starmer, limit: 2).map(\.published) == ["2024-01-17", "2024-01-10"])
        let all = try store.latestMentions(ofActor: starmer, limit: 20)
        #expect(all.map(\.published) == ["2024-01-17", "2024-01-10", "2024-01-03", nil])
        #expect(all.last?.sentence.contains("undated item") == true)
    }

    /// Merz is in the oldest articles only: the walk from the newest finds none of them in its budget.
    @Test func anActorOfTheOldestArticlesGetsItsLatestOnes() throws {
        let latest = try store.latestMentions(ofActor: try id("Friedrich Merz"), limit: 2)
        #expect(latest.map(\.published) == ["2024-01-08", "2024-01-07"])
    }

    @Test func neighboursAreCountedInTheLatestArticlesOnly() throws {
        let macron = try id("Emmanuel Macron")
        let neighbours = { (articles: Int) in
            try self.store.coMentionedActors(of: macron, inLatestArticles: articles).map { "\($0.name) \($0.sentences)" }
        }
        // Every sentence names Paris; days 21 to 30 no one else; days 11 to 30 Starmer once (17).
        #expect(try neighbours(10) == ["Paris 10"])
        #expect(try neighbours(20) == ["Paris 20", "Keir Starmer 1"])
        #expect(try neighbours(1_000) == ["Paris 31", "Friedrich Merz 9", "Keir Starmer 4"])
    }
}
