import ArgumentParser
import Foundation
import NewsArchive

/// The `news-archive` command tree.
@main
struct NewsArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "news-archive",
        abstract: "A local news archive: ingest saved articles into one SQLite file, search them, export what you find.",
        version: "0.1.0",
        subcommands: [
            IngestCommand.self, SetCommand.self, DeleteCommand.self, TagCommand.self, SearchCommand.self, TrendCommand.self, ShowCommand.self, ServeCommand.self, ActorsCommand.self, SynonymsCommand.self,
            StatsCommand.self, CheckCommand.self, ExtractCommand.self, UpgradeCommand.self, DatasetteMetadataCommand.self, ReextractCommand.self, ExtractActorsCommand.self, BenchSearchCommand.self,
        ]
    )

    /// --db and --verbose, accepted before or after the subcommand's name.
    @OptionGroup var global: GlobalOptions

    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        main(QueryWordRuns.joined(arguments))
    }
}

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The archive file.", discussion: "Default: $NEWSARCHIVE_DB, else news-archive.sqlite in the current folder.",
            valueName: "path"),
        completion: .file())
    var db: String?

    @Flag(name: .long, help: "On an error, also print SQLite's own message and the SQL that failed.")
    var verbose = false

    /// The archive path in force.
    var databasePath: String {
        if let db { return db }
        if let fromEnvironment = ProcessInfo.processInfo.environment["NEWSARCHIVE_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "news-archive.sqlite"
    }

    /// Opens the archive, printing the underlying SQLite error first when --verbose asks for it.
    func openStore(mode: ArchiveStore.OpenMode) throws -> ArchiveStore {
        try reportingUnderlyingErrors { try ArchiveStore(path: databasePath, mode: mode) }
    }

    /// Runs `body`; with --verbose, prints the SQLite error behind an `ArchiveError` to stderr.
    func reportingUnderlyingErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ArchiveError {
            if verbose, let underlying = error.underlying { StandardError.write("\(underlying)") }
            throw error
        }
    }
}

/// How a command prints what it found.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// How a command that can stream prints what it found: `ndjson` is a JSON object a line, each printed
/// as soon as it is known.
enum StreamingFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, ndjson
}

/// Lines for the user that are not the command's output.
enum StandardError {
    static func write(_ line: String) {
        writeRaw(line + "\n")
    }

    /// Writes `text` as it is (no line end): for a progress line redrawn in place.
    static func writeRaw(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Whether stderr is a terminal (progress is shown only there).
    static var isTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}
