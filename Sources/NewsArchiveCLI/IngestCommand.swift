import ArgumentParser
import Foundation
import NewsArchive
import NewsArchiveOutput
import NewsIngest

/// `news-archive ingest PATH…`
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Store articles from files, folders (recursively) or standard input (-).",
        discussion: """
            Folders are searched for .txt, .md, .html, .htm, .html.gz, feeds (.rss, .atom, .xml), .warc, .warc.gz and extension-less files, leaving out README and licence files \
            (--glob and --exclude choose otherwise); with no path, standard input is read when it is not a \
            terminal. Each item of an RSS or Atom feed and each HTML page of a web archive (.warc, .warc.gz) is an \
            article of its own; an http:// or https:// address is fetched. Each article is stored whole or not at \
            all; text already in the archive is reported as 'unchanged' (same path) or 'duplicate' (another path). \
            A file ingested before whose text has changed replaces its article's text ('updated', same id); \
            --title, --source, --url, --published or --author given for an unchanged file update its article. \
            The exit status is 1 when any input failed; the others are still stored. A failed input is a line \
            on standard error in every format; on a terminal, a progress line is drawn there too.
            """)

    @ParentCommand var root: NewsArchiveCommand
    var global: GlobalOptions { root.global }

    @Argument(
        help: "Files, folders, web addresses, or - for standard input (the default when it is not a terminal).",
        completion: .file())
    var paths: [String] = []
    @Option(name: .customLong("glob"), help: "In folders, read only files matching this glob; !GLOB leaves them out (repeatable).")
    var globs: [String] = []
    @Option(name: .customLong("exclude"), help: "In folders, leave out files matching this glob, e.g. 'drafts/*' (repeatable).")
    var excludes: [String] = []
    @Flag(help: "Print what would be read and what would be skipped, and why; open no archive.") var dryRun = false

    @Option(help: "The title, instead of the one found in the file.") var title: String?
    @Option(help: "The source (publication), e.g. \"BBC News\".") var source: String?
    @Option(help: "The article's URL.") var url: String?
    @Option(help: "The author, instead of the file's byline.") var author: String?
    @Option(name: .customLong("tag"), help: "A tag for every article read (repeatable).") var tags: [String] = []
    @Flag(help: "Tag each article with the name of the folder its file is in (business for bbc/business/001.txt).")
    var tagFromFolder = false
    @Option(help: "The publication date, e.g. 2025-08-14, \"14 August 2025\" or 2025-08.") var published: String?
    @Option(help: "How to read all-numeric dates such as 03/04/2005: dmy (3 April) or mdy (4 March).")
    var dateOrder: DateOrder?
    @Option(help: "Output: text (a line per file), json (one document at the end) or ndjson (a JSON line per file).")
    var format: StreamingFormat = .text
    @Flag(name: .shortAndLong, help: "Print only problems (failed files, on standard error): no line per file, no progress, no summary.")
    var quiet = false
    @Flag(help: "Skip finding people, organisations and places (faster; for measuring its cost).")
    var noActors = false
    @Option(help: "Refuse files larger than this many megabytes (10^6 bytes) as articles.")
    var maxArticleSize: Double = Double(ArchiveStore.defaultMaxArticleSize) / 1_000_000
    @Flag(help: "Skip pairing articles with their near-duplicates (for measuring its cost).")
    var noNearDuplicates = false

    func validate() throws {
        if let published {
            do {
                _ = try PublishedDate(reading: published, order: dateOrder)
            } catch {
                throw ValidationError("--published: \(error); write it as YYYY-MM-DD, for example.")
            }
        }
        if tags.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw ValidationError("--tag cannot be empty.")
        }
        if paths.isEmpty && isatty(STDIN_FILENO) != 0 {
            throw ValidationError("Give files or folders to ingest, or - for standard input.")
        }
        if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("Standard input (-) can be given only once.") }
        guard maxArticleSize > 0, maxArticleSize <= 1_000_000 else {
            throw ValidationError("--max-article-size: give a number of megabytes above 0, such as 5 or 0.5.")
        }
    }

    func run() throws {
        MemoryRetention.limitForIngest()
        if !noActors { ArchiveStore.preloadActorExtraction() }
        let (files, skipped, unreadableFiles) = IngestInput.expand(
            paths.isEmpty ? ["-"] : paths, selection: InputSelection(globs: globs, excludes: excludes))
        let (inputs, containerNotes, unreadableContainers) = IngestInput.openingContainers(files)
        let unreadable = unreadableFiles + unreadableContainers
        for note in containerNotes {
            if note.isWarning {
                StandardError.write("warning   \(note.path): \(note.message)")
            } else if format == .text && !quiet {
                print("contents  \(note.path): \(note.message)")
            } else if format == .ndjson {
                JSONOutput.printLine(IngestJSON.File(path: note.path, status: "contents", articleID: nil, error: nil, notes: [note.message]))
            }
        }
        if dryRun {
            for input in inputs { print("read      \(input.displayPath)") }
            for file in skipped { print("skip      \(file.path) (\(file.reason))") }
            for file in unreadable { StandardError.write("failed    \(file.path): \(file.reason)") }
            if !unreadable.isEmpty { throw ExitCode.failure }
            return
        }
        let store = try global.openStore(mode: .createIfMissing)
        var overrides = IngestOverrides(
            title: title, source: source, url: url, author: author, published: published, dateOrder: dateOrder)
        overrides.tags = tags.map { $0.trimmingCharacters(in: .whitespaces) }
        overrides.tagsFromFolder = tagFromFolder
        let progress = ProgressLine(
            total: inputs.count, unit: "files", isShown: !quiet && format == .text && StandardError.isTerminal && inputs.count > 50)
        for file in skipped {
            switch format {
            case .ndjson:
                JSONOutput.printLine(IngestJSON.File(path: file.path, status: "skipped", articleID: nil, error: nil, notes: [file.reason]))
            case .text where !quiet: StandardError.write("skipped   \(file.path) (\(file.reason))")
            default: break
            }
        }
        let notFound = unreadable.map { IngestFileResult(path: $0.path, status: .failed, error: "\($0.path): \($0.reason)") }
        var report = try global.reportingUnderlyingErrors {
            try store.ingest(
                inputs, overrides: overrides, extractActors: !noActors, maxArticleSize: Int(maxArticleSize * 1_000_000),
                findNearDuplicates: !noNearDuplicates,
                keepingFiles: format == .json,
                progress: { result in
                    progress.advance()
                    announce(result, progress: progress)
                })
        }
        progress.finish()
        for result in notFound {
            announce(result, progress: progress)
            report.record(result, keepingFile: format == .json)
        }
        switch format {
        case .json: JSONOutput.print(IngestJSON(report, skipped: skipped, containers: containerNotes))
        case .ndjson: break
        case .text:
            if !quiet {
                print(
                    "\(report.count(.added)) added, \(report.count(.updated)) updated, \(report.count(.unchanged)) unchanged, \(report.count(.duplicate)) duplicate, "
                        + "\(report.count(.failed)) failed, \(skipped.count) skipped → \(store.path)")
            }
        }
        if report.hasFailures { throw ExitCode.failure }
    }

    /// Says what happened to one input as the format asks: a failure always goes to standard error.
    private func announce(_ result: IngestFileResult, progress: ProgressLine) {
        if result.status == .failed { progress.print(Self.line(for: result), toStandardError: true) }
        switch format {
        case .text where result.status != .failed && !quiet: progress.print(Self.line(for: result))
        case .ndjson: JSONOutput.printLine(IngestJSON.File(result))
        default: break
        }
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

/// The JSON shape of an ingest report: a count for every status, and the files.
struct IngestJSON: Encodable {
    /// One input: as `files` lists it, and as `--format ndjson` prints it.
    struct File: Encodable {
        var path: String
        /// added, updated, unchanged, duplicate, failed or skipped.
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
    var updated: Int
    var unchanged: Int
    var duplicate: Int
    var failed: Int
    var skipped: Int
    /// The files found in folders but not read (see `InputSelection`).
    var skippedFiles: [String]
    /// What the feeds and web archives read hold, and their problems (a file cut short).
    var containers: [Container]

    /// A note on a feed or web archive: its records counted, or a warning.
    struct Container: Encodable {
        var path: String
        var message: String
        var warning: Bool
    }

    enum CodingKeys: String, CodingKey {
        case files, added, updated, unchanged, duplicate, failed, skipped, containers
        case skippedFiles = "skipped_files"
    }

    init(_ report: IngestReport, skipped: [SkippedFile], containers: [ContainerNote] = []) {
        self.containers = containers.map { Container(path: $0.path, message: $0.message, warning: $0.isWarning) }
        files = report.files.map(File.init)
        added = report.count(.added)
        updated = report.count(.updated)
        unchanged = report.count(.unchanged)
        duplicate = report.count(.duplicate)
        failed = report.count(.failed)
        self.skipped = skipped.count
        skippedFiles = skipped.map(\.path)
    }
}

extension IngestJSON.File {
    init(_ result: IngestFileResult) {
        self.init(
            path: result.path, status: result.status.rawValue, articleID: result.articleID, error: result.error,
            notes: result.notes)
    }
}

extension DateOrder: ExpressibleByArgument {}
