import NewsSQLite
import NewsTestSupport
import Testing
@testable import NewsArchive

/// A large ingest drops `actor_articles_actor` and makes it again at its end; after one that stopped early,
/// the next ingest or `check --rebuild` does.
struct DeferredIndexTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    static func indexSQL(_ store: ArchiveStore) throws -> String? {
        try store.connection.firstRow("SELECT sql FROM sqlite_schema WHERE name = 'actor_articles_actor'")?[0].string
    }

    @Test func anIngestThatStopsEarlyLeavesTheIndexToTheNextIngest() throws {
        let path = folder.path("a.sqlite")
        let original: String?
        let actors: [ActorSummary]
        do {
            let store = try ArchiveStore(path: path)
            try store.ingest([.file(path: Fixtures.ukraineArticle)])
            original = try Self.indexSQL(store)
            actors = try store.actors()
            #expect(original != nil)
            try store.deferIndexes()
            #expect(try Self.indexSQL(store) == nil)
            #expect(try store.connection.firstRow("SELECT count(*) FROM deferred_indexes")?[0].int == 1)
            // The process stops here, before makeDeferredIndexes.
        }
        // Opening to read leaves the index alone (an ingest may be running); check says it is missing.
        let reopened = try ArchiveStore(path: path, mode: .mustExist)
        #expect(try Self.indexSQL(reopened) == nil)
        #expect(try reopened.actors() == actors)
        let report = try reopened.checkIntegrity()
        #expect(report.isOK)
        #expect(report.lines.contains { $0.name == "deferred_indexes" && $0.result.contains("actor_articles_actor") })
        // The next ingest makes it again.
        try reopened.ingest([])
        #expect(try Self.indexSQL(reopened) == original)
        #expect(try reopened.connection.firstRow("SELECT count(*) FROM deferred_indexes")?[0].int == 0)
        #expect(try reopened.actors() == actors)
        #expect(actors.contains { $0.name == "Emmanuel Macron" && $0.mentions > 0 })
        #expect(!(try reopened.checkIntegrity().lines.contains { $0.name == "deferred_indexes" }))
    }

    @Test func checkRebuildMakesADeferredIndex() throws {
        let store = try ArchiveStore(path: folder.path("a.sqlite"))
        try store.ingest([.file(path: Fixtures.ukraineArticle)])
        let original = try Self.indexSQL(store)
        try store.deferIndexes()
        #expect(try store.checkIntegrity(rebuild: true).isOK)
        #expect(try Self.indexSQL(store) == original)
    }

    @Test func onlyAnIngestLargeAgainstTheArchiveDefers() throws {
        let store = try ArchiveStore(path: folder.path("a.sqlite"))
        #expect(try !store.isLargeIngest(of: 999))
        #expect(try store.isLargeIngest(of: 1_000))
        try store.ingest([.file(path: Fixtures.ukraineArticle)])
        try store.connection.run(
            """
            WITH RECURSIVE n (value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < 8000)
            INSERT INTO articles (title, title_origin, ingested_at, content_hash, encoding)
            SELECT 'a' || value, 'derived', '', value, 'utf-8' FROM n
            """)
        #expect(try !store.isLargeIngest(of: 1_000))
        #expect(try store.isLargeIngest(of: 2_001))
    }
}
