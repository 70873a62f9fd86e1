import Testing

@testable import NewsQuery

/// Runs queries against sentences of the reference article in a real FTS5 table, tokenized as the
/// archive's `sentences_fts` and `sections_fts` are.
@Suite(.enabled(if: SQLiteShell.isAvailable, SQLiteShell.unavailableReason))
struct ReferenceArticleSearchTests {
    /// Sentences of Tests/Fixtures/security-guarantees-ukraine.txt; row ids count from 1.
    static let sentences = [
        "Military leaders from the United States and key European allies have drawn up options for providing security guarantees to Ukraine, officials confirmed on Thursday, marking a significant step in ongoing efforts to end Russia’s nearly four-year war.",
        "Trump has ruled out deploying US ground troops but signalled openness to other forms of military support, such as command-and-control oversight or US airpower.",
        "Options under consideration reportedly include supplying additional air defence systems, deploying fighter jets to enforce a no-fly zone, and placing US officers in charge of European contingents, according to Reuters.",
        "French President Emmanuel Macron and British Prime Minister Keir Starmer have both endorsed the idea of a European-led peacekeeping force , while German Chancellor Friedrich Merz has expressed cautious support.",
        "However, Germany’s powerful soldiers’ union warned Thursday that Nato leaders must face the reality that tens of thousands of troops would be required for any long-term mission in Ukraine.",
        "While plans remain fluid, officials suggested European countries would bear the bulk of responsibility for forces deployed in Ukraine — a position echoed by US Vice President JD Vance on Wednesday.",
    ]

    let synonyms = SynonymTable(groups: SynonymTable.defaultGroups)

    func rows(matching expression: String?) throws -> [Int] {
        try SQLiteShell.matchingRows(of: try #require(expression), in: Self.sentences)
    }

    @Test func findsTheLeadersWhoBackedAEuropeanLedForce() throws {
        let query = SearchQuery("Which leaders backed a European-led force?", synonyms: synonyms)
        #expect(try rows(matching: query.matchExpression) == [4])
    }

    @Test func findsWhoRuledOutDeployingTroops() throws {
        let query = SearchQuery("who ruled out deploying troops", synonyms: synonyms)
        #expect(try rows(matching: query.matchExpression) == [2])
    }

    @Test func stemmedPrefixFindsEveryForm() throws {
        #expect(try rows(matching: SearchQuery("deploy*").matchExpression) == [2, 3, 6])
        #expect(try rows(matching: SearchQuery("deployi*").matchExpression) == [2, 3, 6], "deplo*: a superset")
        #expect(try rows(matching: SearchQuery("guarant*").matchExpression) == [1])
    }

    @Test func relaxedExpressionFindsMoreThanTheStrictOne() throws {
        let query = SearchQuery("which leaders backed long-term troops", synonyms: synonyms)
        #expect(try rows(matching: query.matchExpression).isEmpty)
        #expect(try rows(matching: query.relaxedExpression) == [1, 2, 4, 5, 6])
    }

    @Test func exclusionsRemoveSentences() throws {
        let query = SearchQuery("Ukraine -Nato -\"security guarantees\"")
        #expect(try rows(matching: query.matchExpression) == [6])
    }

    @Test func hyphenatedAndPossessiveWordsMatchTheirText() throws {
        #expect(try rows(matching: SearchQuery("command-and-control").matchExpression) == [2])
        #expect(try rows(matching: SearchQuery("Germany's soldiers").matchExpression) == [5])
        #expect(try rows(matching: SearchQuery("no-fly zone").matchExpression) == [3])
    }

    @Test func headlineFilterSearchesTheHeadlineColumnOnly() throws {
        let query = SearchQuery("headline:deployment", synonyms: synonyms)
        let output = try SQLiteShell.run(
            "CREATE VIRTUAL TABLE s USING fts5(headline, body, tokenize='porter unicode61 remove_diacritics 2');"
                + "INSERT INTO s(rowid, headline, body) VALUES (1, 'European leaders back deployment', 'x'),"
                + " (2, 'Trump pushes for quick end', 'deployment');"
                + "SELECT rowid FROM s WHERE s MATCH \(SQLiteShell.literal(try #require(query.headlineExpression)));")
        #expect(output.status == 0, "\(output.standardError)")
        #expect(output.lines == ["1"])
    }
}
