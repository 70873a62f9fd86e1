import ArgumentParser
import Foundation
import NewsArchive
import NewsArchiveOutput
import NewsIngest
import NewsQuery

/// `news-archive search QUERY…`
struct SearchCommand: TakesQueryWords {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the archive in plain language; questions (who, which leaders…) get answers with evidence.",
        discussion: """
            The query is plain language: "quoted phrases", a trailing * for prefixes, -word to exclude, OR between \
            words, and headline:, title: and actor: filters. Stop and question words are dropped, hyphenated words \
            are phrases, and words are widened with their irregular forms (won ~ win) and the archive's synonyms \
            (see 'news-archive synonyms'; --exact turns both off). \
            No query is an error. With --raw, the query is an FTS5 expression passed as written. An unknown option \
            is an error (exit 64), not a word to search for; words after '--' are query words whatever they look like.
            Examples:
              news-archive search which leaders backed a European-led force
              news-archive search '"security guarantees"' --format csv --output hits.csv
              news-archive search --raw 'peacekeeping NEAR(european force, 5)'
            """)

    /// How results are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, ndjson, csv }

    @ParentCommand var root: NewsArchiveCommand
    var global: GlobalOptions { root.global }

    @Argument(
        parsing: .allUnrecognized,
        help: "The query (words after it are part of it, -word included; after '--', --word too).")
    var words: [String] = []

    /// The long names of the options and flags above, for telling a mistyped option from a query word
    /// (`SearchCommandParsingTests` holds it to the help text).
    static let optionNames = [
        "raw", "exact", "explain", "actor", "limit", "offset", "format", "answers", "output", "force", "bom", "db",
        "verbose", "help",
    ] + ArticleFilterOptions.optionNames

    /// The options among `optionNames` that take a value (`--limit 3`), for `QueryWordRuns`.
    static let valueOptionNames: Set<String> = [
        "source", "since", "until", "actor", "tag", "limit", "offset", "format", "output", "db",
    ]

    /// The query as typed, with `--` taken out.
    /// - throws: `ValidationError` for an unknown option among the words.
    func query() throws -> String {
        try SearchWords(words, options: Self.optionNames, formats: Format.allCases.map(\.rawValue)).query
    }

    @Flag(help: "Pass the query to FTS5 as written (AND/OR/NOT, NEAR, column filters, prefixes).") var raw = false
    @Flag(help: "Take the words as written: no synonyms, no irregular forms (won is not win).") var exact = false
    @Flag(help: "Print how the query was read, before the results.") var explain = false
    @OptionGroup var filters: ArticleFilterOptions
    @Option(help: "Only passages mentioning this actor, by any of their names.") var actor: String?
    @Option(help: "At most this many passages (default: 20; for CSV, every matching row).") var limit: Int?
    @Option(help: "Skip this many passages first.") var offset = 0
    @Option(help: "Output: text, json, ndjson (a JSON line per passage) or csv.") var format: Format = .text
    @Flag(help: "With --format csv: a row per answer and evidence sentence instead of per passage; with ndjson, a line per answer.")
    var answers = false
    @Option(help: "Write the output to this file instead of standard output.", completion: .file()) var output: String?
    @Flag(help: "With --output: replace the file even when it is a SQLite database (never the archive itself).")
    var force = false
    @Flag(help: "With --format csv: start with a UTF-8 byte order mark (for spreadsheets).") var bom = false

    func validate() throws {
        let query = try query()
        if let limit, limit < 1 { throw ValidationError("Please specify a '--limit' of at least 1.") }
        if offset < 0 { throw ValidationError("Please specify an '--offset' of 0 or more.") }
        if answers && ![.csv, .ndjson].contains(format) {
            throw ValidationError("--answers goes with --format csv or ndjson.")
        }
        if bom && format != .csv { throw ValidationError("--bom goes with --format csv.") }
        if raw && exact { throw ValidationError("--exact goes without --raw: a raw expression is taken as written.") }
        if raw && query.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("Please give an FTS5 expression after --raw.")
        }
    }

    func run() throws {
        let store = try global.openStore(mode: .readOnly)
        let options = try filters.applied(
            to: SearchOptions(raw: raw, exact: exact, actor: actor, limit: limit ?? (format == .csv ? nil : 20), offset: offset))
        let results: SearchResults
        do {
            results = try global.reportingUnderlyingErrors { try store.search(query(), options: options) }
        } catch let error as ArchiveError where error.code == .invalidSearchQuery {
            StandardError.write("Error: \(error.message)")
            throw ExitCode(2)
        }
        let explanation = "Read as: \(results.explanation)\nFTS5:    \(results.fts ?? "(nothing to search)")"
        // Before the results; on standard output only when it does not break a format meant for programs.
        if explain && (format != .text || output != nil) { StandardError.write(explanation) }
        // Text says these among the results (JSON has them as fields); the other formats keep standard
        // output for data.
        if format != .text { results.unknownTerms.forEach { StandardError.write(SearchRendering.unknownLine($0)) } }
        if format == .csv || format == .ndjson, let note = SearchRendering.undatedNote(results) { StandardError.write(note) }
        try OutputDestination.write(to: output, archivePath: global.databasePath, force: force) { stream in
            if explain && format == .text && output == nil { stream.write(explanation + "\n\n") }
            switch format {
            case .json: JSONOutput.write(results, to: &stream)
            case .ndjson:
                if answers {
                    results.answers.forEach { JSONOutput.writeLine($0, to: &stream) }
                } else {
                    results.hits.forEach { JSONOutput.writeLine($0, to: &stream) }
                }
            case .csv:
                var writer = CSVWriter(to: stream, writesByteOrderMark: bom)
                if answers { SearchRendering.writeAnswerRows(results, to: &writer) } else { SearchRendering.writeHitRows(results, to: &writer) }
                stream = writer.output
            case .text:
                SearchRendering.writeText(
                    results, offset: offset, to: &stream, highlight: output == nil && isatty(STDOUT_FILENO) != 0)
            }
        }
        // Like grep: nothing found is exit status 1 (whatever was printed).
        if results.total == 0 && results.answers.isEmpty { throw ExitCode.failure }
    }
}
