import NewsSQLite
import NewsTestSupport
@testable import NewsArchive

/// An archive as an older news-archive wrote it, for migration tests: the migrations before one, then
/// the rows of an archive the current code wrote.
enum OlderArchive {
    /// Makes the archive at `path` with the bundled migrations whose identifiers sort before `identifier`,
    /// and copies every row of `tables` (parents first) from the archive at `currentPath`. Each mention's
    /// text as written is copied into `mentions.surface`, as it was stored before migration 0017, and each
    /// sentence's and paragraph's article is its section's, as it was stored before 0019 (and a mention's,
    /// before 0021, when a sentence also named its paragraph).
    static func make(
        at path: String, before identifier: String, copying tables: [String], from currentPath: String
    ) throws -> Connection {
        let connection = try Connection(path: path)
        try connection.execute("PRAGMA foreign_keys = ON")
        try Migrator(migrations: Migration.bundled.filter { $0.identifier < identifier }).migrate(connection)
        try connection.run("ATTACH DATABASE ? AS current", currentPath)
        try connection.transaction {
            for table in tables {
                let columns = try connection.rows("SELECT name FROM pragma_table_info(?)", table).compactMap { $0[0].string }
                let values = columns.map { column in
                    switch (table, column) {
                    case ("mentions", "surface"):
                        "(SELECT \(ArchiveStore.mentionSurfaceSQL) FROM current.sections AS sec WHERE sec.id = m.section_id)"
                    case ("sentences", "article_id"), ("paragraphs", "article_id"), ("mentions", "article_id"):
                        "(SELECT article_id FROM current.sections WHERE id = m.section_id)"
                    case ("sentences", "paragraph_id"):
                        """
                        (SELECT p.id FROM current.paragraphs AS p WHERE p.section_id = m.section_id
                            AND p.start_offset <= m.start_offset AND m.end_offset <= p.end_offset)
                        """
                    default: "m.\(column)"
                    }
                }
                try connection.execute(
                    """
                    INSERT INTO main.\(table) (\(columns.joined(separator: ", ")))
                    SELECT \(values.joined(separator: ", ")) FROM current.\(table) AS m
                    """)
            }
        }
        try connection.execute("DETACH DATABASE current")
        return connection
    }

    /// The question the migration tests ask before and after: the seed's, answered by both articles of
    /// `ingestCurrent(into:folder:)`.
    static let question = "which leaders backed a European-led force"

    /// Ingests, as the current code writes them, what the migration tests copy into an older archive:
    /// the seed article and a short second one naming the same leaders (ids 1 and 2).
    static func ingestCurrent(into store: ArchiveStore, folder: TemporaryFolder) throws {
        let second = try folder.write(
            "second.txt",
            text: "Talks resume in Geneva\n\nFrench President Emmanuel Macron met Keir Starmer on Friday. "
                + "Macron backed a European-led force.\n\nThey will meet again.\n")
        try store.ingest([.file(path: Fixtures.ukraineArticle), .file(path: second)])
    }
}
