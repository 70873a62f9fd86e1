import NewsIngest
import Testing

/// Where titles come from: metadata, the first line, or derived from the file name or the lede.
@Suite struct TitleTests {
    let parser = ArticleParser()

    @Test func bbcStyleFirstLineIsTheTitleAndNotASection() throws {
        let article = try parser.parse(
            TestSupport.text(
                "Ad sales boost Time Warner profit",
                "",
                "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) in the last quarter.",
                "",
                "The firm, one of the biggest investors in Google, benefited from sales of internet connections."
            )
        )
        #expect(article.title == "Ad sales boost Time Warner profit")
        #expect(article.titleOrigin == .firstLine)
        #expect(article.sections.count == 1)
        #expect(article.sections[0].headline == nil)
        #expect(article.paragraphs.count == 2)
        #expect(!article.body.contains("Ad sales boost"))
    }

    @Test(arguments: ["Is this the end of the euro?", "Rivals of the £400 Apple...", "Blair says 'no deal'"])
    func firstLineTitlesMayEndInQuestionMarksEllipsesOrQuotes(title: String) throws {
        let article = try parser.parse(title + "\n\nThe first paragraph says something. It goes on.\n")
        #expect(article.title == title)
        #expect(article.titleOrigin == .firstLine)
    }

    @Test func firstLineWithoutABlankLineAfterItHeadsTheFirstSection() throws {
        let article = try parser.parse(
            TestSupport.text(
                "Allies gather in Washington",
                "The chiefs of defence met in Washington on Tuesday. They talked for three days.",
                "Officials said the talks had gone well."
            )
        )
        #expect(article.titleOrigin == .derived)
        #expect(article.sections.map(\.headline) == ["Allies gather in Washington"])
        #expect(article.paragraphs.count == 2)
    }

    @Test func firstLineEndingInAFullStopIsNotATitle() throws {
        let article = try parser.parse("Talks collapsed on Monday.\n\nBoth sides blamed each other for the failure.\n")
        #expect(article.titleOrigin == .derived)
        #expect(article.paragraphs.count == 2)
    }

    @Test func derivedTitleComesFromADescriptiveFileNameCasedAsInTheBody() throws {
        let article = try parser.parse(
            "Officials in Ukraine said the talks had ended. Security was discussed at length.\n",
            fileName: "/tmp/saved/security-talks-ukraine.html.txt"
        )
        #expect(article.title == "Security talks Ukraine")
        #expect(article.titleOrigin == .derived)
    }

    @Test(arguments: [nil, "001.txt", "article-12345678.txt", "untitled document.txt"])
    func derivedTitleFallsBackToTheLedeSentenceShortened(fileName: String?) throws {
        let text = try TestSupport.fixture("security-guarantees-ukraine.txt")
        let article = try parser.parse(text, fileName: fileName)
        #expect(article.title == "Military leaders from the United States and key European allies have drawn up…")
        #expect(article.title.count <= 80)
        #expect(article.titleOrigin == .derived)
    }

    @Test func shortLedeSentenceIsTheTitleWithoutItsFullStop() throws {
        let article = try parser.parse("Talks collapse. Both sides blamed each other on Monday.\n")
        #expect(article.title == "Talks collapse")
    }

    @Test func metadataTitleWinsAndARepeatedTitleLineIsDropped() throws {
        let article = try parser.parse(
            TestSupport.text(
                "Title: Storm hits coast",
                "",
                "Storm hits coast",
                "",
                "Heavy rain fell overnight. Roads were closed."
            )
        )
        #expect(article.title == "Storm hits coast")
        #expect(article.titleOrigin == .metadata)
        #expect(article.body == "Heavy rain fell overnight. Roads were closed.")
    }
}
