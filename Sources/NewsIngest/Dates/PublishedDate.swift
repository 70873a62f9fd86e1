/// A publication date as far as it is known: a year, a month, a day, or a moment (in UTC).
///
/// Read from the forms news sites and saved pages use (see `init(reading:order:)`), and written as ISO
/// 8601 at its precision: `2005`, `2005-03`, `2005-03-11` or `2005-03-11T10:03:00Z`. Those strings sort
/// as the dates do, and the archive stores them in `articles.published`.
public struct PublishedDate: Hashable, Sendable {
    /// How much of the date is known.
    public enum Precision: String, Sendable, CaseIterable {
        case year, month, day, time
    }

    public let year: Int
    /// 1–12; nil for a year alone.
    public let month: Int?
    /// 1–31; nil unless the day is known.
    public let day: Int?
    /// Seconds since midnight, UTC; nil unless the time is known.
    public let secondOfDay: Int?

    public var precision: Precision {
        secondOfDay != nil ? .time : day != nil ? .day : month != nil ? .month : .year
    }

    /// A date to the day (and, with `secondOfDay`, the second), already in UTC.
    init(year: Int, month: Int? = nil, day: Int? = nil, secondOfDay: Int? = nil) {
        precondition(month != nil || day == nil, "a day needs its month")
        precondition(day != nil || secondOfDay == nil, "a time needs its day")
        self.year = year
        self.month = month
        self.day = day
        self.secondOfDay = secondOfDay
    }

    /// ISO 8601 at the date's precision: `2005`, `2005-03`, `2005-03-11`, `2005-03-11T10:03:00Z`.
    public var iso8601: String {
        var text = Self.digits(year, 4)
        if let month { text += "-" + Self.digits(month, 2) }
        if let day { text += "-" + Self.digits(day, 2) }
        if let second = secondOfDay {
            text += "T\(Self.digits(second / 3600, 2)):\(Self.digits(second / 60 % 60, 2)):\(Self.digits(second % 60, 2))Z"
        }
        return text
    }

    /// The first day the date may be, as `YYYY-MM-DD` (1 March 2005 for `2005-03`).
    public var firstDay: String {
        "\(Self.digits(year, 4))-\(Self.digits(month ?? 1, 2))-\(Self.digits(day ?? 1, 2))"
    }

    /// The last day the date may be, as `YYYY-MM-DD` (31 March 2005 for `2005-03`, 31 December for a year).
    public var lastDay: String {
        let month = month ?? 12
        return "\(Self.digits(year, 4))-\(Self.digits(month, 2))-\(Self.digits(day ?? Self.daysIn(month, of: year), 2))"
    }

    private static func digits(_ value: Int, _ count: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, count - text.count)) + text
    }

    // MARK: - Calendar

    /// The number of days in `month` (1–12) of `year`, in the proleptic Gregorian calendar.
    static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a civil date (Howard Hinnant's `days_from_civil`).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The civil date `days` after 1970-01-01 (Hinnant's `civil_from_days`).
    static func civilDate(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// How to read an all-numeric date such as `03/04/2005`: day first (`dmy`, 3 April) or month first
/// (`mdy`, 4 March).
public enum DateOrder: String, Sendable, CaseIterable {
    case dmy, mdy
}

/// Why a text is not a date.
public enum DateReadingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No form of date reads it ("last Tuesday").
    case notADate(String)
    /// An all-numeric date whose day and month could be either way round, read without a `DateOrder`.
    case ambiguousOrder(String)
    /// Its parts are out of range (31 February, 25:00, month 13).
    case impossible(String)

    public var description: String {
        switch self {
        case .notADate(let text): "'\(text)' is not a date I can read"
        case .ambiguousOrder(let text):
            "'\(text)' could be day/month/year or month/day/year (give --date-order dmy or mdy)"
        case .impossible(let text): "'\(text)' is not a date of the calendar"
        }
    }
}
