import NewsIngest
import Testing

/// Metadata at the top of a file: `Key: value` header lines or YAML-style front matter.
@Suite struct MetadataTests {
    let parser = ArticleParser()
    let articleText = "Heavy rain fell overnight. Roads were closed.\n\nCouncils opened shelters for residents.\n"

    @Test func headerLinesFillTheMetadataAndAreReportedAsRemoved() throws {
        let header = TestSupport.text(
            "Title: Storm hits coast",
            "Source: Example News",
            "URL: https://example.com/news/storm-hits-coast",
            "Published: 2025-03-01T08:30:00Z",
            "Author: Jane Doe",
            ""
        )
        let article = try parser.parse(header + "\n" + articleText)
        #expect(
            article.metadata
                == ArticleMetadata(
                    title: "Storm hits coast",
                    source: "Example News",
                    url: "https://example.com/news/storm-hits-coast",
                    published: "2025-03-01T08:30:00Z",
                    author: "Jane Doe"
                )
        )
        #expect(article.title == "Storm hits coast")
        #expect(article.titleOrigin == .metadata)
        #expect(article.body.hasPrefix("Heavy rain fell overnight."))
        #expect(article.removed.map(\.reason) == [.metadata])
        #expect(article.removed[0].text.hasPrefix("Title: Storm hits coast\nSource: Example News\n"))
        #expect(article.removed[0].detail == "metadata header lines (5 lines)")
    }

    @Test(arguments: [
        ("DATE: 1 March 2025", ArticleMetadata(published: "1 March 2025")),
        ("date: 1 March 2025", ArticleMetadata(published: "1 March 2025")),
        ("By: Jane Doe", ArticleMetadata(author: "Jane Doe")),
        ("byline: Jane Doe", ArticleMetadata(author: "Jane Doe")),
        ("Publisher: Example News", ArticleMetadata(source: "Example News")),
        ("Link: https://example.com/a", ArticleMetadata(url: "https://example.com/a")),
        ("Headline: Storm hits coast", ArticleMetadata(title: "Storm hits coast")),
    ])
    func headerKeysAreReadInAnyCaseAndUnderTheirUsualNames(line: String, expected: ArticleMetadata) throws {
        let article = try parser.parse(line + "\n\n" + articleText)
        #expect(article.metadata == expected)
        #expect(article.paragraphs.count == 2)
    }

    @Test func frontMatterFillsTheMetadataAndIsReportedAsRemoved() throws {
        let frontMatter = TestSupport.text(
            "---",
            "title: \"Storm hits coast\"",
            "source: Example News",
            "url: https://example.com/news/storm",
            "date: 2025-03-01",
            "authors:",
            "  - Jane Doe",
            "  - John Roe",
            "tags: [weather, coast]",
            "---",
            ""
        )
        let article = try parser.parse(frontMatter + articleText)
        #expect(
            article.metadata
                == ArticleMetadata(
                    title: "Storm hits coast",
                    source: "Example News",
                    url: "https://example.com/news/storm",
                    published: "2025-03-01",
                    author: "Jane Doe, John Roe"
                )
        )
        #expect(article.title == "Storm hits coast")
        #expect(article.removed.map(\.reason) == [.metadata])
        #expect(article.removed[0].text.hasPrefix("---\ntitle:"))
        #expect(article.removed[0].text.hasSuffix("tags: [weather, coast]\n---"))
        #expect(article.paragraphs.count == 2)
        #expect(!article.body.contains("---"))
    }

    @Test func ruledOffTextIsNotFrontMatter() throws {
        let text = TestSupport.text(
            "---",
            "Heavy rain fell overnight. Roads were closed.",
            "---",
            "Councils opened shelters."
        )
        let article = try parser.parse(text)
        #expect(article.metadata == ArticleMetadata())
        #expect(article.removed.isEmpty)
        #expect(article.body.contains("Heavy rain fell overnight."))
    }

    @Test func aFirstLineWithAnUnknownKeyIsArticleText() throws {
        let article = try parser.parse("Update: the minister resigned on Monday evening.\n\n" + articleText)
        #expect(article.metadata == ArticleMetadata())
        #expect(article.removed.isEmpty)
        #expect(article.paragraphs.first?.text == "Update: the minister resigned on Monday evening.")
    }

    @Test func metadataLinesAfterTheArticleStartAreArticleText() throws {
        let article = try parser.parse(articleText + "\nSource: the finance ministry, speaking on Monday.\n")
        #expect(article.metadata == ArticleMetadata())
        #expect(article.paragraphs.last?.text == "Source: the finance ministry, speaking on Monday.")
    }
}
