import Foundation
import NewsTestSupport
import Testing

/// A damaged archive is said to be damaged, with the way out, and nothing writes into it.
struct DamagedArchiveTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        let ingest = try runNewsArchive(["ingest", Fixtures.folder.appendingPathComponent("samples").path, Fixtures.ukraineArticle], in: folder.url)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        // A byte flipped every 997 from a third of the file on: pages of tables and indexes alike.
        let handle = try FileHandle(forUpdating: folder.url.appendingPathComponent("news-archive.sqlite"))
        let size = Int(try handle.seekToEnd())
        for offset in stride(from: size / 3, to: size - 4096, by: 997) {
            try handle.seek(toOffset: UInt64(offset))
            let byte = try #require(try handle.read(upToCount: 1)?.first)
            try handle.seek(toOffset: UInt64(offset))
            handle.write(Data([byte ^ 0xFF]))
        }
        try handle.close()
    }

    private func contents() throws -> Data { try Data(contentsOf: folder.url.appendingPathComponent("news-archive.sqlite")) }

    @Test func checkSaysHowToRecoverAndWritesNothing() throws {
        let before = try contents()
        for arguments in [["check"], ["check", "--rebuild"]] {
            let result = try runNewsArchive(arguments, in: folder.url)
            #expect(result.status == 1)
            #expect((result.stdout + result.stderr).contains("sqlite3 'news-archive.sqlite' .recover"), "\(result.stdout)\(result.stderr)")
        }
        #expect(try contents() == before)
    }

    @Test func aWriteIntoADamagedArchiveIsRefused() throws {
        let before = try contents()
        let result = try runNewsArchive(["ingest", Fixtures.ukraineArticle], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("is damaged; nothing was written to it"), "\(result.stderr)")
        #expect(try contents() == before)
    }
}

/// A raw FTS5 expression SQLite refuses is one line, escaped and cut; one over the term limit is refused.
struct RawQueryErrorTests {
    @Test func aRefusedExpressionIsOneEscapedLine() throws {
        let folder = try TemporaryFolder()
        #expect(try runNewsArchive(["ingest", Fixtures.ukraineArticle], in: folder.url).status == 0)
        // Within the term limit, invalid and long.
        let expression = "x\u{1B}[31m AND (\nx" + String(repeating: " AND (\n(", count: 3000)
        let result = try runNewsArchive(["search", "--raw", "--", expression], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: Invalid FTS5 query 'x\\x1B[31m AND (\\nx"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(result.stderr.count < 300)
    }

    /// Thousands of terms took minutes (2,000: 23 s); a raw expression now has the plain query's limit.
    @Test func anExpressionOverTheTermLimitIsRefused() throws {
        let folder = try TemporaryFolder()
        #expect(try runNewsArchive(["ingest", Fixtures.ukraineArticle], in: folder.url).status == 0)
        let expression = (1...2000).map { "word\($0)" }.joined(separator: " OR ")
        let result = try runNewsArchive(["search", "--raw", expression], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr == "Error: The FTS5 query has 2000 terms; --raw takes at most 64.\n", "\(result.stderr)")
    }

    @Test func anExpressionWithinTheLimitIsSearched() throws {
        let folder = try TemporaryFolder()
        #expect(try runNewsArchive(["ingest", Fixtures.ukraineArticle], in: folder.url).status == 0)
        let expression = (["macron"] + (1...63).map { "absentword\($0)" }).joined(separator: " OR ")
        let result = try runNewsArchive(["search", "--raw", expression, "--format", "csv"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Macron"))
    }
}
