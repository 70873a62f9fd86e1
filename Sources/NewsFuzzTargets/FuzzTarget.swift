import NewsActors
import NewsIngest
import NewsQuery
import NewsSQLite

/// The readers of untrusted input, each a function of raw bytes, for libFuzzer (`Scripts/fuzz`) and for
/// replaying the committed corpus in `swift test`. A target returns normally for any input; it stops the
/// process (a crash, which libFuzzer saves) only when the code under test breaks its contract.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// Bytes to text: UTF-8, UTF-16 with or without a BOM, Latin-1, refusals.
    case decoder
    /// A plain-text article into sections by its headline lines.
    case parser
    /// A saved web page (libxml2's HTML parser, then main-text extraction).
    case html
    /// RSS, Atom or RDF into items.
    case feed
    /// An article's people, organisations and places.
    case actors
    /// A typed query: the FTS5 expressions it makes must be ones FTS5 accepts.
    case query

    /// Runs the target on `bytes`.
    public func run(_ bytes: [UInt8]) {
        switch self {
        case .decoder:
            if let decoded = try? ArticleTextDecoder.decode(bytes) { _ = try? ArticleParser().parse(decoded.text) }
        case .parser:
            _ = try? ArticleParser().parse(String(decoding: bytes, as: UTF8.self), fileName: "fuzz.txt")
        case .html:
            if let page = try? WebPageParser.decode(bytes) {
                _ = try? WebPageParser().parse(page.decoded.text, fileName: "fuzz.html")
            }
        case .feed:
            _ = try? FeedParser.parse(bytes)
        case .actors:
            if let article = try? ArticleParser().parse(String(decoding: bytes, as: UTF8.self)) {
                _ = ActorExtractor().extractAll(from: article)
            }
        case .query:
            QueryCheck.shared.check(String(decoding: bytes, as: UTF8.self))
        }
    }
}

/// Every expression a query makes, run against FTS5 tables shaped like the archive's: an error there is
/// the error a user would have met ("fts5: syntax error near …"), so it stops the process.
final class QueryCheck: @unchecked Sendable {
    /// One per process: libFuzzer calls the target from one thread.
    static let shared = QueryCheck()

    private let connection: Connection
    private let synonyms = SynonymTable(groups: SynonymTable.defaultGroups)

    private init() {
        do {
            connection = try Connection(path: ":memory:")
            try connection.execute(
                """
                CREATE VIRTUAL TABLE sections_fts USING fts5(headline, body, tokenize='porter unicode61 remove_diacritics 2');
                CREATE VIRTUAL TABLE sentences_fts USING fts5(text, tokenize='porter unicode61 remove_diacritics 2');
                INSERT INTO sections_fts VALUES ('Leaders back a force', 'Macron and Starmer backed a European-led force.');
                INSERT INTO sentences_fts VALUES ('Macron and Starmer backed a European-led force.');
                """)
        } catch {
            fatalError("the FTS5 tables for the query target: \(error)")
        }
    }

    func check(_ text: String) {
        for exact in [false, true] {
            let query = SearchQuery(text, synonyms: synonyms, exact: exact)
            for expression in [query.matchExpression, query.relaxedExpression].compactMap({ $0 }) {
                run(expression, table: "sentences_fts", query: text)
            }
            for expression in [query.sectionExpression, query.relaxedSectionExpression, query.headlineExpression]
                .compactMap({ $0 })
            {
                run(expression, table: "sections_fts", query: text)
            }
        }
    }

    private func run(_ expression: String, table: String, query: String) {
        do {
            _ = try connection.rows("SELECT rowid FROM \(table) WHERE \(table) MATCH ?", expression)
        } catch {
            fatalError("query \(String(reflecting: query)) made \(String(reflecting: expression)), which FTS5 refused: \(error)")
        }
    }
}
