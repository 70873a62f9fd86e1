import ArgumentParser
import NewsArchive
import NewsIngest

/// The options that choose which articles a command looks at, by source, tags and publication date:
/// `search` and `trend` take the same ones, read the same way.
struct ArticleFilterOptions: ParsableArguments {
    @Option(help: "Only articles from this source.") var source: String?
    @Option(help: "Only articles published on or after this year, month or day (2005, 2005-03, 2005-03-11).")
    var since: String?
    @Option(help: "Only articles published on or before this year, month or day (2005-03 takes in all of March).")
    var until: String?
    @Option(name: .customLong("tag"), help: "Only articles with this tag (repeatable: every one of them).")
    var tags: [String] = []

    /// The long names of these options, for telling a mistyped option from a query word.
    static let optionNames = ["source", "since", "until", "tag"]

    func validate() throws {
        _ = try Self.date(since, option: "--since")
        _ = try Self.date(until, option: "--until")
    }

    /// `options` with these filters set.
    /// - throws: `ValidationError` for a date that cannot be read.
    func applied(to options: SearchOptions) throws -> SearchOptions {
        var options = options
        options.source = source
        options.since = try Self.date(since, option: "--since")
        options.until = try Self.date(until, option: "--until")
        options.tags = tags
        return options
    }

    /// The date `value` of `option`, or nil when the option was not given.
    /// - throws: `ValidationError` naming the option and the value.
    static func date(_ value: String?, option: String) throws -> PublishedDate? {
        guard let value else { return nil }
        do {
            return try PublishedDate(reading: value)
        } catch {
            throw ValidationError("\(option): \(error); give a year (2005), a month (2005-03) or a day (2005-03-11).")
        }
    }
}
