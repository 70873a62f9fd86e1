import Testing

@testable import NewsQuery

struct SynonymTableTests {
    @Test func findsAGroupByTheStemOfAnyForm() {
        let table = SynonymTable(groups: [["back", "endorse", "support", "champion"]])
        for word in ["back", "Backed", "backing", "endorses", "supported", "champions"] {
            #expect(table.alternatives(for: word) == ["back", "endorse", "support", "champion"], "\(word)")
        }
        #expect(table.alternatives(for: "oppose").isEmpty)
    }

    @Test func matchesPhrasesByTheStemsOfTheirWords() {
        let table = SynonymTable(groups: [["oppose", "reject", "rule out"], ["leader", "prime minister"]])
        #expect(table.alternatives(for: "ruled out") == ["oppose", "reject", "rule out"])
        #expect(table.alternatives(for: "Prime Ministers") == ["leader", "prime minister"])
        #expect(table.alternatives(for: "ruled").isEmpty)
        #expect(table.longestEntryTokenCount == 2)
    }

    @Test func mergesEveryGroupHoldingAWord() {
        let table = SynonymTable(groups: [["strike", "attack"], ["strike", "walkout"]])
        #expect(table.alternatives(for: "strikes") == ["strike", "attack", "walkout"])
    }

    @Test func dropsMembersWithoutWordsAndGroupsOfOne() {
        let table = SynonymTable(groups: [["peace", "😀", " peace "], ["  truce ", "ceasefire", ""], []])
        #expect(table.groups == [["truce", "ceasefire"]])
    }

    @Test func hyphenatedMembersArePhrases() {
        let table = SynonymTable(groups: [["ceasefire", "cease-fire", "truce"]])
        #expect(table.alternatives(for: "cease fire") == ["ceasefire", "cease-fire", "truce"])
        let query = SearchQuery("cease-fire", synonyms: table)
        // The word as written comes first, then its synonyms.
        #expect(query.matchExpression == #"("cease fire" OR "ceasefire" OR "truce")"#)
    }

    @Test func defaultGroupsAreUsable() {
        let table = SynonymTable(groups: SynonymTable.defaultGroups)
        #expect(table.groups.count == SynonymTable.defaultGroups.count, "no default group may be dropped")
        #expect(table.groups.joined().count == SynonymTable.defaultGroups.joined().count)
        #expect(table.alternatives(for: "backed").starts(with: ["back", "endorse", "support", "champion"]))
        #expect(table.alternatives(for: "ruled out").contains("reject"))
        #expect(table.alternatives(for: "leaders").contains("prime minister"))
    }
}
