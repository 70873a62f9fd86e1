import NewsIngest
import Testing

/// HTML character references left in saved text are read as the characters they stand for.
struct CharacterReferenceTests {
    static func parse(_ text: String) throws -> ParsedArticle { try ArticleParser().parse(text) }

    @Test func referencesInTheTitleAreDecoded() throws {
        let article = try Self.parse("&#163;1.8m indecency fine for Viacom\n\nMedia giant Viacom has paid a fine of $3.5m.\n")
        #expect(article.title == "£1.8m indecency fine for Viacom")
    }

    @Test(arguments: [
        ("EC President Jos&#233; Manuel Barroso wrote.", "EC President José Manuel Barroso wrote."),
        ("It cost &#xA3;5 at AT&amp;T &lt;today&gt;.", "It cost £5 at AT&T <today>."),
        ("A caf&eacute; &mdash; and &pound;3 &hellip; said &ldquo;no&rdquo;.", "A café — and £3 … said “no”."),
        ("Windows numbers: it&#146;s &#150; odd.", "Windows numbers: it’s – odd."),
        ("Left alone: AT&T, &bogus; &#0; &#xZZ; & more.", "Left alone: AT&T, &bogus; &#0; &#xZZ; & more."),
    ])
    func referencesInTheTextAreDecoded(written: String, read: String) throws {
        let article = try Self.parse("A title\n\n\(written)\n")
        #expect(article.sections.first?.paragraphs.first?.text == read)
    }
}
