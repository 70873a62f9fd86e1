/// Cuts a paragraph into sentences.
///
/// A sentence ends at `.`, `?`, `!` or an ellipsis (`...`, `…`), together with any closing quotes
/// and brackets after it, when white space follows and the next word (after opening quotes and
/// brackets) starts with a capital, a digit or an uncased letter. So `war,” raising` does not end a
/// sentence and `role.” Trump` does, with the closing quote in the first sentence. A full stop does
/// not end a sentence after:
/// - an initial (`J. K. Rowling`, `George W. Bush`) or a dotted abbreviation (`U.S.`, `e.g.`;
///   `a.m.` and `p.m.` may end one);
/// - a title or a Latin abbreviation that always has more to come (`Mr.`, `Dr.`, `Gen.`, `St.`,
///   `vs.`; see `continuingAbbreviations`);
/// - `No.` or a month (`Jan.` …) when a number follows.
/// Decimals (`3.5%`, `£1.4bn`) need no rule: no space follows their point. Abbreviations that often
/// end a sentence (`Inc.`, `Ltd.`, `Co.`, `etc.`) end one when a capital follows.
enum SentenceSplitter {
    /// The byte ranges of the sentences of `text`, a trimmed paragraph; together they cover all of it
    /// but the spaces between sentences.
    static func sentenceRanges(in text: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        while true {
            index = ByteScan.firstSentenceMark(in: text, index..<text.count)
            guard index < text.count else { break }
            guard let firstMark = terminator(in: text, at: index) else {
                index += 1
                continue
            }
            var end = index
            var markCount = 0
            while end < text.count, let mark = terminator(in: text, at: end) {
                markCount += 1
                end += mark.length
            }
            while end < text.count {
                let (scalar, length) = UTF8Text.scalar(in: text, at: end)
                guard TextShape.isCloser(scalar) else { break }
                end += length
            }
            guard end < text.count else { break }
            var next = end
            while next < text.count {
                let length = UTF8Text.whitespaceLength(in: text, at: next)
                guard length > 0 else { break }
                next += length
            }
            guard next > end, next < text.count else {
                index = end
                continue
            }
            let isSingleFullStop = markCount == 1 && firstMark == .fullStop
            if startsSentence(text, at: next)
                && !(isSingleFullStop && fullStopContinues(text, before: index, sentenceStart: start, next: next))
            {
                ranges.append(start..<end)
                start = next
            }
            index = next
        }
        if start < text.count { ranges.append(start..<text.count) }
        return ranges
    }

    private enum Terminator {
        case fullStop, ellipsis, questionOrExclamation

        var length: Int { self == .ellipsis ? 3 : 1 }
    }

    private static func terminator(in text: [UInt8], at index: Int) -> Terminator? {
        switch text[index] {
        case UInt8(ascii: "."): .fullStop
        case UInt8(ascii: "?"), UInt8(ascii: "!"): .questionOrExclamation
        case 0xE2 where text[index + 1] == 0x80 && text[index + 2] == 0xA6: .ellipsis
        default: nil
        }
    }

    /// Whether the word at `index` (after opening quotes and brackets) can start a sentence.
    private static func startsSentence(_ text: [UInt8], at index: Int) -> Bool {
        let wordStart = TextShape.skippingOpeners(text, from: index, to: text.count)
        guard wordStart < text.count else { return false }
        return TextShape.isSentenceStart(UTF8Text.scalar(in: text, at: wordStart).scalar)
    }

    /// Whether the full stop at `fullStop` belongs to an abbreviation or an initial, so that the
    /// sentence goes on to the word at `next`.
    private static func fullStopContinues(_ text: [UInt8], before fullStop: Int, sentenceStart: Int, next: Int) -> Bool
    {
        var wordStart = fullStop
        while wordStart > sentenceStart && text[wordStart - 1] != UTF8Text.space { wordStart -= 1 }
        wordStart = TextShape.skippingOpeners(text, from: wordStart, to: fullStop)
        let word = text[wordStart..<fullStop]
        guard !word.isEmpty else { return false }

        if word.contains(UInt8(ascii: ".")) {
            return isDottedAbbreviation(word) && !word.elementsEqual("a.m".utf8) && !word.elementsEqual("p.m".utf8)
        }
        if word.count <= longestAbbreviationLength && mayStartAbbreviation(word[wordStart]) {
            let abbreviation = String(decoding: word, as: UTF8.self)
            if continuingAbbreviations.contains(abbreviation) { return true }
            if numberedAbbreviations.contains(abbreviation) { return (0x30...0x39).contains(text[next]) }
        }
        let (first, length) = UTF8Text.scalar(in: text, at: wordStart)
        return length == word.count && first.properties.isUppercase
    }

    /// Whether `word` is ASCII letters in groups of one or two joined by full stops (`U.S`, `e.g`, `Ph.D`).
    private static func isDottedAbbreviation(_ word: ArraySlice<UInt8>) -> Bool {
        word.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).allSatisfy { part in
            (1...2).contains(part.count) && part.allSatisfy(isASCIILetter)
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte | 0x20) }

    private static let longestAbbreviationLength = 6

    /// Whether an abbreviation starts with `byte`: a cheap test that spares most words a set lookup.
    private static func mayStartAbbreviation(_ byte: UInt8) -> Bool {
        (0x40..<0x80).contains(byte) && abbreviationFirstBytes & 1 << (byte - 0x40) != 0
    }

    /// Bit `b - 0x40` is set for every first byte `b` of an abbreviation.
    private static let abbreviationFirstBytes: UInt64 = continuingAbbreviations.union(numberedAbbreviations)
        .reduce(0) { mask, abbreviation in mask | 1 << (abbreviation.utf8.first! - 0x40) }

    /// Abbreviations after which a sentence always goes on: titles and ranks, `St.`, `vs.`, `cf.`, `al.`.
    private static let continuingAbbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Gens", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Pres",
        "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Adm", "Brig", "Cmdr", "Rev", "Hon", "Fr", "Supt", "Insp",
        "Det", "Messrs", "Mme", "Mlle", "St", "Ste", "Mt", "Ft", "vs", "v", "cf", "al", "approx",
    ]

    /// Abbreviations that go on when a number follows: `No. 10`, `Jan. 5`.
    private static let numberedAbbreviations: Set<String> = [
        "No", "Nos", "no", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Art", "Fig", "fig", "Vol", "vol", "p", "pp",
    ]
}
