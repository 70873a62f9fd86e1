import Foundation

/// Round tick values for a value axis that starts at zero: steps of 1, 2, 2.5 or 5 times a power of ten,
/// and an axis top that is the first step at or above the largest value.
///
/// For example `NiceScale(maximum: 37).ticks` is `[0, 10, 20, 30, 40]`, and `NiceScale(maximum: 3)` is
/// `[0, 1, 2, 3]`: counts get whole steps.
public struct NiceScale: Equatable, Sendable {
    /// The distance between two ticks.
    public let step: Double
    /// The value at the top of the axis: a multiple of `step`, at least the largest value.
    public let top: Double

    /// A scale for values from 0 to `maximum`, with about `tickCount` steps (never fewer than one), whole
    /// steps only when `isIntegral`.
    public init(maximum: Double, tickCount: Int = 5, isIntegral: Bool = true) {
        let maximum = maximum.isFinite ? max(maximum, 0) : 0
        guard maximum > 0 else {
            (step, top) = (1, 1)
            return
        }
        let rough = maximum / Double(max(tickCount, 1))
        let magnitude = pow(10, (log10(rough)).rounded(.down))
        let fractions: [Double] = [1, 2, 2.5, 5, 10]
        var step = magnitude * (fractions.first { magnitude * $0 >= rough * (1 - 1e-9) } ?? 10)
        if isIntegral {
            // 2.5 is not whole below 10, and counts never need a step under 1.
            if step.rounded() != step { step = (step * 2).rounded() }
            step = max(step, 1)
        }
        self.step = step
        top = (maximum / step - 1e-9).rounded(.up) * step
    }

    /// The tick values from 0 to `top`, `step` apart.
    public var ticks: [Double] {
        let count = Int((top / step).rounded())
        return (0...count).map { Double($0) * step }
    }

    /// `value` as a tick label: whole numbers with thousands separated by commas (`12,500`), else up to
    /// three decimals without trailing zeros (`0.025`).
    public static func label(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 {
            let digits = String(Int(abs(value)))
            var grouped = ""
            for (index, character) in digits.enumerated() {
                if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
                grouped.append(character)
            }
            return (value < 0 ? "-" : "") + grouped
        }
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
