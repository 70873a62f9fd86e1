import Foundation
import NewsIngest
import NewsQuery
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The layout of a trend chart, and the SVG drawn from it, without an archive.
struct TimeChartTests {
    func days(_ interval: TrendInterval, from first: String, through last: String) throws -> [CalendarDay] {
        interval.starts(from: try #require(CalendarDay(reading: first)), through: try #require(CalendarDay(reading: last)))
    }

    @Test(arguments: [
        (37.0, [0.0, 10, 20, 30, 40]), (3, [0, 1, 2, 3]), (0, [0, 1]), (12, [0, 5, 10, 15]),
        (130, [0, 50, 100, 150]), (1_000, [0, 200, 400, 600, 800, 1_000]), (1, [0, 1]),
    ] as [(Double, [Double])])
    func countAxesEndOnARoundNumberWithWholeSteps(maximum: Double, ticks: [Double]) {
        #expect(NiceScale(maximum: maximum).ticks == ticks)
    }

    @Test func ratioAxesMayStepByFractions() {
        let scale = NiceScale(maximum: 0.37, isIntegral: false)
        #expect(scale.step == 0.1 && abs(scale.top - 0.4) < 1e-12)
        #expect(NiceScale.label(0.25) == "0.25")
        #expect(NiceScale.label(12_500) == "12,500")
    }

    @Test func monthsAreLabelledByQuarterWhenEveryMonthWouldCrowd() throws {
        // 36 months over 800 points: 23 a month, too close for "Jan 2004" beside "Feb", not for quarters.
        let starts = try days(.month, from: "2004-01-01", through: "2006-12-01")
        let ticks = DateTicks(starts: starts, interval: .month, width: 800).ticks
        #expect(ticks.map(\.label) == ["Jan 2004", "Apr", "Jul", "Oct", "Jan 2005", "Apr", "Jul", "Oct", "Jan 2006", "Apr", "Jul", "Oct"])
        #expect(ticks.first?.index == 0 && ticks.last?.index == 33)
        let wide = DateTicks(starts: Array(starts.prefix(6)), interval: .month, width: 700).ticks
        #expect(wide.map(\.label) == ["Jan 2004", "Feb", "Mar", "Apr", "May", "Jun"])
    }

    @Test func manyYearsAreLabelledByYear() throws {
        let starts = try days(.month, from: "1990-01-01", through: "2005-06-01")
        let labels = DateTicks(starts: starts, interval: .month, width: 700).ticks.map(\.label)
        #expect(labels.first == "1990" && labels.allSatisfy { Int($0) != nil })
        #expect(labels.count >= 4 && labels.count <= 16)
    }

    @Test func daysAreLabelledOnMondaysOrMonthStarts() throws {
        let weekOfDays = try days(.day, from: "2005-03-07", through: "2005-03-13")
        #expect(DateTicks(starts: weekOfDays, interval: .day, width: 700).ticks.map(\.label).prefix(2) == ["7 Mar 2005", "8 Mar"])
        let quarter = try days(.day, from: "2005-01-01", through: "2005-03-31")
        let ticks = DateTicks(starts: quarter, interval: .day, width: 700).ticks
        #expect(ticks.allSatisfy { quarter[$0.index].weekday == 1 || quarter[$0.index].day == 1 })
        #expect(ticks.count >= 3)
        let weeks = try days(.week, from: "2004-12-27", through: "2005-12-26")
        let weekTicks = DateTicks(starts: weeks, interval: .week, width: 700).ticks
        #expect(weekTicks.allSatisfy { weeks[$0.index].weekday == 1 })
        #expect(weekTicks.contains { $0.label.hasSuffix("2005") })
    }

    @Test func everyPointIsInsideThePlotAndTheAxisCoversTheLargestValue() throws {
        let starts = try days(.week, from: "2005-01-03", through: "2005-06-27")
        let chart = TimeChart(
            title: "Articles per week", subtitle: "test", valueTitle: "Articles", interval: .week, starts: starts,
            series: [
                TimeChart.Series(name: "Yukos", values: starts.indices.map { Double($0 % 7) }),
                TimeChart.Series(name: "Gazprom", values: starts.indices.map { Double($0 * 3) }),
            ])
        #expect(chart.scale.top >= Double((starts.count - 1) * 3))
        for series in chart.series {
            for point in chart.points(of: series) {
                #expect(point.x >= chart.plot.x && point.x <= chart.plot.maxX)
                #expect(point.y >= chart.plot.y && point.y <= chart.plot.maxY)
            }
        }
        #expect(chart.x(at: 0) == chart.plot.x && chart.x(at: starts.count - 1) == chart.plot.maxX)
        #expect(chart.y(for: 0) == chart.plot.maxY && chart.y(for: chart.scale.top) == chart.plot.y)
        #expect(chart.valueTicks.first?.label == "0")
        #expect(chart.legend.map(\.name) == ["Yukos", "Gazprom"])
        #expect(chart.legend.allSatisfy { $0.y < chart.plot.y }, "the legend is above the plot")
    }

    @Test func aLongLegendWrapsAndIsCut() {
        let names = (1...6).map { "Series \($0) " + String(repeating: "x", count: 60) }
        let chart = TimeChart(
            title: "t", subtitle: "s", valueTitle: "Articles", interval: .month,
            starts: [CalendarDay(year: 2005, month: 1, day: 1)!],
            series: names.map { TimeChart.Series(name: $0, values: [1]) })
        #expect(chart.legend.allSatisfy { $0.name.count == TimeChart.maximumNameLength && $0.name.hasSuffix("…") })
        #expect(Set(chart.legend.map(\.y)).count > 1)
        #expect(chart.legend.allSatisfy { $0.x + TimeChart.textWidth($0.name, size: TimeChart.textSize) < chart.width })
        #expect(chart.x(at: 0) == chart.plot.x + chart.plot.width / 2, "one period sits in the middle")
    }

    @Test func theSVGIsWellFormedXMLWithTheSeriesInItsLegendAndEveryTextEscaped() throws {
        let starts = try days(.month, from: "2005-01-01", through: "2005-12-01")
        let hostile = "<script>alert(1)</script> & 'T' \u{202E}e\u{1}"
        let chart = TimeChart(
            title: "Articles per month", subtitle: "Jan to Dec", valueTitle: "Articles", interval: .month, starts: starts,
            series: [
                TimeChart.Series(name: "Yukos", values: starts.indices.map(Double.init)),
                TimeChart.Series(name: hostile, values: starts.indices.map { Double(12 - $0) }),
            ])
        let svg = SVGChart.document(chart)
        let reader = SVGReader()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = reader
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(reader.elements.first == "svg")
        #expect(!reader.elements.contains("script"), "the series name is text, not an element")
        #expect(reader.texts(in: "legend") == ["Yukos", "<script>alert(1)</script> & 'T' \u{202E}e\u{FFFD}"])
        #expect(reader.texts(in: "date-labels") == ["Jan 2005", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
        #expect(reader.texts(in: "value-labels") == ["0", "5", "10", "15"])
        #expect(reader.count(of: "polyline") == 2)
        #expect(reader.count(of: "circle") == 24, "a dot per point, with a tooltip")
        #expect(!svg.contains("href") && !svg.contains("<script"), "nothing to fetch, nothing to run")
    }
}

/// Collects what an SVG holds: its elements, and the text of the `<text>` elements under each group class.
private final class SVGReader: NSObject, XMLParserDelegate {
    var elements: [String] = []
    private var groups: [String] = []
    private var textGroups: [(group: String, text: String)] = []
    private var currentText: String?

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append(name)
        if name == "g" { groups.append(attributes["class"] ?? "") }
        if name == "text" { currentText = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { currentText? += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "g" { groups.removeLast() }
        if name == "text", let text = currentText {
            textGroups.append((groups.last ?? "", text))
            currentText = nil
        }
    }

    func texts(in group: String) -> [String] { textGroups.filter { $0.group == group }.map(\.text) }
    func count(of element: String) -> Int { elements.filter { $0 == element }.count }
}
