import Foundation
import NewsTestSupport
import Testing
@testable import NewsArchive

/// Signatures, groups and the collapse of search passages, without SQLite.
struct NearDuplicateTests {
    static let story = """
        Ministers have agreed a new plan to build thousands of homes across the north of England over the next ten years. \
        The housing minister said the scheme would be paid for by selling public land to private developers. \
        Critics warned that the homes would not be affordable for young families on average incomes. \
        Local councils will be asked to find sites for the new homes by the end of next year. \
        The opposition said the plan repeated promises made in three earlier budgets without results. \
        Builders welcomed the announcement but said they lacked the skilled workers to deliver it quickly. \
        The first sites are expected to be chosen in Leeds, Manchester and Newcastle this spring. \
        Campaigners for the homeless said the plan did nothing for people living in temporary shelters. \
        The government will publish the full details of the scheme in a white paper in June. \
        Officials estimate that the first families could move into the new homes within four years.
        """

    static let otherStory = """
        The football club confirmed on Sunday that its manager had left after a run of seven defeats. \
        Supporters had called for a change at the top after the team slipped into the relegation places. \
        The chairman thanked the manager for his work and said a replacement would be named within weeks. \
        Players were told of the decision at the training ground before the news was made public.
        """

    @Test func aCopyWithASentenceDroppedAndTwoSwappedStaysClose() throws {
        var sentences = Self.story.components(separatedBy: ". ")
        sentences.remove(at: 2)
        sentences.swapAt(0, 1)
        let copy = "UPDATE: " + sentences.joined(separator: ". ") + " This story was supplied by a wire service."
        let original = try #require(MinHashSignature(text: Self.story))
        let edited = try #require(MinHashSignature(text: copy))
        let other = try #require(MinHashSignature(text: Self.otherStory))
        #expect(original.similarity(to: original) == 1)
        #expect(original.similarity(to: edited) >= 0.6)
        #expect(original.similarity(to: other) < 0.1)
    }

    @Test func caseAndPunctuationDoNotChangeTheSignature() throws {
        let shouted = Self.story.uppercased().replacingOccurrences(of: ".", with: " ;")
        #expect(MinHashSignature(text: shouted) == MinHashSignature(text: Self.story))
    }

    @Test func aShortTextHasNoSignatureAndStoredBytesReadBack() throws {
        #expect(MinHashSignature(text: "The bank held rates at four percent on Thursday.") == nil)
        let signature = try #require(MinHashSignature(text: Self.story))
        #expect(signature.bytes.count == 120)
        #expect(MinHashSignature(bytes: signature.bytes) == signature)
        #expect(MinHashSignature(bytes: [1, 2, 3]) == nil)
    }

    /// With room for no article (every band beyond the index's slots), for one (the second article's
    /// bands beyond them), and for many.
    @Test(arguments: [0, 1, 100])
    func theIndexFindsACloseSignatureAndNotAnUnrelatedOne(room: Int) throws {
        var index = NearDuplicateIndex(capacity: room)
        index.insert(try #require(MinHashSignature(text: Self.otherStory)), article: 1)
        index.insert(try #require(MinHashSignature(text: Self.story)), article: 2)
        let copy = Self.story.replacingOccurrences(of: "Critics warned", with: "Opponents warned")
        #expect(index.candidates(for: try #require(MinHashSignature(text: copy))) == [2])
        #expect(index.candidates(for: try #require(MinHashSignature(text: Self.otherStory))) == [1])
        // A later article with the same bands stands for them.
        index.insert(try #require(MinHashSignature(text: Self.story)), article: 3)
        #expect(index.candidates(for: try #require(MinHashSignature(text: copy))) == [3])
    }

    @Test func aChainOfPairsIsOneGroupNamedByItsSmallestID() {
        let groups = NearDuplicateGroups(pairs: [(7, 3), (3, 9), (4, 5)])
        #expect(groups.group(of: 9) == 3)
        #expect(groups.group(of: 7) == 3)
        #expect(groups.group(of: 5) == 4)
        #expect(groups.group(of: 6) == nil)
    }

    @Test func theBestRankedArticleOfAGroupKeepsItsPassagesAndNamesTheOthers() {
        var collapse = NearDuplicateCollapse()
        collapse.add(NearDuplicateGroups(pairs: [(3, 9), (3, 7)]))
        // Passages in rank order, by article: 9 ranks first, so it stands for 3 and 7.
        let kept = collapse.kept([9, 1, 3, 9, 7, 3, 2])
        #expect(kept == [0, 1, 3, 6])
        #expect(collapse.alsoIn == [9: [3, 7]])
        // A later pass (relaxed passages) keeps to the same choice.
        #expect(collapse.kept([3, 9]) == [1])
    }
}
