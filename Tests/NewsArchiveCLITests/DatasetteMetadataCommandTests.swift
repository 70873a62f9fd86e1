import Foundation
import NewsTestSupport
import Testing

/// `news-archive datasette-metadata`: a metadata.json under the name Datasette gives the archive.
struct DatasetteMetadataCommandTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    private func run(_ arguments: [String]) throws -> CommandResult {
        try runNewsArchive(arguments, in: folder.url)
    }

    @Test func writesTablesColumnsAndCannedQueriesUnderTheFilesName() throws {
        _ = try run(["--db", "my-news.sqlite", "ingest", Fixtures.ukraineArticle])
        let result = try run(["--db", "my-news.sqlite", "datasette-metadata"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try result.json() as? [String: Any])
        let database = try #require((json["databases"] as? [String: Any])?["my-news"] as? [String: Any])
        let tables = try #require(database["tables"] as? [String: [String: Any]])
        #expect((tables["mention_contexts"]?["description"] as? String)?.contains("sentence") == true)
        #expect((tables["articles"]?["columns"] as? [String: String])?["published"]?.contains("ISO 8601") == true)
        let queries = try #require(database["queries"] as? [String: [String: String]])
        #expect(queries["actor_mentions_per_month"]?["sql"]?.contains(":actor") == true)
        let written = try run(["--db", "my-news.sqlite", "datasette-metadata", "--output", "metadata.json"])
        #expect(written.status == 0 && written.stdout.isEmpty)
        #expect(try String(contentsOfFile: folder.path("metadata.json"), encoding: .utf8) == result.stdout)
    }

    @Test func aMissingArchiveIsAnErrorAndWritesNothing() throws {
        let result = try run(["--db", "missing.sqlite", "datasette-metadata", "--output", "metadata.json"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("missing.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("metadata.json")))
        #expect(!FileManager.default.fileExists(atPath: folder.path("missing.sqlite")))
    }
}
