import NewsArchive
import NewsArchiveOutput
import NewsQuery

/// A trend page: the chart of articles per period for the queries and actors asked for, a table of
/// the counts, and the same counts as CSV and JSON.
public struct TrendPage: Sendable {
    public var trend: Trend
    /// The request's parameters, for the links to the other formats.
    public var parameters: QueryParameters

    public init(trend: Trend, parameters: QueryParameters) {
        self.trend = trend
        self.parameters = parameters.setting("format", to: nil).setting("token", to: nil)
    }

    /// The page.
    public func page(links: SiteLinks) -> Page {
        let names = trend.series.map(\.name).joined(separator: ", ")
        var body = Markup.element("h1", text: "Trend: \(names)")
        body += Markup.element(
            "p", ["class": "formats"],
            HTML.joined(
                ["csv", "json", "svg"].map { format in
                    Markup.link(links.href("/trend", parameters.setting("format", to: format)), text: format.uppercased())
                }))
        body += ChartFigure.html(trend, source: parameters.nonEmpty("source"), tags: parameters.all("tag"))
        guard !trend.starts.isEmpty else { return Page(title: "Trend: \(names)", body: body) }
        let header = Markup.element(
            "tr",
            Markup.element("th", text: trend.interval.rawValue) + Markup.element("th", text: "total")
                + HTML.joined(trend.series.map { Markup.element("th", text: $0.name) }))
        let rows = trend.starts.indices.map { index in
            Markup.element(
                "tr",
                Markup.element("td", text: trend.interval.name(ofPeriodStarting: trend.starts[index]))
                    + Markup.element("td", text: Wording.grouped(trend.totals[index]))
                    + HTML.joined(
                        trend.series.map { series in
                            Markup.element(
                                "td",
                                text: "\(Wording.grouped(series.counts[index])) (\(TrendRendering.percent(trend.ratio(series, at: index))))")
                        }))
        }
        body += Markup.element("details", Markup.element("summary", text: "Counts per \(trend.interval.rawValue)") + Markup.element("table", header + HTML.joined(rows)))
        return Page(title: "Trend: \(names)", body: body)
    }
}
