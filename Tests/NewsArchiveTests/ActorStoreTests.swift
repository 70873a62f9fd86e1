import Foundation
import NewsTestSupport
import Testing
@testable import NewsArchive
import NewsSQLite

/// Actors as the archive keeps them across articles.
struct ActorStoreTests {
    let folder: TemporaryFolder
    let store: ArchiveStore

    init() throws {
        folder = try TemporaryFolder()
        store = try ArchiveStore(path: folder.path("archive.sqlite"))
        try store.ingest([.file(path: Fixtures.ukraineArticle)])
    }

    @Test func theReferenceArticleNamesItsLeadersWithTheirRoles() throws {
        let people = try store.actors(kind: "person")
        let byName = Dictionary(uniqueKeysWithValues: people.map { ($0.name, $0) })
        #expect(byName["Emmanuel Macron"]?.country == "France")
        #expect(byName["Emmanuel Macron"]?.roles == ["President"])
        #expect(byName["Donald Trump"]?.aliases.contains("Trump") == true)
        #expect(byName["Donald Trump"]?.mentions ?? 0 >= 3, "Trump, and the US president, are him")
        #expect(people.first?.name == "Donald Trump", "most mentioned first")
        let shown = try store.article(id: 1).actors
        #expect(shown.first { $0.name == "Emmanuel Macron" }?.role == "French President")
    }

    @Test func theSameNameInAnotherArticleIsTheSameActorAndItsNewAliasesAreSearchable() throws {
        try folder.write("second.txt", text: "Trump talks\n\nUS President Donald Trump met Nato allies. Mr Trump said talks went well.\n")
        try store.ingest([.file(path: folder.path("second.txt"))])
        let trump = try #require(try store.actors(kind: "person", matching: "Donald Trump").first)
        #expect(trump.articles == 2)
        #expect(trump.aliases.contains("Mr Trump"))
        #expect(try store.actors(matching: "Mr Trump").map(\.name).contains("Donald Trump"))
        #expect(try store.checkIntegrity().isOK, "the name index agrees with the actors table")
    }

    /// An actor met again in the same batch is updated in memory, one met in an earlier ingest in the
    /// archive: both must give the same actor.
    @Test func theLatestPublishedRoleAndEveryAliasAreKeptWhetherArticlesGoInTogetherOrApart() throws {
        let articles = [
            ("a.txt", "Published: 2024-05-01\n\nStraw in Paris\n\nForeign Secretary Jack Straw visited Paris on Monday. Mr Straw said the talks went well.\n"),
            ("b.txt", "Published: 2025-05-01\n\nStraw on crime\n\nHome Secretary Jack Straw spoke in London on Tuesday. Straw said crime had fallen.\n"),
            ("c.txt", "Published: 2023-05-01\n\nStraw and the banks\n\nChancellor Jack Straw met bankers on Friday. Jack Straw said rates would rise.\n"),
        ]
        for (name, text) in articles { try folder.write(name, text: text) }
        let together = try ArchiveStore(path: folder.path("together.sqlite"))
        try together.ingest(articles.map { .file(path: folder.path($0.0)) })
        let apart = try ArchiveStore(path: folder.path("apart.sqlite"))
        for (name, _) in articles { try apart.ingest([.file(path: folder.path(name))]) }

        for store in [together, apart] {
            let row = try #require(try store.connection.firstRow(
                "SELECT role, role_published, aliases FROM actors WHERE name = 'Jack Straw' AND kind = 'person'"))
            #expect(row[0].string == "Home Secretary", "the role of the latest-published article, not the last ingested")
            #expect(row[1].string == "2025-05-01")
            #expect(row[2].string == "Jack Straw\nMr Straw\nStraw")
            let straw = try #require(try store.actors(matching: "Mr Straw").first)
            #expect(straw.name == "Jack Straw" && straw.articles == 3)
            #expect(straw.roles == ["Chancellor", "Foreign Secretary", "Home Secretary"])
            #expect(try store.checkIntegrity().isOK)
        }
    }

    @Test func trailerNamesNeverBecomeActors() throws {
        let names = try store.actors().map(\.name)
        #expect(!names.contains { $0.contains("Modi") || $0.contains("Lalu") || $0.contains("La Liga") })
    }
}
