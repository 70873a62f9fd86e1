import Foundation
import NewsTestSupport
import Testing

/// What ingest prints, and where: results on standard output, problems and progress on standard error.
struct IngestOutputTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        for number in 1...60 {
            try folder.write("in/\(number).txt", text: "Harbour report \(number)\n\nThe harbour master counted \(number) ships.\n")
        }
        try folder.write("in/empty.txt", text: "")
    }

    @Test func problemsGoToStandardErrorAndNoProgressWhenItIsNotATerminal() throws {
        let result = try runNewsArchive(["ingest", "in"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("failed    -       "), "\(result.stderr)")
        #expect(result.stderr.contains("empty.txt"))
        #expect(result.stderr.components(separatedBy: "\n").count == 2, "one line: the failure, no progress")
        #expect(!result.stdout.contains("failed    -"))
        #expect(result.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("added") }.count == 60)
        #expect(result.stdout.hasSuffix("60 added, 0 updated, 0 unchanged, 0 duplicate, 1 failed, 0 skipped → news-archive.sqlite\n"))
    }

    @Test func aFileOverTheSizeLimitIsRefusedWithALineAndTheOthersAreStored() throws {
        try folder.write("big/long.txt", text: "Long report\n\n" + String(repeating: "The harbour master counted ships. ", count: 40))
        try folder.write("big/short.txt", text: "Short report\n\nThe harbour master counted ships.\n")
        let result = try runNewsArchive(["ingest", "--max-article-size", "0.001", "big"], in: folder.url)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "failed    -       big/long.txt: 1373 bytes, larger than the 1000 bytes an article may be (--max-article-size raises the limit)\n")
        #expect(result.stdout.contains("1 added, 0 updated, 0 unchanged, 0 duplicate, 1 failed"))
        let refused = try runNewsArchive(["ingest", "--max-article-size", "0", "big"], in: folder.url)
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--max-article-size: give a number of megabytes above 0"))
    }

    @Test func quietPrintsOnlyProblems() throws {
        let result = try runNewsArchive(["ingest", "--quiet", "in"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("empty.txt"))
    }

    @Test func ndjsonIsAJSONLinePerFile() throws {
        try folder.write("in/image.png", text: "not an article")
        let result = try runNewsArchive(["ingest", "--format", "ndjson", "in"], in: folder.url)
        let lines = result.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.count == 62)
        #expect(lines.first??["status"] as? String == "skipped")
        #expect(lines.compactMap { $0?["status"] as? String }.filter { $0 == "added" }.count == 60)
        #expect(lines.contains { $0?["status"] as? String == "failed" && ($0?["error"] as? String)?.contains("empty.txt") == true })
        #expect(result.stderr.contains("empty.txt"), "a problem goes to standard error whatever the format")
    }

    @Test func jsonCountsAreNumbersAndTheSkippedFilesAreListed() throws {
        try folder.write("in/image.png", text: "not an article")
        let json = try #require(try runNewsArchive(["ingest", "--format", "json", "in"], in: folder.url).json() as? [String: Any])
        #expect(json["skipped"] as? Int == 1)
        #expect((json["skipped_files"] as? [String])?.first?.hasSuffix("image.png") == true)
        #expect(json["added"] as? Int == 60)
    }

    /// On a terminal, the progress line is cleared before each file's line: the two never share a row.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a terminal"))
    func progressOnATerminalNeverRunsIntoTheLines() throws {
        let binary = Bundle.main.bundleURL.appendingPathComponent("news-archive").path
        let result = try runProgram("/usr/bin/script", ["-qec", "'\(binary)' ingest in", "/dev/null"], in: folder.url)
        #expect(result.stdout.contains(" of 61 files"), "the progress line was drawn")
        // What a terminal shows on each row: what follows the last carriage return (each is followed by
        // erase-to-end-of-line). Split by scalars: "\r\n" is one Character.
        let rows = result.stdout.unicodeScalars.split(separator: "\n").map { row in
            String(String.UnicodeScalarView(row.split(separator: "\r").last ?? []))
        }
        let shown = rows.map { $0.replacingOccurrences(of: "\u{1B}[K", with: "") }
        #expect(shown.filter { $0.hasPrefix("added") }.count == 60)
        #expect(!shown.contains { $0.contains("files") && $0.contains("added ") && !$0.hasPrefix("60 added") }, "\(shown)")
    }
}
