import ArgumentParser
import Foundation
import NewsArchive
import NewsArchiveOutput
import NewsQuery

/// `news-archive actors`
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List the people, organisations and places in the archive, most mentioned first.",
        discussion: """
            --format csv writes every column of the table, with each actor's id first (for 'actors mentions #ID' \
            and for joins back to the archive).
            """,
        subcommands: [Mentions.self] + correctionCommands)

    /// The kinds of actor, as typed on the command line.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case person, organization, place
    }

    @ParentCommand var root: NewsArchiveCommand
    var global: GlobalOptions { root.global }
    @Option(help: "Only actors of this kind.") var kind: Kind?
    @Option(help: "Only actors whose name or an alias starts with these words, e.g. \"van leeu\".") var query: String?
    @Option(help: "At most this many actors (default: all).") var limit: Int?
    @Option(help: "Output: table (or text), json or csv; also for 'actors mentions'.") var format: Format = .table
    @Option(help: "Write the output to this file instead of standard output.", completion: .file()) var output: String?
    @Flag(help: "With --output: replace the file even when it is a SQLite database (never the archive itself).")
    var force = false
    @Flag(help: "With --format csv: start with a UTF-8 byte order mark (for spreadsheets).") var bom = false
    @Flag(help: "List the corrections kept ('actors merge', 'rename', 'kind', 'alias'), not the actors.")
    var overrides = false

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, text, json, csv }

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("Please specify a '--limit' of at least 1.") }
        if bom && format != .csv { throw ValidationError("--bom goes with --format csv.") }
    }

    func run() throws {
        if overrides { return try listOverrides() }
        let store = try global.openStore(mode: .readOnly)
        let actors = try global.reportingUnderlyingErrors {
            try store.actors(kind: kind?.rawValue, matching: query, limit: limit)
        }
        try OutputDestination.write(to: output, archivePath: global.databasePath, force: force) { stream in
            switch format {
            case .json: JSONOutput.write(actors, to: &stream)
            case .csv:
                var writer = CSVWriter(to: stream, writesByteOrderMark: bom)
                ActorRendering.writeActorRows(actors, to: &writer)
                stream = writer.output
            case .table, .text: ActorRendering.writeActorTable(actors, to: &stream)
            }
        }
    }
}
