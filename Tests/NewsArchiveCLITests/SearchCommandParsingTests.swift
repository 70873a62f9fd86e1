import ArgumentParser
import Testing
import NewsArchive
import NewsQuery
@testable import NewsArchiveCLI

/// How `search` tells its options from the words of a query.
struct SearchCommandParsingTests {
    static func words(_ captured: [String]) throws -> String {
        try SearchWords(captured, options: SearchCommand.optionNames, formats: ["text", "json", "csv"]).query
    }

    static func refusal(_ captured: [String]) -> String? {
        do {
            _ = try words(captured)
            return nil
        } catch let error as ValidationError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    @Test func optionNamesAreTheOnesTheHelpLists() throws {
        let help = SearchCommand.helpMessage()
        let listed = Set(help.matches(of: /--([a-z][a-z-]*)/).map { String($0.1) })
        #expect(listed.subtracting(["word"]) == Set(SearchCommand.optionNames).subtracting(["db", "verbose"]))
    }

    @Test(arguments: [
        (["--sinse", "2005"], "Unknown option '--sinse'. Did you mean '--since'?"),
        (["--fromat", "csv"], "Unknown option '--fromat'. Did you mean '--format'?"),
        (["--limt", "3"], "Unknown option '--limt'. Did you mean '--limit'?"),
        (["--json"], "Unknown option '--json'. Did you mean '--format json'?"),
        (["--sinse=2005"], "Unknown option '--sinse=2005'. Did you mean '--since'?"),
    ])
    func mistypedOptionsAreRefusedWithASuggestion(captured: [String], message: String) {
        #expect(Self.refusal(["Yukos"] + captured) == message)
    }

    @Test func aDashAndOneLetterIsAnUnknownOption() throws {
        let message = try #require(Self.refusal(["Yukos", "-n", "3"]))
        #expect(message.hasPrefix("Unknown option '-n'"))
        #expect(message.contains("news-archive search -- -n"))
    }

    @Test func aDashAndAnOptionNameIsAMistypedOption() {
        #expect(Self.refusal(["Yukos", "-limit", "3"])?.hasPrefix("Unknown option '-limit'. Did you mean '--limit'?") == true)
    }

    @Test func excludedWordsAndUnknownWordsAreQuery() throws {
        #expect(try Self.words(["Reuters", "-Pentagon", "oil"]) == "Reuters -Pentagon oil")
        #expect(Self.refusal(["--frobnicate"])?.contains("news-archive search -- --frobnicate") == true)
    }

    @Test func wordsAfterTheTerminatorAreQueryWhateverTheyLookLike() throws {
        #expect(try Self.words(["--", "--limit", "-n", "3"]) == "--limit -n 3")
        #expect(try Self.words(["growth", "--", "-5%"]) == "growth -5%")
    }

    @Test func theParserKeepsTheTerminatorAmongTheWords() throws {
        let command = try #require(
            try NewsArchiveCommand.parseAsRoot(["search", "oil", "--limit", "3", "--", "--sinse"]) as? SearchCommand)
        #expect(command.limit == 3)
        #expect(try command.query() == "oil --sinse")
        #expect(throws: (any Error).self) { try NewsArchiveCommand.parseAsRoot(["search", "oil", "--sinse", "2005"]) }
    }
}

/// The plain words of a search or a trend reach the parser in runs, one argument a run (the parser is
/// quadratic in the number of captured words), without changing what is an option, a value or a query word.
struct QueryWordRunsTests {
    static func joined(_ arguments: [String]) -> [String] { QueryWordRuns.joined(arguments) }

    @Test func wordsBetweenOptionsBecomeOneArgument() {
        #expect(
            Self.joined(["--db", "a.sqlite", "search", "which", "leaders", "--limit", "3", "backed", "-troops", "force"])
                == ["--db", "a.sqlite", "search", "which leaders", "--limit", "3", "backed", "-troops", "force"])
    }

    @Test func everythingAfterTheTerminatorIsOneArgument() {
        #expect(Self.joined(["search", "--raw", "--", "a", "--b", "c"]) == ["search", "--raw", "--", "a --b c"])
    }

    @Test func otherCommandsAreLeftAlone() {
        #expect(Self.joined(["ingest", "a.txt", "b.txt"]) == ["ingest", "a.txt", "b.txt"])
        #expect(Self.joined(["--db", "search", "stats"]) == ["--db", "search", "stats"])
    }

    @Test(arguments: [SearchCommand.self, TrendCommand.self] as [any TakesQueryWords.Type])
    func valueOptionsAreTheOnesTheHelpShowsWithAValue(command: any TakesQueryWords.Type) {
        let help = command.helpMessage()
        let withValue = Set(help.matches(of: /--([a-z][a-z-]*) <[a-z-]+>/).map { String($0.1) })
        #expect(withValue == command.valueOptionNames.subtracting(["db"]))
    }

    @Test func aTrendsWordsAreJoinedAroundItsOptions() throws {
        let arguments = Self.joined(["trend", "interest", "rates", "--by", "month", "--query", "oil", "price", "-fuel"])
        #expect(arguments == ["trend", "interest rates", "--by", "month", "--query", "oil", "price", "-fuel"])
        let command = try #require(try NewsArchiveCommand.parseAsRoot(arguments) as? TrendCommand)
        #expect(try command.subjects() == [.query("interest rates price -fuel"), .query("oil")])
        #expect(command.by == .month)
    }

    @Test func aLongQueryOfSeparateWordsReadsAsTheSameQuery() throws {
        let words = (1...20).map { "word\($0)" }
        let command = try #require(
            try NewsArchiveCommand.parseAsRoot(Self.joined(["search"] + words + ["--limit", "2"])) as? SearchCommand)
        #expect(try command.query() == words.joined(separator: " "))
        #expect(command.limit == 2)
    }
}
