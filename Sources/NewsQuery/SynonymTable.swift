import Foundation

/// Groups of words and phrases that a query word stands for, matched by Porter stem.
///
/// The store keeps the groups in the database and builds the table from them; a query word is
/// looked up by its stem (`backed` finds the group of `back`), a run of query words by their stems
/// (`ruled out` finds `rule out`). A word found in several groups gets the members of all of them.
///
/// Two marks on a member narrow what it widens to (see `Member`):
/// - a member in the verb sense (`back` in `back ~ endorse ~ support`) widens a query word only where
///   the query uses the word as a verb (`backed`, `who backs`, `to back`, `back the plan`), so that
///   `back taxes` stays `back`;
/// - a member that does not widen (`president` in `leader → president ~ chancellor …`) stands for
///   itself alone: `leader` widens to its kinds, but `chancellor` is not widened to `president`.
///
/// For example:
/// ```swift
/// let table = SynonymTable(groups: [["back", "endorse", "support", "champion"]])
/// table.alternatives(for: "backed")  // ["back", "endorse", "support", "champion"]
/// ```
public struct SynonymTable: Sendable, Equatable {
    /// The sense in which a member belongs to its group.
    public enum Sense: String, Sendable, Equatable {
        /// Any use of the word.
        case any
        /// The word used as a verb: a query word matching the member is widened only when the query
        /// uses it as one (see `QueryInterpreter`).
        case verb
    }

    /// A member of a group as the archive stores it: the word or phrase, its sense, and whether a query
    /// word matching it is widened to the other members (a directional group's kinds are not).
    public struct Member: Sendable, Equatable, ExpressibleByStringLiteral {
        public var text: String
        public var sense: Sense
        public var widens: Bool

        public init(_ text: String, sense: Sense = .any, widens: Bool = true) {
            self.text = text
            self.sense = sense
            self.widens = widens
        }

        public init(stringLiteral text: String) {
            self.init(text)
        }

        /// A group whose members are all verbs in the given sense: `back ~ endorse ~ support`.
        public static func verbs(_ texts: String...) -> [Member] {
            texts.map { Member($0, sense: .verb) }
        }

        /// A directional group: `head` widens to every kind; each kind stands only for itself.
        public static func kinds(of head: String, _ kinds: String...) -> [Member] {
            [Member(head)] + kinds.map { Member($0, widens: false) }
        }
    }

    /// One member of a group, tokenized as the index would.
    struct Entry: Sendable, Equatable {
        /// The member as given (trimmed).
        var text: String
        var tokens: [IndexToken]
        var sense: Sense = .any
        var widens = true
        /// The stems joined by a space: the lookup key.
        var key: String { tokens.map(\.stem).joined(separator: " ") }
    }

    /// The groups as given, minus members with no searchable token and groups left with fewer than two.
    public let groups: [[String]]
    /// `groups` with each member's sense and direction.
    public let memberGroups: [[Member]]

    /// Entries of every group, by group.
    private let entryGroups: [[Entry]]
    /// For a stem key, the indices of the groups that hold it.
    private let groupIndicesByKey: [String: [Int]]

    /// The largest number of tokens in one member (1 for single words).
    let longestEntryTokenCount: Int

    /// A table with no groups: every word stands only for itself.
    public static let empty = SynonymTable(groups: [[String]]())

    /// Builds the table from groups of words or phrases (hyphens and punctuation separate words, as in
    /// the index: `cease-fire` is the phrase `cease fire`); every member widens, in any sense.
    public init(groups: [[String]]) {
        self.init(groups: groups.map { $0.map { Member($0) } })
    }

    /// Builds the table from groups of members that carry a sense and a direction.
    public init(groups: [[Member]]) {
        var keptGroups: [[Member]] = []
        var entryGroups: [[Entry]] = []
        var groupIndicesByKey: [String: [Int]] = [:]
        for group in groups {
            var entries: [Entry] = []
            for member in group {
                let entry = Entry(
                    text: member.text.trimmingCharacters(in: .whitespacesAndNewlines),
                    tokens: IndexToken.tokens(in: member.text), sense: member.sense, widens: member.widens)
                guard !entry.tokens.isEmpty, !entries.contains(where: { $0.key == entry.key }) else { continue }
                entries.append(entry)
            }
            guard entries.count >= 2 else { continue }
            for entry in entries {
                groupIndicesByKey[entry.key, default: []].append(entryGroups.count)
            }
            keptGroups.append(entries.map { Member($0.text, sense: $0.sense, widens: $0.widens) })
            entryGroups.append(entries)
        }
        self.groups = keptGroups.map { $0.map(\.text) }
        self.memberGroups = keptGroups
        self.entryGroups = entryGroups
        self.groupIndicesByKey = groupIndicesByKey
        self.longestEntryTokenCount = entryGroups.joined().map(\.tokens.count).max() ?? 1
    }

    /// What a word or phrase with the same stems as `text` widens to, in group order without repeats:
    /// every member of each group holding it, or only the member itself in a group where it does not
    /// widen (a directional group's kind, or a verb-sense member when `usedAsVerb` is false); empty
    /// when no group holds it.
    public func alternatives(for text: String, usedAsVerb: Bool = true) -> [String] {
        entries(forStems: IndexToken.tokens(in: text).map(\.stem), usedAsVerb: usedAsVerb).map(\.text)
    }

    /// The entries the stem sequence `stems` widens to (see `alternatives(for:usedAsVerb:)`), without
    /// repeats; with `verbSenseOnly`, only from groups where it is a member in the verb sense (for the
    /// base of an irregular verb form: `struck` is `strike` the verb, not the attack).
    func entries(forStems stems: [String], usedAsVerb: Bool, verbSenseOnly: Bool = false) -> [Entry] {
        let key = stems.joined(separator: " ")
        guard let indices = groupIndicesByKey[key] else { return [] }
        var seenKeys: Set<String> = []
        return indices.flatMap { index in
            let group = entryGroups[index]
            guard let member = group.first(where: { $0.key == key }), !verbSenseOnly || member.sense == .verb
            else { return [Entry]() }
            let widens = member.widens && (member.sense == .any || usedAsVerb)
            return widens ? group : [member]
        }.filter { seenKeys.insert($0.key).inserted }
    }

    /// Two tables are equal when they hold the same groups (the lookup indexes follow from them).
    public static func == (lhs: SynonymTable, rhs: SynonymTable) -> Bool {
        lhs.memberGroups == rhs.memberGroups
    }
}
