import Foundation
import NewsTestSupport
import Testing

/// Copies of one story: search shows one with "also in #…"; deleting it brings the copy back.
struct NearDuplicateCommandTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    private func run(_ arguments: [String]) throws -> CommandResult {
        try runNewsArchive(arguments, in: folder.url)
    }

    private static let sentences = [
        "Ministers have agreed a new plan to build thousands of homes across the north of England over the next ten years.",
        "The housing minister said the scheme would be paid for by selling public land to private developers.",
        "Critics warned that the homes would not be affordable for young families on average incomes.",
        "Local councils will be asked to find sites for the new homes by the end of next year.",
        "The opposition said the plan repeated promises made in three earlier budgets without results.",
        "Builders welcomed the announcement but said they lacked the skilled workers to deliver it quickly.",
        "The first sites are expected to be chosen in Leeds, Manchester and Newcastle this spring.",
        "Campaigners for the homeless said the plan did nothing for people living in temporary shelters.",
        "The government will publish the full details of the scheme in a white paper in June.",
        "Officials estimate that the first families could move into the new homes within four years.",
    ]

    @Test func searchShowsOneCopyOfAStoryAndNamesTheOther() throws {
        try folder.write("news/homes.txt", text: "Homes plan agreed\n\n\(Self.sentences.joined(separator: " "))\n")
        // Two sentences swapped, one dropped.
        let edited = [Self.sentences[1], Self.sentences[0]] + Self.sentences[2...].filter { $0 != Self.sentences[6] }
        try folder.write(
            "wire/homes.txt",
            text: "UPDATE: Homes plan agreed\n\n\(edited.joined(separator: " "))\n\nThis story was supplied by a wire service.\n")
        #expect(try run(["ingest", "news", "wire"]).status == 0)
        let text = try run(["search", "affordable"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("#1 Homes plan agreed (also in #2)"), "\(text.stdout)")
        #expect(!text.stdout.contains("#2 "))
        #expect(text.stdout.contains("1 passage in 1 article:"))
        let json = try #require(try run(["search", "affordable", "--format", "json"]).json() as? [String: Any])
        let hits = try #require(json["hits"] as? [[String: Any]])
        #expect(hits.count == 1)
        #expect(hits.first?["also_in"] as? [Int] == [2])
        #expect(try run(["ingest", "news", "wire"]).stdout.contains("2 unchanged"))

        #expect(try run(["delete", "1"]).status == 0)
        let after = try run(["search", "affordable"])
        #expect(after.stdout.contains("#2 UPDATE: Homes plan agreed\n"), "\(after.stdout)")
        #expect(!after.stdout.contains("also in"))
        let check = try run(["check"])
        #expect(check.status == 0, "\(check.stdout)")
    }
}
