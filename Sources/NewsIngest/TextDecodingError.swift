/// Why a file's bytes could not be read as article text.
///
/// `description` is one line without the file's name: the caller prefixes the path
/// (`"notes.png: the file looks binary …"`).
public enum TextDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file has no bytes, or only white space.
    case empty
    /// The file holds NUL bytes or many control characters (an image, an archive, UTF-16 without a
    /// byte order mark …).
    case binary
    /// The file is neither valid UTF-8 nor plausible Windows-1252 / Latin-1 text.
    case notText

    public var description: String {
        switch self {
        case .empty:
            "the file is empty (or holds only white space)"
        case .binary:
            "the file looks binary (it holds NUL bytes or many control characters), not like text"
        case .notText:
            "the file is not text: it is neither valid UTF-8 nor plausible Windows-1252 (Latin-1)"
        }
    }
}
