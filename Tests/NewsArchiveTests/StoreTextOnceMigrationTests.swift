import Foundation
import NewsIngest
import NewsTestSupport
import Testing
@testable import NewsArchive
import NewsSQLite

/// Migration 0004 (text stored once) on an archive written before it: what users read must not change.
struct StoreTextOnceMigrationTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    /// An article as the archive stored it before 0004, and what it was read from.
    struct OldArticle {
        var name: String
        var bytes: [UInt8]
        var original: String
        var parsed: ParsedArticle
    }

    static func oldArticle(named name: String, bytes: [UInt8]) throws -> OldArticle {
        let original = try ArticleTextDecoder.decode(bytes).text
        return OldArticle(
            name: name, bytes: bytes, original: original, parsed: try ArticleParser().parse(original, fileName: name))
    }

    /// Writes `article` the way `ArchiveStore.insert` did under migrations 0001-0003: the text in
    /// `articles.body`, `original_text`, `paragraphs.text` and `sentences.text`.
    static func insertTheOldWay(_ article: OldArticle, path: String, into connection: Connection) throws -> Int {
        let parsed = article.parsed
        try connection.run(
            """
            INSERT INTO articles (title, title_origin, source, url, published, byline, ingested_at, content_hash,
                encoding, body, original_text)
            VALUES (?, 'first_line', NULL, NULL, NULL, NULL, '2025-08-15T09:00:00Z', ?, 'utf-8', ?, ?)
            """, parsed.title, SHA256.hexDigest(of: article.bytes), parsed.body, article.original)
        let articleID = Int(connection.lastInsertedRowID)
        try connection.run(
            "INSERT INTO article_files (path, article_id, ingested_at) VALUES (?, ?, '2025-08-15T09:00:00Z')", path, articleID)
        for section in parsed.sections {
            let start = section.headlineRange?.start ?? section.paragraphs.first?.range.start ?? 0
            let end = section.paragraphs.last?.range.end ?? section.headlineRange?.end ?? start
            try connection.run(
                """
                INSERT INTO sections (article_id, position, headline, body, start_offset, end_offset)
                VALUES (?, ?, ?, ?, ?, ?)
                """, articleID, section.position, section.headline,
                section.paragraphs.map(\.text).joined(separator: "\n\n"), start, end)
            let sectionID = Int(connection.lastInsertedRowID)
            for paragraph in section.paragraphs {
                try connection.run(
                    """
                    INSERT INTO paragraphs (article_id, section_id, position, text, start_offset, end_offset)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, articleID, sectionID, paragraph.position, paragraph.text, paragraph.range.start,
                    paragraph.range.end)
                let paragraphID = Int(connection.lastInsertedRowID)
                for sentence in paragraph.sentences {
                    try connection.run(
                        """
                        INSERT INTO sentences (article_id, section_id, paragraph_id, position, text, start_offset, end_offset)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """, articleID, sectionID, paragraphID, sentence.position, sentence.text, sentence.range.start,
                        sentence.range.end)
                }
            }
        }
        for (position, block) in parsed.removed.enumerated() {
            try connection.run(
                "INSERT INTO removed_blocks (article_id, position, reason, detail, text) VALUES (?, ?, ?, ?, ?)",
                articleID, position, block.reason.rawValue, block.detail, block.text)
        }
        return articleID
    }

    @Test func anArchiveFromBeforeTheMigrationReadsBackTheSame() throws {
        let path = folder.path("old.sqlite")
        let reference = try Self.oldArticle(
            named: "security-guarantees-ukraine.txt",
            bytes: Array(try Data(contentsOf: URL(fileURLWithPath: Fixtures.ukraineArticle))))
        let crlf = try Self.oldArticle(
            named: "crlf.txt",
            bytes: Array(
                ("Budget agreed\r\n\r\nThe council’s members met on Monday. It agreed a budget.\r\n\r\nRents rise\r\n\r\n"
                    + "The café pays more. Residents objected.\r\n\r\nThey will appeal.\r\n").utf8))
        var ids: [Int] = []
        do {
            let connection = try Connection(path: path)
            try connection.execute("PRAGMA foreign_keys = ON")
            let shipped = Migration.bundled.filter { $0.identifier < "0004" }
            #expect(shipped.map(\.identifier) == ["0001_create_articles", "0002_create_actors", "0003_create_synonyms"])
            try Migrator(migrations: shipped).migrate(connection)
            try connection.transaction {
                ids.append(try Self.insertTheOldWay(reference, path: Fixtures.ukraineArticle, into: connection))
                ids.append(try Self.insertTheOldWay(crlf, path: "crlf.txt", into: connection))
            }
        }

        let store = try ArchiveStore(path: path, mode: .mustExist)
        let applied = try Migrator(migrations: Migration.bundled).appliedIdentifiers(in: store.connection)
        #expect(applied == Migration.bundled.map(\.identifier))
        for (id, old) in zip(ids, [reference, crlf]) {
            let stored = try #require(
                try store.connection.firstRow(
                    "SELECT typeof(original), length(original) = original_size, original_size FROM articles WHERE id = ?", id))
            #expect(stored[0].string == "blob")
            #expect(stored[1].int == 1, "a migrated original is the plain text")
            #expect(stored[2].int == old.original.utf8.count)
            #expect(Array(try store.originalText(ofArticle: id).utf8) == Array(old.original.utf8), "\(old.name)")

            let sentences = try store.connection.rows(
                "SELECT text FROM sentence_texts WHERE article_id = ? ORDER BY position", id
            ).compactMap { $0[0].string }
            #expect(sentences == old.parsed.sentences.map(\.text), "\(old.name)")

            let article = try store.article(id: id)
            #expect(article.title == old.parsed.title)
            #expect(article.sections.map(\.headline) == old.parsed.sections.map(\.headline))
            #expect(article.sections.map(\.paragraphs) == old.parsed.sections.map { $0.paragraphs.map(\.text) }, "\(old.name)")
        }
        #expect(try store.fullTextIndexes() == ["actors_fts", "articles_fts", "sections_fts"])
        let report = try store.checkIntegrity()
        #expect(report.isOK, "\(report.lines)")
        let headline = try store.connection.firstRow(
            "SELECT headline FROM sections_fts WHERE sections_fts MATCH 'peacekeeping' ORDER BY rank LIMIT 1")
        #expect(headline?[0].string == "European leaders back deployment")

        // The migrated archive goes on working: the same bytes are still known, new files go in deflated.
        let again = try store.ingest([.file(path: Fixtures.ukraineArticle)])
        #expect(again.files.map(\.status) == [.unchanged])
        #expect(again.files.first?.articleID == ids[0])
        let newFile = try folder.write(
            "new.txt", text: "Talks resume\n\nNegotiators met again on Friday. They agreed to meet next week.\n")
        let added = try store.ingest([.file(path: newFile)])
        let newID = try #require(added.files.first?.articleID)
        #expect(added.files.map(\.status) == [.added])
        #expect(
            try store.originalText(ofArticle: newID)
                == "Talks resume\n\nNegotiators met again on Friday. They agreed to meet next week.\n")
        #expect(try store.checkIntegrity().isOK)
    }
}
