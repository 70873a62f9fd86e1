import Foundation
import NewsIngest
import Testing

/// Saved web pages read into articles: the main text without what surrounds it, and the page's metadata.
struct WebPageParserTests {
    private static func page(_ name: String) throws -> String {
        try WebPageParser.decode([UInt8](Data(contentsOf: TestSupport.fixturesURL.appendingPathComponent(name)))).decoded.text
    }

    @Test func aFurnishedPageGivesOnlyTheArticleWithItsSections() throws {
        let article = try WebPageParser().parse(try Self.page("web/furnished-page.html"))
        #expect(article.sections.map(\.headline) == [nil, "Cost and timing", "Opposition"])
        #expect(article.paragraphs.count == 5)
        #expect(article.body.hasPrefix("The city council voted on Thursday"))
        for furniture in ["Home", "cookies", "Share on", "Residents protest", "potholes", "All rights reserved", "By Jane"] {
            #expect(!article.body.contains(furniture), "\(furniture) is page furniture")
        }
        let details = Set(article.removed.map(\.detail))
        #expect(details.isSuperset(of: ["navigation", "cookie banner", "share bar", "related links", "comments", "page footer"]))
        #expect(article.removed.allSatisfy { $0.reason == .pageFurniture })
        #expect(article.relatedLinks.contains("Residents protest over river crossing plan in packed hall"))
        TestSupport.expectConsistentOffsets(article)
    }

    @Test func metadataComesFromTheMarkup() throws {
        let article = try WebPageParser().parse(try Self.page("web/furnished-page.html"))
        #expect(
            article.metadata
                == ArticleMetadata(
                    title: "Council approves new bridge", source: "The Riverside Gazette",
                    url: "https://gazette.example/news/2024/03/15/bridge", published: "2024-03-15T09:30:00Z",
                    author: "Jane Porter", language: "en-GB"))
        #expect(article.titleOrigin == .metadata)
    }

    @Test func aBarePageTakesItsTitleFromTitleAndItsDateFromTheURLOrJSONLD() throws {
        let paragraph = "<p>The harbour reopened on Monday after three weeks of repairs, officials said, and ferries resumed.</p>"
        let bare = try WebPageParser().parse(
            """
            <html><head><title>Harbour reopens after storm - The Coast Post</title>
            <link rel="canonical" href="https://post.example/2021/02/09/harbour-reopens"></head>
            <body><h1>Harbour reopens after storm</h1>\(paragraph)</body></html>
            """)
        #expect(bare.title == "Harbour reopens after storm")
        #expect(bare.metadata.published == "2021-02-09")
        #expect(bare.body == "The harbour reopened on Monday after three weeks of repairs, officials said, and ferries resumed.")

        let linked = try WebPageParser().parse(
            """
            <html><head><script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle",
            "headline": "Harbour reopens", "datePublished": "2021-02-08T17:00:00+01:00", "author": [{"name": "Ann Lee"}, {"name": "Bo Ek"}],
            "publisher": {"@type": "Organization", "name": "The Coast Post"}}]}</script></head><body>\(paragraph)</body></html>
            """)
        #expect(linked.metadata.published == "2021-02-08T17:00:00+01:00")
        #expect(linked.metadata.author == "Ann Lee and Bo Ek")
        #expect(linked.metadata.source == "The Coast Post")
    }

    @Test func aPageWithoutArticleTextIsAnError() {
        #expect(throws: ArticleParseError.noArticleText) {
            try WebPageParser().parse("<html><body><nav><a href='/'>Home</a></nav></body></html>")
        }
    }

    @Test func webPagesAreKnownByNameOrByTheirOpening() {
        #expect(WebPageParser.isWebPage(fileName: "saved/story.HTM"))
        #expect(!WebPageParser.isWebPage(fileName: "story.txt", bytes: Array("Budget agreed\n\nText.".utf8)))
        #expect(WebPageParser.isWebPage(fileName: "story", bytes: Array("\u{FEFF}  <!DOCTYPE html><html>".utf8)))
    }

    @Test func aLatin1PageIsReadAsWindows1252() throws {
        let bytes: [UInt8] = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf".utf8) + [0xE9]
            + Array(" prices rose by a fifth this year, the owners of the small shop told the council.</p></body></html>".utf8)
        let (decoded, note) = try WebPageParser.decode(bytes)
        #expect(decoded.encoding == .windows1252)
        #expect(note == nil)
        #expect(try WebPageParser().parse(decoded.text).body.hasPrefix("Café prices rose"))
    }

    /// The committed evaluation pages (Scripts/make-web-pages): each page's text is the article expected,
    /// word for word as a bag (token F1 0.9 or more), so a change that loses paragraphs or keeps furniture fails.
    @Test func theCommittedEvaluationPagesComeOutAsExpected() throws {
        let root = TestSupport.fixturesURL.appendingPathComponent("web-pages")
        var scored = 0
        for split in ["dev", "held-out"] {
            let folder = root.appendingPathComponent(split)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".html") {
                let html = try WebPageParser.decode([UInt8](Data(contentsOf: folder.appendingPathComponent(name)))).decoded.text
                let expected = try String(
                    contentsOf: folder.appendingPathComponent(String(name.dropLast(5)) + ".txt"), encoding: .utf8)
                let body = try WebPageParser().parse(html).body
                #expect(Self.tokenF1(body, expected.replacingOccurrences(of: "## ", with: "")) >= 0.9, "\(split)/\(name)")
                scored += 1
            }
        }
        #expect(scored == 64)
    }

    private static func tokenF1(_ predicted: String, _ expected: String) -> Double {
        func bag(_ text: String) -> [String: Int] {
            text.lowercased().split { !$0.isLetter && !$0.isNumber }.reduce(into: [:]) { $0[String($1), default: 0] += 1 }
        }
        let (p, e) = (bag(predicted), bag(expected))
        let overlap = Double(p.reduce(0) { $0 + min($1.value, e[$1.key] ?? 0) })
        let (pCount, eCount) = (Double(p.values.reduce(0, +)), Double(e.values.reduce(0, +)))
        guard overlap > 0 else { return 0 }
        let (precision, recall) = (overlap / pCount, overlap / eCount)
        return 2 * precision * recall / (precision + recall)
    }
}
