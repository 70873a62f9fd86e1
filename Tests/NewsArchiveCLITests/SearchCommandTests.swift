import Foundation
import NewsTestSupport
import Testing

/// `news-archive search` as a user runs it.
struct SearchCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        let ingest = try runNewsArchive(["ingest", Fixtures.ukraineArticle, Fixtures.folder.appendingPathComponent("samples").path], in: folder.url)
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    @Test func questionAnswersComeFirstInText() throws {
        let result = try runNewsArchive(["search", "which", "leaders", "backed", "a", "European-led", "force"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let answers = result.stdout.components(separatedBy: "\n\n").first ?? ""
        #expect(answers.contains("1. Emmanuel Macron"))
        #expect(answers.contains("2. Keir Starmer"))
        #expect(answers.contains("3. Friedrich Merz"))
        #expect(result.stdout.contains("**European-led**"))
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let result = try runNewsArchive(["search", "which leaders backed a European-led force", "--format", "json"], in: folder.url)
        let json = try #require(try result.json() as? [String: Any])
        #expect(json["answer_type"] as? String == "person")
        #expect((json["fts"] as? String)?.contains("\"european led\"") == true)
        let answers = try #require(json["answers"] as? [[String: Any]])
        #expect(answers.first?["name"] as? String == "Emmanuel Macron")
        let evidence = try #require((answers.first?["evidence"] as? [[String: Any]])?.first)
        for key in ["article_id", "title", "headline", "sentence"] { #expect(evidence.keys.contains(key), "\(key)") }
        let hit = try #require((json["hits"] as? [[String: Any]])?.first)
        for key in ["article_id", "title", "source", "url", "published", "headline", "section_position", "sentence", "snippet", "score", "actors"] {
            #expect(hit.keys.contains(key), "\(key)")
        }
    }

    @Test func explainShowsHowTheQueryWasReadBeforeTheResults() throws {
        let result = try runNewsArchive(["search", "--explain", "European-led", "force"], in: folder.url)
        #expect(result.stdout.hasPrefix("Read as: "))
        let explanation = try #require(result.stdout.range(of: "FTS5:    \"european led\" AND \"force\"\n\n"))
        let results = try #require(result.stdout.range(of: " passage"))
        #expect(explanation.upperBound <= results.lowerBound)
        let json = try runNewsArchive(["search", "--explain", "European-led", "force", "--format", "json"], in: folder.url)
        #expect(json.stderr.contains("FTS5:    \"european led\" AND \"force\""), "JSON on standard output stays JSON")
        #expect(try json.json() is [String: Any])
    }

    @Test func textSaysHowManyPassagesThereAreAndGroupsThemUnderTheirArticle() throws {
        let result = try runNewsArchive(["search", "Reuters", "OR", "Washington", "--limit", "3"], in: folder.url)
        #expect(result.status == 0)
        let json = try #require(
            try runNewsArchive(["search", "Reuters", "OR", "Washington", "--format", "json", "--limit", "3"], in: folder.url).json()
                as? [String: Any])
        let total = try #require(json["total"] as? Int)
        let articles = try #require(json["total_articles"] as? Int)
        #expect(total > 3 && articles >= 2)
        #expect(json["total_is_estimate"] as? Bool == false)
        #expect(result.stdout.hasPrefix("3 of \(total) passages in \(articles) articles:\n\n#"))
        let ids = ((json["hits"] as? [[String: Any]]) ?? []).compactMap { $0["article_id"] as? Int }
        let headers = result.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("#") }
        #expect(headers.count == Set(ids).count, "one header per article: \(headers)")
        let everything = try runNewsArchive(["search", "Reuters", "OR", "Washington", "--format", "json", "--limit", "1000"], in: folder.url)
        #expect(((try everything.json() as? [String: Any])?["hits"] as? [Any])?.count == total)
    }

    @Test func aSearchThatFindsNothingExitsWith1() throws {
        let text = try runNewsArchive(["search", "zebra", "crossing"], in: folder.url)
        #expect(text.status == 1)
        #expect(text.stdout.hasPrefix("No article has the word 'zebra'."))
        #expect(text.stdout.hasSuffix("\nNo passages match.\n"))
        let json = try runNewsArchive(["search", "zebra", "--format", "json"], in: folder.url)
        #expect(json.status == 1)
        #expect((try json.json() as? [String: Any])?["total"] as? Int == 0)
    }

    @Test func didYouMeanComesFromTheArchivesWordsAndActors() throws {
        let word = try runNewsArchive(["search", "Reutres"], in: folder.url)
        #expect(word.status == 1)
        #expect(word.stdout == "No article has the word 'Reutres'; did you mean 'Reuters'?\nNo passages match.\n")
        let actor = try runNewsArchive(["search", "troops", "--actor", "Emanuel Macron", "--format", "json"], in: folder.url)
        #expect(actor.status == 1)
        #expect(actor.stderr == "No actor is named 'Emanuel Macron'; did you mean 'Emmanuel Macron'?\n")
        let unknown = try #require((try actor.json() as? [String: Any])?["unknown_terms"] as? [[String: Any]])
        #expect(unknown.first?["did_you_mean"] as? String == "Emmanuel Macron")
    }

    @Test func ndjsonIsAJSONLinePerPassageOrAnswer() throws {
        let hits = try runNewsArchive(["search", "Reuters", "--format", "ndjson", "--limit", "4"], in: folder.url)
        let lines = hits.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        for line in lines {
            let hit = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(hit["sentence"] is String && hit["article_id"] is Int)
        }
        let answers = try runNewsArchive(
            ["search", "which", "leaders", "backed", "a", "European-led", "force", "--format", "ndjson", "--answers"], in: folder.url)
        let first = try #require(answers.stdout.split(separator: "\n").first)
        #expect((try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])?["name"] as? String == "Emmanuel Macron")
    }

    @Test func excludedWordsAreNotTakenForOptions() throws {
        let result = try runNewsArchive(["search", "Reuters", "-Pentagon", "--format", "json", "--limit", "50"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let hits = try #require((try result.json() as? [String: Any])?["hits"] as? [[String: Any]])
        #expect(!hits.isEmpty)
        #expect(!hits.contains { ($0["sentence"] as? String)?.contains("Pentagon") == true })
    }

    @Test func aMistypedOptionExits64NamingItAndTheOptionMeant() throws {
        let result = try runNewsArchive(["search", "x", "--sinse", "2005"], in: folder.url)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Error: Unknown option '--sinse'. Did you mean '--since'?\n"))
        for mistake in [["--fromat", "csv"], ["--limt", "3"], ["--json"], ["-n", "3"]] {
            let refused = try runNewsArchive(["search", "Reuters"] + mistake, in: folder.url)
            #expect(refused.status == 64, "\(mistake)")
            #expect(refused.stderr.contains("Unknown option '\(mistake[0])'"), "\(refused.stderr)")
        }
    }

    @Test func wordsAfterTwoDashesAreQueryWordsWhateverTheyLookLike() throws {
        let result = try runNewsArchive(["search", "--format", "json", "--", "--limit", "Reuters"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try result.json() as? [String: Any])
        #expect(json["query"] as? String == "--limit Reuters")
    }

    @Test func malformedRawQueryExitsWith2AndQuotesSQLite() throws {
        let result = try runNewsArchive(["search", "--raw", "European-led"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr == "Error: Invalid FTS5 query 'European-led': no such column: led\n")
    }

    @Test func csvGoesToAFileWithABOMAndEveryRow() throws {
        let harbour = folder.url.appendingPathComponent("harbour")
        try FileManager.default.createDirectory(at: harbour, withIntermediateDirectories: true)
        for number in 1...25 {
            try "Harbour report \(number)\n\nThe harbour master counted \(number) ships on day \(number). Trade was \"steady, for now\".\n"
                .write(to: harbour.appendingPathComponent("\(number).txt"), atomically: true, encoding: .utf8)
        }
        _ = try runNewsArchive(["ingest", harbour.path], in: folder.url)
        let result = try runNewsArchive(["search", "harbour ships", "--format", "csv", "--bom", "--output", "hits.csv"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: folder.url.appendingPathComponent("hits.csv"))
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("article_id,title,source,url,published,headline,section_position,sentence,snippet,score,actors,tags\r\n"))
        let rows = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 26, "a header and all 25 matching sentences: CSV has no default cap")
        #expect(!FileManager.default.fileExists(atPath: folder.path(".hits.csv.partial")))
    }

    @Test func synonymsCanBeListedAndExtended() throws {
        let added = try runNewsArchive(["synonyms", "add", "peacekeeping", "stabilisation"], in: folder.url)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("stabilisation"))
        let listed = try runNewsArchive(["synonyms"], in: folder.url)
        #expect(listed.stdout.contains("back ~ champion ~ endorse"))
    }

    @Test func synonymsCanBeRemoved() throws {
        let removed = try runNewsArchive(["synonyms", "remove", "champion"], in: folder.url)
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout == "back ~ endorse ~ favor ~ favour ~ support\n")
        let group = try runNewsArchive(["synonyms", "remove", "--group", "Kyiv"], in: folder.url)
        #expect(group.status == 0, "\(group.stderr)")
        #expect(group.stdout == "(group removed)\n")
        let listed = try runNewsArchive(["synonyms"], in: folder.url)
        #expect(listed.stdout.contains("back ~ endorse ~ favor ~ favour ~ support (as verbs)"))
        #expect(listed.stdout.contains("leader → chancellor ~ head of government"))
        #expect(!listed.stdout.contains("champion"))
        #expect(!listed.stdout.contains("kiev"))
        let missing = try runNewsArchive(["synonyms", "remove", "troops", "nonesuch"], in: folder.url)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("'nonesuch' is in no synonym group; nothing was removed"))
        #expect(try runNewsArchive(["synonyms"], in: folder.url).stdout.contains("soldiers ~ troops"))
        let none = try runNewsArchive(["synonyms", "remove"], in: folder.url)
        #expect(none.status != 0)
    }

    @Test func exactSearchesWithoutSynonyms() throws {
        let widened = try runNewsArchive(["search", "--explain", "supported", "peacekeeping"], in: folder.url)
        #expect(widened.stdout.contains("endorse"))
        let exact = try runNewsArchive(["search", "--exact", "--explain", "supported", "peacekeeping"], in: folder.url)
        #expect(exact.status == 0, "\(exact.stderr)")
        #expect(exact.stdout.contains("FTS5:    \"supported\" AND \"peacekeeping\""))
        #expect(exact.stdout.contains("exact: no synonyms or word forms"))
        let raw = try runNewsArchive(["search", "--exact", "--raw", "force"], in: folder.url)
        #expect(raw.status != 0)
    }

    @Test func actorsAreListedMostMentionedFirst() throws {
        let result = try runNewsArchive(["actors", "--kind", "person", "--format", "json"], in: folder.url)
        let actors = try #require(try result.json() as? [[String: Any]])
        #expect(actors.first?["name"] as? String == "Donald Trump")
        for key in ["name", "kind", "roles", "aliases", "country", "mentions", "articles"] {
            #expect(actors.first?.keys.contains(key) == true, "\(key)")
        }
        let query = try runNewsArchive(["actors", "--query", "van leeu"], in: folder.url)
        #expect(query.stdout.contains("Geoffrey van Leeuwen"))
    }
}
