import Testing
@testable import NewsArchive
import NewsArchiveWeb

/// Pages rendered from values, without a server or an archive: whatever an article holds is shown as text.
struct PageRenderingTests {
    static let script = "<script>document.title='pwned'</script>"
    static let image = "\"><img src=x onerror=\"document.body.innerHTML='pwned'\">"
    static let override = "evil\u{202E}gnp.exe"

    static let hostileArticle = ArticleDetail(
        id: 7, title: "Leaders meet \(script)", titleOrigin: "metadata", source: "Wire \(image)", url: "javascript:alert(1)",
        published: "2025-09-20", publishedAsWritten: nil, byline: override, ingestedAt: "2025-09-21T00:00:00Z", encoding: "utf-8",
        paths: [], sections: [
            ArticleDetail.SectionDetail(position: 0, headline: nil, paragraphs: ["Emmanuel Macron said \(image) and \(override)."]),
            ArticleDetail.SectionDetail(position: 1, headline: "Next \(Self.script)", paragraphs: ["<a href=\"javascript:alert(2)\">click</a>"]),
        ],
        removed: [ArticleDetail.RemovedDetail(reason: "boilerplate", detail: "footer", text: Self.script)],
        relatedLinks: [Self.image],
        actors: [ArticleActor(name: "Emmanuel Macron", kind: "person", role: nil, aliases: [], roleReferences: [], mentions: 1)],
        tags: ["\(script)"])

    /// Markup an article's text must never become.
    static func expectNoActiveMarkup(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!html.contains("<script"), sourceLocation: sourceLocation)
        #expect(!html.contains("<img src=x"), sourceLocation: sourceLocation)
        #expect(!html.contains("onerror=\""), sourceLocation: sourceLocation)
        #expect(!html.contains("href=\"javascript:"), sourceLocation: sourceLocation)
        #expect(!html.contains("\u{202E}"), sourceLocation: sourceLocation)
    }

    @Test func aHostileArticleIsShownAsText() {
        let page = ArticlePage(
            article: Self.hostileArticle, mentions: [MentionSpan(paragraphIndex: 0, start: 0, end: 15, actorID: 3)],
            actorIDs: [ArticlePage.ActorName(name: "Emmanuel Macron", kind: "person"): 3])
        let html = page.page(links: SiteLinks(token: nil)).document(links: SiteLinks(token: nil))
        Self.expectNoActiveMarkup(html)
        #expect(html.contains("Leaders meet &lt;script&gt;document.title=&apos;pwned&apos;&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror="))
        #expect(html.contains("evil[U+202E]gnp.exe"))
        // The javascript: address is shown, not linked; the mention links to its actor.
        #expect(html.contains("<td>javascript:alert(1)</td>"))
        #expect(html.contains("<a href=\"/actors/3\" class=\"actor\">Emmanuel Macron</a> said"))
        #expect(html.contains("<details><summary>Removed by cleaning (1)</summary>"))
    }

    @Test func onlyHTTPAddressesBecomeLinks() {
        #expect(HTML.safeURL("https://example.org/a?b=1") == "https://example.org/a?b=1")
        #expect(HTML.safeURL("HTTP://example.org") == "HTTP://example.org")
        #expect(HTML.safeURL("javascript:alert(1)") == nil)
        #expect(HTML.safeURL(" JavaScript:alert(1)") == nil)
        #expect(HTML.safeURL("data:text/html,<script>") == nil)
        #expect(HTML.safeURL("https://exa mple.org") == nil)
    }

    @Test func hostilePassagesAndAnswersAreShownAsText() {
        var results = SearchResults(
            query: "who said \(Self.script)", fts: nil, explanation: "", answerType: "person",
            answers: [
                SearchAnswer(
                    name: "Mallory \(Self.image)", kind: "person", role: Self.override, score: 1,
                    evidence: [SearchAnswer.Evidence(articleID: 7, title: Self.script, headline: nil, sentence: Self.image)])
            ],
            noAnswerReason: nil, hits: [], isRelaxed: false, undatedArticlesLeftOut: nil)
        results.hits = [
            SearchHit(
                articleID: 7, title: Self.script, source: Self.image, url: "javascript:alert(1)", published: nil, headline: Self.script,
                sectionPosition: 0, sentenceID: 1, sentence: "said \(Self.image) \(Self.override)", snippet: "", matchedRanges: [0..<4],
                score: 1, actors: [Self.script], tags: [Self.image])
        ]
        results.total = 1
        results.totalArticles = 1
        let page = SearchPage(
            results: results, parameters: QueryParameters(query: "q=who"), offset: 0, limit: 20, actorIDs: ["Mallory \(Self.image)": 9])
        let html = page.page(links: SiteLinks(token: nil)).document(links: SiteLinks(token: nil), query: Self.script)
        Self.expectNoActiveMarkup(html)
        #expect(html.contains("<mark>said</mark> &quot;&gt;&lt;img"))
        #expect(html.contains("<a href=\"/actors/9\">Mallory &quot;&gt;&lt;img"))
        #expect(html.contains("1 passage in 1 article"))
    }

    @Test func tokenInTheAddressIsKeptInLinks() {
        let links = SiteLinks(token: "s3cret&x")
        #expect(links.article(4) == "/articles/4?token=s3cret%26x")
        #expect(links.href("/search", QueryParameters(query: "q=a+b%2B&tag=x")) == "/search?q=a%20b%2B&tag=x&token=s3cret%26x")
    }

    @Test func formQueriesAreDecodedAsBrowsersEncodeThem() {
        let parameters = QueryParameters(query: "q=which+leaders%3F&tag=uk&tag=politics&empty")
        #expect(parameters["q"] == "which leaders?")
        #expect(parameters.all("tag") == ["uk", "politics"])
        #expect(parameters["empty"] == "")
        #expect(parameters["missing"] == nil)
    }
}
