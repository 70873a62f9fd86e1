import NewsIngest
import Testing

/// Page furniture after the article ("Related", "Read more", share and newsletter prompts …) is
/// recognised by its shape and set aside.
@Suite struct TrailerTests {
    let parser = ArticleParser()
    let article = [
        "Flood defences approved", "",
        "Ministers approved new flood defences for the coast on Monday. Work starts in May.", "",
        "Funding", "",
        "The scheme will cost £40m, the environment agency said. Councils will pay a share.", "",
    ]

    @Test(arguments: [
        ["Related", "Council tax to rise by five per cent next year", "Residents protest over new parking charges"],
        ["Read more:", "Council tax to rise by five per cent next year", "Residents protest over new parking charges"],
        ["More from Politics", "Council tax to rise by five per cent next year"],
        ["Most read", "Council tax to rise by five per cent next year", "Is this the end of cheap parking?"],
        ["You may also like", "https://example.com/news/council-tax-rise"],
        ["Share this article", "Facebook", "X", "Email"],
        ["Sign up for our daily newsletter"],
        ["Follow us on Facebook, Instagram and X"],
        ["Advertisement"],
        ["We use cookies to improve your experience. By continuing you agree to our cookie policy."],
        // Not a known label: recognised by shape alone, a short label over longer title-like lines.
        ["Elsewhere", "Scientists find water on a distant moon", "Markets rally as inflation falls again"],
    ])
    func trailerIsSetAside(trailer: [String]) throws {
        let parsed = try parser.parse((article + trailer).joined(separator: "\n"))
        #expect(parsed.sections.map(\.headline) == [nil, "Funding"])
        #expect(parsed.body.hasSuffix("Councils will pay a share."))
        #expect(parsed.removed.map(\.reason) == [.trailer])
        #expect(parsed.removed.first?.text == trailer.joined(separator: "\n"))
        TestSupport.expectConsistentOffsets(parsed)
    }

    @Test func relatedLinksAreTheTrailersTitlesWithoutItsLabels() throws {
        let trailer = [
            "Related", "Council tax to rise by five per cent next year", "Residents protest over new parking charges",
            "Share this article",
        ]
        let parsed = try parser.parse((article + trailer).joined(separator: "\n"))
        #expect(
            parsed.relatedLinks == [
                "Council tax to rise by five per cent next year", "Residents protest over new parking charges",
            ]
        )
        #expect(parsed.removed.first?.detail == "page trailer after the article, from \"Related\" (4 lines)")
    }

    @Test func shortFinalSectionIsNotATrailer() throws {
        let parsed = try parser.parse(
            (article + ["Related", "", "Officials welcomed the decision on Friday."]).joined(separator: "\n")
        )
        #expect(parsed.sections.map(\.headline) == [nil, "Funding", "Related"])
        #expect(parsed.removed.isEmpty)
        #expect(parsed.relatedLinks.isEmpty)
    }

    @Test(arguments: [
        ["Semi-final draw", "Arsenal v Chelsea", "Liverpool v Everton"],
        ["16th PREM", "WINNERS (six times)", "13th Championship", "WINNERS (once)"],
        ["Matt Lucas & David Walliams (Little Britain, BBC Three)", "Caroline Quentin (Life Begins, ITV1)"],
    ])
    func shortContentLinesAtTheEndAreNotATrailer(lines: [String]) throws {
        let parsed = try parser.parse((article + lines).joined(separator: "\n"))
        #expect(parsed.removed.isEmpty)
        #expect(parsed.body.hasSuffix(lines.joined(separator: "\n\n")))
    }
}
