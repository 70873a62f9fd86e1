import NewsIngest

/// A sentence or a section headline, cut into tokens: the stretch the extractor reads at a time.
struct TextUnit: Sendable {
    var tokens: [Token]
    /// `Sentence.position`, or -1 for a headline.
    var sentencePosition: Int
    var sectionPosition: Int
    var isHeadline: Bool

    /// The headlines and sentences of `article`'s sections, in reading order. Only sections are
    /// read, so text that cleaning removed (trailers, repeats, metadata) never yields an actor.
    static func units(of article: ParsedArticle, body: [Unicode.Scalar], gazetteer: Gazetteer) -> [TextUnit] {
        var units: [TextUnit] = []
        for section in article.sections {
            if let range = section.headlineRange, let slice = slice(body, range) {
                units.append(
                    TextUnit(
                        tokens: tokens(of: slice, body, gazetteer), sentencePosition: -1, sectionPosition: section.position,
                        isHeadline: true))
            }
            for paragraph in section.paragraphs {
                for sentence in paragraph.sentences {
                    guard let slice = slice(body, sentence.range) else { continue }
                    units.append(
                        TextUnit(
                            tokens: tokens(of: slice, body, gazetteer), sentencePosition: sentence.position,
                            sectionPosition: section.position, isHeadline: false))
                }
            }
        }
        return units
    }

    /// The tokens of `slice`, annotated with what the word lists say of them.
    private static func tokens(
        of slice: ArraySlice<Unicode.Scalar>, _ body: [Unicode.Scalar], _ gazetteer: Gazetteer
    ) -> [Token] {
        var tokens = Tokenizer.tokens(in: slice)
        gazetteer.annotate(&tokens, body: body)
        return tokens
    }

    /// The body scalars of `range`, or nil when the range falls outside the body.
    private static func slice(_ body: [Unicode.Scalar], _ range: TextRange) -> ArraySlice<Unicode.Scalar>? {
        guard range.start >= 0, range.start <= range.end, range.end <= body.count else { return nil }
        return body[range.start..<range.end]
    }
}
