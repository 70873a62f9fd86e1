import ArgumentParser
import Foundation
import NewsArchive
import NewsArchiveOutput
import NewsQuery

/// `news-archive trend QUERY… [--query Q]… [--actor NAME]…`
struct TrendCommand: TakesQueryWords {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "Count the articles matching a query or mentioning an actor per day, week or month, as a table, CSV, JSON or an SVG chart.",
        discussion: """
            Each series counts articles, not mentions: an article counts once in the period it was published, \
            when one of its sections holds the query's terms (read as 'search' reads them) or when it mentions \
            the actor. Beside each count is the period's total (the articles that period that pass --source, \
            --tag, --since and --until) and the ratio count/total. The periods run from the first to the last \
            period with an article, empty ones as 0. Weeks are ISO 8601 weeks, Monday to Sunday, named by their \
            Monday. Undated articles (and, by day or week, those dated only to a month or year) cannot be placed: \
            they are counted and said to be left out.
            Series, in this order: the words given as the query, each --query, each --actor. CSV has a row per \
            series and period: series,date,count,total,ratio (date: the period's first day).
            Examples:
              news-archive trend Yukos --by month
              news-archive trend --actor "Tony Blair" --actor "Gordon Brown" --format svg --output blair-brown.svg
              news-archive trend --query "interest rates" --query inflation --since 2005 --format csv
            """)

    /// How the trend is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, json, svg }

    @ParentCommand var root: NewsArchiveCommand
    var global: GlobalOptions { root.global }

    @Argument(
        parsing: .allUnrecognized,
        help: "A query to count (words after it are part of it, -word included; after '--', --word too).")
    var words: [String] = []
    @Option(name: .customLong("query"), help: "Another query to count, as a series of its own (repeatable).")
    var queries: [String] = []
    @Option(name: .customLong("actor"), help: "An actor to count the articles of: name, alias, #ID (repeatable).")
    var actors: [String] = []
    @Option(help: "Periods: day, week (ISO, from Monday) or month (default: by the span of the dated articles).")
    var by: TrendInterval?
    @Flag(help: "Take the query words as written: no synonyms, no irregular forms.") var exact = false
    @Flag(help: "Pass each query to FTS5 as written.") var raw = false
    @OptionGroup var filters: ArticleFilterOptions
    @Option(help: "Output: text, csv, json or svg (a line chart).") var format: Format = .text
    @Option(help: "Write the output to this file instead of standard output.", completion: .file()) var output: String?
    @Flag(help: "With --output: replace the file even when it is a SQLite database (never the archive itself).")
    var force = false
    @Flag(help: "With --format csv: start with a UTF-8 byte order mark (for spreadsheets).") var bom = false

    /// The long names of the options and flags above, for telling a mistyped option from a query word.
    static let optionNames = [
        "query", "actor", "by", "exact", "raw", "format", "output", "force", "bom", "db", "verbose", "help",
    ] + ArticleFilterOptions.optionNames

    /// The options among `optionNames` that take a value (`--by month`), for `QueryWordRuns`.
    static let valueOptionNames: Set<String> = [
        "query", "actor", "by", "format", "output", "source", "since", "until", "tag", "db",
    ]

    /// The series asked for, in order: the words, each --query, each --actor.
    /// - throws: `ValidationError` for an unknown option among the words.
    func subjects() throws -> [TrendSubject] {
        let query = try SearchWords(words, options: Self.optionNames, formats: Format.allCases.map(\.rawValue), command: "trend")
            .query
        let typed = query.trimmingCharacters(in: .whitespaces).isEmpty ? [] : [query]
        return (typed + queries).map(TrendSubject.query) + actors.map(TrendSubject.actor)
    }

    func validate() throws {
        let subjects = try subjects()
        if subjects.isEmpty {
            throw ValidationError("Please give a query, --query QUERY or --actor NAME: what to count.")
        }
        for case .actor(let name) in subjects where name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("Please give an actor's name, alias or #ID after --actor.")
        }
        if bom && format != .csv { throw ValidationError("--bom goes with --format csv.") }
        if raw && exact { throw ValidationError("--exact goes without --raw: a raw expression is taken as written.") }
    }

    func run() throws {
        let store = try global.openStore(mode: .readOnly)
        let options = try filters.applied(to: SearchOptions(raw: raw, exact: exact))
        let trend = try global.reportingUnderlyingErrors { try store.trend(of: subjects(), by: by, options: options) }
        if format != .json {
            if let note = TrendRendering.leftOutNote(trend) { StandardError.write(note) }
            if trend.starts.isEmpty { StandardError.write(TrendRendering.nothingDated) }
        }
        try OutputDestination.write(to: output, archivePath: global.databasePath, force: force) { stream in
            switch format {
            case .text: TrendRendering.writeText(trend, to: &stream)
            case .csv:
                var writer = CSVWriter(to: stream, writesByteOrderMark: bom)
                TrendRendering.writeRows(trend, to: &writer)
                stream = writer.output
            case .json: JSONOutput.write(TrendRendering.Document(trend), to: &stream)
            case .svg: stream.write(SVGChart.document(TrendRendering.chart(trend, source: filters.source, tags: filters.tags)))
            }
        }
    }
}

extension TrendInterval: ExpressibleByArgument {}
