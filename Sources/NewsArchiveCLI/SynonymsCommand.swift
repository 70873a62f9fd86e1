import ArgumentParser
import NewsArchive
import NewsArchiveOutput
import NewsQuery

/// `news-archive synonyms [list | add WORD WORD… | remove [--group] WORD…]`
struct SynonymsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synonyms",
        abstract: "List, extend or trim the words that search treats as one (back ~ endorse ~ support …).",
        subcommands: [List.self, Add.self, Remove.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "Print each synonym group on a line.",
            discussion: """
                A group marked (as verbs) widens a query word only where the query uses it as a verb \
                (backed, who backs, to back, back the plan; not back taxes). In 'leader → president ~ …', \
                leader widens to the members after the arrow, and each of those stands only for itself.
                """)
        @ParentCommand var root: NewsArchiveCommand
        var global: GlobalOptions { root.global }
        @Option(help: "Output: text or json.") var format: OutputFormat = .text

        func run() throws {
            let store = try global.openStore(mode: .readOnly)
            let groups = try store.synonymTable().memberGroups
            switch format {
            case .json: JSONOutput.print(SynonymGroupsJSON(groups: groups.map { $0.map(SynonymGroupsJSON.Member.init) }))
            case .text: for group in groups { print(Self.line(for: group)) }
            }
        }

        /// `back ~ endorse ~ support (as verbs)`, `leader → chancellor ~ president`; a member in the verb
        /// sense in a group of mixed senses is marked `(verb)`.
        static func line(for group: [SynonymTable.Member]) -> String {
            let allVerbs = group.allSatisfy { $0.sense == .verb }
            func text(_ member: SynonymTable.Member) -> String {
                member.sense == .verb && !allVerbs ? "\(member.text) (verb)" : member.text
            }
            let widening = group.filter(\.widens).map(text).joined(separator: " ~ ")
            let kinds = group.filter { !$0.widens }.map(text).joined(separator: " ~ ")
            let line = kinds.isEmpty ? widening : widening.isEmpty ? kinds : "\(widening) → \(kinds)"
            return allVerbs ? line + " (as verbs)" : line
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Make words or phrases synonyms of each other (joining any group they are in).")
        @ParentCommand var root: NewsArchiveCommand
        var global: GlobalOptions { root.global }
        @Argument(help: "Two or more words or quoted phrases, e.g. back endorse \"stand behind\".") var terms: [String]
        @Option(help: "Output: text or json.") var format: OutputFormat = .text

        func validate() throws {
            if terms.count < 2 { throw ValidationError("Please give at least two words or phrases.") }
        }

        func run() throws {
            let store = try global.openStore(mode: .mustExist)
            let group = try global.reportingUnderlyingErrors { try store.addSynonyms(terms) }
            switch format {
            case .json: JSONOutput.print(["group": group])
            case .text: print(group.joined(separator: " ~ "))
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Take words or phrases out of their synonym group (or, with --group, remove the whole group).",
            discussion: """
                Words are matched as 'news-archive synonyms' lists them (any case). A group left with one \
                member is removed. A word that is in no group is an error, and then nothing is removed.
                """)
        @ParentCommand var root: NewsArchiveCommand
        var global: GlobalOptions { root.global }
        @Flag(name: .customLong("group"), help: "Remove every group holding one of the words.") var wholeGroups = false
        @Argument(help: "One or more words or quoted phrases, e.g. champion \"rule out\".") var terms: [String]
        @Option(help: "Output: text or json.") var format: OutputFormat = .text

        func validate() throws {
            if terms.isEmpty { throw ValidationError("Please give a word or phrase to remove.") }
        }

        func run() throws {
            let store = try global.openStore(mode: .mustExist)
            let groups = try global.reportingUnderlyingErrors {
                try store.removeSynonyms(terms, wholeGroups: wholeGroups)
            }
            switch format {
            case .json: JSONOutput.print(["groups": groups])
            case .text: for group in groups { print(group.isEmpty ? "(group removed)" : group.joined(separator: " ~ ")) }
            }
        }
    }
}

/// `synonyms --format json`: every group, each member with the sense it widens in and whether it widens.
struct SynonymGroupsJSON: Encodable {
    struct Member: Encodable {
        var word: String
        /// "any", or "verb" for a member that widens a query word only used as a verb.
        var sense: String
        /// Whether the member widens to the others (false for the kinds after the arrow of a directional group).
        var widens: Bool

        init(_ member: SynonymTable.Member) {
            word = member.text
            sense = member.sense.rawValue
            widens = member.widens
        }
    }

    var groups: [[Member]]
}
