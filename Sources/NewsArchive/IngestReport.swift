/// What happened to one input.
public struct IngestFileResult: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable {
        /// Stored as a new article.
        case added
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

/// The outcome of one ingest run.
public struct IngestReport: Sendable, Equatable {
    public var files: [IngestFileResult] = []

    public init(files: [IngestFileResult] = []) { self.files = files }

    public func count(_ status: IngestFileResult.Status) -> Int { files.count { $0.status == status } }
    public var hasFailures: Bool { files.contains { $0.status == .failed } }
}

/// Metadata the user gives on the command line, winning over what the files say.
public struct IngestOverrides: Sendable, Equatable {
    public var title: String?
    public var source: String?
    public var url: String?
    public var published: String?

    public init(title: String? = nil, source: String? = nil, url: String? = nil, published: String? = nil) {
        self.title = title
        self.source = source
        self.url = url
        self.published = published
    }
}
