/// The character encoding a saved article file turned out to use.
public enum TextEncoding: String, Sendable, Equatable {
    /// UTF-8 (plain ASCII included), with or without a byte order mark.
    case utf8
    /// Windows-1252, the superset of ISO-8859-1 (Latin-1) that legacy Western files use.
    case windows1252
    /// UTF-16, little- or big-endian as its byte order mark says (what Windows calls "Unicode").
    case utf16

    /// The encoding's usual name, as the archive records it: "utf-8", "windows-1252", "utf-16".
    public var label: String {
        switch self {
        case .utf8: "utf-8"
        case .windows1252: "windows-1252"
        case .utf16: "utf-16"
        }
    }
}
