import NewsIngest
import NewsQuery

/// What one series of a trend counts: the articles matching a query, or the articles mentioning an actor.
public enum TrendSubject: Sendable, Equatable {
    /// A plain-language query, read as `search` reads it (or an FTS5 expression with `SearchOptions.raw`).
    case query(String)
    /// An actor, named as `actors mentions` takes it: name, alias (any case), `#ID`, or words only one
    /// actor's name starts with.
    case actor(String)
}

/// Articles per period over time, for one or more series, with the archive's own count of articles in
/// each period: what Media Cloud calls attention (it counts stories, not mentions).
///
/// The periods run without a gap from the first to the last period in which the archive holds an
/// article passing the filters (source, tags, dates); a period with no match counts 0.
public struct Trend: Sendable, Equatable {
    public var interval: TrendInterval
    /// The first day of each period, in order.
    public var starts: [CalendarDay]
    /// The articles of each period that pass the filters, whatever they say.
    public var totals: [Int]
    public var series: [TrendSeries]

    /// The share of period `index`'s articles that series `series` counts: 0 when the period has none.
    public func ratio(_ series: TrendSeries, at index: Int) -> Double {
        totals[index] == 0 ? 0 : Double(series.counts[index]) / Double(totals[index])
    }
}

/// The counts of one series of a trend, and the matching articles it could not place in a period.
public struct TrendSeries: Sendable, Equatable {
    /// Whether the series counts a query's matches or an actor's mentions.
    public enum Kind: String, Sendable, Encodable { case query, actor }

    /// The query as given, or the actor's name.
    public var name: String
    public var kind: Kind
    /// The actor counted (nil for a query).
    public var actorID: Int?
    /// The FTS5 expression the query ran as (nil for an actor, or a query of filters alone).
    public var fts: String?
    /// Matching articles per period, in the order of `Trend.starts`.
    public var counts: [Int]
    /// Matching articles with no date: left out of the counts.
    public var undated: Int
    /// Matching articles dated less precisely than the interval (a month or a year, counted by day or
    /// week; a year, by month): left out of the counts.
    public var datedLessPrecisely: Int
}
