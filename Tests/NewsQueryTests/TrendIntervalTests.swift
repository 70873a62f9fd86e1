import NewsIngest
import NewsQuery
import Testing

/// The days, weeks and months a trend counts articles in.
struct TrendIntervalTests {
    func day(_ text: String) throws -> CalendarDay { try #require(CalendarDay(reading: text)) }

    @Test func periodsStartOnTheirFirstDay() throws {
        let sunday = try day("2005-03-13")
        #expect(TrendInterval.day.start(of: sunday) == sunday)
        #expect(TrendInterval.week.start(of: sunday).description == "2005-03-07")
        #expect(TrendInterval.month.start(of: sunday).description == "2005-03-01")
        #expect(TrendInterval.week.name(ofPeriodStarting: try day("2004-12-27")) == "2004-W53")
        #expect(TrendInterval.month.name(ofPeriodStarting: try day("2005-03-01")) == "2005-03")
        #expect(TrendInterval.day.name(ofPeriodStarting: sunday) == "2005-03-13")
    }

    @Test func periodsRunWithoutGapsAcrossMonthAndYearEnds() throws {
        let months = TrendInterval.month.starts(from: try day("2004-11-30"), through: try day("2005-02-01"))
        #expect(months.map(\.description) == ["2004-11-01", "2004-12-01", "2005-01-01", "2005-02-01"])
        let weeks = TrendInterval.week.starts(from: try day("2004-12-31"), through: try day("2005-01-10"))
        #expect(weeks.map(\.description) == ["2004-12-27", "2005-01-03", "2005-01-10"])
        let days = TrendInterval.day.starts(from: try day("2004-02-28"), through: try day("2004-03-01"))
        #expect(days.map(\.description) == ["2004-02-28", "2004-02-29", "2004-03-01"])
        #expect(TrendInterval.day.starts(from: try day("2005-01-02"), through: try day("2005-01-01")).isEmpty)
    }
}
