import NewsIngest
/// The length of the periods a trend counts articles in.
///
/// Weeks are ISO 8601 weeks: they start on Monday, and are named by the ISO week-numbering year and week
/// (`2005-W01` starts on Monday 3 January 2005; Saturday 1 January 2005 is in `2004-W53`).
public enum TrendInterval: String, CaseIterable, Sendable, Codable {
    case day, week, month

    /// The first day of the period holding `day`: the day itself, the Monday on or before it, or the first
    /// of its month.
    public func start(of day: CalendarDay) -> CalendarDay {
        switch self {
        case .day: day
        case .week: day.adding(days: 1 - day.weekday)
        case .month: day.firstOfMonth()
        }
    }

    /// The first day of the period after the one starting on `start`.
    public func start(after start: CalendarDay) -> CalendarDay {
        switch self {
        case .day: start.adding(days: 1)
        case .week: start.adding(days: 7)
        case .month: start.firstOfMonth(addingMonths: 1)
        }
    }

    /// The first days of every period from the one holding `first` to the one holding `last`, in order
    /// (empty when `last` is before `first`).
    public func starts(from first: CalendarDay, through last: CalendarDay) -> [CalendarDay] {
        var starts: [CalendarDay] = []
        var current = start(of: first)
        let end = start(of: last)
        while current <= end {
            starts.append(current)
            current = start(after: current)
        }
        return starts
    }

    /// How the period starting on `start` is named: `2005-03-11`, `2005-W10` or `2005-03`.
    public func name(ofPeriodStarting start: CalendarDay) -> String {
        switch self {
        case .day: return start.description
        case .week:
            let week = start.isoWeek
            return "\(CalendarDay.padded(week.year, 4))-W\(CalendarDay.padded(week.week, 2))"
        case .month: return "\(CalendarDay.padded(start.year, 4))-\(CalendarDay.padded(start.month, 2))"
        }
    }

    /// The interval that shows the days from `first` to `last` in a readable number of periods: days up
    /// to three months (92 days), weeks up to two years (106 weeks), months beyond.
    public static func suited(from first: CalendarDay, to last: CalendarDay) -> TrendInterval {
        let days = last.daysSinceEpoch - first.daysSinceEpoch + 1
        if days <= 92 { return .day }
        if days <= 106 * 7 { return .week }
        return .month
    }

    /// The plural noun for the periods: "days", "weeks", "months".
    public var pluralNoun: String { rawValue + "s" }
}
