import NewsIngest
import Testing

/// Text repeated verbatim (a scraping artefact) is stored once and reported.
@Suite struct RepeatedBlockTests {
    let parser = ArticleParser()
    let first = "The first paragraph sets out what happened on Monday in the capital."
    let second = "The second paragraph explains why the vote mattered to so many people."
    let third = "The third paragraph quotes the minister, who said the result was clear."
    let fourth = "The fourth paragraph looks ahead to the next round of talks in the spring."

    @Test func repeatedRunInTheMiddleIsStoredOnce() throws {
        let article = try parser.parse([first, second, third, second, third, fourth].joined(separator: "\n\n"))
        #expect(article.paragraphs.map(\.text) == [first, second, third, fourth])
        #expect(
            article.removed == [
                RemovedBlock(
                    reason: .repeatedBlock,
                    text: second + "\n" + third,
                    detail: "repeats paragraphs 2–3 verbatim"
                )
            ]
        )
        TestSupport.expectConsistentOffsets(article)
    }

    @Test func singleRepeatedParagraphIsStoredOnce() throws {
        let article = try parser.parse([first, second, third, fourth, second].joined(separator: "\n"))
        #expect(article.paragraphs.map(\.text) == [first, second, third, fourth])
        #expect(article.removed.map(\.detail) == ["repeats paragraph 2 verbatim"])
    }

    @Test func repeatedHeadedSectionsAreReportedWithTheirHeadlines() throws {
        let text = [first, "Reaction", second, third, "Reaction", second, fourth].joined(separator: "\n")
        let article = try parser.parse(text)
        #expect(article.sections.map(\.headline) == [nil, "Reaction"])
        #expect(article.paragraphs.map(\.text) == [first, second, third, fourth])
        #expect(article.removed.map(\.detail) == ["repeats paragraph 2 and 1 headline verbatim"])
    }

    @Test func shortLinesMayRecur() throws {
        let lines = [
            first, "Seychelles v South Africa", "Mauritius v Madagascar", "Winners meet in final match",
            "Mozambique v Zimbabwe", "Namibia v Botswana", "Winners meet in final match",
        ]
        let article = try parser.parse(lines.joined(separator: "\n\n"))
        #expect(article.paragraphs.map(\.text) == lines)
        #expect(article.removed.isEmpty)
    }
}
