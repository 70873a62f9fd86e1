import Foundation
import NewsArchiveOutput

/// A progress line on standard error, redrawn in place, for a terminal only: the lines a command prints
/// while it shows (on standard output or standard error) go through `print`, which clears it first and
/// draws it again after, so the two never run together.
final class ProgressLine {
    private let total: Int
    private let unit: String
    private let isShown: Bool
    private let start = ContinuousClock.now
    private var lastDrawn: ContinuousClock.Instant?
    private var done = 0
    private var isOnScreen = false

    /// A line counting `total` of `unit` (a plural noun), drawn only when `isShown`.
    init(total: Int, unit: String, isShown: Bool) {
        self.total = total
        self.unit = unit
        self.isShown = isShown
    }

    /// What the line says after `done` of `total` in `elapsed` seconds: `1,204 of 2,225 files · 612/s ·
    /// about 2 s left` (no rate or time left in the first half second, when they mean little).
    static func text(done: Int, total: Int, unit: String, elapsed: Double) -> String {
        var text = "\(Wording.grouped(done)) of \(Wording.grouped(total)) \(unit)"
        guard elapsed >= 0.5, done > 0 else { return text }
        let rate = Double(done) / elapsed
        text += " · " + (rate >= 10 ? Wording.grouped(Int(rate.rounded())) : String(format: "%.1f", rate)) + "/s"
        if done < total { text += " · about \(Wording.duration(seconds: Double(total - done) / rate)) left" }
        return text
    }

    /// Counts one more done, and redraws the line at most ten times a second.
    func advance() {
        done += 1
        guard isShown else { return }
        let now = ContinuousClock.now
        if let lastDrawn, now - lastDrawn < .milliseconds(100), done < total { return }
        draw(at: now)
    }

    /// Prints `line` (to standard error when `toStandardError`) without the progress line in its way.
    func print(_ line: String, toStandardError: Bool = false) {
        clear()
        if toStandardError {
            StandardError.write(line)
        } else {
            Swift.print(line)
            fflush(nil)  // standard output is line-buffered only on a terminal
        }
        if isShown, lastDrawn != nil { draw(at: ContinuousClock.now) }
    }

    /// Takes the line off the screen for good.
    func finish() {
        clear()
        lastDrawn = nil
    }

    private func draw(at now: ContinuousClock.Instant) {
        let elapsed = now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        StandardError.writeRaw("\r\u{1B}[K" + Self.text(done: done, total: total, unit: unit, elapsed: seconds))
        isOnScreen = true
        lastDrawn = now
    }

    private func clear() {
        guard isOnScreen else { return }
        StandardError.writeRaw("\r\u{1B}[K")
        isOnScreen = false
    }
}
