import NewsIngest
import Testing

/// How the parser reads a file's layout: line ends, blank lines, hard wrapping, Unicode forms.
@Suite struct ParserLayoutTests {
    let parser = ArticleParser()

    @Test(arguments: ["\r\n", "\r"])
    func crlfAndLoneCRReadAsLineFeeds(lineEnd: String) throws {
        let lines = [
            "Storm hits coast", "", "Heavy rain fell overnight. Roads were closed.", "",
            "Councils opened shelters for residents.", "",
        ]
        let expected = try parser.parse(lines.joined(separator: "\n"))
        let article = try parser.parse(lines.joined(separator: lineEnd))
        #expect(article == expected)
        #expect(article.title == "Storm hits coast")
        #expect(
            article.paragraphs.map(\.text) == [
                "Heavy rain fell overnight. Roads were closed.", "Councils opened shelters for residents.",
            ]
        )
        #expect(!article.body.contains("\r"))
    }

    @Test func blankLinesSeparateParagraphs() throws {
        let article = try parser.parse(
            TestSupport.text(
                "The first paragraph starts here. It has two sentences.",
                "",
                "The second paragraph follows a blank line.",
                "",
                "",
                "   ",
                "The third comes after several blank lines, one of them only spaces."
            )
        )
        #expect(
            article.body
                == [
                    "The first paragraph starts here. It has two sentences.",
                    "The second paragraph follows a blank line.",
                    "The third comes after several blank lines, one of them only spaces.",
                ].joined(separator: "\n\n")
        )
        TestSupport.expectConsistentOffsets(article)
    }

    @Test func linesWithoutBlankLinesAreParagraphsOfTheirOwn() throws {
        let article = try parser.parse(
            TestSupport.text(
                "The first paragraph is a single line of text that runs on for quite a while before it ends.",
                "The second paragraph is also one line, and no blank line separates it from the first one.",
                "The third paragraph is the last."
            )
        )
        #expect(article.paragraphs.count == 3)
    }

    /// The paragraphs below were wrapped at 72 columns by Python's `textwrap.fill`.
    @Test func hardWrappedLinesAreJoinedButHeadlinesStayApart() throws {
        let paragraphs = [
            [
                "The committee met on Tuesday to discuss the proposals that had been put",
                "forward by the working group last month, and agreed to a further round",
                "of consultation before any decision is taken.",
            ],
            [
                "The working group was set up in 2023 after a series of complaints from",
                "residents about the structure of the council. Its members include two",
                "former mayors.",
            ],
            [
                "A final report is due in the spring. Officials said it would be",
                "published in full, along with the responses to the consultation.",
            ],
        ]
        let lines =
            ["Council reviews its structure", ""] + paragraphs[0] + ["Background"] + paragraphs[1]
            + ["", "What next", ""] + paragraphs[2]
        let article = try parser.parse(lines.joined(separator: "\n"))
        #expect(article.title == "Council reviews its structure")
        #expect(article.sections.map(\.headline) == [nil, "Background", "What next"])
        #expect(article.paragraphs.map(\.text) == paragraphs.map { $0.joined(separator: " ") })
        TestSupport.expectConsistentOffsets(article)
    }

    /// Wrapped at 104 columns by `textwrap.fill`: lines over 100 characters can be wrapped lines too.
    @Test func textWrappedWiderThan100ColumnsIsJoined() throws {
        let paragraphs = [
            [
                "The Bank of England held interest rates at 4% on Thursday, as Governor Andrew Bailey said inflation was",
                "easing but remained too high for a cut. Seven of the nine members voted to hold.",
            ],
            [
                "Chancellor Rachel Reeves welcomed the decision, saying stable rates would help businesses plan and",
                "invest over the coming year.",
            ],
        ]
        let article = try parser.parse(
            (paragraphs[0] + ["", "Markets react", ""] + paragraphs[1]).joined(separator: "\n")
        )
        #expect(article.sections.map(\.headline) == [nil, "Markets react"])
        #expect(article.paragraphs.map(\.text) == paragraphs.map { $0.joined(separator: " ") })
    }

    /// Wrapped at 51 columns by `textwrap.fill`, which breaks "command-and-control" at a hyphen.
    @Test func lineBrokenAtAHyphenIsJoinedWithoutASpace() throws {
        let article = try parser.parse(
            TestSupport.text(
                "The council said the new arrangements would",
                "simplify what critics have long called the command-",
                "and-control structure that residents have",
                "complained about for years. A review is due next",
                "spring, officials said on Tuesday."
            )
        )
        #expect(article.paragraphs.count == 1)
        #expect(article.body.contains(" the command-and-control structure "))
        #expect(article.body.hasPrefix("The council said the new arrangements would simplify what"))
    }

    @Test func runsOfSpacesAndTabsBecomeOneSpace() throws {
        let article = try parser.parse("Prices  rose\tagain   on Monday.  Traders were surprised.\n")
        #expect(article.body == "Prices rose again on Monday. Traders were surprised.")
    }

    @Test func outputIsNFC() throws {
        let article = try parser.parse(
            "Cafe\u{301} owners protest\n\nThe cafe\u{301} in Re\u{301}union closed. Owners were angry.\n"
        )
        #expect(article.title.unicodeScalars.elementsEqual("Caf\u{E9} owners protest".unicodeScalars))
        #expect(article.body.unicodeScalars.contains("\u{E9}"))
        #expect(!article.body.unicodeScalars.contains("\u{301}"))
        TestSupport.expectConsistentOffsets(article)
    }

    @Test func offsetsCountUnicodeScalarsNotBytesOrCharacters() throws {
        let article = try parser.parse("Prices in £ and € rose 5%. Then 🇬🇧 flags flew.\n")
        #expect(article.sentences.map(\.range) == [TextRange(start: 0, end: 26), TextRange(start: 27, end: 46)])
        TestSupport.expectConsistentOffsets(article)
    }

    @Test(arguments: ["", "   \n\n\t\n", "Title: Only metadata\nSource: Nowhere\n"])
    func textWithoutArticleTextThrows(text: String) {
        #expect(throws: ArticleParseError.noArticleText) { try parser.parse(text) }
    }

    @Test func parseErrorMessageIsOneLine() {
        let message = ArticleParseError.noArticleText.description
        #expect(!message.isEmpty && !message.contains("\n"))
    }
}
