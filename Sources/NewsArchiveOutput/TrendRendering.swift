import Foundation
import NewsArchive
import NewsIngest
import NewsQuery

/// How `trend` prints a `Trend`: a text table, CSV rows, a JSON document, or a chart.
public enum TrendRendering {
    /// The CSV header: one row per series and period.
    public static let csvHeader = ["series", "date", "count", "total", "ratio"]

    /// Said on standard error when no article passing the filters has a date.
    public static let nothingDated = "No article that the filters keep has a date: there are no periods to count in."

    /// Writes a CSV row per series and period, series after series.
    public static func writeRows(_ trend: Trend, to writer: inout CSVWriter<some TextOutputStream>) {
        writer.write(csvHeader)
        for series in trend.series {
            for (index, start) in trend.starts.enumerated() {
                writer.write([
                    series.name, start.description, String(series.counts[index]), String(trend.totals[index]),
                    ratio(trend.ratio(series, at: index)),
                ])
            }
        }
    }

    /// Writes a table: a line per period, with its total and each series' count and share.
    public static func writeText(_ trend: Trend, to stream: inout some TextOutputStream) {
        guard let first = trend.starts.first, let last = trend.starts.last else { return }
        let week = trend.interval == .week ? " (ISO weeks, from Monday)" : ""
        stream.write(
            "Articles per \(trend.interval.rawValue)\(week), \(trend.interval.name(ofPeriodStarting: first)) to "
                + "\(trend.interval.name(ofPeriodStarting: last)): "
                + "each series' count and its share of the period's articles.\n")
        let header = [trend.interval.rawValue, "total"] + trend.series.map(\.name)
        let rows = trend.starts.enumerated().map { index, start in
            [trend.interval.name(ofPeriodStarting: start), Wording.grouped(trend.totals[index])]
                + trend.series.map { "\(Wording.grouped($0.counts[index])) \(percent(trend.ratio($0, at: index)))" }
        }
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        for row in [header] + rows {
            let cells = row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }
            stream.write(cells.joined(separator: "  ") + "\n")
        }
    }

    /// One line saying which matching articles no period holds, or nil when there are none.
    public static func leftOutNote(_ trend: Trend) -> String? {
        let parts = trend.series.compactMap { series -> String? in
            var counts: [String] = []
            if series.undated > 0 { counts.append("\(Wording.counted(series.undated, "undated article"))") }
            if series.datedLessPrecisely > 0 {
                let precision = trend.interval == .month ? "year" : "month or year"
                counts.append("\(Wording.counted(series.datedLessPrecisely, "article")) dated only to the \(precision)")
            }
            return counts.isEmpty ? nil : "\(counts.joined(separator: " and ")) for '\(series.name)'"
        }
        return parts.isEmpty ? nil : "Left out of the counts, having no period: \(parts.joined(separator: "; "))."
    }

    /// The chart `trend` draws: counts per period, one line per series; the subtitle names the `source`
    /// and `tags` filters the counts were made with.
    public static func chart(_ trend: Trend, source: String?, tags: [String]) -> TimeChart {
        let title: String
        if trend.series.count == 1, let only = trend.series.first {
            title = only.kind == .actor
                ? "Articles mentioning \(only.name), per \(trend.interval.rawValue)"
                : "Articles matching \u{201C}\(only.name)\u{201D}, per \(trend.interval.rawValue)"
        } else {
            title = "Articles per \(trend.interval.rawValue)"
        }
        var subtitle: [String] = []
        if let first = trend.starts.first, let last = trend.starts.last {
            subtitle.append("\(first.name) to \(last.name)")
        }
        if trend.interval == .week { subtitle.append("ISO weeks, from Monday") }
        if let source { subtitle.append("source \(source)") }
        if !tags.isEmpty { subtitle.append("tagged \(tags.joined(separator: ", "))") }
        let undated = trend.series.map(\.undated).reduce(0, +)
        let lessPrecise = trend.series.map(\.datedLessPrecisely).reduce(0, +)
        if undated + lessPrecise > 0 {
            subtitle.append(
                "left out: " + [
                    undated > 0 ? "\(Wording.grouped(undated)) undated" : nil,
                    lessPrecise > 0 ? "\(Wording.grouped(lessPrecise)) dated only to the month or year" : nil,
                ].compactMap { $0 }.joined(separator: ", "))
        }
        return TimeChart(
            title: title, subtitle: subtitle.joined(separator: " · "), valueTitle: "Articles", interval: trend.interval,
            starts: trend.starts,
            series: trend.series.map { series in
                TimeChart.Series(
                    name: series.name, values: series.counts.map(Double.init),
                    notes: trend.starts.indices.map { index in
                        "\(series.name), \(trend.interval.name(ofPeriodStarting: trend.starts[index])): "
                            + "\(Wording.grouped(series.counts[index])) of \(Wording.counted(trend.totals[index], "article")) "
                            + "(\(percent(trend.ratio(series, at: index))))"
                    })
            })
    }

    /// A ratio to six decimals, without trailing zeros: `0.075`, `0`, `1`.
    public static func ratio(_ value: Double) -> String {
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A share as a percentage to one decimal: `7.5%`, `0%`, `<0.1%`.
    public static func percent(_ value: Double) -> String {
        if value == 0 { return "0%" }
        if value < 0.001 { return "<0.1%" }
        return String(format: "%.1f%%", value * 100)
    }

    /// The JSON document: the interval, the periods with their totals, and each series with its counts.
    public struct Document: Encodable {
        public struct Period: Encodable {
            public var date: String
            public var period: String
            public var total: Int
        }

        public struct Point: Encodable {
            public var date: String
            public var count: Int
            public var total: Int
            public var ratio: Double
        }

        public struct Series: Encodable {
            public var name: String
            public var kind: TrendSeries.Kind
            @NullEncoded var actorID: Int?
            @NullEncoded var fts: String?
            public var undatedArticlesLeftOut: Int
            public var lessPreciselyDatedArticlesLeftOut: Int
            public var points: [Point]

            public enum CodingKeys: String, CodingKey {
                case name, kind, fts, points
                case actorID = "actor_id"
                case undatedArticlesLeftOut = "undated_articles_left_out"
                case lessPreciselyDatedArticlesLeftOut = "less_precisely_dated_articles_left_out"
            }
        }

        public var by: TrendInterval
        @NullEncoded var weeks: String?
        public var periods: [Period]
        public var series: [Series]

        public init(_ trend: Trend) {
            by = trend.interval
            weeks = trend.interval == .week ? "ISO 8601: Monday to Sunday, date is the Monday" : nil
            periods = trend.starts.enumerated().map { index, start in
                Period(date: start.description, period: trend.interval.name(ofPeriodStarting: start), total: trend.totals[index])
            }
            series = trend.series.map { series in
                Series(
                    name: series.name, kind: series.kind, actorID: series.actorID, fts: series.fts,
                    undatedArticlesLeftOut: series.undated, lessPreciselyDatedArticlesLeftOut: series.datedLessPrecisely,
                    points: trend.starts.enumerated().map { index, start in
                        Point(
                            date: start.description, count: series.counts[index], total: trend.totals[index],
                            ratio: Double(ratio(trend.ratio(series, at: index))) ?? 0)
                    })
            }
        }
    }
}
