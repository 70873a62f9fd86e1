/// The character encoding a saved article file turned out to use.
public enum TextEncoding: String, Sendable, Equatable {
    /// UTF-8 (plain ASCII included), with or without a byte order mark.
    case utf8
    /// Windows-1252, the superset of ISO-8859-1 (Latin-1) that legacy Western files use.
    case windows1252
}
