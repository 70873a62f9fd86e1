import Foundation
import NewsQuery
import NewsSQLite

extension ArchiveStore {
    /// The synonym groups kept in the archive (seeded by a migration, extended by users), each member
    /// with its sense and whether it widens (see `SynonymTable.Member`): in a group, the members that
    /// widen come first, then by term.
    public func synonymTable() throws -> SynonymTable {
        try withStorageErrors {
            let rows = try connection.rows(
                "SELECT group_id, term, sense, widens FROM synonyms ORDER BY group_id, widens DESC, term")
            let groups = Dictionary(grouping: rows, by: { $0[0].int ?? 0 })
                .sorted { $0.key < $1.key }
                .map { group in
                    group.value.compactMap { row in
                        row[1].string.map {
                            SynonymTable.Member(
                                $0, sense: SynonymTable.Sense(rawValue: row[2].string ?? "") ?? .any,
                                widens: row[3].int != 0)
                        }
                    }
                }
            return SynonymTable(groups: groups)
        }
    }

    /// Makes `terms` synonyms of each other: they join the group any of them is in already (merging
    /// groups when they are in several), or form a new group. Returns the group as it now stands.
    @discardableResult
    public func addSynonyms(_ terms: [String]) throws -> [String] {
        let cleaned = Self.cleanedSynonymTerms(terms)
        guard cleaned.count >= 2 else {
            throw ArchiveError(.invalidInput, "Give at least two different words or phrases to make synonyms of each other.")
        }
        return try withStorageErrors {
            try connection.transaction {
                let statement = try connection.makeStatement(
                    "SELECT DISTINCT group_id FROM synonyms WHERE term IN (SELECT value FROM json_each(?)) ORDER BY group_id")
                try statement.bind([Self.jsonArray(cleaned)])
                let existing = try statement.allRows().compactMap { $0[0].int }
                let group: Int
                if let first = existing.first {
                    group = first
                    for other in existing.dropFirst() {
                        try connection.run(
                            """
                            INSERT OR IGNORE INTO synonyms (group_id, term, sense, widens)
                            SELECT ?, term, sense, widens FROM synonyms WHERE group_id = ?
                            """, group, other)
                        try connection.run("DELETE FROM synonyms WHERE group_id = ?", other)
                    }
                } else {
                    group = (try connection.firstRow("SELECT coalesce(max(group_id), 0) + 1 FROM synonyms")?[0].int) ?? 1
                }
                for term in cleaned {
                    try connection.run("INSERT OR IGNORE INTO synonyms (group_id, term) VALUES (?, ?)", group, term)
                }
                return try connection.rows("SELECT term FROM synonyms WHERE group_id = ? ORDER BY term", group)
                    .compactMap { $0[0].string }
            }
        }
    }

    /// Takes words or phrases out of the synonym groups: each `term` leaves its group (a group left with
    /// one member is removed), or with `wholeGroups`, every group holding a term is removed. Terms are
    /// matched as the groups list them (any case, runs of white space as one space). Returns each group
    /// touched as it now stands (empty when it is gone).
    /// - throws: `ArchiveError.notFound`, changing nothing, when a term is in no group.
    @discardableResult
    public func removeSynonyms(_ terms: [String], wholeGroups: Bool = false) throws -> [[String]] {
        let cleaned = Self.cleanedSynonymTerms(terms)
        guard !cleaned.isEmpty else {
            throw ArchiveError(.invalidInput, "Give a word or phrase to remove from the synonyms.")
        }
        return try withStorageErrors {
            try connection.transaction {
                let statement = try connection.makeStatement(
                    """
                    SELECT term, group_id FROM synonyms WHERE term IN (SELECT value FROM json_each(?))
                    ORDER BY group_id
                    """)
                try statement.bind([Self.jsonArray(cleaned)])
                let rows = try statement.allRows()
                let missing = cleaned.filter { term in !rows.contains { $0[0].string == term } }
                guard missing.isEmpty else {
                    let names = missing.map { "'\($0)'" }.joined(separator: ", ")
                    throw ArchiveError(
                        .notFound,
                        "\(names) \(missing.count == 1 ? "is" : "are") in no synonym group; nothing was removed. "
                            + "'news-archive synonyms' lists the groups.")
                }
                var groups: [Int] = []
                for group in rows.compactMap({ $0[1].int }) where !groups.contains(group) { groups.append(group) }
                for group in groups {
                    if wholeGroups {
                        try connection.run("DELETE FROM synonyms WHERE group_id = ?", group)
                        continue
                    }
                    try connection.run(
                        "DELETE FROM synonyms WHERE group_id = ? AND term IN (SELECT value FROM json_each(?))", group,
                        Self.jsonArray(cleaned))
                    try connection.run(
                        """
                        DELETE FROM synonyms WHERE group_id = ? AND (SELECT count(*) FROM synonyms WHERE group_id = ?) < 2
                        """, group, group)
                }
                return try groups.map { group in
                    try connection.rows("SELECT term FROM synonyms WHERE group_id = ? ORDER BY term", group)
                        .compactMap { $0[0].string }
                }
            }
        }
    }

    /// Terms as the synonyms table keeps them: lowercased, runs of white space made one space, without
    /// empty ones or repeats, sorted.
    private static func cleanedSynonymTerms(_ terms: [String]) -> [String] {
        Array(Set(terms.map { $0.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { !$0.isEmpty })).sorted()
    }

    /// `values` as a JSON array, for binding a list to `json_each(?)`.
    static func jsonArray(_ values: [String]) -> String {
        "[" + values.map { value in
            var escaped = "\""
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": escaped += "\\\""
                case "\\": escaped += "\\\\"
                case _ where scalar.value < 0x20: escaped += String(format: "\\u%04x", scalar.value)
                default: escaped.unicodeScalars.append(scalar)
                }
            }
            return escaped + "\""
        }.joined(separator: ",") + "]"
    }

    static func jsonArray(_ values: [Int]) -> String { "[" + values.map(String.init).joined(separator: ",") + "]" }
}
