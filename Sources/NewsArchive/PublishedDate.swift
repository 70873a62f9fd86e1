import Foundation

/// Reads the publication dates found in saved articles and writes them as ISO 8601.
public enum PublishedDate {
    /// Formats tried in order; the first that reads the whole text wins.
    private static let formats: [(pattern: String, hasTime: Bool)] = [
        ("yyyy-MM-dd'T'HH:mm:ssXXXXX", true),
        ("yyyy-MM-dd'T'HH:mm:ss.SSSXXXXX", true),
        ("yyyy-MM-dd'T'HH:mm:ss", true),
        ("yyyy-MM-dd HH:mm:ss", true),
        ("yyyy-MM-dd HH:mm", true),
        ("yyyy-MM-dd", false),
        ("yyyy/MM/dd", false),
        ("EEE, d MMM yyyy HH:mm:ss zzz", true),
        ("EEE, d MMM yyyy HH:mm:ss Z", true),
        ("d MMMM yyyy", false),
        ("d MMM yyyy", false),
        ("MMMM d, yyyy", false),
        ("MMM d, yyyy", false),
        ("EEEE d MMMM yyyy", false),
        ("EEEE, MMMM d, yyyy", false),
    ]

    /// `text` as `YYYY-MM-DD` (or `YYYY-MM-DDTHH:MM:SSZ` when it has a time), or nil when no known
    /// format reads it.
    public static func iso8601(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        let parser = DateFormatter()
        parser.locale = Locale(identifier: "en_US_POSIX")
        parser.timeZone = TimeZone(identifier: "UTC")
        parser.isLenient = false
        for format in formats {
            parser.dateFormat = format.pattern
            guard let date = parser.date(from: trimmed) else { continue }
            let writer = DateFormatter()
            writer.locale = Locale(identifier: "en_US_POSIX")
            writer.timeZone = TimeZone(identifier: "UTC")
            writer.dateFormat = format.hasTime ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd"
            return writer.string(from: date)
        }
        return nil
    }

    /// The ISO form when the date can be read, else the text as written (trimmed).
    static func normalized(_ text: String) -> String {
        iso8601(text) ?? text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
