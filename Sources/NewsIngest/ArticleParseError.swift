/// Why a text could not be read as an article.
///
/// `description` is one line without the file's name: the caller prefixes the path.
public enum ArticleParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing is left once metadata, the title line, page trailers and repeated text are set aside.
    case noArticleText

    public var description: String {
        switch self {
        case .noArticleText:
            "no article text found: nothing is left once metadata, the title line and page trailers are set aside"
        }
    }
}
