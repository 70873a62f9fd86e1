import ArgumentParser
import Testing
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
