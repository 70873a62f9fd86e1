import NewsIngest

/// Reads a saved file's bytes into an article: a web page (by its name, or by its opening bytes when
/// the name has no extension) through `WebPageParser`, anything else through `ArticleParser`; gzip
/// (`.html.gz`) is undone first. Ingest and `extract` share it.
public enum ArticleFileReader {
    /// An article read, with the text it was read from and notes on how.
    public struct Reading: Sendable {
        /// The file's text as decoded (for a web page, its HTML).
        public var decoded: DecodedText
        public var article: ParsedArticle
        /// How the file was read, when that is worth saying ("read as Windows-1252").
        public var notes: [String]
        /// Whether it was read as a web page.
        public var isWebPage: Bool
    }

    /// Reads `bytes`; `fileName` (a name or path; nil for standard input) says what the file is and
    /// helps derive a title.
    ///
    /// - Throws: `ArticleFileError` with a one-line reason (not naming the file).
    public static func read(_ bytes: [UInt8], fileName: String?) throws(ArticleFileError) -> Reading {
        var bytes = bytes
        var name = fileName
        if Gzip.isCompressed(bytes) {
            guard let plain = Gzip.decompressed(bytes) else { throw ArticleFileError("not valid gzip data") }
            bytes = plain
            if let compressedName = name, compressedName.lowercased().hasSuffix(".gz") { name = String(compressedName.dropLast(3)) }
        }
        let isWebPage = WebPageParser.isWebPage(fileName: name, bytes: bytes)
        do {
            if isWebPage {
                let (decoded, note) = try WebPageParser.decode(bytes)
                let article = try parse { () throws(ArticleParseError) in try WebPageParser().parse(decoded.text, fileName: name) }
                return Reading(decoded: decoded, article: article, notes: notes(for: decoded.encoding) + (note.map { [$0] } ?? []), isWebPage: true)
            }
            let decoded = try ArticleTextDecoder.decode(bytes)
            let article = try parse { () throws(ArticleParseError) in try ArticleParser().parse(decoded.text, fileName: name) }
            return Reading(decoded: decoded, article: article, notes: notes(for: decoded.encoding), isWebPage: false)
        } catch let error as TextDecodingError {
            throw ArticleFileError("\(error)")
        } catch let error as ArticleFileError {
            throw error
        } catch {
            throw ArticleFileError("\(error)")
        }
    }

    private static func parse(_ body: () throws(ArticleParseError) -> ParsedArticle) throws(ArticleFileError) -> ParsedArticle {
        do {
            return try body()
        } catch {
            throw ArticleFileError("\(error)")
        }
    }

    /// What the report says of how the text was read.
    static func notes(for encoding: TextEncoding) -> [String] {
        switch encoding {
        case .utf8: []
        case .windows1252: ["not valid UTF-8; read as Windows-1252"]
        case .utf16: ["read as UTF-16 (it starts with a UTF-16 byte order mark)"]
        }
    }
}

/// Why a file could not be read into an article, in a few words.
public struct ArticleFileError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
