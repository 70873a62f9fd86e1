import Foundation
import NewsSQLite
import NewsTestSupport
import Testing
@testable import NewsArchive

/// Migration 0020 (sentences and paragraphs keyed by section) on an archive written before it: every row
/// keeps its id, what users read does not change, and ingest and deletion go on as before.
struct SectionKeyedRowsMigrationTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    /// Every sentence and paragraph, in id order, and what the views show of each sentence and mention.
    static func rows(in connection: Connection) throws -> [String: [[DatabaseValue]]] {
        [
            "paragraphs": try connection.rows(
                "SELECT id, section_id, position, start_offset, end_offset FROM paragraphs ORDER BY id"),
            "sentences": try connection.rows(
                "SELECT id, section_id, position, start_offset, end_offset FROM sentences ORDER BY id"),
            "sentence_texts": try connection.rows("SELECT * FROM sentence_texts ORDER BY id"),
            "mention_contexts": try connection.rows("SELECT * FROM mention_contexts ORDER BY mention_id"),
        ].mapValues { $0.map(\.values) }
    }

    @Test func keepsEveryRowAndWhatUsersRead() throws {
        // The archive as the current code writes it...
        let current = try ArchiveStore(path: folder.path("current.sqlite"))
        try OlderArchive.ingestCurrent(into: current, folder: folder)
        let question = OlderArchive.question
        let macron = try #require(try current.actors().first { $0.name == "Emmanuel Macron" })
        let expected = (
            rows: try Self.rows(in: current.connection), search: try current.search(question),
            byActor: try [nil, 2].map { try current.search("", options: SearchOptions(actor: "Emmanuel Macron", limit: $0)) },
            articles: try [1, 2].map { try current.article(id: $0) }, mentions: try current.mentions(ofActor: macron.id))
        #expect(expected.rows["mention_contexts"]?.count ?? 0 > 20)
        #expect(expected.byActor[0].hits.count > 2, "the limit leaves some out")

        // ...copied into an archive that stops at 0019, then opened (and so migrated) by the store.
        let path = folder.path("old.sqlite")
        do {
            let connection = try OlderArchive.make(
                at: path, before: "0020", copying: FewerRowIndexesMigrationTests.tables, from: folder.path("current.sqlite"))
            #expect(try connection.firstRow("SELECT count(*) FROM sqlite_schema WHERE name = 'sentences_section'")?[0].int == 1)
        }
        let migrated = try ArchiveStore(path: path, mode: .mustExist)
        #expect(try Self.rows(in: migrated.connection) == expected.rows)
        #expect(try migrated.search(question) == expected.search)
        #expect(try [nil, 2].map { try migrated.search("", options: SearchOptions(actor: "Emmanuel Macron", limit: $0)) } == expected.byActor)
        #expect(try [1, 2].map { try migrated.article(id: $0) } == expected.articles)
        #expect(try migrated.mentions(ofActor: macron.id) == expected.mentions)
        #expect(try migrated.checkIntegrity().isOK)
        let keyed = try migrated.connection.rows(
            "SELECT name FROM pragma_table_list WHERE name IN ('paragraphs', 'sentences') AND wr ORDER BY name")
        #expect(keyed.compactMap { $0[0].string } == ["paragraphs", "sentences"])
        let indexes = try migrated.connection.rows(
            "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name IN ('paragraphs', 'sentences')")
        #expect(indexes.isEmpty)

        // Deleting an article deletes its sentences and paragraphs; the next ingest numbers its own after
        // the largest ids stored.
        let largest = try #require(try migrated.connection.firstRow("SELECT (SELECT max(id) FROM sentences), (SELECT max(id) FROM paragraphs)"))
        try migrated.connection.run("DELETE FROM articles WHERE id = 1")
        for table in ["paragraphs", "sentences"] {
            let left = try migrated.connection.rows(
                "SELECT DISTINCT (SELECT article_id FROM sections WHERE id = section_id) FROM \(table)").compactMap { $0[0].int }
            #expect(left == [2], "\(table)")
        }
        let third = try folder.write("third.txt", text: "Ceasefire holds\n\nThe ceasefire held overnight. Aid arrived.\n")
        try migrated.ingest([.file(path: third)])
        let added = try #require(
            try migrated.connection.firstRow(
                """
                SELECT (SELECT min(id) FROM sentences WHERE section_id IN (SELECT id FROM sections WHERE article_id = 3)),
                    (SELECT min(id) FROM paragraphs WHERE section_id IN (SELECT id FROM sections WHERE article_id = 3))
                """))
        #expect(added[0].int == (largest[0].int ?? 0) + 1)
        #expect(added[1].int == (largest[1].int ?? 0) + 1)
        #expect(try migrated.checkIntegrity().isOK)
    }
}
