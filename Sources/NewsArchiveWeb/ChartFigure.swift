import Foundation
import NewsArchive
import NewsArchiveOutput
import NewsQuery

/// A trend drawn as `trend --format svg` draws it, shown in a page as an image (a `data:` URL, which no
/// script in it could run from), with a line saying what the counts leave out.
enum ChartFigure {
    /// The figure, or a note when no article that passes the filters has a date.
    static func html(_ trend: Trend, source: String?, tags: [String]) -> HTML {
        guard !trend.starts.isEmpty else {
            return Markup.element("p", ["class": "note"], text: TrendRendering.nothingDated)
        }
        let chart = TrendRendering.chart(trend, source: source, tags: tags)
        let svg = Data(SVGChart.document(chart).utf8).base64EncodedString()
        var html = Markup.element(
            "figure", ["class": "chart"],
            Markup.void("img", ["src": "data:image/svg+xml;base64,\(svg)", "alt": "\(chart.title). \(chart.subtitle)"]))
        if let note = TrendRendering.leftOutNote(trend) { html += Markup.element("p", ["class": "note"], text: note) }
        return html
    }
}
