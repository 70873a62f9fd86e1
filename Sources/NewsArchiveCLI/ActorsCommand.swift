import ArgumentParser
import Foundation
import NewsArchive

/// `news-archive actors`
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List the people, organisations and places in the archive, most mentioned first.")

    /// The kinds of actor, as typed on the command line.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case person, organization, place
    }

    @ParentCommand var root: NewsArchiveCommand
    var global: GlobalOptions { root.global }
    @Option(help: "Only actors of this kind.") var kind: Kind?
    @Option(help: "Only actors whose name or an alias starts with these words, e.g. \"van leeu\".") var query: String?
    @Option(help: "At most this many actors (default: all).") var limit: Int?
    @Option(help: "Output: table or json.") var format: Format = .table

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("Please specify a '--limit' of at least 1.") }
    }

    func run() throws {
        let store = try global.openStore(mode: .mustExist)
        let actors = try global.reportingUnderlyingErrors {
            try store.actors(kind: kind?.rawValue, matching: query, limit: limit)
        }
        switch format {
        case .json: try printJSON(actors)
        case .table:
            let rows = actors.map { actor in
                [
                    actor.name, actor.kind, actor.roles.joined(separator: "; "), actor.country ?? "",
                    String(actor.mentions), String(actor.articles), actor.aliases.joined(separator: "; "),
                ]
            }
            print(TextTable.render(header: ["NAME", "KIND", "ROLES", "COUNTRY", "MENTIONS", "ARTICLES", "ALIASES"], rows: rows))
        }
    }
}

/// Plain aligned columns for the terminal.
enum TextTable {
    static func render(header: [String], rows: [[String]], maximumWidth: Int = 40) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in
            min(maximumWidth, all.map { $0[column].count }.max() ?? 0)
        }
        return all.map { row in
            row.enumerated().map { column, cell in
                let clipped = cell.count > maximumWidth ? String(cell.prefix(maximumWidth - 1)) + "…" : cell
                return column == row.count - 1 ? clipped : clipped.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
