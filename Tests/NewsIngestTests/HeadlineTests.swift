import NewsIngest
import Testing

/// Which short lines open sections, and which stay paragraphs.
@Suite struct HeadlineTests {
    let parser = ArticleParser()
    let before = "Ministers approved new flood defences for the coast on Monday. Work starts in May."
    let after = "The scheme will cost £40m, the environment agency said. Councils will pay a share."

    @Test func shortLineBetweenParagraphsOpensASection() throws {
        let article = try parser.parse([before, "Who pays", after].joined(separator: "\n"))
        #expect(article.sections.map(\.headline) == [nil, "Who pays"])
        #expect(article.sections.map(\.paragraphs.count) == [1, 1])
        TestSupport.expectConsistentOffsets(article)
    }

    @Test(arguments: [
        "He declined to comment.",
        "Nobody knows why!",
        "Will it work?",
        "He said: “We will win.”",
        "It was, she said, 'over.'",
    ])
    func shortSentenceIsAParagraphNotAHeadline(line: String) throws {
        let article = try parser.parse([before, line, after].joined(separator: "\n\n"))
        #expect(article.sections.count == 1)
        #expect(article.paragraphs.map(\.text) == [before, line, after])
    }

    @Test func sentenceBrokenOffAtARemovedLinkIsNotAHeadline() throws {
        let article = try parser.parse(
            [
                before, "The men's 800m went to form in Sheffield as", "dominated the race from start to finish.",
            ].joined(separator: "\n\n")
        )
        #expect(article.sections.count == 1)
    }

    @Test func lineBeforeAContinuationIsNotAHeadline() throws {
        let article = try parser.parse(
            [before, "Furry recyclers", "have already had one big-screen outing."].joined(separator: "\n\n")
        )
        #expect(article.sections.count == 1)
    }

    @Test func lineAfterAColonIsNotAHeadline() throws {
        let article = try parser.parse([before, "Playing colours:", "All black", after].joined(separator: "\n\n"))
        #expect(article.sections.count == 1)
    }

    @Test func shortLinesInAListAreNotHeadlines() throws {
        let article = try parser.parse(
            [
                before, "Newcastle v Chelsea", "Arsenal v West Ham or Sheffield United",
                "Ties will be played on 19 and 20 February.",
            ].joined(separator: "\n\n")
        )
        #expect(article.sections.count == 1)
        #expect(article.paragraphs.count == 4)
    }

    @Test(arguments: ["2000 GMT", "- Pay a £1,000 fine", "https://example.com/flood-defences", "8,661"])
    func linesThatAreNotWordsAreNotHeadlines(line: String) throws {
        let article = try parser.parse([before, line, after].joined(separator: "\n\n"))
        #expect(article.sections.count == 1)
    }

    @Test func markdownHeadingsAreTheTitleAndHeadlines() throws {
        let article = try parser.parse(
            TestSupport.text("# Flood defences approved", "", before, "", "## Who pays for it?", "", after)
        )
        #expect(article.title == "Flood defences approved")
        #expect(article.titleOrigin == .firstLine)
        #expect(article.sections.map(\.headline) == [nil, "Who pays for it?"])
        #expect(!article.body.contains("#"))
        TestSupport.expectConsistentOffsets(article)
    }
}
