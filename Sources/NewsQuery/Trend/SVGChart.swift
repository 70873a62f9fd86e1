import Foundation

/// Draws a `TimeChart` as a standalone SVG document: no scripts, no fonts or images to fetch, every text
/// escaped, so that it can be opened in a browser, put in a page or a report as it is.
///
/// Lines use the Okabe–Ito palette (told apart by most colour-blind readers), and after its seven
/// colours, dashes as well. Each point carries a `<title>` with its note, which browsers show as a
/// tooltip.
public enum SVGChart {
    /// The colours of the lines, in order.
    public static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
    /// Dash patterns for the lines after the palette's first round.
    static let dashes = ["", "6 3", "2 3", "8 3 2 3"]
    /// Points are drawn as dots when there are at most this many periods.
    static let dottedPeriodLimit = 60

    /// The SVG document drawing `chart`.
    public static func document(_ chart: TimeChart) -> String {
        var svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(n(chart.width))" height="\(n(chart.height))" \
            viewBox="0 0 \(n(chart.width)) \(n(chart.height))" role="img" aria-labelledby="chart-title chart-description" \
            font-family="Helvetica, Arial, sans-serif" font-size="\(n(TimeChart.textSize))" fill="#222">
            <title id="chart-title">\(escaped(chart.title))</title>
            <desc id="chart-description">\(escaped(chart.subtitle))</desc>
            <rect width="100%" height="100%" fill="#fff"/>
            <text x="16" y="\(n(16 + TimeChart.titleSize))" font-size="\(n(TimeChart.titleSize))" font-weight="bold">\
            \(escaped(chart.title))</text>
            <text x="16" y="\(n(16 + TimeChart.titleSize + 8 + TimeChart.textSize))" fill="#555">\(escaped(chart.subtitle))</text>

            """
        let plot = chart.plot
        svg += "<g class=\"legend\">\n"
        for (index, entry) in chart.legend.enumerated() {
            let middle = entry.y - TimeChart.textSize / 3
            svg += """
                <line x1="\(n(entry.x))" y1="\(n(middle))" x2="\(n(entry.x + TimeChart.swatchWidth))" y2="\(n(middle))" \
                stroke-width="3"\(stroke(index))/>\
                <text x="\(n(entry.x + TimeChart.swatchWidth + 6))" y="\(n(entry.y))">\(escaped(entry.name))</text>

                """
        }
        svg += "</g>\n<g class=\"grid\" stroke=\"#e3e3e3\" stroke-width=\"1\">\n"
        for tick in chart.valueTicks {
            svg += "<line x1=\"\(n(plot.x))\" y1=\"\(n(tick.position))\" x2=\"\(n(plot.maxX))\" y2=\"\(n(tick.position))\"/>\n"
        }
        for tick in chart.dateTicks {
            svg += "<line x1=\"\(n(tick.position))\" y1=\"\(n(plot.y))\" x2=\"\(n(tick.position))\" y2=\"\(n(plot.maxY))\"/>\n"
        }
        svg += "</g>\n<g class=\"axes\" stroke=\"#333\" stroke-width=\"1\">\n"
        svg += "<line x1=\"\(n(plot.x))\" y1=\"\(n(plot.y))\" x2=\"\(n(plot.x))\" y2=\"\(n(plot.maxY))\"/>\n"
        svg += "<line x1=\"\(n(plot.x))\" y1=\"\(n(plot.maxY))\" x2=\"\(n(plot.maxX))\" y2=\"\(n(plot.maxY))\"/>\n"
        for tick in chart.dateTicks {
            svg += "<line x1=\"\(n(tick.position))\" y1=\"\(n(plot.maxY))\" x2=\"\(n(tick.position))\" y2=\"\(n(plot.maxY + 5))\"/>\n"
        }
        svg += "</g>\n<g class=\"value-labels\" font-size=\"\(n(TimeChart.tickSize))\" text-anchor=\"end\">\n"
        for tick in chart.valueTicks {
            svg += "<text x=\"\(n(plot.x - 6))\" y=\"\(n(tick.position + TimeChart.tickSize / 3))\">\(escaped(tick.label))</text>\n"
        }
        svg += "</g>\n<g class=\"date-labels\" font-size=\"\(n(TimeChart.tickSize))\" text-anchor=\"middle\">\n"
        for tick in chart.dateTicks {
            svg += "<text x=\"\(n(tick.position))\" y=\"\(n(plot.maxY + 8 + TimeChart.tickSize))\">\(escaped(tick.label))</text>\n"
        }
        let valueTitleX = 16 + TimeChart.textSize
        let valueTitleY = plot.y + plot.height / 2
        svg += """
            </g>
            <text class="value-title" x="\(n(valueTitleX))" y="\(n(valueTitleY))" text-anchor="middle" \
            transform="rotate(-90 \(n(valueTitleX)) \(n(valueTitleY)))">\(escaped(chart.valueTitle))</text>
            <g class="series" fill="none" stroke-width="2" stroke-linejoin="round" stroke-linecap="round">

            """
        for (index, series) in chart.series.enumerated() {
            let points = chart.points(of: series)
            svg += "<g class=\"line\">\n<title>\(escaped(series.name))</title>\n"
            if points.count > 1 {
                svg += "<polyline points=\"\(points.map { "\(n($0.x)),\(n($0.y))" }.joined(separator: " "))\"\(stroke(index))/>\n"
            }
            if points.count <= dottedPeriodLimit {
                for (offset, point) in points.enumerated() {
                    let note = offset < series.notes.count ? series.notes[offset] : NiceScale.label(series.values[offset])
                    svg += """
                        <circle cx="\(n(point.x))" cy="\(n(point.y))" r="3" fill="\(palette[index % palette.count])" \
                        stroke="none"><title>\(escaped(note))</title></circle>

                        """
                }
            }
            svg += "</g>\n"
        }
        svg += "</g>\n</svg>\n"
        return svg
    }

    /// `text` safe as XML character data or an attribute value: `&`, `<`, `>`, `"` and `'` as entities,
    /// and characters XML 1.0 does not allow (control characters, U+FFFE, U+FFFF) as U+FFFD.
    public static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The stroke attributes of the line of series `index`.
    private static func stroke(_ index: Int) -> String {
        let dash = dashes[(index / palette.count) % dashes.count]
        return " stroke=\"\(palette[index % palette.count])\"" + (dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")
    }

    /// `value` with at most one decimal, as SVG coordinates need no more.
    private static func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}
