import Foundation
import NewsSQLite

/// How rare each phrase of a query is among the sections: the inverse document frequency (IDF) that
/// bm25 weighs a phrase by, with the number of sections holding the phrase estimated from its newest
/// matches.
///
/// FTS5's own `bm25()` counts every section holding each phrase, at every query. For a common word that
/// count took longer than the rest of the search, and for a phrase or a prefix up to twice as long.
/// Here the count is exact up to `sampleSize` matches. Beyond that, it is the share of sections holding
/// the phrase among those from its `sampleSize`th newest match to the newest section, times the number
/// of sections: what the search ranks is the newest matches too.
struct SectionFrequencies {
    /// Matches read per phrase; a phrase with fewer is counted exactly.
    let sampleSize: Int

    /// Sections in the archive, and the newest one's id: read when first needed (a query with no
    /// words, or a raw one, needs none).
    private var archive: (sectionCount: Double, newestID: Int)?
    /// IDFs already estimated in this search, by FTS5 phrase.
    private var known: [String: Double] = [:]
    /// The newest matches read of each phrase whose IDF is known (at most `sampleSize`).
    private var sampled: [String: Int] = [:]

    init(sampleSize: Int = ArchiveStore.rankedMatchLimit) {
        self.sampleSize = sampleSize
    }

    /// The IDF of each phrase (an FTS5 phrase such as `"force"` or `"negoti" *`), read from its newest
    /// matches the first time it is asked for.
    mutating func idfs(of phrases: [String], in connection: Connection) throws -> [Double] {
        try phrases.map { phrase in
            if let idf = known[phrase] { return idf }
            let sample = try connection.firstRow(
                """
                SELECT count(*), min(id) FROM (
                    SELECT rowid AS id FROM sections_fts WHERE sections_fts MATCH ? ORDER BY rowid DESC LIMIT ?)
                """, phrase, sampleSize)
            return try idf(of: phrase, matches: sample?[0].int ?? 0, oldestID: sample?[1].int ?? 0, in: connection)
        }
    }

    /// The IDF of `phrase`, whose newest matches, at most `sampleSize`, number `matches` and go back to
    /// the section `oldestID`; it is remembered for the rest of the search. As FTS5's bm25:
    /// log((N − n + 0.5) / (n + 0.5)), and 1e-6 when that is not positive (a phrase in more than half
    /// of the sections).
    mutating func idf(of phrase: String, matches: Int, oldestID: Int, in connection: Connection) throws -> Double {
        let holding = try sectionsMatching(newest: matches, oldestID: oldestID, in: connection)
        let sectionCount = try archive(in: connection).sectionCount
        let idf = max(log((sectionCount - holding + 0.5) / (holding + 0.5)), 1e-6)
        known[phrase] = idf
        sampled[phrase] = matches
        return idf
    }

    /// Whether the IDF of `phrase` is known in this search.
    func knows(_ phrase: String) -> Bool { known[phrase] != nil }

    /// Whether `phrase` was read for its IDF and no section holds it.
    func holdsNothing(_ phrase: String) -> Bool { sampled[phrase] == 0 }

    /// Whether `phrase` was read for its IDF and some section holds it.
    func holdsSome(_ phrase: String) -> Bool { (sampled[phrase] ?? 0) > 0 }

    /// How many sections match an expression whose newest matches, at most `sampleSize`, number
    /// `matches` and go back to the section `oldestID`: exactly `matches` when they are fewer than
    /// `sampleSize`, else estimated from the span they cover.
    mutating func sectionsMatching(newest matches: Int, oldestID: Int, in connection: Connection) throws -> Double {
        guard matches >= sampleSize else { return Double(matches) }
        let (sectionCount, newestID) = try archive(in: connection)
        // k matches in a span of s sections: (k − 1) / s estimates the share without bias.
        return min(sectionCount, Double(matches - 1) * sectionCount / Double(max(1, newestID - oldestID + 1)))
    }

    /// The sections in the archive and the newest one's id, read the first time they are needed.
    private mutating func archive(in connection: Connection) throws -> (sectionCount: Double, newestID: Int) {
        if let archive { return archive }
        // FTS5's own count of the sections, as its bm25 has it: `count(*)` would read every section.
        let read = (
            Double(try connection.firstRow("SELECT fts5_row_count(sections_fts) FROM sections_fts LIMIT 1")?[0].int ?? 0),
            try connection.firstRow("SELECT max(id) FROM sections")?[0].int ?? 0
        )
        archive = read
        return read
    }
}
