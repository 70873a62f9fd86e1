import Foundation
import NewsTestSupport
import Testing

/// Whatever a folder holds, ingest says what it did with each entry, on one line, and exits 1 when
/// anything could not be read.
struct EveryInputGetsALineTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    static let article = "Council backs new cycle lanes\n\nThe council agreed on Monday to build new cycle lanes.\n"

    /// Creates a file whose name is `name` as raw bytes (which may not be UTF-8) inside `tree`.
    private func writeFile(named name: [UInt8], inFolder tree: String, text: String) throws {
        let path = Array(folder.path(tree).utf8) + [UInt8(ascii: "/")] + name
        let descriptor = (path.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer {
            open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        try #require(descriptor >= 0)
        _ = Array(text.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }

    @Test func oddNamesLinksAndPipesEachGetALine() throws {
        try folder.write("tree/plain.txt", text: Self.article)
        try writeFile(named: Array("caf".utf8) + [0xE9] + Array(".txt".utf8), inFolder: "tree", text: Self.article + "Latin-1 name.\n")
        try writeFile(named: Array("two\nlines\u{1B}[31m.txt".utf8), inFolder: "tree", text: Self.article + "Odd name.\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path("tree/link.txt"), withDestinationPath: folder.path("tree/plain.txt"))
        #expect(mkfifo(folder.path("tree/pipe.txt"), 0o644) == 0)
        let result = try runNewsArchive(["ingest", "tree"], in: folder.url)
        #expect(result.status == 1, "\(result.stderr)")
        let lines = (result.stdout + result.stderr).split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("added") && $0.hasSuffix("tree/caf\\xE9.txt") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("added") && $0.hasSuffix("tree/two\\nlines\\x1B[31m.txt") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("skipped") && $0.contains("tree/link.txt (a symbolic link") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("failed") && $0.contains("tree/pipe.txt: a pipe, socket or device") }, "\(lines)")
        #expect(!(result.stdout + result.stderr).contains("\u{1B}"))
        #expect(lines.contains { $0.hasPrefix("3 added") }, "\(lines)")
    }

    @Test func aPipeOrALoopNamedOnTheCommandLineFailsWithoutWaiting() throws {
        #expect(mkfifo(folder.path("pipe"), 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.path("loop"), withDestinationPath: folder.path("loop"))
        try folder.write("plain.txt", text: Self.article)
        let result = try runNewsArchive(["ingest", "pipe", "loop", "plain.txt"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("pipe: a pipe, socket or device"), "\(result.stderr)")
        #expect(result.stderr.contains("loop: Too many levels of symbolic links"), "\(result.stderr)")
        #expect(result.stdout.contains("1 added"), "\(result.stdout)")
    }

    @Test(.enabled(if: geteuid() != 0, "root can list every folder"))
    func anUnreadableFolderFailsTheRun() throws {
        try folder.write("tree/plain.txt", text: Self.article)
        try folder.write("tree/locked/hidden.txt", text: Self.article)
        chmod(folder.path("tree/locked"), 0)
        defer { chmod(folder.path("tree/locked"), 0o755) }
        let result = try runNewsArchive(["ingest", "tree"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("tree/locked: the folder cannot be read"), "\(result.stderr)")
    }
}
