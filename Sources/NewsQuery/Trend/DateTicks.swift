import NewsIngest
/// Which periods of a time axis get a labelled tick, and their labels: the finest regular choice (every
/// period, Mondays, the first of each month, quarters, years, decades…) whose labels do not overlap.
///
/// Ticks fall on calendar boundaries, not every nth period, so that they read as dates do: `Jan 2005`,
/// `Apr`, `Jul`, `Oct`, `Jan 2006`. A label says the year on the first tick and where the year changes.
public struct DateTicks: Equatable, Sendable {
    /// A labelled tick: the index of its period in the axis, and its label.
    public struct Tick: Equatable, Sendable {
        public var index: Int
        public var label: String
    }

    public let ticks: [Tick]

    /// Ticks for the periods starting on `starts` (consecutive periods of `interval`), spread over
    /// `width` points, with labels about `characterWidth` points a character and at least `gap` apart.
    public init(starts: [CalendarDay], interval: TrendInterval, width: Double, characterWidth: Double = 6.6, gap: Double = 12) {
        guard !starts.isEmpty else {
            ticks = []
            return
        }
        let spacing = starts.count > 1 ? width / Double(starts.count - 1) : width
        var chosen: [Tick] = []
        for candidate in Self.candidates(for: interval) {
            let ticks = Self.ticks(starts, candidate)
            guard !ticks.isEmpty else { continue }
            chosen = ticks
            let fits = zip(ticks, ticks.dropFirst()).allSatisfy { left, right in
                Double(right.index - left.index) * spacing
                    >= Double(left.label.count + right.label.count) / 2 * characterWidth + gap
            }
            if fits { break }
        }
        // A span too short for any boundary (three days, no Monday) still names its first period.
        ticks = chosen.isEmpty ? [Tick(index: 0, label: Self.label(starts[0], .day, previous: nil))] : chosen
    }

    /// How a tick is labelled.
    enum Style { case day, month, year }

    /// A regular choice of ticks: the periods whose first day `matches`, labelled in `style`.
    struct Candidate {
        var style: Style
        var matches: (CalendarDay) -> Bool
    }

    /// The choices for `interval`, finest first.
    static func candidates(for interval: TrendInterval) -> [Candidate] {
        // Monday 5 January 1970 is day 4: weeks counted from it, for every other week.
        func weekIndex(_ day: CalendarDay) -> Int {
            let days = day.daysSinceEpoch - 4
            return days >= 0 ? days / 7 : (days - 6) / 7
        }
        // The period starting the month: its first day, or for weeks the first Monday in it.
        let startsMonth: (CalendarDay) -> Bool = interval == .week ? { $0.day <= 7 } : { $0.day == 1 }
        let yearly = [1, 2, 5, 10, 20, 50, 100].map { years in
            Candidate(style: .year) { startsMonth($0) && $0.month == 1 && $0.year % years == 0 }
        }
        let monthly = [1, 2, 3, 6].map { months in
            Candidate(style: .month) { startsMonth($0) && ($0.month - 1) % months == 0 }
        }
        switch interval {
        case .day:
            return [Candidate(style: .day) { _ in true }, Candidate(style: .day) { $0.weekday == 1 },
                Candidate(style: .day) { $0.weekday == 1 && weekIndex($0) % 2 == 0 }] + monthly + yearly
        case .week:
            return [Candidate(style: .day) { _ in true }, Candidate(style: .day) { weekIndex($0) % 2 == 0 },
                Candidate(style: .day) { weekIndex($0) % 4 == 0 }] + monthly + yearly
        case .month:
            return monthly + yearly
        }
    }

    /// The ticks `candidate` puts on the periods starting on `starts`.
    static func ticks(_ starts: [CalendarDay], _ candidate: Candidate) -> [Tick] {
        var ticks: [Tick] = []
        var previous: CalendarDay?
        for (index, start) in starts.enumerated() where candidate.matches(start) {
            ticks.append(Tick(index: index, label: label(start, candidate.style, previous: previous)))
            previous = start
        }
        return ticks
    }

    /// `7 Mar`, `Mar` or `2005`, with the year after a day or month on the first tick and where it changes.
    static func label(_ day: CalendarDay, _ style: Style, previous: CalendarDay?) -> String {
        let month = CalendarDay.monthAbbreviations[day.month - 1]
        let year = previous?.year == day.year ? "" : " \(day.year)"
        switch style {
        case .day: return "\(day.day) \(month)\(year)"
        case .month: return "\(month)\(year)"
        case .year: return String(day.year)
        }
    }
}
