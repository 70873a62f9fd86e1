import Foundation
import NewsIngest
import NewsQuery
import NewsSQLite

extension ArchiveStore {
    /// Counts the articles each of `subjects` finds, per day, week or month, beside the number of articles
    /// the archive holds in each period.
    ///
    /// A query counts the articles with a section (headline and body) matching its terms, read as
    /// `search` reads them (`SearchQuery.matchExpression`: every term, none it excludes); an actor counts
    /// the articles that mention it. Both keep only the articles `options` keeps (source, tags, dates;
    /// its actor, limit and offset are not used). Articles are placed by the day they were published
    /// (the date as stored: a moment in UTC counts on its UTC day); undated ones, and ones dated only to
    /// the month or year when the interval needs more, are counted apart. One grouped statement per
    /// series, and one for the totals (helped by the index `articles_published`).
    ///
    /// - parameter interval: nil picks one from the span of the dated articles (`TrendInterval.suited`).
    /// - throws: `ArchiveError` for an actor no one or several are named, an `actor:` in a query that
    ///   names no one, a query with nothing to count, or a malformed raw expression.
    public func trend(
        of subjects: [TrendSubject], by interval: TrendInterval? = nil, options: SearchOptions = SearchOptions()
    ) throws -> Trend {
        var articleOptions = options
        articleOptions.actor = nil
        let synonyms = try withStorageErrors { try synonymTable() }
        // Each series is read before the totals, so that a bad one fails before any work is wasted.
        let grouped = try subjects.map { try datedCounts(of: $0, options: articleOptions, synonyms: synonyms) }
        let totals = try withStorageErrors { () -> DatedCounts in
            // Without a query, the filters are on the articles alone. Grouping by `published` first reads
            // the index in its order, with no sort; only the distinct dates are then grouped by day.
            let filters = try makeFilters(options: articleOptions, query: nil, matching: nil) ?? SQLFilters()
            let conditions = filters.isEmpty ? "" : "WHERE " + filters.conditions.joined(separator: " AND ")
            return try DatedCounts(
                connection.rows(
                    """
                    SELECT substr(published, 1, 10), sum(articles) FROM (
                        SELECT a.published AS published, count(*) AS articles FROM articles AS a \(conditions)
                        GROUP BY a.published)
                    GROUP BY 1
                    """, arguments: filters.arguments))
        }
        let dated = totals.days.keys.sorted()
        let interval = interval ?? dated.first.map { TrendInterval.suited(from: $0, to: dated.last ?? $0) } ?? .month
        let starts = totals.starts(in: interval)
        let index = Dictionary(uniqueKeysWithValues: starts.enumerated().map { ($0.element, $0.offset) })
        return Trend(
            interval: interval, starts: starts, totals: totals.counts(by: interval, at: index),
            series: grouped.map { counts in
                TrendSeries(
                    name: counts.name, kind: counts.kind, actorID: counts.actorID, fts: counts.fts,
                    counts: counts.counts(by: interval, at: index), undated: counts.undated,
                    datedLessPrecisely: counts.lessPrecise(than: interval))
            })
    }

    /// The articles `subject` finds, grouped by the day (or month, or year) they were published.
    private func datedCounts(of subject: TrendSubject, options: SearchOptions, synonyms: SynonymTable) throws
        -> DatedCounts
    {
        switch subject {
        case .actor(let name):
            let actor = try withStorageErrors { try resolvedActor(name) }
            guard let filters = try withStorageErrors({ try makeFilters(options: options, query: nil, matching: nil, dates: .keepingUndated) })
            else { return DatedCounts(name: actor.name, kind: .actor) }
            // The actor's articles come from actor_articles (no row of mentions is read), then
            // each article's date: one look-up per article, not per mention.
            let conditions = filters.isEmpty ? "" : "WHERE " + filters.conditions.joined(separator: " AND ")
            var counts = try withStorageErrors {
                try DatedCounts(
                    connection.rows(
                        """
                        SELECT substr(a.published, 1, 10), count(*)
                        FROM (SELECT article_id FROM actor_articles WHERE actor_id = ?) AS m
                        CROSS JOIN articles AS a ON a.id = m.article_id
                        \(conditions)
                        GROUP BY 1
                        """, arguments: [actor.id as any SQLiteBindable] + filters.arguments))
            }
            (counts.name, counts.kind, counts.actorID) = (actor.name, .actor, actor.id)
            return counts
        case .query(let text):
            let query = options.raw ? nil : SearchQuery(text, synonyms: synonyms, exact: options.exact)
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            let expression = options.raw ? (trimmed.isEmpty ? nil : trimmed) : query?.matchExpression
            guard let filters = try withStorageErrors({ try makeFilters(options: options, query: query, matching: expression, dates: .keepingUndated) })
            else {
                let unknown = try withStorageErrors { try unknownActors(query?.actorNames ?? []) }.first
                throw ArchiveError(
                    .notFound,
                    "No actor is named '\(ShownName(unknown?.given ?? text).cut(to: 80))' (in the query '\(ShownName(text).cut(to: 80))')"
                        + (unknown?.didYouMean.map { "; did you mean '\($0)'?" } ?? ".")
                        + " 'news-archive actors --query NAME' lists close names.")
            }
            guard expression != nil || filters.readsSentences || filters.conditions.contains(where: { $0.hasPrefix("sec.") })
            else {
                throw ArchiveError(
                    .invalidSearchQuery,
                    "The query '\(ShownName(text).cut(to: 80))' has nothing to count: it holds only stop words, exclusions or nothing. "
                        + "Give a word, a \"phrase\" or actor:NAME.")
            }
            let source = Self.matchingArticles(expression, filters)
            var counts = try withQueryErrors(expression) {
                try DatedCounts(
                    connection.rows(
                        """
                        SELECT substr(a.published, 1, 10), count(DISTINCT sec.article_id) FROM \(source.from)
                        WHERE \(source.conditions.joined(separator: " AND ")) GROUP BY 1
                        """, arguments: source.arguments))
            }
            (counts.name, counts.kind, counts.fts) = (text, .query, expression)
            return counts
        }
    }

    /// The actor `name` refers to (`actor(named:)`), or an error that suggests the nearest actor's name.
    private func resolvedActor(_ name: String) throws -> CorrectedActor {
        do {
            return try actor(named: name)
        } catch let error as ArchiveError where error.code == .notFound {
            guard let nearest = try unknownActors([name]).first?.didYouMean else { throw error }
            throw ArchiveError(
                .notFound, "No actor is named '\(ShownName(name).cut(to: 80))'; did you mean '\(nearest)'? 'news-archive actors' lists them.")
        }
    }
}

/// Articles counted by the day they were published (as `substr(published, 1, 10)` gives it), with the
/// undated ones and those dated only to a month or a year apart.
private struct DatedCounts {
    var name = ""
    var kind = TrendSeries.Kind.query
    var actorID: Int?
    var fts: String?
    var days: [CalendarDay: Int] = [:]
    /// Articles dated to a month (the first of that month), and to a year (its 1 January).
    var months: [CalendarDay: Int] = [:]
    var years = 0
    var undated = 0

    init(name: String = "", kind: TrendSeries.Kind = .query) {
        (self.name, self.kind) = (name, kind)
    }

    /// Reads rows of (date prefix, count).
    init(_ rows: [Row]) {
        for row in rows {
            let count = row[1].int ?? 0
            guard let date = row[0].string else {
                undated += count
                continue
            }
            if let day = CalendarDay(reading: date) {
                days[day, default: 0] += count
            } else if date.count == 7, let month = CalendarDay(reading: date + "-01") {
                months[month, default: 0] += count
            } else {
                years += count
            }
        }
    }

    /// The counts per period of `interval`, at the periods' places in `index` (by first day).
    func counts(by interval: TrendInterval, at index: [CalendarDay: Int]) -> [Int] {
        var counts = Array(repeating: 0, count: index.count)
        let placed = interval == .month ? days.merging(months, uniquingKeysWith: +) : days
        for (day, count) in placed {
            if let position = index[interval.start(of: day)] { counts[position] += count }
        }
        return counts
    }

    /// Articles dated less precisely than `interval` needs.
    func lessPrecise(than interval: TrendInterval) -> Int {
        years + (interval == .month ? 0 : months.values.reduce(0, +))
    }

    /// The first days of the periods of `interval` from the first dated article to the last.
    func starts(in interval: TrendInterval) -> [CalendarDay] {
        let placed = interval == .month ? Array(days.keys) + Array(months.keys) : Array(days.keys)
        guard let first = placed.min(), let last = placed.max() else { return [] }
        return interval.starts(from: first, through: last)
    }
}
