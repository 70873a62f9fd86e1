/// Marks where a passage matched, for a snippet: `**` around each matched range.
///
/// Ranges are Unicode scalar offsets (as `IndexToken` and `TermMatcher` give them), so a word with
/// accents or in another script is marked whole.
///
/// For example:
/// ```swift
/// SnippetMarker.marked("Troops were deployed.", at: [0..<6, 12..<20])  // "**Troops** were **deployed**."
/// SnippetMarker.merged([4..<9, 0..<6])                                 // [0..<9]
/// ```
public enum SnippetMarker {
    /// The marker put before and after each range.
    public static let marker = "**"

    /// `text` with `marker` around each range; `ranges` must be sorted and not overlapping (see
    /// `merged(_:)`). A range reaching past the end of `text` is left unmarked.
    public static func marked(_ text: String, at ranges: [Range<Int>]) -> String {
        guard !ranges.isEmpty else { return text }
        var scalars = Array(text.unicodeScalars)
        for range in ranges.reversed() where range.upperBound <= scalars.count {
            scalars.insert(contentsOf: marker.unicodeScalars, at: range.upperBound)
            scalars.insert(contentsOf: marker.unicodeScalars, at: range.lowerBound)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// `ranges` sorted by start, with those that overlap or touch joined into one.
    public static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
