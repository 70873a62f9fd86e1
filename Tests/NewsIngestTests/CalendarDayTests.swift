import NewsIngest
import Testing

/// Days of the calendar: reading them, counting them, their ISO weeks.
struct CalendarDayTests {
    func day(_ text: String) throws -> CalendarDay { try #require(CalendarDay(reading: text)) }

    @Test(arguments: ["1970-01-01", "1969-12-31", "2000-02-29", "2005-03-11", "2100-12-31", "1600-03-01"])
    func daysSinceEpochGoThereAndBack(_ text: String) throws {
        let day = try day(text)
        #expect(CalendarDay(daysSinceEpoch: day.daysSinceEpoch) == day)
        #expect(day.description == text)
        #expect(day.adding(days: 1).adding(days: -1) == day)
    }

    @Test func readsTheDayAtTheStartOfADateAndRefusesOthers() throws {
        #expect(try day("2005-03-11T10:03:00Z").description == "2005-03-11")
        #expect(try day("2005-03-11").daysSinceEpoch == 12_853)
        for text in ["2005-02-29", "2005-13-01", "2005-03", "2005", "11/03/2005", "2005-3-11x"] {
            #expect(CalendarDay(reading: text) == nil, "\(text)")
        }
    }

    @Test(arguments: [
        ("2005-01-01", 6, 2004, 53), ("2005-01-03", 1, 2005, 1), ("2008-12-29", 1, 2009, 1),
        ("2010-01-03", 7, 2009, 53), ("2005-03-13", 7, 2005, 10), ("2005-03-14", 1, 2005, 11),
    ])
    func isoWeeksStartOnMondayAndBelongToTheYearOfTheirThursday(
        _ text: String, weekday: Int, year: Int, week: Int
    ) throws {
        let day = try day(text)
        #expect(day.weekday == weekday)
        #expect(day.isoWeek == (year, week))
    }
}
