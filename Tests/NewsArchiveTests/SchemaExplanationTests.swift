import Foundation
import NewsTestSupport
import Testing
@testable import NewsArchive
import NewsSQLite

/// The views `article_texts` and `mention_contexts`, the Datasette metadata, and the comments SQLite
/// keeps with the tables.
struct SchemaExplanationTests {
    let folder: TemporaryFolder
    let store: ArchiveStore

    init() throws {
        folder = try TemporaryFolder()
        store = try ArchiveStore(path: folder.path("archive.sqlite"))
        let (samples, _, _) = IngestInput.expand([Fixtures.folder.appendingPathComponent("samples").path])
        try store.ingest([.file(path: Fixtures.ukraineArticle)] + samples)
    }

    @Test func everyOffsetReadsTheSameTextFromArticleTexts() throws {
        let sentences = try #require(try store.connection.firstRow("SELECT count(*) FROM sentences")?[0].int)
        #expect(sentences > 20)
        let mismatched = try store.connection.firstRow(
            """
            SELECT count(*) FROM sentence_texts AS st JOIN sentences AS s ON s.id = st.id
            JOIN article_texts AS t ON t.article_id = st.article_id
            WHERE substr(t.text, s.start_offset + 1, s.end_offset - s.start_offset) IS NOT st.text
            """)?[0].int
        #expect(mismatched == 0)
        let text = try #require(try store.connection.firstRow("SELECT text FROM article_texts WHERE article_id = 1")?[0].string)
        #expect(text.contains("peacekeeping force"))
        #expect(text.contains("\n\nEuropean leaders back deployment\n\nFrench President Emmanuel Macron"))
    }

    @Test func mentionContextsGiveTheActorArticleAndSentence() throws {
        let rows = try store.connection.rows(
            "SELECT actor, kind, article_id, title, sentence FROM mention_contexts WHERE actor = 'Emmanuel Macron'")
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0[1].string == "person" && ($0[4].string ?? "").contains("Macron") })
        let mentions = try store.connection.firstRow("SELECT count(*) FROM mentions")?[0].int
        #expect(try store.connection.firstRow("SELECT count(*) FROM mention_contexts")?[0].int == mentions)
    }

    @Test func theMetadataDescribesEveryTableAndViewAndOnlyColumnsThatExist() throws {
        let metadata = DatasetteMetadata(databaseName: "archive")
        let tables = try #require(metadata.databases["archive"]?.tables)
        let names = try store.connection.rows(
            """
            SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')
                AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts' AND name NOT LIKE '%_fts_%'
            """
        ).compactMap { $0[0].string }
        #expect(Set(names) == Set(tables.keys))
        for (table, explained) in tables {
            let columns = Set(try store.connection.rows("SELECT name FROM pragma_table_info(?)", table).compactMap { $0[0].string })
            #expect(Set(explained.columns.keys).isSubset(of: columns), "\(table): \(explained.columns.keys.sorted())")
        }
    }

    @Test func everyCannedQueryRunsAndMentionsPerMonthFindsRows() throws {
        let queries = try #require(DatasetteMetadata(databaseName: "archive").databases["archive"]?.queries)
        for (name, query) in queries {
            let arguments: [any SQLiteBindable] = query.sql.contains(":actor") ? ["Emmanuel Macron"] : []
            #expect(throws: Never.self, "\(name)") { try store.connection.rows(query.sql, arguments: arguments) }
        }
        let rows = try store.connection.rows(try #require(queries["actor_mentions_per_month"]).sql, "Emmanuel Macron")
        #expect(rows.count == 1)
        #expect((rows.first?[1].int ?? 0) >= 1)
    }

    @Test func theArticlesTableCommentsNoLongerDescribeDroppedColumnsOrTextDates() throws {
        let sql = try #require(
            try store.connection.firstRow("SELECT sql FROM sqlite_schema WHERE name = 'articles'")?[0].string)
        #expect(!sql.contains("else as written"))
        #expect(!sql.contains("the cleaned article"))
        #expect(sql.contains("published_as_written keeps the text as written"))
        #expect(try store.connection.firstRow("PRAGMA integrity_check")?[0].string == "ok")
    }
}
