import Foundation
import NewsTestSupport
import Testing
@testable import NewsArchive
import NewsSQLite

/// Near-duplicates as the archive keeps them: found at ingest, collapsed in search, kept whole by
/// deletes and updates, found for archives made before them.
struct NearDuplicateStoreTests {
    let folder: TemporaryFolder
    let store: ArchiveStore

    init() throws {
        folder = try TemporaryFolder()
        store = try ArchiveStore(path: folder.path("archive.sqlite"))
    }

    /// The story, under a title, with its sentences numbered 0… dropped as `dropping` says.
    private func write(_ name: String, title: String, dropping: Set<Int> = [], trailer: String = "") throws -> String {
        let sentences = NearDuplicateTests.story.components(separatedBy: ". ")
        let kept = sentences.indices.filter { !dropping.contains($0) }.map { sentences[$0] }
        return try folder.write(name, text: "\(title)\n\n\(kept.joined(separator: ". "))\n\n\(trailer)\n")
    }

    private func pairs() throws -> [[Int]] {
        try store.connection.rows("SELECT article_id, other_id FROM near_duplicates ORDER BY 1, 2").map {
            [$0[0].int ?? 0, $0[1].int ?? 0]
        }
    }

    @Test func anEditedCopyIsGroupedAndSearchShowsOneArticle() throws {
        let original = try write("original.txt", title: "Homes plan agreed")
        let copy = try write("copy.txt", title: "UPDATE: Homes plan agreed", dropping: [3], trailer: "Supplied by a wire service.")
        let other = try folder.write("other.txt", text: "Manager leaves\n\n\(NearDuplicateTests.otherStory)\n")
        try store.ingest([.file(path: original), .file(path: copy), .file(path: other)])
        #expect(try pairs() == [[1, 2]])
        let results = try store.search("affordable")
        #expect(results.hits.map(\.articleID) == [1])
        #expect(results.hits.first?.alsoIn == [2])
        #expect(results.total == 1)
        // Ingesting again changes nothing.
        try store.ingest([.file(path: original), .file(path: copy), .file(path: other)])
        #expect(try pairs() == [[1, 2]])
    }

    @Test func deletingTheArticleBetweenTwoCopiesKeepsThemGrouped() throws {
        // 1 and 3 each miss a different sentence; 2 has them all. Only the chain 1–2–3 links 1 and 3.
        let first = try write("a.txt", title: "Homes plan", dropping: [0])
        let middle = try write("b.txt", title: "Homes plan agreed")
        let last = try write("c.txt", title: "Homes plan: update", dropping: [9])
        try store.ingest([.file(path: first), .file(path: middle), .file(path: last)])
        try store.connection.run("DELETE FROM similar_articles WHERE article_id = 1 AND other_id = 3")
        #expect(try store.nearDuplicateGroups(containing: [1]).group(of: 3) == 1)
        try store.deleteArticles([2])
        #expect(try pairs() == [[1, 3]])
        #expect(try store.checkIntegrity().isOK)
        #expect(try store.connection.firstRow("SELECT count(*) FROM article_signatures")?[0].int == 2)
    }

    @Test func anEditedFileThatTellsAnotherStoryLeavesItsGroup() throws {
        let original = try write("original.txt", title: "Homes plan agreed")
        let copy = try write("copy.txt", title: "Homes plan agreed - report", dropping: [2])
        try store.ingest([.file(path: original), .file(path: copy)])
        #expect(try pairs() == [[1, 2]])
        _ = try folder.write("copy.txt", text: "Manager leaves\n\n\(NearDuplicateTests.otherStory)\n")
        let report = try store.ingest([.file(path: copy)])
        #expect(report.count(.updated) == 1)
        #expect(try pairs() == [])
        #expect(try store.checkIntegrity().isOK)
    }

    @Test func anArchiveMadeBeforeNearDuplicatesGetsThemWhenMigrated() throws {
        let original = try write("original.txt", title: "Homes plan agreed")
        let copy = try write("copy.txt", title: "Homes plan agreed - report", dropping: [4])
        try store.ingest([.file(path: original), .file(path: copy)])
        try store.connection.execute("DELETE FROM similar_articles; DELETE FROM article_signatures")
        try ArchiveStore.findNearDuplicatesOfStoredArticles(in: store.connection)
        #expect(try pairs() == [[1, 2]])
    }
}
