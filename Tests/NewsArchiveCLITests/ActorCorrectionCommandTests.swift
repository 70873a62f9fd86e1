import Foundation
import NewsTestSupport
import Testing

/// `actors merge | rename | kind | alias | overrides` and `reextract`, run as a user runs them.
struct ActorCorrectionCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        let ingest = try runNewsArchive(["ingest", Fixtures.ukraineArticle], in: folder.url)
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    private func run(_ arguments: [String]) throws -> CommandResult { try runNewsArchive(arguments, in: folder.url) }

    @Test func aMergeIsKeptListedAndAppliedAgainByReextract() throws {
        let merge = try run(["actors", "merge", "United States", "washington"])
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(merge.stdout.hasPrefix("Merge \"Washington\" (place) into \"United States\" (place)"))
        let listed = try run(["actors", "--overrides"])
        #expect(listed.stdout.contains("#1  "))
        #expect(listed.stdout.contains("merge \"Washington\" (place) into \"United States\" (place)"))
        let json = try #require(try run(["actors", "--overrides", "--format", "json"]).json() as? [[String: Any]])
        #expect(json.first?["action"] as? String == "merge")
        #expect(json.first?["other_name"] as? String == "Washington")

        #expect(try run(["ingest", Fixtures.ukraineArticle]).status == 0)
        let reextract = try run(["reextract"])
        #expect(reextract.status == 0, "\(reextract.stderr)")
        #expect(reextract.stdout.contains("Nothing changed."), "\(reextract.stdout)")
        let report = try #require(try run(["reextract", "--format", "json"]).json() as? [String: Any])
        #expect(report["articles_changed"] as? Int == 0)
        #expect(report["overrides_applied"] as? Int == 1)
        let actors = try #require(try run(["actors", "--format", "json"]).json() as? [[String: Any]])
        #expect(!actors.contains { $0["name"] as? String == "Washington" })

        let dropped = try run(["actors", "overrides", "remove", "1"])
        #expect(dropped.status == 0)
        #expect(dropped.stdout.contains("Dropped override #1"))
        let back = try run(["reextract", "--format", "json"])
        let added = try #require((try back.json() as? [String: Any])?["added"] as? [[String: Any]])
        #expect(added.map { $0["name"] as? String } == ["Washington"])
    }

    @Test(arguments: [
        ["actors", "merge", "United States", "Atlantis"],
        ["actors", "rename", "#99999", "Someone"],
        ["actors", "alias", "add", "Nobody", "X"],
        ["actors", "alias", "remove", "Donald Trump", "Not An Alias"],
        ["actors", "kind", "Nobody", "place"],
        ["actors", "overrides", "remove", "42"],
    ])
    func aBadNameIsAOneLineErrorAndChangesNothing(arguments: [String]) throws {
        let before = try run(["actors", "--format", "json"]).stdout
        let result = try run(arguments)
        #expect(result.status == 1)
        let message = result.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!message.contains("\n"), "\(message)")
        #expect(message.hasPrefix("Error: "))
        #expect(arguments.dropFirst(2).contains { message.contains("'\($0)'") || message.contains($0.hasPrefix("#") ? $0 : "#\($0)") }, "names the input: \(message)")
        #expect(try run(["actors", "--format", "json"]).stdout == before)
        #expect(try run(["actors", "--overrides"]).stdout == "No actor overrides.\n")
    }

    @Test func anUnknownKindIsAUsageError() throws {
        let result = try run(["actors", "kind", "Donald Trump", "planet"])
        #expect(result.status == 64)
    }
}
