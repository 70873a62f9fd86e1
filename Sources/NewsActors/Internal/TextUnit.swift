import NewsIngest

/// A sentence or a section headline: the stretch of the body the extractor reads at a time.
struct TextUnit: Sendable {
    /// Body offsets of the unit's scalars.
    var range: Range<Int>
    /// `Sentence.position`, or -1 for a headline.
    var sentencePosition: Int
    var sectionPosition: Int
    var isHeadline: Bool

    /// The headlines and sentences of `article`'s sections, in reading order. Only sections are
    /// read, so text that cleaning removed (trailers, repeats, metadata) never yields an actor.
    static func units(of article: ParsedArticle, bodyCount: Int) -> [TextUnit] {
        var units: [TextUnit] = []
        for section in article.sections {
            if let range = section.headlineRange, let bodyRange = bodyRange(range, bodyCount) {
                units.append(
                    TextUnit(
                        range: bodyRange, sentencePosition: -1, sectionPosition: section.position, isHeadline: true))
            }
            for paragraph in section.paragraphs {
                for sentence in paragraph.sentences {
                    guard let bodyRange = bodyRange(sentence.range, bodyCount) else { continue }
                    units.append(
                        TextUnit(
                            range: bodyRange, sentencePosition: sentence.position, sectionPosition: section.position,
                            isHeadline: false))
                }
            }
        }
        return units
    }

    /// `range` as body offsets, or nil when it falls outside the body.
    private static func bodyRange(_ range: TextRange, _ bodyCount: Int) -> Range<Int>? {
        guard range.start >= 0, range.start <= range.end, range.end <= bodyCount else { return nil }
        return range.start..<range.end
    }
}
