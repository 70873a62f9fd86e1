import Foundation

/// The peoples a question names by their adjective (`which Kenyan runner`, `which Australian airline`,
/// `the French Open`), and whether a story is about one of them.
///
/// A question's names are its anchors, which a story must hold; its demonyms are not, because a story
/// writes `Kenya` as often as `Kenyan`. But a story that writes neither is not about what is asked: the
/// Ethiopian who won in Boston does not answer `which Kenyan runner won the Boston Marathon`. A story
/// holds a demonym when it holds a capitalised word starting as the demonym does (its first four
/// letters: `Kenya`, `Kenyan`, `Australia`), or, for the few that are not built on their country's
/// name, that country (`French`: `France`; `Dutch`: `Netherlands`, `Holland`).
///
/// For example:
/// ```swift
/// let demonyms = QuestionDemonyms(query: SearchQuery("which Kenyan runner won the Boston Marathon"))
/// demonyms.areHeld(by: "Tulu has won the Boston, London and Tokyo marathons.")  // false
/// demonyms.areHeld(by: "Kenya's Robert Cheruiyot won in Boston.")  // true
/// ```
struct QuestionDemonyms {
    /// The words a story may hold for each demonym: the start of the demonym, and its country when
    /// the demonym is not built on the country's name.
    let forms: [[String]]
    /// The demonyms as the question writes them.
    let names: [String]

    /// The demonyms of `query`: capitalised words after its first that read as a people's adjective
    /// (`AnswerExtractor.isDemonym`), other than the answer noun.
    init(query: SearchQuery) {
        var seen: Set<String> = []
        var forms: [[String]] = []
        var names: [String] = []
        for (index, token) in IndexToken.tokens(in: query.text).enumerated() {
            guard index > 0, token.text.unicodeScalars.first?.properties.isUppercase == true,
                token.folded != query.answerNoun, !StopWords.contains(token.folded),
                AnswerExtractor.isDemonym(token.folded), seen.insert(token.folded).inserted
            else { continue }
            forms.append([String(token.text.prefix(4))] + (Self.countries[token.folded] ?? []))
            names.append(token.text)
        }
        self.forms = forms
        self.names = names
    }

    /// Whether `text` (a story's title and text) holds every demonym of the question, or its country.
    func areHeld(by text: String) -> Bool {
        forms.allSatisfy { words in words.contains { Self.holdsWord(startingWith: $0, in: text) } }
    }

    /// Whether a word of `text` starts with `start` (compared as written).
    static func holdsWord(startingWith start: String, in text: String) -> Bool {
        var rest = text[...]
        while let found = rest.range(of: start) {
            if found.lowerBound == text.startIndex { return true }
            let before = text[text.index(before: found.lowerBound)]
            if !before.isLetter && !before.isNumber { return true }
            rest = text[found.upperBound...]
        }
        return false
    }

    /// The countries of the demonyms not built on their country's name.
    static let countries: [String: [String]] = [
        "dutch": ["Netherlands", "Holland"], "french": ["France"], "swiss": ["Switzerland"], "welsh": ["Wales"],
        "irish": ["Ireland"], "greek": ["Greece"], "scots": ["Scotland"], "english": ["England"],
        "british": ["Britain", "UK"], "spanish": ["Spain"], "danish": ["Denmark"], "finnish": ["Finland"],
        "polish": ["Poland"], "american": ["US", "United States"],
    ]
}
