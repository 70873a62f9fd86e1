/// Numbers as people read them: thousands separated, nouns in the singular or the plural.
public enum Wording {
    /// `1234567` as `1,234,567`.
    public static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return number < 0 ? "-" + text : text
    }

    /// `1 file`, `2,225 files`, `1 entry`/`3 entries` (with `plural` given).
    public static func counted(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(grouped(number)) \(number == 1 ? singular : plural ?? singular + "s")"
    }

    /// A duration for a person, as precise as it needs to be: `4 s`, `2 min`, `1 h 12 min`.
    public static func duration(seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        if whole < 60 { return "\(whole) s" }
        if whole < 3600 { return "\(Int((Double(whole) / 60).rounded())) min" }
        return "\(whole / 3600) h" + (whole % 3600 / 60 == 0 ? "" : " \(whole % 3600 / 60) min")
    }
}
