import NewsSQLite
import NewsTestSupport
import Testing
@testable import NewsArchive

/// Migration 0017 (a mention's text stored once) on an archive written before it: the text as written
/// that users read does not change, and only a text that is not the one at the mention's offsets is kept.
struct MentionTextMigrationTests {
    let folder: TemporaryFolder
    /// The archive as the current code writes it: no mention stores its text.
    let current: ArchiveStore

    init() throws {
        folder = try TemporaryFolder()
        current = try ArchiveStore(path: folder.path("current.sqlite"))
        try current.ingest([.file(path: Fixtures.ukraineArticle)])
    }

    /// The current archive copied into one that stops at 0016, where every mention held its text; `change`
    /// runs on it before the store opens (and so migrates) it.
    private func migratedArchive(_ change: (Connection) throws -> Void = { _ in }) throws -> ArchiveStore {
        let path = folder.path("old.sqlite")
        do {
            let connection = try OlderArchive.make(
                at: path, before: "0017",
                copying: [
                    "articles", "article_files", "sections", "paragraphs", "sentences", "removed_blocks", "related_links",
                    "actors", "actor_aliases", "actor_roles", "mentions",
                ],
                from: folder.path("current.sqlite"))
            #expect(try connection.firstRow("SELECT count(*) FROM mentions WHERE surface IS NULL")?[0].int == 0)
            try change(connection)
        }
        return try ArchiveStore(path: path, mode: .mustExist)
    }

    /// Every mention's text as written, by mention id: as `actors mentions` lists them, and as the
    /// `mention_contexts` view shows them.
    private static func textsAsWritten(in store: ArchiveStore) throws -> (listed: [Int: String], view: [Int: String]) {
        var listed: [Int: String] = [:]
        for actor in try store.actors() {
            for mention in try store.mentions(ofActor: actor.id) { listed[mention.id] = mention.asWritten }
        }
        var view: [Int: String] = [:]
        for row in try store.connection.rows("SELECT mention_id, surface FROM mention_contexts") {
            view[row[0].int ?? 0] = row[1].string
        }
        return (listed, view)
    }

    @Test func storesNoTextAndShowsTheSameAsBefore() throws {
        let counts = try #require(
            try current.connection.firstRow("SELECT count(*), count(surface), count(*) - count(sentence_id) FROM mentions"))
        #expect(counts[0].int ?? 0 > 20)
        #expect(counts[1].int == 0)
        #expect(counts[2].int ?? 0 > 0, "some mentions are in a headline")
        let expected = try Self.textsAsWritten(in: current)
        #expect(expected.listed == expected.view)
        #expect(expected.listed.values.contains("The US president"))

        let migrated = try migratedArchive()
        #expect(try migrated.connection.firstRow("SELECT count(surface) FROM mentions")?[0].int == 0)
        #expect(try Self.textsAsWritten(in: migrated) == expected)
        #expect(try migrated.article(id: 1) == (try current.article(id: 1)))
        #expect(try migrated.checkIntegrity().isOK)
    }

    @Test func keepsATextThatIsNotTheOneAtTheOffsets() throws {
        var expected = try Self.textsAsWritten(in: current)
        let migrated = try migratedArchive { connection in
            try connection.run("UPDATE mentions SET surface = 'As an older extractor wrote it' WHERE id = 1")
        }
        expected.listed[1] = "As an older extractor wrote it"
        expected.view[1] = "As an older extractor wrote it"
        #expect(try migrated.connection.rows("SELECT id FROM mentions WHERE surface IS NOT NULL").map { $0[0].int } == [1])
        #expect(try Self.textsAsWritten(in: migrated) == expected)
    }
}
