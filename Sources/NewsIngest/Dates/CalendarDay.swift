/// A day of the Gregorian calendar, with no time and no time zone: what an article's publication date
/// names once it is read to the day.
///
/// Arithmetic goes through the number of days since 1970-01-01 (as `PublishedDate` counts them), so it
/// needs no `Calendar` and gives the same answer on every machine, whatever its zone.
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1 (January) to 12.
    public let month: Int
    /// 1 to 31.
    public let day: Int

    /// The day `year`-`month`-`day`, or nil when there is no such day (`2005-02-30`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= PublishedDate.daysIn(month, of: year) else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// The day written `YYYY-MM-DD` at the start of `text` (anything after it, as a time, is ignored).
    ///
    /// For example `CalendarDay(reading: "2005-03-11T10:03:00Z")` is 11 March 2005.
    public init?(reading text: some StringProtocol) {
        let characters = Array(text.utf8.prefix(10))
        guard characters.count == 10, characters[4] == UInt8(ascii: "-"), characters[7] == UInt8(ascii: "-"),
            let year = Self.number(characters[0..<4]), let month = Self.number(characters[5..<7]),
            let day = Self.number(characters[8..<10])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day `daysSinceEpoch` days after 1970-01-01 (before it when negative).
    public init(daysSinceEpoch: Int) {
        (year, month, day) = PublishedDate.civilDate(daysSinceEpoch: daysSinceEpoch)
    }

    /// Days since 1970-01-01 (negative before it).
    public var daysSinceEpoch: Int { PublishedDate.daysSinceEpoch(year: year, month: month, day: day) }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> CalendarDay { CalendarDay(daysSinceEpoch: daysSinceEpoch + count) }

    /// The first day of the month `count` months after this day's month.
    public func firstOfMonth(addingMonths count: Int = 0) -> CalendarDay {
        let index = year * 12 + (month - 1) + count
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        // The first of a month always exists.
        return CalendarDay(year: newYear, month: index - newYear * 12 + 1, day: 1)!
    }

    /// The ISO 8601 day of the week: 1 for Monday to 7 for Sunday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        let offset = (daysSinceEpoch + 3) % 7
        return (offset < 0 ? offset + 7 : offset) + 1
    }

    /// The ISO 8601 week this day is in: weeks start on Monday, and week 1 is the one holding the year's
    /// first Thursday, so 1 January may be in the last week of the year before (2005-01-01 is 2004-W53).
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let firstOfYear = CalendarDay(year: thursday.year, month: 1, day: 1)!
        return (thursday.year, (thursday.daysSinceEpoch - firstOfYear.daysSinceEpoch) / 7 + 1)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))"
    }

    /// The day as people write it: `7 Mar 2005`.
    public var name: String { "\(day) \(Self.monthAbbreviations[month - 1]) \(year)" }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The English abbreviations of the months, January first.
    public static let monthAbbreviations = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// `value` written with at least `width` digits.
    public static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The decimal number the ASCII digits `bytes` spell, or nil when one is not a digit.
    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
