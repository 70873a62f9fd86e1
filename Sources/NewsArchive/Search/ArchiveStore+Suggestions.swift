import NewsQuery
import NewsSQLite

/// A word or an actor's name a search was given that the archive does not hold, with the nearest one
/// it does hold ("did you mean").
public struct UnknownTerm: Sendable, Equatable, Encodable {
    public enum Kind: String, Sendable, Encodable {
        /// A word of the query that no article has in any form.
        case word
        /// An `--actor` or `actor:` name that no actor has as name or alias.
        case actor
    }

    public var kind: Kind
    /// As the user gave it.
    public var given: String
    /// The nearest word the articles have (as they write it), or the nearest actor's name; nil when none
    /// is near.
    @NullEncoded public var didYouMean: String?

    enum CodingKeys: String, CodingKey {
        case kind, given
        case didYouMean = "did_you_mean"
    }
}

extension ArchiveStore {
    /// The required words of `query` that no section holds in any of their forms, each with the nearest
    /// word the sections hold. Only single words get a suggestion; phrases and prefixes are only named.
    func unknownWords(in query: SearchQuery, frequencies: SectionFrequencies) throws -> [UnknownTerm] {
        try query.requiredTermGroups.compactMap { group in
            // What the search read of the group's alternatives for their IDFs answers when it can.
            let phrases = group.alternatives.map(\.expression)
            if phrases.contains(where: frequencies.holdsSome) { return nil }
            if !phrases.allSatisfy(frequencies.holdsNothing),
                try connection.firstRow("SELECT 1 FROM sections_fts WHERE sections_fts MATCH ? LIMIT 1", group.expression)
                    != nil
            {
                return nil
            }
            let written = group.alternatives.first
            let suggestion = try written.flatMap {
                $0.stems.count == 1 && !$0.isPrefix ? try nearestIndexedWord(to: $0.text, stem: $0.stems[0]) : nil
            }
            return UnknownTerm(kind: .word, given: group.label, didYouMean: suggestion)
        }
    }

    /// The word the sections hold that is nearest `word` (whose index term is `stem`): the index term
    /// nearest `stem` among those with the same first letter, written as the sections write it (of its
    /// forms in the first 20 sections holding it, the nearest `word`, then the commonest); nil when
    /// none is near.
    ///
    /// The terms come from an `fts5vocab` table over `sections_fts`, made in the connection's temp schema
    /// (nothing is written to the archive). Reading them costs a pass over the index's terms of that
    /// letter, so it is done only for a word that matched nothing.
    private func nearestIndexedWord(to word: String, stem: String) throws -> String? {
        guard let first = stem.unicodeScalars.first, let after = Unicode.Scalar(first.value + 1) else { return nil }
        try connection.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.sections_terms USING fts5vocab(main, sections_fts, row)")
        let reach = Spelling.allowedDistance(forLength: stem.count)
        let terms = try connection.rows(
            "SELECT term, doc FROM temp.sections_terms WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ?",
            String(first), String(after), stem.count - reach, stem.count + reach
        ).compactMap { row in row[0].string.map { (text: $0, weight: row[1].int ?? 0) } }
        guard let term = Spelling.nearest(to: stem, in: terms) else { return nil }
        let bodies = try connection.rows(
            """
            SELECT sec.body FROM sections_fts JOIN sections AS sec ON sec.id = sections_fts.rowid
            WHERE sections_fts MATCH ? LIMIT 20
            """, "\"\(term)\"")
        let forms = bodies.flatMap { IndexToken.tokens(in: $0[0].string ?? "").filter { $0.stem == term }.map(\.text) }
        let counts = Dictionary(forms.map { ($0, 1) }, uniquingKeysWith: +)
        return counts.min { (Spelling.distance(word, $0.key), -$0.value, $0.key) < (Spelling.distance(word, $1.key), -$1.value, $1.key) }?.key
    }

    /// The `names` that no actor has as name or alias (any case), each with the name of the actor whose
    /// name or alias is nearest.
    func unknownActors(_ names: [String]) throws -> [UnknownTerm] {
        try names.filter { try actorIDs(named: $0).isEmpty }.map { name in
            let reach = Spelling.allowedDistance(forLength: name.count)
            let rows = try connection.rows(
                """
                SELECT aa.alias, a.name FROM actor_aliases AS aa JOIN actors AS a ON a.id = aa.actor_id
                WHERE length(aa.alias) BETWEEN ? AND ? ORDER BY a.id
                """, name.count - reach, name.count + reach)
            var names: [String: String] = [:]
            for row in rows { if let alias = row[0].string, names[alias] == nil { names[alias] = row[1].string } }
            let alias = Spelling.nearest(to: name, in: rows.compactMap { $0[0].string })
            return UnknownTerm(kind: .actor, given: name, didYouMean: alias.flatMap { names[$0] })
        }
    }
}
