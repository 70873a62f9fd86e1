import ArgumentParser
import NewsArchive
import NewsArchiveOutput
import NewsIngest

/// `news-archive stats`
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Count what the archive holds.")

    @ParentCommand var root: NewsArchiveCommand
    var global: GlobalOptions { root.global }
    @Option(help: "Output: text or json.") var format: OutputFormat = .text

    func run() throws {
        let store = try global.openStore(mode: .readOnly)
        let stats = try global.reportingUnderlyingErrors { try store.statistics() }
        switch format {
        case .json: JSONOutput.print(stats)
        case .text: print(Self.text(of: stats, path: store.path))
        }
    }

    /// The statistics in words: counts with thousands separated, nouns agreeing with them, dates as
    /// people write them.
    static func text(of stats: ArchiveStatistics, path: String) -> String {
        let copies = stats.files - stats.articles
        var articles = Wording.grouped(stats.articles)
        if stats.files != stats.articles {
            articles += ", from \(Wording.counted(stats.files, "file"))"
            if copies > 0 { articles += " (\(Wording.counted(copies, "file")) had the text of another)" }
        }
        var dated = "\(Wording.grouped(stats.datedArticles)) of \(Wording.counted(stats.articles, "article"))"
        if stats.datedArticles == 0 { dated = stats.articles == 0 ? "no articles" : "none of the \(Wording.counted(stats.articles, "article")) has a date" }
        if let earliest = stats.earliestPublished.flatMap(Self.date), let latest = stats.latestPublished.flatMap(Self.date) {
            dated += earliest == latest ? ", \(earliest)" : ", from \(earliest) to \(latest)"
        }
        let sources = stats.sources.isEmpty ? "none" : stats.sources.map { count in
            "\(count.source ?? "no source given") (\(Wording.grouped(count.articles)))"
        }.joined(separator: ", ")
        let tags = stats.tags.isEmpty ? "none" : stats.tags.map { "\($0.tag) (\(Wording.grouped($0.articles)))" }
            .joined(separator: ", ")
        let kinds = [("person", "person", "people"), ("organization", "organisation", "organisations"), ("place", "place", "places")]
        let actors = kinds.map { Wording.counted(stats.actorsByKind[$0.0] ?? 0, $0.1, $0.2) }.joined(separator: ", ")
        return [
            "Archive:   \(path)" + (stats.schemaVersion.map { ", schema version \($0)" } ?? ""),
            "Articles:  \(articles)",
            "Dated:     \(dated)",
            "Sources:   \(sources)",
            "Tags:      \(tags)",
            "Text:      \(Wording.counted(stats.sections, "section")), \(Wording.counted(stats.paragraphs, "paragraph")), "
                + "\(Wording.counted(stats.sentences, "sentence")), \(Wording.counted(stats.textCharacters, "character"))",
            "Actors:    \(actors), mentioned \(Wording.counted(stats.mentions, "time"))",
        ].joined(separator: "\n")
    }

    /// `2005`, `March 2005`, `11 March 2005`, `11 March 2005, 10:03 UTC` for a stored date.
    static func date(_ stored: String) -> String? {
        guard let date = try? PublishedDate(reading: stored) else { return nil }
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        var text = String(date.year)
        if let month = date.month { text = "\(months[month - 1]) \(text)" }
        if let day = date.day { text = "\(day) \(text)" }
        if let second = date.secondOfDay {
            let minute = second / 60 % 60
            text += ", \(second / 3600):\(minute < 10 ? "0" : "")\(minute) UTC"
        }
        return text
    }
}
