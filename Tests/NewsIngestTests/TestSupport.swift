import Foundation
import NewsIngest
import Testing

/// Helpers shared by the NewsIngest test suites.
enum TestSupport {
    /// The folder `Tests/Fixtures`, found from this file's path so that every test target shares it.
    static let fixturesURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The text of the fixture `name` in `Tests/Fixtures`.
    static func fixture(_ name: String) throws -> String {
        let bytes = try [UInt8](Data(contentsOf: fixturesURL.appendingPathComponent(name)))
        return try ArticleTextDecoder.decode(bytes).text
    }

    /// The lines joined with "\n".
    static func text(_ lines: String...) -> String { lines.joined(separator: "\n") }

    /// The text at `range` in `body`, cut by Unicode-scalar offsets as SQLite's `substr` would.
    static func slice(_ body: String, _ range: TextRange) -> String {
        let scalars = Array(body.unicodeScalars)
        var slice = String.UnicodeScalarView()
        slice.append(contentsOf: scalars[range.start..<range.end])
        return String(slice)
    }

    /// Checks the offsets and positions of `article`: every headline, paragraph and sentence is
    /// exactly the text its range cuts from the body; sentence ranges lie inside their paragraph's;
    /// the body is the headlines and paragraphs joined by blank lines; positions count from 0
    /// across the article.
    static func expectConsistentOffsets(
        _ article: ParsedArticle,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var blocks: [String] = []
        for (sectionIndex, section) in article.sections.enumerated() {
            #expect(section.position == sectionIndex, sourceLocation: sourceLocation)
            #expect((section.headline == nil) == (section.headlineRange == nil), sourceLocation: sourceLocation)
            if let headline = section.headline, let range = section.headlineRange {
                #expect(slice(article.body, range) == headline, sourceLocation: sourceLocation)
                blocks.append(headline)
            }
            for paragraph in section.paragraphs {
                #expect(slice(article.body, paragraph.range) == paragraph.text, sourceLocation: sourceLocation)
                blocks.append(paragraph.text)
                for sentence in paragraph.sentences {
                    #expect(slice(article.body, sentence.range) == sentence.text, sourceLocation: sourceLocation)
                    #expect(paragraph.range.start <= sentence.range.start, sourceLocation: sourceLocation)
                    #expect(sentence.range.end <= paragraph.range.end, sourceLocation: sourceLocation)
                }
            }
        }
        #expect(article.body == blocks.joined(separator: "\n\n"), sourceLocation: sourceLocation)
        #expect(article.paragraphs.map(\.position) == Array(article.paragraphs.indices), sourceLocation: sourceLocation)
        #expect(article.sentences.map(\.position) == Array(article.sentences.indices), sourceLocation: sourceLocation)
    }
}
