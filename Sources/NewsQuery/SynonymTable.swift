import Foundation

/// Groups of words and phrases that a query word stands for, matched by Porter stem.
///
/// The store keeps the groups in the database and builds the table from them; a query word is
/// looked up by its stem (`backed` finds the group of `back`), a run of query words by their stems
/// (`ruled out` finds `rule out`). A word found in several groups gets the members of all of them.
///
/// For example:
/// ```swift
/// let table = SynonymTable(groups: [["back", "endorse", "support", "champion"]])
/// table.alternatives(for: "backed")  // ["back", "endorse", "support", "champion"]
/// ```
public struct SynonymTable: Sendable, Equatable {
    /// One member of a group, tokenized as the index would.
    struct Entry: Sendable, Equatable {
        /// The member as given (trimmed).
        var text: String
        var tokens: [IndexToken]
        /// The stems joined by a space: the lookup key.
        var key: String { tokens.map(\.stem).joined(separator: " ") }
    }

    /// The groups as given, minus members with no searchable token and groups left with fewer than two.
    public let groups: [[String]]

    /// Entries of every group, by group.
    private let entryGroups: [[Entry]]
    /// For a stem key, the indices of the groups that hold it.
    private let groupIndicesByKey: [String: [Int]]

    /// The largest number of tokens in one member (1 for single words).
    let longestEntryTokenCount: Int

    /// A table with no groups: every word stands only for itself.
    public static let empty = SynonymTable(groups: [])

    /// Builds the table from groups of words or phrases (hyphens and punctuation separate words, as in
    /// the index: `cease-fire` is the phrase `cease fire`).
    public init(groups: [[String]]) {
        var keptGroups: [[String]] = []
        var entryGroups: [[Entry]] = []
        var groupIndicesByKey: [String: [Int]] = [:]
        for group in groups {
            var entries: [Entry] = []
            for member in group {
                let entry = Entry(
                    text: member.trimmingCharacters(in: .whitespacesAndNewlines), tokens: IndexToken.tokens(in: member))
                guard !entry.tokens.isEmpty, !entries.contains(where: { $0.key == entry.key }) else { continue }
                entries.append(entry)
            }
            guard entries.count >= 2 else { continue }
            for entry in entries {
                groupIndicesByKey[entry.key, default: []].append(entryGroups.count)
            }
            keptGroups.append(entries.map(\.text))
            entryGroups.append(entries)
        }
        self.groups = keptGroups
        self.entryGroups = entryGroups
        self.groupIndicesByKey = groupIndicesByKey
        self.longestEntryTokenCount = entryGroups.joined().map(\.tokens.count).max() ?? 1
    }

    /// The members of every group holding a word or phrase with the same stems as `text`, in group
    /// order without repeats; empty when no group holds it.
    public func alternatives(for text: String) -> [String] {
        entries(forStems: IndexToken.tokens(in: text).map(\.stem)).map(\.text)
    }

    /// The entries of every group holding the stem sequence `stems`, without repeats.
    func entries(forStems stems: [String]) -> [Entry] {
        guard let indices = groupIndicesByKey[stems.joined(separator: " ")] else { return [] }
        var seenKeys: Set<String> = []
        return indices.flatMap { entryGroups[$0] }.filter { seenKeys.insert($0.key).inserted }
    }

    /// Two tables are equal when they hold the same groups (the lookup indexes follow from them).
    public static func == (lhs: SynonymTable, rhs: SynonymTable) -> Bool {
        lhs.groups == rhs.groups
    }
}
