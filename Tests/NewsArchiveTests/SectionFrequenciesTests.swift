import Foundation
import NewsTestSupport
import Testing
@testable import NewsArchive
import NewsSQLite

/// The rarity (IDF) that ranking weighs each query phrase by: exact for a phrase with fewer matches than the
/// sample, and estimated from its newest matches beyond.
struct SectionFrequenciesTests {
    @Test func idfIsExactBelowTheSampleAndCloseToExactAboveIt() throws {
        let folder = try TemporaryFolder()
        let store = try ArchiveStore(path: folder.path("archive.sqlite"))
        let inputs = try (1...300).map { number in
            let place = number % 3 == 0 ? "harbour" : "meadow"
            let landmark = number % 25 == 0 ? " A lighthouse stood there." : ""
            let text = "Report \(number)\n\nThe \(place) was quiet on day \(number).\(landmark)\n"
            return IngestInput.file(path: try folder.write("\(number).txt", text: text))
        }
        try store.ingest(inputs)
        let sectionCount = Double(try #require(try store.connection.firstRow("SELECT count(*) FROM sections")?[0].int))
        #expect(sectionCount == 300)
        // FTS5's bm25 IDF, from every match.
        func exactIDF(_ phrase: String) throws -> Double {
            let row = try store.connection.firstRow(
                "SELECT count(*) FROM sections_fts WHERE sections_fts MATCH ?", phrase)
            let holding = Double(row?[0].int ?? 0)
            return max(log((sectionCount - holding + 0.5) / (holding + 0.5)), 1e-6)
        }
        var frequencies = SectionFrequencies(sampleSize: 30)
        let idfs = try frequencies.idfs(of: ["\"lighthouse\"", "\"harbour\"", "\"quiet\""], in: store.connection)
        #expect(idfs[0] == (try exactIDF("\"lighthouse\"")))  // 12 matches: every one read
        let harbour = try exactIDF("\"harbour\"")  // 100 matches, estimated from the newest 30
        #expect(abs(idfs[1] - harbour) / harbour < 0.1)
        #expect(idfs[2] == 1e-6)  // in every section
        #expect(idfs[0] > idfs[1])
    }

    @Test func theRarerTermWeighsMoreAndOneWordScoresAsFTS5sBM25() throws {
        let folder = try TemporaryFolder()
        let store = try ArchiveStore(path: folder.path("archive.sqlite"))
        let inputs = try (1...30).map { number in
            // The same sentence but for one word: bm25 alone tells them apart.
            let place = number == 30 ? "lighthouse" : "meadow"
            let text = "Report \(number)\n\nThe \(place) near the village was quiet on the day of report \(number).\n"
            return IngestInput.file(path: try folder.write("\(number).txt", text: text))
        }
        try store.ingest(inputs)
        let results = try store.search("meadow lighthouse")
        #expect(results.isRelaxed)
        #expect(results.hits.first?.sentence.contains("lighthouse") == true)
        #expect(results.hits.count > 1 && results.hits.dropFirst().allSatisfy { $0.sentence.contains("meadow") })
        // A one-word query scores its passage by FTS5's own bm25 (what `--raw` ranks by), plus 10 for the
        // term it holds: its IDF is exact in so small an archive.
        let plain = try #require(try store.search("lighthouse").hits.first)
        let raw = try #require(try store.search("lighthouse", options: SearchOptions(raw: true)).hits.first)
        #expect(plain.sentenceID == raw.sentenceID && raw.score > 0)
        #expect(abs(plain.score - (10 + raw.score)) < 0.001)
    }

    @Test func aSynonymNoSectionHoldsChangesNeitherTheHitsNorTheirScores() throws {
        let folder = try TemporaryFolder()
        let store = try ArchiveStore(path: folder.path("archive.sqlite"))
        let inputs = try (1...120).map { number in
            let place = number % 3 == 0 ? "harbour" : "meadow"
            let landmark = number % 25 == 0 ? " A lighthouse stood by the \(place)." : ""
            let text = "Report \(number)\n\nThe \(place) was quiet on day \(number).\(landmark)\n"
            return IngestInput.file(path: try folder.write("\(number).txt", text: text))
        }
        try store.ingest(inputs)
        func hits(_ text: String) throws -> [String] {
            try store.search(text).hits.map { "\($0.sentenceID) \($0.score)" }
        }
        let before = try hits("harbour lighthouse")
        #expect(before.count > 4)  // few hold both: passages holding either follow
        try store.addSynonyms(["harbour", "sunken galleon"])
        let widened = try store.search("harbour lighthouse")
        #expect(widened.explanation.contains("sunken galleon"))
        #expect(try hits("harbour lighthouse") == before)
        // A required phrase no section holds: only the passages holding some terms, and it is named.
        let unheld = try store.search("lighthouse sunken-treasure")
        #expect(unheld.isRelaxed && unheld.hits.allSatisfy { $0.sentence.contains("lighthouse") })
        #expect(unheld.unknownTerms.map(\.given) == ["sunken-treasure"])
    }
}
