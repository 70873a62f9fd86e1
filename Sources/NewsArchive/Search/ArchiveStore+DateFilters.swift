import NewsQuery
import NewsSQLite

extension ArchiveStore {
    /// The first day an article (`a`) may have been published, as `YYYY-MM-DD`: its `published` (ISO 8601
    /// at its precision: `2005`, `2005-03`, `2005-03-11`, or with a time) filled out to a day. NULL when
    /// the article is undated, so no comparison keeps it.
    static let publishedFirstDay = "substr(a.published || '-01-01', 1, 10)"

    /// The last day an article (`a`) may have been published, as `YYYY-MM-DD`: the day before the next
    /// year, month or day after `publishedFirstDay`. NULL when the article is undated.
    static let publishedLastDay = """
        date(\(publishedFirstDay), CASE length(a.published) WHEN 4 THEN '+1 year' WHEN 7 THEN '+1 month' \
        ELSE '+1 day' END, '-1 day')
        """

    /// How many undated articles have a section matching `expression` (or, without one, a sentence) that
    /// passes every filter of `options` but the dates: the articles a date filter leaves out unseen.
    func undatedArticleCount(matching expression: String?, options: SearchOptions, query: SearchQuery?) throws -> Int {
        try withStorageErrors {
            guard var filters = try makeFilters(options: options, query: query, matching: expression, dates: .ignored) else { return 0 }
            filters.conditions.append("a.published IS NULL")
            let source = Self.matchingArticles(expression, filters)
            let sql = "SELECT count(DISTINCT sec.article_id) FROM \(source.from) WHERE \(source.conditions.joined(separator: " AND "))"
            return try connection.rows(sql, arguments: source.arguments).first?[0].int ?? 0
        }
    }

    /// The FROM clause and conditions that find the sections (`sec`) of articles (`a`) matching
    /// `expression` on `sections_fts` (or, without one, every section) and `filters`; sentences (`s`) are
    /// joined only when a filter needs them.
    static func matchingArticles(_ expression: String?, _ filters: SQLFilters) -> (
        from: String, conditions: [String], arguments: [any SQLiteBindable]
    ) {
        var filters = filters
        var from = "sections AS sec"
        if let expression {
            from = "sections_fts JOIN sections AS sec ON sec.id = sections_fts.rowid"
            filters.conditions.insert("sections_fts MATCH ?", at: 0)
            filters.arguments.insert(expression, at: 0)
        }
        from += " JOIN articles AS a ON a.id = sec.article_id"
        // Only the actor and headline filters are on sentences (`s`).
        if filters.readsSentences {
            from += " JOIN sentences AS s ON s.section_id = sec.id"
        }
        return (from, filters.conditions, filters.arguments)
    }
}
