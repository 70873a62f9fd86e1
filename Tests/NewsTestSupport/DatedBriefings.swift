/// A small archive's worth of dated articles for what shows an actor's latest mentions: one article a day
/// in January 2024, each a sentence naming Emmanuel Macron ("… spoke about item D07 in Paris."), Keir
/// Starmer on some days and Friedrich Merz on the first ones; and one undated article naming all three.
public enum DatedBriefings {
    /// Writes the articles into `folder` and returns their paths, day 1 first and the undated one last.
    /// - parameters:
    ///   - days: articles dated 1 to `days` January 2024 (at most 31).
    ///   - starmerDays: the days on which Keir Starmer is named beside Emmanuel Macron.
    ///   - merzDays: Friedrich Merz is named on days 1 to `merzDays`.
    public static func write(in folder: TemporaryFolder, days: Int, starmerDays: Set<Int> = [], merzDays: Int = 0) throws
        -> [String]
    {
        var paths: [String] = []
        for day in 1...days {
            let names = ["Emmanuel Macron"] + (starmerDays.contains(day) ? ["Keir Starmer"] : [])
                + (day <= merzDays ? ["Friedrich Merz"] : [])
            paths.append(
                try folder.write(
                    "day-\(item(day)).txt",
                    text: "Published: \(date(day))\n\nBriefing \(item(day))\n\n\(names.joined(separator: " and ")) spoke about item \(item(day)) in Paris.\n"))
        }
        paths.append(
            try folder.write(
                "undated.txt",
                text: "Undated briefing\n\nEmmanuel Macron and Keir Starmer and Friedrich Merz spoke about the undated item in Paris.\n"))
        return paths
    }

    /// The item a day's article speaks about: `D07`.
    public static func item(_ day: Int) -> String { day < 10 ? "D0\(day)" : "D\(day)" }

    /// A day's date as stored: `2024-01-07`.
    public static func date(_ day: Int) -> String { day < 10 ? "2024-01-0\(day)" : "2024-01-\(day)" }
}
