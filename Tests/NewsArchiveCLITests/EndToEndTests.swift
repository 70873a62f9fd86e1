import Foundation
import NewsTestSupport
import Testing

/// The real binary, run as a user runs it.
struct EndToEndTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    @Test func ingestCreatesTheDefaultArchiveAndReportsEachFile() throws {
        let result = try runNewsArchive(["ingest", Fixtures.ukraineArticle], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("added"))
        #expect(result.stdout.contains("1 added, 0 updated, 0 unchanged, 0 duplicate, 0 failed"))
        #expect(FileManager.default.fileExists(atPath: folder.path("news-archive.sqlite")))
        let again = try runNewsArchive(["ingest", Fixtures.ukraineArticle], in: folder.url)
        #expect(again.stdout.contains("0 added, 0 updated, 1 unchanged"))
    }

    @Test func ingestJSONHasTheDocumentedShape() throws {
        let result = try runNewsArchive(["--db", "a.sqlite", "ingest", "--format", "json", Fixtures.ukraineArticle, "missing.txt"], in: folder.url)
        #expect(result.status == 1)
        let json = try #require(try result.json() as? [String: Any])
        #expect(json["added"] as? Int == 1)
        #expect(json["failed"] as? Int == 1)
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.map { $0["status"] as? String } == ["added", "failed"])
        #expect(files[0]["article_id"] as? Int == 1)
        #expect(files[0]["error"] is NSNull)
        #expect((files[1]["error"] as? String)?.contains("missing.txt") == true)
    }

    @Test func showPrintsTheArticleAsTextAndJSON() throws {
        _ = try runNewsArchive(["ingest", Fixtures.ukraineArticle], in: folder.url)
        let text = try runNewsArchive(["show", "1"], in: folder.url)
        #expect(text.status == 0)
        #expect(text.stdout.contains("## European leaders back deployment"))
        #expect(!text.stdout.components(separatedBy: "Related links").first!.contains("La Liga"))
        let json = try #require(try runNewsArchive(["show", "1", "--format", "json"], in: folder.url).json() as? [String: Any])
        let sections = try #require(json["sections"] as? [[String: Any]])
        #expect(sections.count == 5)
        #expect(sections[0]["headline"] is NSNull)
        #expect(sections[3]["headline"] as? String == "European leaders back deployment")
        #expect((json["removed"] as? [Any])?.isEmpty == false)
        for key in ["id", "title", "source", "url", "published"] { #expect(json.keys.contains(key), "\(key)") }
    }

    @Test func extractActorsReadsFoldersAsIngestDoes() throws {
        try folder.write("articles/macron.txt", text: "French President Emmanuel Macron met British Prime Minister Keir Starmer in Paris on Friday.\n")
        let result = try runNewsArchive(["extract-actors", "articles", "missing.txt"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.trimmingCharacters(in: .whitespacesAndNewlines) == "missing.txt: no such file or folder")
        let files = try #require(try result.json() as? [[String: Any]])
        #expect(files.count == 1)
        let names = (files[0]["actors"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
        #expect(names.contains("Emmanuel Macron") && names.contains("Keir Starmer"))
    }

    @Test func standardInputWithOverrides() throws {
        let result = try runNewsArchive(
            ["ingest", "-", "--title", "Budget agreed", "--source", "Local Times", "--published", "2025-08-14"], in: folder.url,
            input: "The council met on Monday. It agreed a budget.")
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try runNewsArchive(["show", "1", "--format", "json"], in: folder.url).json() as? [String: Any])
        #expect(json["title"] as? String == "Budget agreed")
        #expect(json["published"] as? String == "2025-08-14")
    }

    @Test func statsSpeaksInWordsAUserKnows() throws {
        _ = try runNewsArchive(["ingest", Fixtures.ukraineArticle, Fixtures.folder.appendingPathComponent("samples").path], in: folder.url)
        try folder.write("copy.txt", bytes: Array(try Data(contentsOf: URL(fileURLWithPath: Fixtures.ukraineArticle))))
        _ = try runNewsArchive(["ingest", "copy.txt"], in: folder.url)
        let stats = try runNewsArchive(["stats"], in: folder.url)
        #expect(stats.status == 0)
        let lines = stats.stdout.components(separatedBy: "\n")
        #expect(lines[0].hasPrefix("Archive:   news-archive.sqlite, schema version "))
        #expect(lines[1] == "Articles:  4, from 5 files (1 file had the text of another)")
        #expect(lines[2] == "Dated:     2 of 4 articles, from 12 March 2025 to 18 September 2025")
        #expect(lines[3] == "Sources:   Sample Wire (2), no source given (2)")
        #expect(lines[4] == "Tags:      none")
        #expect(lines[5].hasPrefix("Text:      ") && lines[5].contains(" sections, "))
        #expect(lines[5].contains(/[0-9],[0-9]{3} characters$/), "thousands separated: \(lines[5])")
        #expect(lines[6].hasPrefix("Actors:    ") && lines[6].contains(" people, ") && lines[6].contains(" places, mentioned "))
        let json = try #require(try runNewsArchive(["stats", "--format", "json"], in: folder.url).json() as? [String: Any])
        #expect(json["dated_articles"] as? Int == 2)
        #expect(json["files"] as? Int == 5)
        #expect(json["schema_version"] is Int)
        #expect((json["sources"] as? [[String: Any]])?.last?["source"] is NSNull)
    }

    @Test func everyCommandPrintsJSON() throws {
        _ = try runNewsArchive(["ingest", Fixtures.ukraineArticle], in: folder.url)
        let check = try #require(try runNewsArchive(["check", "--format", "json"], in: folder.url).json() as? [String: Any])
        #expect(check["ok"] as? Bool == true)
        #expect((check["checks"] as? [[String: Any]])?.first?["name"] as? String == "integrity_check")
        let synonyms = try #require(try runNewsArchive(["synonyms", "--format", "json"], in: folder.url).json() as? [String: Any])
        let first = try #require((synonyms["groups"] as? [[[String: Any]]])?.first?.first)
        #expect(first["word"] is String && first["sense"] is String && first["widens"] is Bool)
        let added = try runNewsArchive(["synonyms", "add", "harbour", "port", "--format", "json"], in: folder.url)
        #expect((try added.json() as? [String: Any])?["group"] as? [String] == ["harbour", "port"])
        let removed = try runNewsArchive(["synonyms", "remove", "port", "--format", "json"], in: folder.url)
        #expect((try removed.json() as? [String: Any])?["groups"] as? [[String]] == [[]], "a group left with one word goes")
        let original = try #require(try runNewsArchive(["show", "1", "--original", "--format", "json"], in: folder.url).json() as? [String: Any])
        #expect(original["original"] as? String == (try String(contentsOfFile: Fixtures.ukraineArticle, encoding: .utf8)))
    }

    @Test func statsAndCheckReportOnTheArchive() throws {
        _ = try runNewsArchive(["ingest", Fixtures.ukraineArticle], in: folder.url)
        let stats = try runNewsArchive(["stats", "--format", "json"], in: folder.url)
        let json = try #require(try stats.json() as? [String: Any])
        #expect(json["articles"] as? Int == 1)
        #expect(json["sections"] as? Int == 5)
        #expect(json["paragraphs"] as? Int == 8)
        let check = try runNewsArchive(["check"], in: folder.url)
        #expect(check.status == 0)
        let checked = check.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(checked == ["integrity_check", "foreign_key_check", "actors_fts", "articles_fts", "sections_fts"])
        #expect(!check.stdout.contains("rebuild'"))
    }

    @Test func showOriginalPrintsTheFileExactly() throws {
        _ = try runNewsArchive(["ingest", Fixtures.ukraineArticle], in: folder.url)
        let result = try runNewsArchive(["show", "1", "--original"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let file = Array(try Data(contentsOf: URL(fileURLWithPath: Fixtures.ukraineArticle)))
        #expect(Array(result.stdout.utf8) == file)
        #expect(result.stdout.contains("You may also like"))  // what cleaning removed is in the original
    }

    @Test func showOriginalOfAnUnknownArticleIsAClearError() throws {
        _ = try runNewsArchive(["ingest", Fixtures.ukraineArticle], in: folder.url)
        let result = try runNewsArchive(["show", "99", "--original"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "Error: No article with id 99 in 'news-archive.sqlite'. 'news-archive stats' shows how many there are.\n")
    }

    @Test func environmentVariableChoosesTheArchive() throws {
        _ = try runNewsArchive(["ingest", Fixtures.ukraineArticle], in: folder.url, environment: ["NEWSARCHIVE_DB": "env.sqlite"])
        #expect(FileManager.default.fileExists(atPath: folder.path("env.sqlite")))
    }

    @Test func aFileThatIsNotAnArchiveGetsOneLineAndIsNotChanged() throws {
        try "plain text".write(toFile: folder.path("notes.txt"), atomically: true, encoding: .utf8)
        let result = try runNewsArchive(["--db", "notes.txt", "stats"], in: folder.url)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("Error: Unable to open archive 'notes.txt': the file is not a SQLite database") == true)
        #expect(try String(contentsOfFile: folder.path("notes.txt"), encoding: .utf8) == "plain text")
    }

    @Test func readingCommandsDoNotCreateAnArchive() throws {
        let result = try runNewsArchive(["stats"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("No archive at 'news-archive.sqlite'"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("news-archive.sqlite")))
    }

    @Test func unknownArticleIsAClearError() throws {
        _ = try runNewsArchive(["ingest", Fixtures.ukraineArticle], in: folder.url)
        let result = try runNewsArchive(["show", "99"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr == "Error: No article with id 99 in 'news-archive.sqlite'. 'news-archive stats' shows how many there are.\n")
    }

    @Test(arguments: [
        (["ingest", "x.txt", "--tag", " "], "--tag cannot be empty."),
        (["ingest", "x.txt", "--published", "someday"], "--published: 'someday' is not a date"),
        (["show", "abc"], "abc"),
    ])
    func usageErrorsExitWith64(arguments: [String], message: String) throws {
        let result = try runNewsArchive(arguments, in: folder.url)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message))
    }
}
