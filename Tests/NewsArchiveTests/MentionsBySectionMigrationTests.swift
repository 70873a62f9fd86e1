import Foundation
import NewsSQLite
import NewsTestSupport
import Testing
@testable import NewsArchive

/// Migration 0021 (mentions keyed by section, and actor_articles) on an archive written before it: every
/// mention keeps its id, what users read of actors does not change, and ingest, merges and deletion go on.
struct MentionsBySectionMigrationTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    /// Every mention in id order, and each actor's articles with how many mentions each has of it.
    static func rows(in connection: Connection) throws -> [String: [[DatabaseValue]]] {
        [
            "mentions": try connection.rows(
                """
                SELECT id, actor_id, section_id, sentence_id, start_offset, end_offset, role_as_written, role_reference
                FROM mentions ORDER BY id
                """),
            "mention_contexts": try connection.rows("SELECT * FROM mention_contexts ORDER BY mention_id"),
            "actor_articles": try connection.rows(
                """
                SELECT m.actor_id, sec.article_id, count(*) FROM mentions AS m JOIN sections AS sec ON sec.id = m.section_id
                GROUP BY 1, 2 ORDER BY 1, 2
                """),
        ].mapValues { $0.map(\.values) }
    }

    @Test func keepsEveryMentionAndWhatUsersReadOfActors() throws {
        // The archive as the current code writes it...
        let current = try ArchiveStore(path: folder.path("current.sqlite"))
        try OlderArchive.ingestCurrent(into: current, folder: folder)
        let macron = try #require(try current.actors().first { $0.name == "Emmanuel Macron" })
        let expected = (
            rows: try Self.rows(in: current.connection), actors: try current.actors(),
            byActor: try current.search("", options: SearchOptions(actor: "Emmanuel Macron")),
            mentions: try current.mentions(ofActor: macron.id),
            latest: try current.latestMentions(ofActor: macron.id, limit: 3),
            inArticle: try current.actors(inArticle: 1))
        #expect(expected.mentions.count > 2)

        // ...copied into an archive that stops at 0020, then opened (and so migrated) by the store.
        let path = folder.path("old.sqlite")
        do {
            let connection = try OlderArchive.make(
                at: path, before: "0021", copying: FewerRowIndexesMigrationTests.tables, from: folder.path("current.sqlite"))
            #expect(try connection.firstRow("SELECT count(*) FROM sqlite_schema WHERE name = 'mentions_section'")?[0].int == 1)
        }
        let migrated = try ArchiveStore(path: path, mode: .mustExist)
        #expect(try Self.rows(in: migrated.connection) == expected.rows)
        let pairs = try migrated.connection.rows("SELECT actor_id, article_id, mentions FROM actor_articles ORDER BY 1, 2")
        #expect(pairs.map(\.values) == expected.rows["actor_articles"])
        #expect(try migrated.actors() == expected.actors)
        #expect(try migrated.search("", options: SearchOptions(actor: "Emmanuel Macron")) == expected.byActor)
        #expect(try migrated.mentions(ofActor: macron.id) == expected.mentions)
        #expect(try migrated.latestMentions(ofActor: macron.id, limit: 3) == expected.latest)
        #expect(try migrated.actors(inArticle: 1) == expected.inArticle)
        #expect(try migrated.checkIntegrity().isOK)
        let indexes = try migrated.connection.rows(
            "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name IN ('mentions', 'actor_articles') ORDER BY name")
        #expect(indexes.compactMap { $0[0].string } == ["actor_articles_actor"])

        // The next ingest numbers its mentions after the largest id; deleting an article deletes its
        // mentions and its rows of actor_articles.
        let largest = try #require(try migrated.connection.firstRow("SELECT max(id) FROM mentions")?[0].int)
        let third = try folder.write("third.txt", text: "Ceasefire holds\n\nEmmanuel Macron spoke to Keir Starmer.\n")
        try migrated.ingest([.file(path: third)])
        let added = try migrated.connection.rows(
            "SELECT id FROM mentions WHERE section_id IN (SELECT id FROM sections WHERE article_id = 3) ORDER BY id"
        ).compactMap { $0[0].int }
        #expect(added == Array(largest + 1...largest + added.count) && added.count >= 2)
        try migrated.deleteArticles([1])
        let left = try migrated.connection.rows(
            """
            SELECT article_id FROM actor_articles
            UNION SELECT sec.article_id FROM mentions AS m JOIN sections AS sec ON sec.id = m.section_id ORDER BY 1
            """)
        #expect(left.compactMap { $0[0].int } == [2, 3])
        #expect(try migrated.checkIntegrity().isOK)
    }

    /// A sentence no longer stores its paragraph: `sentence_texts` names the one whose text holds it.
    @Test func sentenceTextsNameEachSentencesParagraph() throws {
        let store = try ArchiveStore(path: folder.path("a.sqlite"))
        try OlderArchive.ingestCurrent(into: store, folder: folder)
        let rows = try store.connection.rows(
            """
            SELECT s.text, substr(sec.body, p.start_offset - sec.body_start + 1, p.end_offset - p.start_offset)
            FROM sentence_texts AS s LEFT JOIN paragraphs AS p ON p.section_id = s.section_id AND p.id = s.paragraph_id
            LEFT JOIN sections AS sec ON sec.id = s.section_id
            """)
        #expect(rows.count > 10)
        for row in rows {
            let sentence = try #require(row[0].string)
            #expect(row[1].string?.contains(sentence) == true, "\(sentence)")
        }
        let paragraphs = try store.connection.firstRow("SELECT count(DISTINCT paragraph_id) FROM sentence_texts")?[0].int
        #expect(paragraphs == (try store.connection.firstRow("SELECT count(*) FROM paragraphs")?[0].int))
    }

    /// `actors merge` moves every mention and article of one actor to the other, counts included.
    @Test func aMergeMovesMentionsAndArticles() throws {
        let store = try ArchiveStore(path: folder.path("a.sqlite"))
        try OlderArchive.ingestCurrent(into: store, folder: folder)
        let actors = try store.actors()
        let macron = try #require(actors.first { $0.name == "Emmanuel Macron" })
        let starmer = try #require(actors.first { $0.name == "Keir Starmer" })
        _ = try store.mergeActors(keeping: "Emmanuel Macron", merging: "Keir Starmer")
        let merged = try #require(try store.actors().first { $0.name == "Emmanuel Macron" })
        #expect(merged.mentions == macron.mentions + starmer.mentions)
        #expect(merged.articles == 2)
        #expect(try store.mentions(ofActor: merged.id).count == merged.mentions)
        #expect(try store.connection.firstRow("SELECT count(*) FROM actor_articles WHERE actor_id = ?", starmer.id)?[0].int == 0)
        #expect(try store.checkIntegrity().isOK)
    }
}
