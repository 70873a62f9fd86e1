import Foundation
import NewsActors
import NewsIngest

/// An input read, decoded and parsed, ready to be written: all the work that needs no database.
struct PreparedArticle: Sendable {
    var contentHash: String
    var encoding: TextEncoding
    var originalText: String
    var article: ParsedArticle
    var title: String
    var titleOrigin: String
    var source: String?
    var url: String?
    var published: String?
    var byline: String?
    var notes: [String]
    /// People, organisations and places found in the article (empty when extraction is off).
    var actors: [ExtractedActor]

    /// Reads nothing: takes the bytes of `displayPath` and turns them into an article, or a one-line
    /// reason it cannot be one.
    static func make(
        bytes: [UInt8], displayPath: String, overrides: IngestOverrides, extractActors: Bool
    ) -> Result<PreparedArticle, PreparationFailure> {
        let decoded: DecodedText
        do {
            decoded = try ArticleTextDecoder.decode(bytes)
        } catch {
            return .failure(PreparationFailure(message: "\(displayPath): \(error)"))
        }
        let fileName = displayPath == "-" ? nil : (displayPath as NSString).lastPathComponent
        let article: ParsedArticle
        do {
            article = try ArticleParser().parse(decoded.text, fileName: fileName)
        } catch {
            return .failure(PreparationFailure(message: "\(displayPath): \(error)"))
        }
        var notes: [String] = []
        if decoded.encoding == .windows1252 { notes.append("not valid UTF-8; read as Windows-1252") }
        let metadata = article.metadata
        let published = (overrides.published ?? metadata.published).map(PublishedDate.normalized)
        return .success(
            PreparedArticle(
                contentHash: SHA256.hexDigest(of: bytes),
                encoding: decoded.encoding,
                originalText: decoded.text,
                article: article,
                title: overrides.title ?? article.title,
                titleOrigin: overrides.title != nil ? "override" : Self.originName(article.titleOrigin),
                source: overrides.source ?? metadata.source,
                url: overrides.url ?? metadata.url,
                published: published,
                byline: metadata.author,
                notes: notes,
                actors: extractActors ? ActorExtractor().extract(from: article) : []))
    }

    private static func originName(_ origin: TitleOrigin) -> String {
        switch origin {
        case .metadata: "metadata"
        case .firstLine: "first_line"
        case .derived: "derived"
        }
    }
}

/// Why an input could not become an article, as a one-line message naming it.
struct PreparationFailure: Error, Sendable {
    var message: String
}
