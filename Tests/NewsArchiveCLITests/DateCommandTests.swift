import Foundation
import NewsTestSupport
import Testing

/// Dates as a user gives them, and as searches filter by them.
struct DateCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        let dates = [
            "dateline": "Friday, 11 March 2005, 10:03 GMT", "spring": "spring 2005", "month": "March 2005",
            "december": "Tue, 28 Dec 2004 18:00:00 +0000",
        ]
        for (name, date) in dates {
            try folder.write("in/\(name).txt", text: "Published: \(date)\n\nYukos \(name)\n\nYukos shares fell again on \(name) news.\n")
        }
        try folder.write("in/undated.txt", text: "Yukos undated\n\nYukos shares fell again.\n")
        let ingest = try runNewsArchive(["ingest", "in"], in: folder.url)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("published date 'spring 2005' is not a date I can read"))
    }

    func publishedOfHits(_ arguments: [String]) throws -> [String?] {
        let result = try runNewsArchive(["search", "Yukos", "--format", "json"] + arguments, in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let hits = try #require((try result.json() as? [String: Any])?["hits"] as? [[String: Any]])
        return hits.map { $0["published"] as? String }
    }

    @Test func theBBCDatelineIsReadAndKeptAsWritten() throws {
        let search = try #require(
            try runNewsArchive(["search", "Yukos", "dateline", "--format", "json"], in: folder.url).json() as? [String: Any])
        let id = String(try #require((search["hits"] as? [[String: Any]])?.first?["article_id"] as? Int))
        let show = try #require(try runNewsArchive(["show", id, "--format", "json"], in: folder.url).json() as? [String: Any])
        #expect(show["published"] as? String == "2005-03-11T10:03:00Z")
        #expect(show["published_as_written"] as? String == "Friday, 11 March 2005, 10:03 GMT")
        let text = try runNewsArchive(["show", id], in: folder.url)
        #expect(text.stdout.contains("Published: 2005-03-11T10:03:00Z (as written: Friday, 11 March 2005, 10:03 GMT)"))
    }

    @Test func untilNeverReturnsALaterArticle() throws {
        #expect(try publishedOfHits(["--until", "2004-12-31"]) == ["2004-12-28T18:00:00Z"])
        #expect(try publishedOfHits(["--until", "2005-03-10"]) == ["2004-12-28T18:00:00Z"], "not March 2005: it may be later")
        #expect(Set(try publishedOfHits(["--until", "2005-03"])) == ["2004-12-28T18:00:00Z", "2005-03-11T10:03:00Z", "2005-03"])
    }

    @Test func sinceTakesAYearAndSaysWhatItLeftOut() throws {
        #expect(Set(try publishedOfHits(["--since", "2005"])) == ["2005-03-11T10:03:00Z", "2005-03"])
        let text = try runNewsArchive(["search", "Yukos", "--since", "2005"], in: folder.url)
        #expect(text.stdout.hasSuffix("(2 undated articles holding these words were left out: a date filter keeps only articles whose date is known.)\n"))
        let json = try #require(try runNewsArchive(["search", "Yukos", "--since", "2005-03", "--format", "json"], in: folder.url).json() as? [String: Any])
        #expect(json["undated_articles_left_out"] as? Int == 2)
    }

    @Test func aDateOptionThatIsNoDateExits64NamingIt() throws {
        let result = try runNewsArchive(["search", "Yukos", "--since", "2005-13"], in: folder.url)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: --since: '2005-13' is not a date of the calendar"))
    }

    @Test func theDateOrderReadsAllNumericDays() throws {
        try folder.write("numeric.txt", text: "Published: 03/04/2005\n\nNumeric date\n\nA sentence about ferries.\n")
        let ambiguous = try runNewsArchive(["--db", "a.sqlite", "ingest", "numeric.txt"], in: folder.url)
        #expect(ambiguous.stdout.contains("'03/04/2005' could be day/month/year or month/day/year (give --date-order dmy or mdy)"))
        _ = try runNewsArchive(["--db", "b.sqlite", "ingest", "--date-order", "dmy", "numeric.txt"], in: folder.url)
        let show = try #require(try runNewsArchive(["--db", "b.sqlite", "show", "1", "--format", "json"], in: folder.url).json() as? [String: Any])
        #expect(show["published"] as? String == "2005-04-03")
    }
}
