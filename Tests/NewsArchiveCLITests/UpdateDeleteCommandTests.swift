import Foundation
import NewsTestSupport
import Testing

/// An edited file replacing its article, metadata changed after ingest, articles deleted: run as a
/// user runs them, with `check` after each.
struct UpdateDeleteCommandTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    private func run(_ arguments: [String], input: String? = nil) throws -> CommandResult {
        try runNewsArchive(arguments, in: folder.url, input: input)
    }

    /// The names of the archive's actors.
    private func actorNames() throws -> [String] {
        let actors = try #require(try run(["actors", "--format", "json"]).json() as? [[String: Any]])
        return actors.compactMap { $0["name"] as? String }
    }

    private func expectCheckIsClean(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let check = try run(["check"])
        #expect(check.status == 0, "\(check.stdout)", sourceLocation: sourceLocation)
    }

    @Test func anEditedFileReplacesItsOldVersion() throws {
        try folder.write(
            "story.txt",
            text: "Title: Harbour plan approved\n\nMayor Ingrid Halvorsen approved the harbour plan on Monday in Bergen.\n")
        #expect(try run(["ingest", "story.txt"]).stdout.contains("added     #1"))
        try folder.write(
            "story.txt",
            text: "Title: Harbour plan delayed\n\nCouncillor Quentin Marlowe delayed the shipyard vote on Tuesday in Oslo.\n")
        let again = try run(["ingest", "story.txt"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("updated   #1"))
        #expect(again.stdout.contains("0 added, 1 updated, 0 unchanged"))
        #expect(try run(["search", "harbour plan approved"]).status == 1)
        #expect(try run(["search", "shipyard"]).stdout.contains("Harbour plan delayed"))
        let names = try actorNames()
        #expect(names.contains("Quentin Marlowe"))
        #expect(!names.contains("Ingrid Halvorsen"))
        try expectCheckIsClean()
        #expect(try run(["ingest", "story.txt"]).stdout.contains("unchanged #1"))
    }

    @Test func anEditedFileThatNowCopiesAnotherLeavesNoOrphanBehind() throws {
        try folder.write("a.txt", text: "Title: Harbour plan approved\n\nMayor Ingrid Halvorsen approved the harbour plan.\n")
        try folder.write("b.txt", text: "Title: Final won\n\nThe team won the final on Sunday.\n")
        _ = try run(["ingest", "a.txt", "b.txt"])
        try folder.write("a.txt", text: "Title: Final won\n\nThe team won the final on Sunday.\n")
        let again = try run(["ingest", "a.txt"])
        #expect(again.stdout.contains("duplicate #2"))
        #expect(try run(["show", "1"]).status == 1)
        #expect(try run(["search", "harbour"]).status == 1)
        #expect(!(try actorNames()).contains("Ingrid Halvorsen"))
        #expect(try run(["stats"]).stdout.contains("Articles:  1, from 2 files"))
        try expectCheckIsClean()
    }

    @Test func metadataGivenForAnUnchangedFileUpdatesIt() throws {
        try folder.write("story.txt", text: "Title: Budget agreed\n\nThe council agreed a budget on Monday.\n")
        _ = try run(["ingest", "story.txt"])
        let again = try run(["ingest", "story.txt", "--source", "Local Times", "--author", "A. Writer", "--published", "March 2005"])
        #expect(again.stdout.contains("updated   #1"))
        let json = try #require(try run(["show", "1", "--format", "json"]).json() as? [String: Any])
        #expect(json["source"] as? String == "Local Times")
        #expect(json["byline"] as? String == "A. Writer")
        #expect(json["published"] as? String == "2005-03")
        #expect(try run(["ingest", "story.txt", "--source", "Local Times"]).stdout.contains("unchanged #1"))
        try expectCheckIsClean()
    }

    @Test func setEditsOneArticle() throws {
        _ = try run(["ingest", Fixtures.ukraineArticle])
        let set = try run(["set", "1", "--title", "Quarterly zeppelin review", "--url", "https://example.org/z"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout == "updated   #1\n")
        let json = try #require(try run(["show", "1", "--format", "json"]).json() as? [String: Any])
        #expect(json["title"] as? String == "Quarterly zeppelin review")
        #expect(json["url"] as? String == "https://example.org/z")
        try expectCheckIsClean()
        let missing = try run(["set", "99", "--title", "x"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("No article #99"))
        #expect(try run(["set", "1", "--published", "not a date"]).status == 64)
        #expect(try run(["set", "1"]).status == 64)
    }

    @Test func deleteRemovesArticlesWholeAndCheckStaysClean() throws {
        let samples = Fixtures.folder.appendingPathComponent("samples").path
        _ = try run(["ingest", Fixtures.ukraineArticle, samples])
        let before = try actorNames()
        #expect(before.contains("Andrew Bailey"))
        let missing = try run(["delete", "1", "99"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("No article #99"))
        #expect(try run(["show", "1"]).status == 0)
        let deleted = try run(["delete", "--path", "\(samples)/rates-held.txt", "1"])
        #expect(deleted.status == 0, "\(deleted.stderr)")
        #expect(deleted.stdout.contains("deleted   #1"))
        #expect(try run(["show", "1"]).status != 0)
        #expect(try run(["search", "Bailey"]).status == 1)
        #expect(!(try actorNames()).contains("Andrew Bailey"))
        #expect(try run(["stats"]).stdout.contains("Articles:  2\n"))
        try expectCheckIsClean()
        #expect(try run(["delete", "--path", "nowhere.txt"]).stderr.contains("nowhere.txt"))
    }
}
