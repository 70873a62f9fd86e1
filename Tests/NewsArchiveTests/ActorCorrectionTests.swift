import Foundation
import NewsSQLite
import NewsTestSupport
import Testing
@testable import NewsArchive

/// Users' corrections to actors, and `reextract`, which finds every article's actors again and applies
/// the corrections again.
struct ActorCorrectionTests {
    let folder: TemporaryFolder
    let store: ArchiveStore
    let inputs: [IngestInput] = IngestInput.expand([
        Fixtures.ukraineArticle, Fixtures.folder.appendingPathComponent("samples").path,
    ]).inputs

    init() throws {
        folder = try TemporaryFolder()
        store = try ArchiveStore(path: folder.path("archive.sqlite"))
        try store.ingest(inputs)
    }

    private func actor(_ name: String) throws -> ActorSummary? {
        try store.actors().first { $0.name == name }
    }

    /// Every table a correction or reextract writes, as text, to compare whole states.
    private func snapshot() throws -> [String] {
        try [
            "SELECT id, name, kind, role, country, role_published, aliases FROM actors ORDER BY id",
            "SELECT actor_id, alias FROM actor_aliases ORDER BY 1, 2",
            "SELECT actor_id, article_id, role, country, published FROM actor_roles ORDER BY 1, 2",
            "SELECT actor_id, section_id, sentence_id, start_offset, end_offset, surface, role_reference FROM mentions ORDER BY 2, 4, 1",
            "SELECT id, action, name, kind, other_name, value FROM actor_overrides ORDER BY id",
        ].flatMap { sql in try store.connection.rows(sql).map { "\($0.values)" } }
    }

    @Test func aMergeStandsThroughAnIngestOfTheSameFilesAndAReextract() throws {
        let washington = try #require(try actor("Washington"))
        let before = try #require(try actor("United States"))
        let correction = try store.mergeActors(keeping: "united states", merging: "Washington")
        #expect(correction.actor.name == "United States" && correction.mergedActor?.name == "Washington")
        #expect(try actor("Washington") == nil)
        #expect(try actor("United States")?.mentions == before.mentions + washington.mentions)

        // The same files again, and a new one where extraction finds Washington once more.
        try folder.write("new.txt", text: "Talks in Washington\n\nOfficials met in Washington on Monday. Germany sent a delegation.\n")
        try store.ingest(inputs + [.file(path: folder.path("new.txt"))])
        #expect(try actor("Washington") == nil, "ingest stores Washington under United States")
        let afterIngest = try #require(try actor("United States"))
        #expect(afterIngest.mentions > before.mentions + washington.mentions)
        #expect(afterIngest.aliases.contains("Washington"))

        let report = try store.reextract()
        #expect(report.overridesApplied == 1)
        #expect(try actor("Washington") == nil, "the merge still stands")
        #expect(try actor("United States")?.mentions == afterIngest.mentions)
        #expect(try store.actors(matching: "Washington").map(\.name) == ["United States"])
        #expect(try store.search("", options: SearchOptions(actor: "Washington", limit: nil)).hits.isEmpty == false)
        #expect(try store.checkIntegrity().isOK)
    }

    @Test func renameAliasAndKindLastThroughReextract() throws {
        _ = try store.renameActor("Donald Trump", to: "Donald J. Trump")
        _ = try store.setActorKind("Reuters", to: "place")
        _ = try store.addActorAlias("#\(try #require(try actor("Germany")).id)", alias: "Deutschland")
        _ = try store.removeActorAlias("United Kingdom", alias: "UK")
        let corrected = try snapshot()
        let report = try store.reextract()
        #expect(report.isUnchanged, "\(report)")
        #expect(try snapshot() == corrected)
        let trump = try #require(try actor("Donald J. Trump"))
        #expect(trump.aliases.contains("Donald Trump") && trump.aliases.contains("Trump"))
        #expect(try actor("Donald Trump") == nil)
        #expect(try actor("Reuters")?.kind == "place")
        #expect(try actor("Germany")?.aliases.contains("Deutschland") == true)
        #expect(try actor("United Kingdom")?.aliases.contains("UK") == false)
        #expect(try store.actors(matching: "Deutschland").map(\.name) == ["Germany"])
        #expect(try store.actorOverrides().map(\.action) == [.rename, .kind, .aliasAdd, .aliasRemove])
        #expect(try store.checkIntegrity().isOK)
    }

    @Test func droppingAnOverrideUndoesItAtTheNextReextract() throws {
        let correction = try store.addActorAlias("Germany", alias: "Deutschland")
        _ = try store.removeActorOverride(id: correction.override.id)
        #expect(try actor("Germany")?.aliases.contains("Deutschland") == true, "until reextract")
        _ = try store.reextract()
        #expect(try actor("Germany")?.aliases.contains("Deutschland") == false)
        #expect(throws: ArchiveError.self) { try store.removeActorOverride(id: correction.override.id) }
    }

    @Test(arguments: [
        ("Nobody Known", "No actor named 'Nobody Known'"),
        ("#999999", "No actor #999999"),
        ("Shared", "'Shared' names 2 actors"),
    ])
    func unknownOrAmbiguousNamesChangeNothing(name: String, message: String) throws {
        _ = try store.addActorAlias("Germany", alias: "Shared")
        _ = try store.addActorAlias("Ukraine", alias: "Shared")
        let before = try snapshot()
        let corrections: [() throws -> ActorCorrection] = [
            { try store.mergeActors(keeping: "Germany", merging: name) },
            { try store.mergeActors(keeping: name, merging: "Germany") },
            { try store.renameActor(name, to: "Someone") },
            { try store.setActorKind(name, to: "place") },
            { try store.addActorAlias(name, alias: "X") },
            { try store.removeActorAlias(name, alias: "X") },
        ]
        for correction in corrections {
            let error = try #require(throws: ArchiveError.self) { try correction() }
            #expect(error.message.contains(message), "\(error.message)")
            #expect(!error.message.contains("\n"))
        }
        #expect(try snapshot() == before)
    }

    @Test func reextractOnAnUnchangedArchiveChangesNothing() throws {
        let before = try snapshot()
        let report = try store.reextract()
        #expect(report.isUnchanged, "\(report)")
        #expect(report.articles == 4 && report.articlesChanged == 0)
        #expect(report.mentionsBefore == report.mentionsAfter && report.mentionsAfter > 0)
        #expect(try snapshot() == before)
    }

    @Test func roleReferencesAreNotAliases() throws {
        let trump = try #require(try actor("Donald Trump"))
        #expect(!trump.aliases.contains("The US president"))
        let shown = try #require(try store.article(id: 1).actors.first { $0.name == "Donald Trump" })
        #expect(shown.roleReferences == ["The US president"])
        #expect(!shown.aliases.contains("The US president"))
        // An archive made before role references were marked has them among its aliases: reextract fixes it.
        try store.connection.run("UPDATE mentions SET role_reference = 0")
        try store.connection.run(
            "INSERT INTO actor_aliases (actor_id, alias) VALUES (?, 'The US president')", trump.id)
        let report = try store.reextract()
        #expect(report.articlesChanged == 1)
        #expect(try actor("Donald Trump")?.aliases.contains("The US president") == false)
        #expect(try store.article(id: 1).actors.first { $0.name == "Donald Trump" }?.roleReferences == ["The US president"])
    }

    /// A run stopped inside a transaction leaves each article as it was or as it is now; running it
    /// again finishes the work.
    @Test func reextractReplacesEachArticlesActorsWholeOrNotAtAll() throws {
        let clean = try snapshot()
        try store.connection.run("UPDATE mentions SET surface = 'old'")
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            _ = try store.reextract(batchSize: 1, transactionSize: 2, interruption: { if $0 == 3 { throw Stop() } })
        }
        let states = try store.connection.rows(
            """
            SELECT sec.article_id, sum(m.surface IS 'old'), count(*) FROM mentions AS m JOIN sections AS sec ON sec.id = m.section_id
            GROUP BY 1 ORDER BY 1
            """
        ).map { (article: $0[0].int ?? 0, old: $0[1].int ?? 0, all: $0[2].int ?? 0) }
        #expect(states.count == 4)
        for state in states {
            #expect(state.old == 0 || state.old == state.all, "article \(state.article) is half old, half new")
        }
        #expect(states.map { $0.old == 0 } == [true, true, false, false], "the first transaction of two articles committed")
        let report = try store.reextract()
        #expect(report.articlesChanged == 2)
        #expect(try snapshot() == clean)
        #expect(try store.checkIntegrity().isOK)
    }
}
