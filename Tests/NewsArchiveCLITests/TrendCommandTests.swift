import Foundation
import NewsTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `news-archive trend` as a user runs it, on articles with known dates.
struct TrendCommandTests {
    let folder: TemporaryFolder

    /// Yukos on Saturday 1 January 2005 (ISO week 2004-W53), Monday 7 and Sunday 13 March (2005-W10) and
    /// Monday 28 March (W13); the weather on 14 March (W11); one Yukos story undated.
    init() throws {
        folder = try TemporaryFolder()
        let stories = [
            ("a.txt", "Published: 2005-01-01", "Yukos shares fell on the first day of the year."),
            ("b.txt", "Published: 2005-03-07", "Yukos said output rose. Russian President Vladimir Putin said little."),
            ("c.txt", "Published: 2005-03-13", "Yukos met its lenders. Vladimir Putin did not comment."),
            ("d.txt", "Published: 2005-03-14", "Rain is expected across the north of England."),
            ("e.txt", "Published: 2005-03-28", "Shares in Yukos rose again."),
            ("f.txt", "Title: Undated", "Yukos appealed against the ruling."),
        ]
        for (name, header, body) in stories {
            _ = try folder.write(name, text: "\(header)\n\nStory \(name)\n\n\(body)\n")
        }
        let ingest = try runNewsArchive(["ingest"] + stories.map(\.0), in: folder.url)
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    @Test func csvReadsBackAsARowPerSeriesAndWeekWithZerosInTheGaps() throws {
        let result = try runNewsArchive(["trend", "Yukos", "--by", "week", "--format", "csv"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try RFC4180Reader.records(in: result.stdout)
        #expect(rows.first == ["series", "date", "count", "total", "ratio"])
        #expect(rows.count == 1 + 14)
        #expect(rows[1] == ["Yukos", "2004-12-27", "1", "1", "1"])
        #expect(rows[11] == ["Yukos", "2005-03-07", "2", "2", "1"])
        #expect(rows[12] == ["Yukos", "2005-03-14", "0", "1", "0"])
        #expect(rows[13] == ["Yukos", "2005-03-21", "0", "0", "0"])
        #expect(result.stderr == "Left out of the counts, having no period: 1 undated article for 'Yukos'.\n")
    }

    @Test func severalSeriesShareThePeriods() throws {
        let result = try runNewsArchive(
            ["trend", "--query", "Yukos", "--actor", "putin", "--query", "rain", "--by", "month", "--format", "csv"],
            in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try RFC4180Reader.records(in: result.stdout).dropFirst()
        #expect(rows.map { "\($0[0]) \($0[1]) \($0[2])/\($0[3])" } == [
            "Yukos 2005-01-01 1/1", "Yukos 2005-02-01 0/0", "Yukos 2005-03-01 3/4",
            "rain 2005-01-01 0/1", "rain 2005-02-01 0/0", "rain 2005-03-01 1/4",
            "Vladimir Putin 2005-01-01 0/1", "Vladimir Putin 2005-02-01 0/0", "Vladimir Putin 2005-03-01 2/4",
        ])
        #expect(rows.last?[4] == "0.5")
    }

    @Test func jsonSaysHowManyUndatedArticlesWereLeftOut() throws {
        let result = try runNewsArchive(["trend", "Yukos", "--by", "month", "--format", "json"], in: folder.url)
        #expect(result.stderr.isEmpty, "JSON carries the note as a field")
        let json = try #require(try result.json() as? [String: Any])
        #expect(json["by"] as? String == "month")
        let series = try #require((json["series"] as? [[String: Any]])?.first)
        #expect(series["undated_articles_left_out"] as? Int == 1)
        #expect(series["kind"] as? String == "query")
        let points = try #require(series["points"] as? [[String: Any]])
        #expect(points.map { $0["count"] as? Int } == [1, 0, 3])
        #expect(points.map { $0["date"] as? String } == ["2005-01-01", "2005-02-01", "2005-03-01"])
    }

    @Test func textIsATableOfPeriodsWithTheirTotalsAndShares() throws {
        let result = try runNewsArchive(["trend", "Yukos", "--actor", "Vladimir Putin", "--by", "month"], in: folder.url)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Articles per month, 2005-01 to 2005-03:") == true)
        #expect(lines[1].split(separator: " ", omittingEmptySubsequences: true) == ["month", "total", "Yukos", "Vladimir", "Putin"])
        #expect(lines.last?.split(separator: " ", omittingEmptySubsequences: true) == ["2005-03", "4", "3", "75.0%", "2", "50.0%"])
    }

    @Test func svgIsAChartWithItsSeriesInTheLegendAndDatesOnTheAxis() throws {
        let output = folder.path("trend.svg")
        let result = try runNewsArchive(
            ["trend", "--query", "Yukos <b>&", "--actor", "Vladimir Putin", "--by", "week", "--format", "svg", "--output", output],
            in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        let reader = LegendReader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(reader.texts["legend"] == ["Yukos <b>&", "Vladimir Putin"])
        // 14 weeks: every other Monday, the year on the first.
        #expect(reader.texts["date-labels"]?.prefix(2) == ["3 Jan 2005", "17 Jan"])
        #expect(reader.texts["value-labels"] == ["0", "1", "2"])
        #expect(reader.titles.contains("Articles per week"))
    }

    @Test(arguments: [
        (["trend", "--actor", "Nobody Known"], 1, "Error: No actor named 'Nobody Known'"),
        (["trend", "--actor", "Vladmir Putin"], 1, "Error: No actor is named 'Vladmir Putin'; did you mean 'Vladimir Putin'?"),
        (["trend", "Yukos", "--by", "year"], 64, "Error: The value 'year' is invalid for '--by <by>'"),
        (["trend"], 64, "Error: Please give a query, --query QUERY or --actor NAME: what to count."),
        (["trend", "Yukos", "--sinse", "2005"], 64, "Error: Unknown option '--sinse'. Did you mean '--since'?"),
        (["trend", "Yukos", "--since", "2005-13"], 64, "Error: --since: '2005-13' is not a date of the calendar"),
    ] as [([String], Int32, String)])
    func badInputIsOneClearLineAndAFailingStatus(arguments: [String], status: Int32, message: String) throws {
        let result = try runNewsArchive(arguments, in: folder.url)
        #expect(result.status == status)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        if status == 1 { #expect(result.stderr.split(separator: "\n").count == 1) }
    }
}

/// The text of an SVG's `<text>` elements by the class of their group, and its `<title>`s.
private final class LegendReader: NSObject, XMLParserDelegate {
    var texts: [String: [String]] = [:]
    var titles: [String] = []
    private var groups: [String] = []
    private var current: String?

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if name == "g" { groups.append(attributes["class"] ?? "") }
        if name == "text" || name == "title" { current = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "g" { groups.removeLast() }
        if name == "text", let text = current { texts[groups.last ?? "", default: []].append(text) }
        if name == "title", let text = current { titles.append(text) }
        if name == "text" || name == "title" { current = nil }
    }
}
