import ArgumentParser
import Foundation
import NewsArchive
import NewsArchiveOutput

/// `news-archive reextract`
struct ReextractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reextract",
        abstract: "Find the actors of every stored article again (after an upgrade), keeping users' corrections.",
        discussion: """
            Each article's mentions and roles are replaced whole or not at all, 600 articles to a transaction: \
            a run stopped part way leaves every article as it was or as it is now, and running it again \
            finishes the work. Actors left with no mention are deleted; aliases become what extraction finds, \
            with the corrections of 'actors alias add/remove'. Prints what changed.
            """)

    @ParentCommand var root: NewsArchiveCommand
    var global: GlobalOptions { root.global }
    @Option(help: "Output: text or json.") var format: OutputFormat = .text

    func run() throws {
        ArchiveStore.preloadActorExtraction()
        let store = try global.openStore(mode: .mustExist)
        let report = try global.reportingUnderlyingErrors { try store.reextract() }
        switch format {
        case .json: JSONOutput.print(report)
        case .text: print(Self.text(of: report))
        }
    }

    static func text(of report: ReextractReport) -> String {
        func actor(_ actor: ReextractReport.Actor) -> String { "\(actor.name) (\(actor.kind), #\(actor.id))" }
        var lines = [
            "Re-extracted actors of \(report.articles) articles: \(report.articlesChanged) changed"
                + (report.overridesApplied > 0 ? ", \(report.overridesApplied) overrides applied." : "."),
            "Actors: \(report.actorsBefore) → \(report.actorsAfter) (\(report.added.count) added, "
                + "\(report.removed.count) removed, \(report.renamed.count) renamed or of another kind).",
            "Mentions: \(report.mentionsBefore) → \(report.mentionsAfter). Aliases: \(report.aliasesBefore) → \(report.aliasesAfter).",
        ]
        let shown = 20
        func list(_ title: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines.append("\(title):")
            lines += items.prefix(shown).map { "  " + $0 }
            if items.count > shown { lines.append("  … and \(items.count - shown) more (--format json lists all)") }
        }
        list("Renamed or of another kind", report.renamed.map { "\(actor($0.from)) → \(actor($0.to))" })
        list("Added", report.added.map { "\(actor($0)), \($0.mentions) mentions" })
        list("Removed", report.removed.map { "\(actor($0)), had \($0.mentions) mentions" })
        if report.isUnchanged { lines.append("Nothing changed.") }
        return lines.joined(separator: "\n")
    }
}
