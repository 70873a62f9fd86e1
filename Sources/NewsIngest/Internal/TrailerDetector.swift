/// Finds the page furniture a saved page carries after the article — "You may also like" or
/// "Related" lists, "Most read", share and follow prompts, newsletter sign-ups, cookie notices — by
/// its shape rather than by a word list alone.
///
/// A trailer is the run of blocks after the article's last paragraph of sentences in which every
/// block is one line that is a link, a boilerplate line (see `boilerplatePhrases`), or short
/// (at most 150 characters) and not ending in a full stop or an ellipsis. The run is a trailer only
/// when its first block is a label:
/// - a known label (`labelPrefixes`, e.g. "You may also like", "Read more", "More from …") or a
///   boilerplate line; or
/// - any short label line (at most 30 characters and five words, ending in no punctuation or a
///   colon) followed by two items or more, each of three words or more, whose mean length is at
///   least 1.5 times the label's.
///
/// A real last section is never taken for a trailer: its headline is followed by a paragraph of
/// sentences, which ends the run.
enum TrailerDetector {
    /// Where the trailer starts in `blocks`, or nil when there is none.
    static func trailerStart(in blocks: [Block]) -> Int? {
        var start = blocks.count
        // The first block stays: a trailer follows an article.
        while start > 1 && isTrailerLine(blocks[start - 1]) { start -= 1 }
        guard start < blocks.count else { return nil }
        let label = blocks[start]
        let items = blocks[(start + 1)...]
        if isKnownLabel(label) || isBoilerplate(label) { return start }
        guard label.scalarCount <= 30, !label.hasWords(atLeast: 6), label.startsLikeSentence,
            label.hasLetters(atLeast: 2),
            label.ending == .other || label.ending == .colon, items.count >= 2,
            items.allSatisfy({ $0.hasWords(atLeast: 3) })
        else { return nil }
        let meanItemLength = Double(items.map(\.scalarCount).reduce(0, +)) / Double(items.count)
        return meanItemLength >= 1.5 * Double(label.scalarCount) ? start : nil
    }

    /// The headlines a trailer lists: its blocks of three words or more, or links, other than
    /// labels and boilerplate (so not "Facebook" or "Email" under "Share this article").
    static func links(in trailer: ArraySlice<Block>) -> [String] {
        trailer.dropFirst()
            .filter { ($0.hasWords(atLeast: 3) || $0.isLinkish) && !isKnownLabel($0) && !isBoilerplate($0) }
            .map(\.string)
    }

    private static func isTrailerLine(_ block: Block) -> Bool {
        guard block.isSingleLine else { return false }
        if block.scalarCount <= 150 && block.ending != .fullStop && block.ending != .ellipsis { return true }
        return block.isLinkish || isBoilerplate(block)
    }

    private static func isKnownLabel(_ block: Block) -> Bool {
        block.scalarCount <= 60 && block.ending != .fullStop
            && labelPrefixes.contains { UTF8Text.startsWithASCIIPhraseIgnoringCase(block.text, $0) }
    }

    private static func isBoilerplate(_ block: Block) -> Bool {
        block.scalarCount <= 300 && UTF8Text.containsASCIIIgnoringCase(block.text, anyOf: boilerplatePhrases)
    }

    /// The words the labels of common trailers start with (lowercased).
    private static let labelPrefixes: [[UInt8]] = [
        "you may also like", "you might also like", "you may be interested", "related", "read more",
        "read next", "more from", "more on this", "more stories", "more news", "most read", "most popular",
        "most viewed", "most shared", "top stories", "trending", "recommended", "see also", "further reading",
        "share this", "share on", "follow us", "sign up", "subscribe", "newsletter", "advertisement",
        "sponsored", "around the web", "latest news", "comments",
    ].map { Array($0.utf8) }

    /// Phrases (lowercased) that mark a line as page furniture even when it is a full sentence.
    private static let boilerplatePhrases: [[UInt8]] = [
        "we use cookies", "uses cookies", "accept cookies", "cookie policy", "cookie settings",
        "sign up for our", "sign up to our", "subscribe to our", "follow us on", "share this article",
        "share this story", "all rights reserved", "©",
    ].map { Array($0.utf8) }
}
