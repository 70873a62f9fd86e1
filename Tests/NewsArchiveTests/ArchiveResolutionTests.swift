import Foundation
import NewsTestSupport
import Testing

@testable import NewsArchive

/// One actor per entity across the archive: what one article establishes, ingest applies to the
/// articles after it, and `reextract` to those before; users' corrections come first.
struct ArchiveResolutionTests {
    let folder: TemporaryFolder
    let store: ArchiveStore
    let files: [String]

    init() throws {
        folder = try TemporaryFolder()
        store = try ArchiveStore(path: folder.path("archive.sqlite"))
        files = try [
            folder.write("1.txt", text: "Doping row\n\nThe sprinter Kenteris, 31, denied the charges on Monday.\n"),
            folder.write(
                "2.txt",
                text: "Hearing set\n\nGreek sprinter Kostas Kenteris will face a hearing. Kostas Kenteris said he would attend.\n"),
            folder.write("3.txt", text: "Appeal\n\nMr Kenteris said on Tuesday that he would appeal.\n"),
        ]
    }

    private func people() throws -> [String: Int] {
        Dictionary(uniqueKeysWithValues: try store.actors(kind: "person").map { ($0.name, $0.articles) })
    }

    @Test func aSurnameJoinsTheFullNameAnEarlierArticleGaveAndReextractDoesTheRest() throws {
        try store.ingest(files.map { .file(path: $0) })
        #expect(try people() == ["Kenteris": 1, "Kostas Kenteris": 2], "article 3 joins the full name; article 1 came first")
        let report = try store.reextract()
        #expect(try people() == ["Kostas Kenteris": 3])
        #expect(report.removed.map(\.name) == ["Kenteris"])
        #expect(try store.reextract().isUnchanged, "a second run finds what the first left")
        #expect(try store.checkIntegrity().isOK)
    }

    @Test func anArticleAddedToALargeArchiveJoinsWhatTheArchiveHolds() throws {
        // Enough other articles that one more is too few to read every actor: they are read by name.
        let others = try (1...120).map { try folder.write("other/\($0).txt", text: "Note \($0)\n\nIt rained on day \($0).\n") }
        try store.ingest((others + [files[1]]).map { .file(path: $0) })
        try store.ingest([.file(path: files[2])])
        #expect(try people() == ["Kostas Kenteris": 2])
    }

    @Test func anActorAUserCorrectedStaysAsTheUserLeftIt() throws {
        try store.ingest([.file(path: files[0])])
        _ = try store.renameActor("Kenteris", to: "K Kenteris")
        try store.ingest(files.map { .file(path: $0) })
        _ = try store.reextract()
        // The rename names every "Kenteris" extraction finds (as overrides do), so article 3's joins it.
        #expect(try people() == ["K Kenteris": 2, "Kostas Kenteris": 1])
    }
}
