import ArgumentParser
import NewsArchive
import NewsQuery

/// `news-archive synonyms [list | add WORD WORD…]`
struct SynonymsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synonyms",
        abstract: "List or extend the words that search treats as one (back ~ endorse ~ support …).",
        subcommands: [List.self, Add.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print each synonym group on a line.")
        @ParentCommand var root: NewsArchiveCommand
    var global: GlobalOptions { root.global }

        func run() throws {
            let store = try global.openStore(mode: .mustExist)
            for group in try store.synonymTable().groups { print(group.joined(separator: " ~ ")) }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make words or phrases synonyms of each other (joining any group they are in).")
        @ParentCommand var root: NewsArchiveCommand
    var global: GlobalOptions { root.global }
        @Argument(help: "Two or more words or quoted phrases, e.g. back endorse \"stand behind\".") var terms: [String]

        func validate() throws {
            if terms.count < 2 { throw ValidationError("Please give at least two words or phrases.") }
        }

        func run() throws {
            let store = try global.openStore(mode: .mustExist)
            let group = try global.reportingUnderlyingErrors { try store.addSynonyms(terms) }
            print(group.joined(separator: " ~ "))
        }
    }
}
