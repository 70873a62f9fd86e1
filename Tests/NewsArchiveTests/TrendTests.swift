import Foundation
import NewsIngest
import NewsQuery
import NewsSQLite
import NewsTestSupport
import Testing
@testable import NewsArchive

/// Articles counted per period, on an archive whose dates are known.
struct TrendTests {
    let folder: TemporaryFolder
    let store: ArchiveStore

    /// Articles about Yukos (and one about the weather) on known days: Saturday 1 January 2005 (ISO week
    /// 2004-W53), Monday 7 and Sunday 13 March (both 2005-W10), Monday 14 March (W11), Monday 28 March
    /// (W13; nothing in W12); one dated only "March 2005", one undated.
    static let articles: [(name: String, header: String, body: String)] = [
        ("new-year", "Published: 2005-01-01", "Yukos shares fell on the first day of the year."),
        ("monday", "Published: 7 March 2005\nSource: Wire",
         "Yukos said its oil output rose. Russian President Vladimir Putin said the state would not step in."),
        ("sunday", "Published: 2005-03-13T22:00:00Z", "Yukos and its lenders met again. Vladimir Putin did not comment."),
        ("weather", "Published: 2005-03-14", "Rain is expected across the north of England on Monday."),
        ("late-march", "Published: 2005-03-28\nSource: Wire", "Shares in Yukos rose again in Moscow."),
        ("march", "Published: March 2005", "Yukos paid its tax bill in March."),
        ("undated", "", "Yukos appealed against the ruling."),
    ]

    init() throws {
        folder = try TemporaryFolder()
        store = try ArchiveStore(path: folder.path("archive.sqlite"))
        let inputs = try Self.articles.map { article in
            IngestInput.file(
                path: try folder.write(
                    "\(article.name).txt", text: "\(article.header)\n\nStory \(article.name)\n\n\(article.body)\n"))
        }
        try store.ingest(inputs)
    }

    func day(_ text: String) throws -> CalendarDay { try #require(CalendarDay(reading: text)) }

    @Test func weeksAreISOWeeksWithTheGapsFilledWithZeros() throws {
        let trend = try store.trend(of: [.query("Yukos")], by: .week)
        #expect(trend.interval == .week)
        #expect(trend.starts.first == (try day("2004-12-27")), "Saturday 1 January 2005 is in the week from Monday 27 December")
        #expect(trend.starts.last == (try day("2005-03-28")))
        #expect(trend.starts.count == 14)
        #expect(trend.interval.name(ofPeriodStarting: trend.starts[0]) == "2004-W53")
        let yukos = try #require(trend.series.first)
        var counts = Array(repeating: 0, count: 14)
        (counts[0], counts[10], counts[13]) = (1, 2, 1)
        #expect(yukos.counts == counts, "7 and 13 March are one week; 14 March starts the next")
        var totals = counts
        totals[11] = 1  // the weather
        #expect(trend.totals == totals)
        #expect(trend.totals[12] == 0 && yukos.counts[12] == 0, "the empty week 2005-W12 is there, as zeros")
        #expect(yukos.undated == 1)
        #expect(yukos.datedLessPrecisely == 1, "'March 2005' is in no week")
        #expect(trend.ratio(yukos, at: 10) == 1 && trend.ratio(yukos, at: 12) == 0)
    }

    @Test func monthsTakeArticlesDatedOnlyToTheMonth() throws {
        let trend = try store.trend(of: [.query("Yukos"), .actor("Vladimir Putin")], by: .month)
        #expect(trend.starts.map(\.description) == ["2005-01-01", "2005-02-01", "2005-03-01"])
        #expect(trend.totals == [1, 0, 5])
        #expect(trend.series.map(\.counts) == [[1, 0, 4], [0, 0, 2]])
        #expect(trend.series.map(\.datedLessPrecisely) == [0, 0])
        #expect(trend.series.map(\.undated) == [1, 0])
        #expect(trend.series[1].name == "Vladimir Putin" && trend.series[1].kind == .actor)
    }

    @Test func countsPerMonthAreTheArticlesSQLFinds() throws {
        let trend = try store.trend(of: [.query("shares")], by: .month)
        for (index, start) in trend.starts.enumerated() {
            let month = String(start.description.prefix(7))
            let direct = try store.connection.rows(
                """
                SELECT count(DISTINCT sec.article_id) FROM sections_fts JOIN sections AS sec ON sec.id = sections_fts.rowid
                JOIN articles AS a ON a.id = sec.article_id WHERE sections_fts MATCH 'shares' AND substr(a.published, 1, 7) = ?
                """, month
            ).first?[0].int
            #expect(trend.series[0].counts[index] == direct, "\(month)")
        }
        #expect(trend.series[0].counts.reduce(0, +) == 2)
    }

    @Test func theIntervalFollowsTheSpanWhenNotGiven() throws {
        let trend = try store.trend(of: [.query("Yukos")])
        #expect(trend.interval == .day, "1 January to 28 March is 87 days")
        #expect(trend.starts.count == 87)
        #expect(trend.series[0].datedLessPrecisely == 1)
        #expect(TrendInterval.suited(from: try day("2005-01-01"), to: try day("2006-06-30")) == .week)
        #expect(TrendInterval.suited(from: try day("2005-01-01"), to: try day("2008-01-01")) == .month)
    }

    @Test func filtersNarrowTheTotalsAndTheSeriesAlike() throws {
        let trend = try store.trend(of: [.query("Yukos")], by: .week, options: SearchOptions(source: "wire"))
        #expect(trend.starts.map(\.description) == ["2005-03-07", "2005-03-14", "2005-03-21", "2005-03-28"])
        #expect(trend.totals == [1, 0, 0, 1])
        #expect(trend.series[0].counts == [1, 0, 0, 1])
        let since = try store.trend(
            of: [.query("Yukos")], by: .month, options: SearchOptions(since: try PublishedDate(reading: "2005-03")))
        #expect(since.totals == [5] && since.series[0].counts == [4])
        #expect(since.series[0].undated == 1, "undated articles are still counted as left out")
    }

    @Test func anUnknownActorIsAnErrorNamingTheNearestOne() throws {
        let error = try #require(throws: ArchiveError.self) { try store.trend(of: [.actor("Vladmir Putin")]) }
        #expect(error.message.hasPrefix("No actor is named 'Vladmir Putin'; did you mean 'Vladimir Putin'?"))
        let inQuery = try #require(throws: ArchiveError.self) { try store.trend(of: [.query("actor:Nobody Yukos")]) }
        #expect(inQuery.message.hasPrefix("No actor is named 'Nobody'"))
    }

    @Test func aQueryOfStopWordsIsAnError() throws {
        let error = try #require(throws: ArchiveError.self) { try store.trend(of: [.query("the of")]) }
        #expect(error.code == .invalidSearchQuery)
        #expect(error.message.contains("has nothing to count"))
    }
}
