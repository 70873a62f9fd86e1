import ArgumentParser
import Foundation
import NewsArchive
import NewsIngest

/// `news-archive ingest PATH…`
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Store articles from files, folders (recursively) or standard input (-).",
        discussion: """
            Folders are searched for .txt, .md and extension-less files. Each article is stored whole or not at \
            all; text already in the archive is reported as 'unchanged' (same path) or 'duplicate' (another path). \
            The exit status is 1 when any input failed; the others are still stored.
            """)

    @ParentCommand var root: NewsArchiveCommand
    var global: GlobalOptions { root.global }

    @Argument(help: "Files, folders, or - for standard input.", completion: .file())
    var paths: [String]

    @Option(help: "The title, instead of the one found in the file.") var title: String?
    @Option(help: "The source (publication), e.g. \"BBC News\".") var source: String?
    @Option(help: "The article's URL.") var url: String?
    @Option(help: "The publication date, e.g. 2025-08-14, \"14 August 2025\" or 2025-08.") var published: String?
    @Option(help: "How to read all-numeric dates such as 03/04/2005: dmy (3 April) or mdy (4 March).")
    var dateOrder: DateOrder?
    @Option(help: "Output: text (a line per file) or json.") var format: OutputFormat = .text
    @Flag(help: "Skip finding people, organisations and places (faster; for measuring its cost).")
    var noActors = false

    func validate() throws {
        if let published {
            do {
                _ = try PublishedDate(reading: published, order: dateOrder)
            } catch {
                throw ValidationError("--published: \(error); write it as YYYY-MM-DD, for example.")
            }
        }
        if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("Standard input (-) can be given only once.") }
    }

    func run() throws {
        if !noActors { ArchiveStore.preloadActorExtraction() }
        let (inputs, skipped, missing) = IngestInput.expand(paths)
        for path in skipped { StandardError.write("skipped   \(path) (not .txt, .md or extension-less)") }
        let store = try global.openStore(mode: .createIfMissing)
        let overrides = IngestOverrides(
            title: title, source: source, url: url, published: published, dateOrder: dateOrder)
        let showProgress = format == .text && StandardError.isTerminal && inputs.count > 50
        var done = 0
        let report = try global.reportingUnderlyingErrors {
            try store.ingest(inputs, overrides: overrides, extractActors: !noActors, keepingFiles: format == .json, progress: { result in
                done += 1
                if format == .text { print(Self.line(for: result)) }
                if showProgress { FileHandle.standardError.write(Data("\r\(done)/\(inputs.count) files".utf8)) }
            })
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        let notFound = missing.map { IngestFileResult(path: $0, status: .failed, error: "\($0): no such file or folder") }
        if format == .text { notFound.forEach { print(Self.line(for: $0)) } }
        var full = report
        notFound.forEach { full.record($0, keepingFile: format == .json) }
        switch format {
        case .json: try printJSON(IngestJSON(full, skipped: skipped))
        case .text:
            print(
                "\(full.count(.added)) added, \(full.count(.unchanged)) unchanged, \(full.count(.duplicate)) duplicate, "
                    + "\(full.count(.failed)) failed → \(store.path)")
        }
        if full.hasFailures { throw ExitCode.failure }
    }

    /// One line per file: status, article id, path, and the error or notes.
    static func line(for result: IngestFileResult) -> String {
        let status = result.status.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
        let id = result.articleID.map { "#\($0)" } ?? "-"
        var line = "\(status) \(id.padding(toLength: 7, withPad: " ", startingAt: 0)) \(result.path)"
        if result.status == .duplicate, let articleID = result.articleID { line += " (same text as article #\(articleID))" }
        if let error = result.error { line = "\(status) -       \(error)" }
        if !result.notes.isEmpty { line += " [\(result.notes.joined(separator: "; "))]" }
        return line
    }
}

/// The JSON shape of an ingest report.
struct IngestJSON: Encodable {
    struct File: Encodable {
        var path: String
        var status: String
        @NullEncoded var articleID: Int?
        @NullEncoded var error: String?
        var notes: [String]

        enum CodingKeys: String, CodingKey {
            case path, status, error, notes
            case articleID = "article_id"
        }
    }

    var files: [File]
    var added: Int
    var unchanged: Int
    var duplicate: Int
    var failed: Int
    var skipped: [String]

    init(_ report: IngestReport, skipped: [String]) {
        files = report.files.map {
            File(path: $0.path, status: $0.status.rawValue, articleID: $0.articleID, error: $0.error, notes: $0.notes)
        }
        added = report.count(.added)
        unchanged = report.count(.unchanged)
        duplicate = report.count(.duplicate)
        failed = report.count(.failed)
        self.skipped = skipped
    }
}

extension DateOrder: ExpressibleByArgument {}
