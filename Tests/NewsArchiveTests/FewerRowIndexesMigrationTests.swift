import Foundation
import NewsSQLite
import NewsTestSupport
import Testing
@testable import NewsArchive

/// Migration 0005 (fewer row indexes) on an archive written before it: every row keeps its id, what
/// users read does not change, and deleting an article still deletes all of it.
struct FewerRowIndexesMigrationTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    /// The tables holding what ingest writes, parents first; 0005 keeps their columns.
    static let tables = [
        "articles", "article_files", "sections", "paragraphs", "sentences", "removed_blocks", "related_links",
        "actors", "actor_aliases", "actor_roles", "mentions",
    ]

    /// Every row of the tables 0005 copies, in id order.
    static func rows(in connection: Connection) throws -> [String: [[DatabaseValue]]] {
        var rows: [String: [[DatabaseValue]]] = [:]
        for table in ["paragraphs", "sentences", "mentions"] {
            let columns = try connection.rows("SELECT name FROM pragma_table_info(?) ORDER BY name", table)
                .compactMap { $0[0].string }
            rows[table] = try connection.rows("SELECT \(columns.joined(separator: ", ")) FROM \(table) ORDER BY id")
                .map { row in columns.indices.map { row[$0] } }
        }
        return rows
    }

    @Test func keepsEveryRowAndWhatUsersRead() throws {
        // The archive as the current code writes it...
        let current = try ArchiveStore(path: folder.path("current.sqlite"))
        try OlderArchive.ingestCurrent(into: current, folder: folder)
        let question = OlderArchive.question
        let expected = (
            rows: try Self.rows(in: current.connection), search: try current.search(question),
            articles: try [1, 2].map { try current.article(id: $0) }, actors: try current.actors())
        #expect(expected.rows["mentions"]?.count ?? 0 > 20)

        // ...copied into an archive that stops at 0004, then opened (and so migrated) by the store.
        let path = folder.path("old.sqlite")
        do {
            let connection = try OlderArchive.make(
                at: path, before: "0005", copying: Self.tables, from: folder.path("current.sqlite"))
            #expect(try connection.firstRow("SELECT count(*) FROM sqlite_schema WHERE name = 'sentences_paragraph'")?[0].int == 1)
        }
        let migrated = try ArchiveStore(path: path, mode: .mustExist)
        #expect(try Self.rows(in: migrated.connection) == expected.rows)
        #expect(try migrated.search(question) == expected.search)
        #expect(try [1, 2].map { try migrated.article(id: $0) } == expected.articles)
        #expect(try migrated.actors() == expected.actors)
        #expect(try migrated.checkIntegrity().isOK)
        let indexes = try migrated.connection.rows(
            """
            SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL
                AND tbl_name IN ('paragraphs', 'sentences', 'mentions') ORDER BY name
            """
        ).compactMap { $0[0].string }
        #expect(indexes.isEmpty)  // 0020 and 0021 key paragraphs, sentences and mentions by section

        // Deleting an article deletes its sections, and they their paragraphs, sentences and mentions.
        try migrated.connection.run("DELETE FROM articles WHERE id = 1")
        for table in ["sections", "paragraphs", "sentences", "mentions"] {
            let articles = table == "sections" ? "article_id" : "(SELECT article_id FROM sections WHERE id = section_id)"
            let left = try migrated.connection.rows("SELECT DISTINCT \(articles) FROM \(table)").compactMap { $0[0].int }
            #expect(left == [2], "\(table)")
        }
        #expect(try migrated.checkIntegrity().isOK)
    }
}
