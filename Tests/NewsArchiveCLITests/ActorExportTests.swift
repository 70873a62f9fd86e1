import Foundation
import NewsTestSupport
import Testing

/// `actors --format csv` and `actors mentions NAME`, read back with a strict RFC 4180 reader and compared
/// with the JSON forms of the same commands.
struct ActorExportTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        // A title a spreadsheet would run as a formula, with a comma and quotes, beside the fixtures.
        try folder.write(
            "articles/summit.txt",
            text: """
                French President Emmanuel Macron met British Prime Minister Keir Starmer in Paris on Friday.

                Macron said the talks were "useful, and long". Starmer agreed.

                """)
        let fixtures = try runNewsArchive(["ingest", Fixtures.ukraineArticle, Fixtures.folder.appendingPathComponent("samples").path], in: folder.url)
        #expect(fixtures.status == 0, "\(fixtures.stderr)")
        let summit = try runNewsArchive(
            ["ingest", "articles/summit.txt", "--title", "=HYPERLINK(\"http://x\"), Macron's summit", "--published", "2025-09-05"],
            in: folder.url)
        #expect(summit.status == 0, "\(summit.stderr)")
    }

    private func csv(_ arguments: [String]) throws -> [[String]] {
        let result = try runNewsArchive(arguments, in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        return try RFC4180Reader.records(in: result.stdout)
    }

    private func json(_ arguments: [String]) throws -> Any {
        let result = try runNewsArchive(arguments, in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        return try result.json()
    }

    /// A CSV cell as the JSON value it stands for: guard removed, lists joined with "; ", null as "".
    private func cell(_ value: Any?) -> String {
        switch value {
        case let text as String: text
        case let list as [String]: list.joined(separator: "; ")
        case let number as Int: String(number)
        default: ""
        }
    }

    private func unguarded(_ cell: String) -> String { cell.hasPrefix("'") ? String(cell.dropFirst()) : cell }

    @Test func actorsCSVHoldsTheTableColumnsAndTheIDForEveryActor() throws {
        let actors = try #require(try json(["actors", "--format", "json"]) as? [[String: Any]])
        _ = try runNewsArchive(["actors", "--format", "csv", "--output", "actors.csv", "--bom"], in: folder.url)
        let bytes = try Data(contentsOf: folder.url.appendingPathComponent("actors.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let rows = try RFC4180Reader.records(in: String(decoding: bytes, as: UTF8.self))
        let header = ["actor_id", "name", "kind", "roles", "country", "mentions", "articles", "aliases"]
        #expect(rows.first == header)
        #expect(rows.count - 1 == actors.count)
        #expect(actors.count > 20)
        for (row, actor) in zip(rows.dropFirst(), actors) {
            let expected = ["id", "name", "kind", "roles", "country", "mentions", "articles", "aliases"].map { cell(actor[$0]) }
            #expect(row.map(unguarded) == expected)
        }
    }

    @Test func mentionsCSVListsEveryMentionWithTheIDsToJoinBack() throws {
        let document = try #require(try json(["actors", "mentions", "macron", "--format", "json"]) as? [String: Any])
        let actor = try #require(document["actor"] as? [String: Any])
        #expect(actor["name"] as? String == "Emmanuel Macron")
        let actorID = try #require(actor["id"] as? Int)
        let mentions = try #require(document["mentions"] as? [[String: Any]])
        let rows = try csv(["actors", "mentions", "#\(actorID)", "--format", "csv"])
        let header = [
            "mention_id", "actor_id", "actor_name", "article_id", "title", "published", "section_id", "section_position",
            "headline", "sentence_id", "sentence", "start_offset", "end_offset", "as_written", "role_as_written",
        ]
        #expect(rows.first == header)
        #expect(rows.count - 1 == mentions.count)
        #expect(mentions.count >= 3)
        for (row, mention) in zip(rows.dropFirst(), mentions) {
            for (column, value) in zip(header, row) where column != "actor_name" {
                #expect(unguarded(value) == cell(mention[column]), "\(column)")
            }
            #expect(row[1] == String(actorID) && row[2] == "Emmanuel Macron")
            // The text as written is in its sentence, and spans its offsets.
            #expect(row[10].contains(row[13]), "\(row)")
            #expect(Int(row[12])! - Int(row[11])! == row[13].count)
        }
        let summit = try #require(rows.first { $0[4].contains("summit") })
        #expect(summit[4] == "'=HYPERLINK(\"http://x\"), Macron's summit")
        #expect(summit[5] == "2025-09-05")
        #expect(rows.contains { $0[13] == "French President Emmanuel Macron" || $0[14] == "French President" })
        // Its article id joins back: `show` finds the same title.
        let article = try #require(try json(["show", summit[3], "--format", "json"]) as? [String: Any])
        #expect(article["title"] as? String == unguarded(summit[4]))
    }

    @Test func mentionsFindsAnActorByAliasInAnyCaseAndPrintsText() throws {
        let byAlias = try csv(["actors", "mentions", "TRUMP", "--format", "csv"])
        #expect(byAlias.count > 1 && byAlias.dropFirst().allSatisfy { $0[2] == "Donald Trump" })
        let text = try runNewsArchive(["actors", "mentions", "Donald Trump"], in: folder.url)
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("Donald Trump (#"))
        #expect(text.stdout.contains("\"The US president\""))
    }

    @Test func anUnknownActorIsAOneLineErrorAndNoFile() throws {
        for name in ["Nobody Atall", "#999999"] {
            let result = try runNewsArchive(["actors", "mentions", name, "--format", "csv", "--output", "out.csv"], in: folder.url)
            #expect(result.status != 0)
            #expect(result.stdout.isEmpty)
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].hasPrefix("Error: No actor"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.path("out.csv")))
        }
        let misplaced = try runNewsArchive(["actors", "mentions", "Trump", "--limit", "3"], in: folder.url)
        #expect(misplaced.status == 64)
    }
}
