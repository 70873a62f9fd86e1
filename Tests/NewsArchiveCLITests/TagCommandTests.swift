import Foundation
import NewsTestSupport
import Testing

/// Tags given at ingest, from folders and by `tag add|remove`; found by `search --tag`; shown by `show`,
/// `stats`, JSON and CSV.
struct TagCommandTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    private func run(_ arguments: [String]) throws -> CommandResult {
        try runNewsArchive(arguments, in: folder.url)
    }

    private func showTags(_ id: Int) throws -> [String] {
        let json = try #require(try run(["show", "\(id)", "--format", "json"]).json() as? [String: Any])
        return try #require(json["tags"] as? [String])
    }

    @Test func ingestTagsAndFolderTagsReachShowStatsSearchAndCSV() throws {
        try folder.write("news/economy/rates.txt", text: "Title: Rates held\n\nThe bank held rates at four percent on Thursday.\n")
        try folder.write("news/sport/final.txt", text: "Title: Final won\n\nThe team won the final at the stadium on Sunday.\n")
        let ingest = try run(["ingest", "news", "--tag", "2025 batch", "--tag-from-folder"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(try showTags(1) == ["2025 batch", "economy"])
        #expect(try showTags(2) == ["2025 batch", "sport"])
        #expect(try run(["show", "1"]).stdout.contains("Tags: 2025 batch, economy"))
        #expect(try run(["stats"]).stdout.contains("Tags:      2025 batch (2), economy (1), sport (1)"))
        let stats = try #require(try run(["stats", "--format", "json"]).json() as? [String: Any])
        #expect((stats["tags"] as? [[String: Any]])?.first?["articles"] as? Int == 2)
        #expect(try run(["search", "the", "--tag", "sport"]).stdout.contains("Final won"))
        #expect(!(try run(["search", "the", "--tag", "SPORT"]).stdout.contains("Rates held")))
        #expect(try run(["search", "rates", "--tag", "sport"]).status == 1)
        let json = try #require(try run(["search", "rates", "--format", "json"]).json() as? [String: Any])
        let hit = try #require((json["hits"] as? [[String: Any]])?.first)
        #expect(hit["tags"] as? [String] == ["2025 batch", "economy"])
        let csv = try run(["search", "rates", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("article_id,") && csv.stdout.contains(",tags\r\n"))
        #expect(csv.stdout.contains(",2025 batch; economy\r\n"))
        // Tagging a file stored already, unchanged otherwise, updates it.
        #expect(try run(["ingest", "news/sport/final.txt", "--tag", "cup"]).stdout.contains("updated   #2"))
        #expect(try showTags(2) == ["2025 batch", "cup", "sport"])
    }

    @Test func tagAddAndRemoveChangeOnlyWhatTheyName() throws {
        _ = try run(["ingest", Fixtures.ukraineArticle, Fixtures.folder.appendingPathComponent("samples").path])
        let add = try run(["tag", "add", "1", "#2", "Europe"])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout == "tagged    #1 Europe\ntagged    #2 Europe\n")
        #expect(try run(["tag", "add", "2", "europe"]).stdout == "unchanged #2 has europe\n")
        #expect(try showTags(1) == ["Europe"])
        #expect(try run(["tag", "remove", "1", "EUROPE"]).stdout == "untagged  #1 EUROPE\n")
        #expect(try showTags(1) == [])
        #expect(try showTags(2) == ["Europe"])
        let missing = try run(["tag", "add", "2", "99", "x"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("No article #99"))
        #expect(try showTags(2) == ["Europe"])
        #expect(try run(["tag", "add", "economy"]).status == 64)
        #expect(try run(["tag", "add", "economy", "2"]).status == 64)
        _ = try run(["delete", "2"])
        #expect(!(try run(["stats"]).stdout.contains("Europe")))
        #expect(try run(["check"]).status == 0)
    }

    @Test(.enabled(if: Fixtures.hasBBCCorpus, "the BBC corpus is not at ../shared/corpus/bbc"))
    func tagFromFolderOnTheBBCCorpusGivesItsFiveTopics() throws {
        let topics = ["business", "entertainment", "politics", "sport", "tech"]
        // The corpus's own README files are left out, so they make no sixth tag.
        let result = try run(["ingest", "--no-actors", "--quiet", "--tag-from-folder", Fixtures.bbcCorpus])
        #expect(result.status == 0, "\(result.stderr)")
        let stats = try #require(try run(["stats", "--format", "json"]).json() as? [String: Any])
        let counts = Dictionary(
            uniqueKeysWithValues: (stats["tags"] as? [[String: Any]] ?? []).map { ($0["tag"] as? String ?? "", $0["articles"] as? Int ?? 0) })
        // An article is tagged with each folder holding its text: as many as the folder's distinct texts.
        var expected: [String: Int] = [:]
        for topic in topics {
            let path = "\(Fixtures.bbcCorpus)/\(topic)"
            let texts = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".txt") }.map {
                try Data(contentsOf: URL(fileURLWithPath: "\(path)/\($0)"))
            }
            expected[topic] = Set(texts).count
        }
        #expect(counts == expected)
    }
}
