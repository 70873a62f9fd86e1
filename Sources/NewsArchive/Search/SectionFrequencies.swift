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

    /// Sections in the archive, and the newest one's id.
    private let sectionCount: Double
    private let newestID: Int
    /// IDFs already estimated in this search, by FTS5 phrase.
    private var known: [String: Double] = [:]

    init(_ connection: Connection, sampleSize: Int = ArchiveStore.rankedMatchLimit) throws {
        self.sampleSize = sampleSize
        sectionCount = Double(try connection.firstRow("SELECT count(*) FROM sections")?[0].int ?? 0)
        newestID = try connection.firstRow("SELECT max(id) FROM sections")?[0].int ?? 0
    }

    /// The IDF of a phrase whose newest matches, at most `sampleSize`, number `matches` and go back to
    /// the section `oldestID`. As FTS5's bm25: log((N − n + 0.5) / (n + 0.5)), and 1e-6 when that is
    /// not positive (a phrase in more than half of the sections).
    func idf(matches: Int, oldestID: Int) -> Double {
        var holding = Double(matches)
        if matches >= sampleSize {
            // k matches in a span of s sections: (k − 1) / s estimates the share without bias.
            holding = min(sectionCount, (holding - 1) * sectionCount / Double(max(1, newestID - oldestID + 1)))
        }
        let idf = log((sectionCount - holding + 0.5) / (holding + 0.5))
        return idf > 0 ? idf : 1e-6
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
            let idf = idf(matches: sample?[0].int ?? 0, oldestID: sample?[1].int ?? 0)
            known[phrase] = idf
            return idf
        }
    }

    /// Records the IDF of `phrase`, estimated elsewhere from the same sample (see `idf(matches:oldestID:)`).
    mutating func remember(_ idf: Double, of phrase: String) {
        known[phrase] = idf
    }
}
