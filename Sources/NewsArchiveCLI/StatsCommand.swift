import ArgumentParser
import NewsArchive

/// `news-archive stats`
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Count what the archive holds.")

    @ParentCommand var root: NewsArchiveCommand
    var global: GlobalOptions { root.global }
    @Option(help: "Output: text or json.") var format: OutputFormat = .text

    func run() throws {
        let store = try global.openStore(mode: .mustExist)
        let stats = try global.reportingUnderlyingErrors { try store.statistics() }
        switch format {
        case .json: JSONOutput.print(stats)
        case .text:
            print("Archive:    \(store.path) (schema \(stats.schemaVersion ?? "none"))")
            print("Articles:   \(stats.articles) (from \(stats.files) files)")
            print("Sections:   \(stats.sections)")
            print("Paragraphs: \(stats.paragraphs)")
            print("Sentences:  \(stats.sentences)")
            print("Actors:     \(stats.actors) (\(stats.mentions) mentions)")
            print("Text:       \(stats.textCharacters) characters")
            if let earliest = stats.earliestPublished, let latest = stats.latestPublished {
                print("Published:  \(earliest) to \(latest)")
            }
            let sources = stats.sources.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            print("Sources:    " + sources.map { "\($0.key.isEmpty ? "(none)" : $0.key) \($0.value)" }.joined(separator: ", "))
        }
    }
}
