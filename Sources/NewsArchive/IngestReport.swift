import Foundation
import NewsIngest

/// What happened to one input.
public struct IngestFileResult: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable {
        /// Stored as a new article.
        case added
        /// Stored from this same path before: the new text replaced the old (the article keeps its id),
        /// or the metadata given on the command line changed it.
        case updated
        /// Already stored from this same path, with the same bytes.
        case unchanged
        /// The same bytes are already stored, from another path.
        case duplicate
        /// Not stored; `error` says why.
        case failed
    }

    public var path: String
    public var status: Status
    /// The new article, or the one already stored.
    public var articleID: Int?
    public var error: String?
    /// Things worth knowing that are not failures, e.g. "read as Windows-1252".
    public var notes: [String]

    public init(path: String, status: Status, articleID: Int? = nil, error: String? = nil, notes: [String] = []) {
        self.path = path
        self.status = status
        self.articleID = articleID
        self.error = error
        self.notes = notes
    }
}

/// The outcome of one ingest run: how many inputs ended each way and, unless the caller let them go,
/// what happened to each.
public struct IngestReport: Sendable, Equatable {
    /// Every input's result, in input order; empty when the ingest was told not to keep them.
    public private(set) var files: [IngestFileResult] = []
    private var counts: [IngestFileResult.Status: Int] = [:]

    public init(files: [IngestFileResult] = []) {
        files.forEach { record($0) }
    }

    /// Counts `result`, and keeps it unless `keepingFile` is false (a run of 100,000 files need not
    /// hold 100,000 results when they were printed as they came).
    public mutating func record(_ result: IngestFileResult, keepingFile: Bool = true) {
        counts[result.status, default: 0] += 1
        if keepingFile { files.append(result) }
    }

    public func count(_ status: IngestFileResult.Status) -> Int { counts[status] ?? 0 }
    public var hasFailures: Bool { count(.failed) > 0 }
}

/// Metadata the user gives on the command line, winning over what the files say, and how to read dates.
public struct IngestOverrides: Sendable, Equatable {
    public var title: String?
    public var source: String?
    public var url: String?
    /// The author (the byline).
    public var author: String?
    /// Tags every article read gets (also one already stored).
    public var tags: [String] = []
    /// Whether each file's article also gets the name of the folder the file is in as a tag.
    public var tagsFromFolder = false
    /// A date as written, read as `PublishedDate` reads the files' dates.
    public var published: String?
    /// How all-numeric dates (`03/04/2005`) are read, in the files and in `published`; nil reads only the
    /// ones that can be read one way (`15/03/2005`).
    public var dateOrder: DateOrder?

    public init(
        title: String? = nil, source: String? = nil, url: String? = nil, author: String? = nil,
        published: String? = nil, dateOrder: DateOrder? = nil
    ) {
        self.author = author
        self.title = title
        self.source = source
        self.url = url
        self.published = published
        self.dateOrder = dateOrder
    }
}

extension IngestOverrides {
    /// The tags the article read from `input` gets: `tags`, and with `tagsFromFolder` the name of the
    /// folder the file is in (`business` for `bbc/business/001.txt`).
    public func tags(for input: IngestInput) -> [String] {
        let file: String? =
            switch input {
            case .file(let path): path
            case .part(let part): part.container  // a feed's items, a web archive's pages: the folder it is in
            default: nil
            }
        guard tagsFromFolder, let path = file else { return tags }
        let folder = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().lastPathComponent
        return folder.isEmpty || folder == "/" || tags.contains(folder) ? tags : tags + [folder]
    }
}
