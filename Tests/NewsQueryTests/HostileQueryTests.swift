import Testing

@testable import NewsQuery

/// Input a user (or a fuzzer) may type: each must give valid FTS5 or nil, never a crash or an error
/// from SQLite.
struct HostileQueryTests {
    static let inputs: [String] = [
        #""balanced" quotes"#, #""unbalanced quote"#, #"""#, #""""#, #"""""""#, #"it's a "" test"#,
        "( troops ) ((", ")(", "*", "troops*", "**", "^troops", "troops^2", ":", "troops:", ":troops",
        "text:troops", "{text}: troops", "NEAR", "NEAR(troops force, 5)", "AND", "OR", "NOT", "AND OR NOT",
        "troops OR", "OR troops", "troops NOT", "NOT troops", "-", "- -- ---", "-troops", "--troops", "-*",
        "😀🇺🇦", "troops 😀", "European-led", "-European-led", "title:", "title: ", "headline: actor:",
        "actor:", "title:\"", "title:*", "headline:\"peace deal\"*", "", "   \t\n", "'", "''", "\\", "%_;",
        "' OR 1=1; DROP TABLE t; --", "a'b'c", "\u{0}", "\u{301}", "\u{FEFF}troops", "“curly” „quotes”",
        "troops.", "troops,", "troops?", "?", ",", ".", "¿qué?", "ﬁnance", "𝔱𝔯𝔬𝔬𝔭𝔰",
        String(repeating: "ab ", count: 10),
    ]

    /// 10 kB of words, operators, quotes and symbols, with far more distinct terms than the maximum.
    static let tenKilobytes: String = {
        let pieces = (0..<3_000).map { index in
            ["word\(index)", "-x\(index)", "\"p \(index)", "OR", "title:t\(index)", "(", "^", "😀", "NEAR"][index % 9]
        }
        return String(pieces.joined(separator: " ").prefix(10_240))
    }()

    /// Every expression a query offers, with the columns a column filter in it may name.
    static func expressions(of query: SearchQuery) -> [(expression: String, columns: [String])] {
        [
            query.matchExpression.map { ($0, ["text"]) },
            query.relaxedExpression.map { ($0, ["text"]) },
            query.headlineExpression.map { ($0, ["headline", "body"]) },
            query.titleExpression.map { ($0, ["title"]) },
        ].compactMap { $0 }
    }

    @Test(arguments: inputs + [tenKilobytes])
    func givesWellFormedExpressionsOrNil(_ text: String) {
        let query = SearchQuery(text, synonyms: SynonymTable(groups: SynonymTable.defaultGroups))
        for (expression, columns) in Self.expressions(of: query) {
            #expect(FTS5ExpressionChecker.isValid(expression, columns: Set(columns)), "\(expression)")
        }
        #expect(!query.explanation.isEmpty)
        #expect(!query.explanation.contains("\n"))
    }

    @Test(.enabled(if: SQLiteShell.isAvailable, SQLiteShell.unavailableReason), arguments: inputs + [tenKilobytes])
    func sqliteAcceptsEveryExpression(_ text: String) throws {
        let query = SearchQuery(text, synonyms: SynonymTable(groups: SynonymTable.defaultGroups))
        for (expression, columns) in Self.expressions(of: query) {
            let table =
                "CREATE VIRTUAL TABLE t USING fts5(\(columns.joined(separator: ", ")), "
                + "tokenize='porter unicode61 remove_diacritics 2');"
            let output = try SQLiteShell.run(
                table + "SELECT count(*) FROM t WHERE t MATCH \(SQLiteShell.literal(expression));")
            #expect(output.status == 0, "\(expression): \(output.standardError)")
        }
    }

    @Test func emptyAndBlankQueriesHaveNoExpression() {
        for text in ["", "   \t\n", "\"", "-", "*", "NOT", "OR", "AND", "title:", "😀"] {
            let query = SearchQuery(text)
            #expect(Self.expressions(of: query).isEmpty, "\(text)")
            #expect(query.termGroups.isEmpty)
        }
    }

    @Test func tenKilobytesAreCappedAndSaySo() {
        let query = SearchQuery(Self.tenKilobytes)
        // Terms joined by OR count one each but share a group, so there may be fewer groups than terms.
        let groupCount = query.termGroups.count + query.excludedTerms.count + query.titleTerms.count
        #expect(Self.tenKilobytes.utf8.count >= 10_000)
        #expect(groupCount <= SearchQuery.maximumTermCount)
        #expect(query.isTruncated)
        #expect(query.explanation.contains("only the first 64 terms were used"))
    }

    @Test func checkerRejectsWhatFTS5Rejects() {
        for expression in ["", "troops", "\"a\" \"b\"", "\"a\" AND", "(\"a\"", "\"a\" NEAR \"b\"", "\"\"", "\"a"] {
            #expect(!FTS5ExpressionChecker.isValid(expression), "\(expression)")
        }
        #expect(FTS5ExpressionChecker.isValid("headline : (\"a\" AND \"b\" *)", columns: ["headline"]))
    }
}
