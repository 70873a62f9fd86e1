import NewsIngest
/// The layout of a line chart of values over consecutive periods (a trend): where the plot, the legend,
/// the gridlines and the labelled ticks go, and where each value is drawn. A pure value: `SVGChart`
/// draws it, and tests check it without drawing.
///
/// The value axis starts at zero and ends on a round number (`NiceScale`); the time axis puts the first
/// period at the left edge of the plot and the last at the right, with ticks on calendar boundaries
/// (`DateTicks`). The legend runs above the plot, wrapping onto more lines as the names need.
public struct TimeChart: Sendable {
    /// One line of the chart.
    public struct Series: Sendable, Equatable {
        public var name: String
        /// One value per period, in order.
        public var values: [Double]
        /// Optional text per period, shown when the pointer rests on the point (`2005-W10: 3 of 40 articles`).
        public var notes: [String]

        public init(name: String, values: [Double], notes: [String] = []) {
            (self.name, self.values, self.notes) = (name, values, notes)
        }
    }

    /// A rectangle, in points from the top left corner.
    public struct Frame: Equatable, Sendable {
        public var x, y, width, height: Double
        public var maxX: Double { x + width }
        public var maxY: Double { y + height }
    }

    /// A legend entry: the series' name (cut to `maximumNameLength`), where its swatch starts, and its
    /// baseline.
    public struct LegendEntry: Equatable, Sendable {
        public var name: String
        public var x, y: Double
    }

    /// A labelled tick at `position` (x for dates, y for values).
    public struct Tick: Equatable, Sendable {
        public var position: Double
        public var label: String
    }

    public let title: String
    /// A line under the title: what is counted, over which periods.
    public let subtitle: String
    /// The name of the value axis ("Articles").
    public let valueTitle: String
    public let interval: TrendInterval
    /// The first day of each period, in order.
    public let starts: [CalendarDay]
    public let series: [Series]
    public let width: Double
    public let height: Double

    /// Where the lines are drawn, inside the axes.
    public let plot: Frame
    public let scale: NiceScale
    public let legend: [LegendEntry]
    /// Horizontal gridlines with their value labels, bottom (0) first.
    public let valueTicks: [Tick]
    /// Vertical gridlines with their date labels, left first.
    public let dateTicks: [Tick]

    /// Font sizes in points, and the width of one character in ems (an estimate for sans-serif text).
    public static let titleSize = 16.0, textSize = 12.0, tickSize = 11.0, characterEms = 0.6
    /// Legend names longer than this are cut, with an ellipsis.
    public static let maximumNameLength = 40
    /// The width of a legend swatch, and the space after an entry.
    static let swatchWidth = 18.0, entryGap = 20.0

    /// Lays out a chart of `series` over the periods of `interval` starting on `starts`, in a
    /// `width` × `height` canvas.
    public init(
        title: String, subtitle: String, valueTitle: String, interval: TrendInterval, starts: [CalendarDay],
        series: [Series], width: Double = 800, height: Double = 420
    ) {
        (self.title, self.subtitle, self.valueTitle, self.interval) = (title, subtitle, valueTitle, interval)
        (self.starts, self.series, self.width, self.height) = (starts, series, width, height)
        let maximum = series.flatMap(\.values).max() ?? 0
        let isIntegral = series.allSatisfy { $0.values.allSatisfy { $0.rounded() == $0 } }
        scale = NiceScale(maximum: maximum, tickCount: 5, isIntegral: isIntegral)

        // The legend, wrapped to the canvas, under the title and subtitle.
        let margin = 16.0
        var entries: [LegendEntry] = []
        let legendTop = margin + Self.titleSize + 8 + Self.textSize + 18
        var (x, y) = (margin, legendTop)
        for item in series {
            let name = Self.cut(item.name)
            let entryWidth = Self.swatchWidth + 6 + Self.textWidth(name, size: Self.textSize)
            if x > margin, x + entryWidth > width - margin {
                (x, y) = (margin, y + Self.textSize + 8)
            }
            entries.append(LegendEntry(name: name, x: x, y: y))
            x += entryWidth + Self.entryGap
        }
        legend = entries
        let legendBottom = entries.isEmpty ? legendTop - Self.textSize : y

        // The plot: left of it the value labels and the axis title, under it the date labels.
        let labels = scale.ticks.map(NiceScale.label)
        let labelWidth = labels.map { Self.textWidth($0, size: Self.tickSize) }.max() ?? 0
        let left = margin + Self.textSize + 10 + labelWidth + 8
        let top = legendBottom + 16
        let bottom = height - margin - Self.tickSize - 10
        plot = Frame(x: left, y: top, width: max(width - margin - 8 - left, 1), height: max(bottom - top, 1))

        let (plot, scale) = (self.plot, self.scale)
        valueTicks = zip(scale.ticks, labels).map { value, label in
            Tick(position: plot.maxY - value / scale.top * plot.height, label: label)
        }
        let count = starts.count
        dateTicks = DateTicks(
            starts: starts, interval: interval, width: plot.width, characterWidth: Self.tickSize * Self.characterEms
        ).ticks.map { Tick(position: Self.x(at: $0.index, count: count, in: plot), label: $0.label) }
    }

    /// The x of the period at `index`.
    public func x(at index: Int) -> Double { Self.x(at: index, count: starts.count, in: plot) }

    /// The y of `value` (the bottom of the plot for 0).
    public func y(for value: Double) -> Double { plot.maxY - min(max(value, 0), scale.top) / scale.top * plot.height }

    /// The points of `series`' line, one per period.
    public func points(of series: Series) -> [(x: Double, y: Double)] {
        series.values.enumerated().map { (x(at: $0.offset), y(for: $0.element)) }
    }

    /// An estimate of how wide `text` is at font `size`.
    public static func textWidth(_ text: String, size: Double) -> Double {
        Double(text.count) * size * characterEms
    }

    /// `name` cut to `maximumNameLength` characters, the last an ellipsis.
    static func cut(_ name: String) -> String {
        name.count <= maximumNameLength ? name : String(name.prefix(maximumNameLength - 1)) + "…"
    }

    private static func x(at index: Int, count: Int, in plot: Frame) -> Double {
        count > 1 ? plot.x + Double(index) / Double(count - 1) * plot.width : plot.x + plot.width / 2
    }
}
