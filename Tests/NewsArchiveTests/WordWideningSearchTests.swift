import Foundation
import NewsTestSupport
import Testing
@testable import NewsArchive
import NewsQuery

/// Issue 13, item 4, through the archive: the seeded synonyms carry senses and directions (migration
/// 0009), irregular forms are searched, a synonym-only match ranks below the word as written, and
/// `exact` turns widening off.
struct WordWideningSearchTests {
    let folder: TemporaryFolder
    let store: ArchiveStore

    init() throws {
        folder = try TemporaryFolder()
        store = try ArchiveStore(path: folder.path("archive.sqlite"))
        let articles = [
            "election.txt": "Election night\n\nLabour won the seat in Leeds after a long count on Thursday night.\n",
            "budget.txt": "Budget row\n\nThe tax office chased back taxes from several firms last year.\n",
            "germany.txt": "German politics\n\nThe German chancellor met union leaders in Berlin on Monday.\n",
            "france.txt": "French politics\n\nThe French president met union leaders in Paris on Monday.\n",
            "endorsed.txt": "Plan one\n\nThe mayor endorsed the harbour plan on Monday morning.\n",
            "backed.txt": "Plan two\n\nThe mayor backed the harbour plan on Monday morning.\n",
        ]
        let paths = try articles.sorted { $0.key < $1.key }.map { try folder.write($0.key, text: $0.value) }
        try store.ingest(paths.map { .file(path: $0) })
    }

    func sentences(_ query: String, exact: Bool = false) throws -> [String] {
        try store.search(query, options: SearchOptions(exact: exact)).hits.map(\.sentence)
    }

    @Test func theSeededGroupsCarrySensesAndDirections() throws {
        let groups = try store.synonymTable().memberGroups
        let backing = try #require(groups.first { $0.contains { $0.text == "back" } })
        #expect(backing.allSatisfy { $0.sense == .verb })
        let leaders = try #require(groups.first { $0.contains { $0.text == "leader" } })
        #expect(leaders.filter(\.widens).map(\.text) == ["leader"])
        #expect(leaders.count == 7)
    }

    @Test func winFindsWon() throws {
        #expect(try sentences("win").first?.contains("Labour won the seat") == true)
        #expect(try sentences("win", exact: true).isEmpty)
    }

    @Test func backTaxesIsNotSupportTaxes() throws {
        let results = try store.search("back taxes")
        #expect(results.fts == #""back" AND "taxes""#)
        #expect(results.hits.first?.sentence.contains("back taxes") == true)
    }

    @Test func chancellorDoesNotFindThePresident() throws {
        let results = try store.search("chancellor")
        #expect(results.fts == #""chancellor""#)
        #expect(results.hits.map(\.sentence) == ["The German chancellor met union leaders in Berlin on Monday."])
        // The leader group still widens `leader` to its kinds.
        #expect(try store.search("leader").fts?.contains(#""president""#) == true)
    }

    @Test func theWordAsWrittenOutranksASynonym() throws {
        let hits = try store.search("mayor backed harbour plan").hits
        #expect(hits.count >= 2, "both sentences match: endorsed is a synonym of backed")
        #expect(hits.first?.sentence.contains("mayor backed") == true)
        #expect(hits.dropFirst().first?.sentence.contains("mayor endorsed") == true)
        #expect(hits[0].score > hits[1].score)
        let endorsed = try store.search("mayor endorsed harbour plan").hits
        #expect(endorsed.first?.sentence.contains("endorsed") == true)
    }

    @Test func exactSearchesTheWordsAsWritten() throws {
        let results = try store.search("mayor backed harbour plan", options: SearchOptions(exact: true))
        #expect(results.fts == #""mayor" AND "backed" AND "harbour" AND "plan""#)
        #expect(results.hits.first?.sentence == "The mayor backed the harbour plan on Monday morning.")
        #expect(results.explanation.contains("exact"))
    }

    @Test func removingAWordLeavesItsGroup() throws {
        let groups = try store.removeSynonyms(["Champion"])
        #expect(groups == [["back", "endorse", "favor", "favour", "support"]])
        #expect(try store.synonymTable().groups.joined().contains("champion") == false)
        #expect(try store.removeSynonyms(["kiev"]) == [[]], "a group of one is no group")
        #expect(try store.removeSynonyms(["deploy"], wholeGroups: true) == [[]])
        #expect(try store.synonymTable().groups.joined().contains("dispatch") == false)
        #expect(throws: ArchiveError.self) { try store.removeSynonyms(["troops", "nonesuch"]) }
        #expect(try store.synonymTable().groups.joined().contains("troops"), "nothing is removed on an error")
    }

    @Test func mergingGroupsKeepsSensesAndDirections() throws {
        try store.addSynonyms(["chancellor", "leader", "head"])
        let leaders = try #require(try store.synonymTable().memberGroups.first { $0.contains { $0.text == "leader" } })
        #expect(leaders.first { $0.text == "chancellor" }?.widens == false)
        #expect(leaders.first { $0.text == "head" }?.widens == true)
        try store.addSynonyms(["back", "oppose"])
        let merged = try #require(try store.synonymTable().memberGroups.first { $0.contains { $0.text == "oppose" } })
        #expect(merged.allSatisfy { $0.sense == .verb })
    }
}
