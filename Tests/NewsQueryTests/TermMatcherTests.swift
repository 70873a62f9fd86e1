import Testing

@testable import NewsQuery

struct TermMatcherTests {
    static let synonyms = SynonymTable(groups: SynonymTable.defaultGroups)

    static let texts = [
        "French President Emmanuel Macron and British Prime Minister Keir Starmer have both endorsed the idea of a "
            + "European-led peacekeeping force.",
        "Trump has ruled out deploying US ground troops but signalled openness to other forms of military support.",
        "Negotiations on the ceasefire stalled; truce talks resume in Łódź and İstanbul — café owners.",
        "Troops, troops and more troops were seen. The government said troops would be deployed to the border.",
        "Ayed says: the yyed day; sky-high prices and energy sanctions (embargo) hit Europe’s SUPPORTERS 2025.",
        "cafe\u{301} NAÏVE ελλάδα straße 😀 Merz—backed by Nato’s chief",
        "", "   ", "a", "x-y-z",
    ]

    static let queries = [
        "which leaders backed a European-led force", "troops deployed border", "negotiat* ceasefire",
        "\"prime minister\" Starmer", "sanctions energy prices", "who ruled out deploying ground troops",
        "café Łódź", "naive straße", "a", "y* sky", "supporters -Trump", "ελλάδα", "2025 chief",
    ]

    @Test(arguments: queries)
    func findsWhatTermGroupsFindAmongIndexTokens(_ text: String) {
        let query = SearchQuery(text, synonyms: Self.synonyms)
        for groups in [query.termGroups, query.excludedTerms] {
            var matcher = TermMatcher(groups: groups)
            for sentence in Self.texts {
                let tokens = IndexToken.tokens(in: sentence)
                let expected = groups.map { $0.ranges(in: tokens) }
                let found = matcher.ranges(in: sentence)
                #expect(found == (groups.isEmpty ? [] : expected), "\(text) in \(sentence)")
                #expect(matcher.foundGroupCount(in: sentence) == expected.filter { !$0.isEmpty }.count)
            }
        }
    }

    /// The property `StemStart` rests on: a stem keeps its word's first byte, and its second byte too
    /// unless the stem is one byte long or it turned a `y` into an `i`.
    @Test func stemsKeepTheirWordsFirstTwoBytes() {
        let starts = ["a", "e", "y", "b", "ab", "ay", "by", "sy", "xy", "ee", "ie", "yy", "st", "ca", "ll", "pr"]
        let endings = [
            "", "s", "es", "ies", "sses", "ed", "eed", "ing", "y", "ys", "yed", "ying", "at", "ated", "ating", "bl",
            "bled", "iz", "ized", "e", "le", "ll", "ational", "tional", "enci", "anci", "izer", "bli", "alli",
            "entli", "eli", "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti",
            "iviti", "biliti", "icate", "ative", "alize", "iciti", "ical", "ful", "ness", "al", "ance", "ence", "er",
            "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "sion", "tion", "ou", "ism", "ate", "iti",
            "ous", "ive", "ize", "bbed", "tting", "ffs",
        ]
        let middles = ["", "a", "y", "b", "ay", "ys", "on", "ton"]
        var words = PorterStemmerTests.knownStems.map(\.word)
        for start in starts {
            for middle in middles {
                for ending in endings { words.append(start + middle + ending) }
            }
        }
        for word in words {
            let stem = Array(PorterStemmer.stem(word).utf8)
            let bytes = Array(word.utf8)
            #expect(stem.first == bytes.first, "\(word)")
            if stem.count >= 2 {
                let isYTurnedI = bytes[1] == UInt8(ascii: "y") && stem[1] == UInt8(ascii: "i")
                #expect(stem[1] == bytes[1] || isYTurnedI, "\(word)")
            }
        }
    }
}
