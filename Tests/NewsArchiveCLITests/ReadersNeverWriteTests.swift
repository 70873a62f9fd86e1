import Foundation
import NewsSQLite
import NewsTestSupport
import Testing

/// Commands that only read leave the archive byte-identical, create no `-wal` or `-shm` beside it, and
/// do not wait behind a writer.
struct ReadersNeverWriteTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        let ingest = try runNewsArchive(["ingest", Fixtures.ukraineArticle], in: folder.url)
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    private var archive: String { folder.path("news-archive.sqlite") }
    private func contents() throws -> Data { try Data(contentsOf: URL(fileURLWithPath: archive)) }
    private func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() }

    static let readCommands: [[String]] = [
        ["search", "security", "guarantees"], ["search", "--raw", "security"], ["show", "1"], ["show", "1", "--original"],
        ["stats"], ["check"], ["actors"], ["actors", "--overrides"], ["actors", "mentions", "Macron", "--format", "csv"],
        ["synonyms"], ["search", "security", "--format", "csv", "--output", "hits.csv"], ["datasette-metadata"],
    ]

    @Test(arguments: readCommands)
    func aReadLeavesTheArchiveAsItWas(arguments: [String]) throws {
        let before = try contents()
        let namesBefore = try names()
        let result = try runNewsArchive(arguments, in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try contents() == before)
        #expect(try names().filter { !$0.hasSuffix(".csv") } == namesBefore)
    }

    @Test func aReadOnlyArchiveCanBeRead() throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: archive)
        let before = try contents()
        for arguments in Self.readCommands {
            let result = try runNewsArchive(arguments, in: folder.url)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        #expect(try contents() == before)
    }

    @Test func aReadDoesNotWaitBehindAWriter() throws {
        let writer = try Connection(path: archive, mode: .readWrite)
        try writer.execute("PRAGMA journal_mode = WAL")
        try writer.execute("BEGIN IMMEDIATE")
        try writer.execute("INSERT INTO article_tags (article_id, tag) VALUES (1, 'in progress')")
        let started = Date()
        let result = try runNewsArchive(["search", "security", "guarantees"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Date().timeIntervalSince(started) < 2)
        try writer.execute("ROLLBACK")
    }

    @Test func anEmptyFileIsNotAnArchiveToRead() throws {
        let empty = try folder.write("empty.sqlite", bytes: [])
        let result = try runNewsArchive(["search", "security", "--db", empty], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("'\(empty)': the file is empty"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: empty)).isEmpty)
    }

    @Test func aPipeIsRefusedWithoutWaitingForIt() throws {
        let pipe = folder.path("pipe.sqlite")
        #expect(mkfifo(pipe, 0o644) == 0)
        for arguments in [["stats", "--db", pipe], ["ingest", Fixtures.ukraineArticle, "--db", pipe]] {
            let result = try runNewsArchive(arguments, in: folder.url)
            #expect(result.status == 1)
            #expect(result.stderr.contains("it is a pipe, socket or device"), "\(result.stderr)")
        }
    }

    @Test func anOlderArchiveIsRefusedForReadingAndNamesTheUpgrade() throws {
        do {
            let connection = try Connection(path: archive, mode: .readWrite)
            try connection.execute(
                "DELETE FROM schema_migrations WHERE identifier = (SELECT max(identifier) FROM schema_migrations)")
            try connection.execute("PRAGMA journal_mode = DELETE")
        }
        let before = try contents()
        let result = try runNewsArchive(["stats"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Run 'news-archive upgrade'"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try contents() == before)
    }
}
