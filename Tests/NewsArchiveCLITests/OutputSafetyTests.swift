import Foundation
import NewsTestSupport
import Testing

/// `--output` never destroys what the command reads: the archive, its companion files, or (without
/// `--force`) any other SQLite database.
struct OutputSafetyTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        let ingest = try runNewsArchive(["ingest", Fixtures.ukraineArticle], in: folder.url)
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    private func bytes(_ name: String) throws -> Data { try Data(contentsOf: folder.url.appendingPathComponent(name)) }

    @Test(arguments: [
        ["search", "security", "--format", "csv", "--output", "news-archive.sqlite"],
        ["search", "security", "--format", "csv", "--output", "./sub/../news-archive.sqlite"],
        ["actors", "--format", "csv", "--output", "news-archive.sqlite", "--force"],
        ["actors", "mentions", "Macron", "--output", "news-archive.sqlite"],
        ["search", "security", "--output", "news-archive.sqlite-wal"],
    ])
    func theArchiveItselfIsNeverAnOutput(arguments: [String]) throws {
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let before = try bytes("news-archive.sqlite")
        let result = try runNewsArchive(arguments, in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Refusing to write"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(try bytes("news-archive.sqlite") == before)
        #expect(try runNewsArchive(["check"], in: folder.url).status == 0)
    }

    @Test func aLinkToTheArchiveIsTheArchive() throws {
        try FileManager.default.createSymbolicLink(
            atPath: folder.path("hits.csv"), withDestinationPath: folder.path("news-archive.sqlite"))
        let before = try bytes("news-archive.sqlite")
        let result = try runNewsArchive(["search", "security", "--format", "csv", "--output", "hits.csv", "--force"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("the archive being read"), "\(result.stderr)")
        #expect(try bytes("news-archive.sqlite") == before)
    }

    @Test func anotherSQLiteFileIsReplacedOnlyWithForce() throws {
        try FileManager.default.copyItem(atPath: folder.path("news-archive.sqlite"), toPath: folder.path("other.sqlite"))
        let before = try bytes("other.sqlite")
        let refused = try runNewsArchive(["search", "security", "--format", "csv", "--output", "other.sqlite"], in: folder.url)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("pass --force"), "\(refused.stderr)")
        #expect(try bytes("other.sqlite") == before)
        let forced = try runNewsArchive(["search", "security", "--format", "csv", "--output", "other.sqlite", "--force"], in: folder.url)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(String(decoding: try bytes("other.sqlite"), as: UTF8.self).hasPrefix("article_id,"))
    }

    @Test func anExportReplacesAnOldExportAndLeavesNoPartialFile() throws {
        try folder.write("hits.csv", text: "old")
        let result = try runNewsArchive(["search", "security", "--format", "csv", "--output", "hits.csv"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(String(decoding: try bytes("hits.csv"), as: UTF8.self).hasPrefix("article_id,"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(!names.contains { $0.hasSuffix(".partial") }, "\(names)")
    }
}
