import Foundation
import NewsIngest

/// One article inside a file that holds many: an item of a feed, a page of a web archive (WARC).
///
/// It carries what the container says of the article (its link, date, author), which wins over what
/// the article's page says, and where its page is. Its identity is its container's and its own key, so
/// that ingesting the container again finds each article again.
public struct IngestPart: Sendable, Equatable {
    /// Where the article's page is.
    public enum Content: Sendable, Equatable {
        /// The page itself (a feed item's content, made into a page).
        case page([UInt8])
        /// The HTTP response in the WARC record at `offset` of the container (for a `.warc.gz`, the
        /// offset of the gzip member the record is in, and `skip` the bytes before it inside that member).
        case warcRecord(offset: Int, skip: Int)
        /// The page at the web address `container`, fetched when it is read (see `PageFetcher`).
        case fetched
    }

    /// The path of the file that holds the article, as the user gave it.
    public var container: String
    /// The article's number in its container, from 1.
    public var number: Int
    /// What tells it from the container's other articles, as long as the container is rewritten (a
    /// feed item's `guid` or link).
    public var key: String
    public var content: Content
    /// The article's title, URL, date as written, author and source, when the container gives them.
    public var title: String?
    public var url: String?
    public var published: String?
    public var author: String?
    public var source: String?
    /// A date to use when neither the container nor the page gives one (a WARC record's `WARC-Date`).
    public var fallbackPublished: String?
    /// Notes for the article's line of the report ("summary only: the feed gives no full text").
    public var notes: [String] = []

    /// The name shown for the article: its container's, its number, and its URL when it has one
    /// (`news.rss#3 (https://example.com/story)`), escaped as file names are.
    public var displayPath: String {
        let container = ShownName(container).text
        if case .fetched = content { return container }
        return url.map { "\(container)#\(number) (\(ShownName($0).text))" } ?? "\(container)#\(number)"
    }

    /// The identity of the article's file (see `PreparedArticle.fileIdentity`): the container's, `#`,
    /// and the key.
    var identity: String {
        PreparedArticle.identity(of: .file(path: container)).map { "\($0)#\(key)" } ?? "\(container)#\(key)"
    }
}

/// A thing worth saying about a container (a feed, a web archive) as it is opened: what it holds, or
/// a problem that did not stop it from being read.
public struct ContainerNote: Sendable, Equatable {
    public var path: String
    public var message: String
    /// Whether it is a problem (a file cut short), to be shown as a warning.
    public var isWarning: Bool
}

extension IngestInput {
    /// The part this input is, if it is one; for a web address, the page to fetch from it, stored with
    /// the address as its URL.
    public var part: IngestPart? {
        switch self {
        case .part(let part): part
        // A fetched page is stored with the address it was fetched from.
        case .url(let address): IngestPart(container: address, number: 1, key: address, content: .fetched, url: address)
        default: nil
        }
    }

    /// Replaces each feed among `inputs` (a `.rss`, `.atom` or `.xml` file whose content opens a feed)
    /// by its items, and each web archive (`.warc`, `.warc.gz`) by the records of its HTML pages, each
    /// an input of its own. A web archive is read through once here, a chunk at a time, to find them.
    ///
    /// Returns the inputs, notes on the containers opened (a web archive's records counted by type;
    /// warnings for a file cut short), and the
    /// containers that could not be read, each with the reason.
    public static func openingContainers(
        _ inputs: [IngestInput]
    ) -> (inputs: [IngestInput], notes: [ContainerNote], failed: [SkippedFile]) {
        var opened: [IngestInput] = []
        var notes: [ContainerNote] = []
        var failed: [SkippedFile] = []
        for input in inputs {
            guard case .file(let path) = input, let kind = ContainerKind(path: path) else {
                opened.append(input)
                continue
            }
            switch kind {
            case .feed:
                do {
                    let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
                    guard FeedParser.isFeed(Array(bytes.prefix(ContainerKind.sniffLength))) else {
                        opened.append(input)
                        continue
                    }
                    let (parts, feedNotes) = try feedParts(of: bytes, path: path)
                    opened += parts.map { .part($0) }
                    notes += feedNotes
                } catch let error as FeedError {
                    failed.append(SkippedFile(path: input.displayPath, reason: "\(error)"))
                } catch {
                    failed.append(SkippedFile(path: input.displayPath, reason: "cannot be read (\(error.localizedDescription))"))
                }
            case .warc:
                do {
                    let scan = try WARCScan.scan(path: path)
                    opened += scan.pages.map { .part($0) }
                    notes.append(ContainerNote(path: input.displayPath, message: scan.summary, isWarning: false))
                    if let warning = scan.warning {
                        notes.append(ContainerNote(path: input.displayPath, message: warning, isWarning: true))
                    }
                } catch {
                    failed.append(SkippedFile(path: input.displayPath, reason: "\(error)"))
                }
            }
        }
        return (opened, notes, failed)
    }

    /// The items of the feed `bytes` read from `path`, as parts, and what is worth saying about it.
    static func feedParts(of bytes: [UInt8], path: String) throws(FeedError) -> ([IngestPart], [ContainerNote]) {
        let feed = try FeedParser.parse(bytes)
        let shown = ShownName(path).text
        var notes = feed.warnings.map { ContainerNote(path: shown, message: $0, isWarning: true) }
        if feed.items.isEmpty { notes.append(ContainerNote(path: shown, message: "a feed with no items", isWarning: true)) }
        var keys: [String: Int] = [:]
        let parts = feed.items.enumerated().map { offset, item in
            // Two items with the same key (a feed that repeats a guid) keep apart by their number.
            var key = item.key ?? "item-\(offset + 1)"
            keys[key, default: 0] += 1
            if keys[key]! > 1 { key += "#\(keys[key]!)" }
            var part = IngestPart(
                container: path, number: offset + 1, key: key, content: .page(Array(item.page.utf8)), title: item.title,
                url: item.link, published: item.published, author: item.author, source: feed.title)
            if item.isSummaryOnly { part.notes.append("summary only: the feed gives no full text") }
            if item.html == nil { part.notes.append("no content: the feed gives only its title") }
            if feed.encoding != .utf8 { part.notes += ArticleFileReader.notes(for: feed.encoding).map { "feed \($0)" } }
            return part
        }
        return (parts, notes)
    }
}

/// What kind of container a file is, by its name.
enum ContainerKind {
    case feed
    case warc

    /// How many of a file's first bytes are read to tell what it is.
    static let sniffLength = 4096

    init?(path: String) {
        let fileExtension = (path as NSString).pathExtension.lowercased()
        if FeedParser.fileExtensions.contains(fileExtension) {
            self = .feed
        } else if Self.isWARC(name: path) {
            self = .warc
        } else {
            return nil
        }
    }
}

extension IngestPart {
    /// Reads the article's page as ingest does, with what the container says of it in its metadata.
    /// - parameter maxArticleSize: the largest page read, in bytes.
    /// - throws: `ArticleFileError` with a one-line reason naming the article.
    public func reading(maxArticleSize: Int = ArchiveStore.defaultMaxArticleSize) throws(ArticleFileError) -> ArticleFileReader.Reading {
        let bytes: [UInt8]
        switch read(maxArticleSize: maxArticleSize) {
        case .success(let read): bytes = read
        case .failure(let failure): throw ArticleFileError(failure.message)
        }
        do {
            return applied(to: try ArticleFileReader.read(bytes, fileName: Self.pageName))
        } catch {
            throw ArticleFileError("\(displayPath): \(error)")
        }
    }

    /// The name a part's page is read under: a web page's, whatever its container is called.
    static let pageName = "page.html"

    /// `reading` with what the container says of the article (title, URL, date, author, source) in
    /// place of what its page says, and the page's date, or else the container's fallback date.
    func applied(to reading: ArticleFileReader.Reading) -> ArticleFileReader.Reading {
        var reading = reading
        var metadata = reading.article.metadata
        metadata.title = title ?? metadata.title
        metadata.url = url ?? metadata.url
        metadata.published = published ?? metadata.published ?? fallbackPublished
        metadata.author = author ?? metadata.author
        metadata.source = source ?? metadata.source
        reading.article.metadata = metadata
        if let title {
            reading.article.title = title
            reading.article.titleOrigin = .metadata
        }
        reading.notes += notes
        return reading
    }

    /// The bytes of the article's page, or why they cannot be read (more than `maxArticleSize`).
    func read(maxArticleSize: Int) -> Result<[UInt8], PreparationFailure> {
        switch content {
        case .page(let bytes):
            if bytes.count > maxArticleSize {
                return .failure(.tooLarge(displayPath, size: bytes.count, limit: maxArticleSize))
            }
            return .success(bytes)
        case .warcRecord(let offset, let skip):
            return Self.warcPage(
                in: container, offset: offset, skip: skip, maxArticleSize: maxArticleSize, displayPath: displayPath)
        case .fetched:
            do {
                return .success(try PageFetcher(maxBytes: maxArticleSize).fetch(container).bytes)
            } catch {
                return .failure(PreparationFailure(message: "\(displayPath): \(error)"))
            }
        }
    }
}

extension ContainerKind {
    /// Whether a file name is a web archive's: `.warc` or `.warc.gz`, in any case.
    static func isWARC(name: String) -> Bool {
        let lowercased = name.lowercased()
        return lowercased.hasSuffix(".warc") || lowercased.hasSuffix(".warc.gz")
    }
}
