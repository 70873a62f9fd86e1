import NewsIngest
import Testing

/// How paragraphs are cut into sentences.
@Suite struct SentenceSplittingTests {
    /// The sentences the parser finds in a one-paragraph article.
    func sentences(_ paragraph: String) throws -> [String] {
        let article = try ArticleParser().parse(paragraph)
        TestSupport.expectConsistentOffsets(article)
        return article.sentences.map(\.text)
    }

    @Test(arguments: [
        // Titles, ranks and other abbreviations that never end a sentence.
        (
            "Mr. Smith met Mrs. Jones and Ms. Brown. They talked.",
            ["Mr. Smith met Mrs. Jones and Ms. Brown.", "They talked."]
        ),
        (
            "Dr. Lee and Prof. Khan met Gen. Ortiz. Talks began.",
            ["Dr. Lee and Prof. Khan met Gen. Ortiz.", "Talks began."]
        ),
        (
            "Sen. Warren, Rep. Ocasio-Cortez and Gov. Newsom spoke. Lt. Col. Vindman listened.",
            ["Sen. Warren, Rep. Ocasio-Cortez and Gov. Newsom spoke.", "Lt. Col. Vindman listened."]
        ),
        ("They prayed at St. Paul's Cathedral. It rained.", ["They prayed at St. Paul's Cathedral.", "It rained."]),
        (
            "It was Arsenal vs. Chelsea on Sunday. Arsenal won.",
            ["It was Arsenal vs. Chelsea on Sunday.", "Arsenal won."]
        ),
        // Dotted abbreviations.
        ("The U.S. and the U.K. signed. Talks ended.", ["The U.S. and the U.K. signed.", "Talks ended."]),
        (
            "Officials in the U.S. Treasury agreed. Markets rose.",
            ["Officials in the U.S. Treasury agreed.", "Markets rose."]
        ),
        (
            "Some fruit, e.g. apples, is sweet. Other fruit, i.e. lemons, is not.",
            ["Some fruit, e.g. apples, is sweet.", "Other fruit, i.e. lemons, is not."]
        ),
        ("The vote closed at 10 p.m. Results came at dawn.", ["The vote closed at 10 p.m.", "Results came at dawn."]),
        // Abbreviations that go on before a number.
        ("He lives at No. 10 Downing Street. It is famous.", ["He lives at No. 10 Downing Street.", "It is famous."]),
        (
            "The vote is on Jan. 5 and the count on Feb. 6. Polls open early.",
            ["The vote is on Jan. 5 and the count on Feb. 6.", "Polls open early."]
        ),
        // Company abbreviations end a sentence only before a capital.
        (
            "Apple Inc. said sales rose. Acme Ltd. and Smith & Co. disagreed.",
            ["Apple Inc. said sales rose.", "Acme Ltd. and Smith & Co. disagreed."]
        ),
        ("Shares fell at Acme Inc. The firm said little.", ["Shares fell at Acme Inc.", "The firm said little."]),
        (
            "They sold pens, paper, etc. and more. Trade was brisk.",
            ["They sold pens, paper, etc. and more.", "Trade was brisk."]
        ),
        // Initials.
        ("J. K. Rowling wrote it. George W. Bush read it.", ["J. K. Rowling wrote it.", "George W. Bush read it."]),
        // Decimals and amounts.
        (
            "Growth was 3.5% in March. Profits hit £1.4bn. Shares rose 0.5.",
            ["Growth was 3.5% in March.", "Profits hit £1.4bn.", "Shares rose 0.5."]
        ),
        // Ellipses.
        (
            "He paused... then went on. It was late… Everyone left.",
            ["He paused... then went on.", "It was late…", "Everyone left."]
        ),
        // Quotes: a sentence ending inside closing quotes keeps them.
        (
            "He called it “Europe’s war,” raising fears. Allies met.",
            ["He called it “Europe’s war,” raising fears.", "Allies met."]
        ),
        (
            "Washington is still “determining the scope of its role.” Trump has ruled out troops.",
            ["Washington is still “determining the scope of its role.”", "Trump has ruled out troops."]
        ),
        ("She said 'no.' Then she left.", ["She said 'no.'", "Then she left."]),
        ("“Why?” he asked. Nobody answered.", ["“Why?” he asked.", "Nobody answered."]),
        ("He left. “We will return,” he said.", ["He left.", "“We will return,” he said."]),
        // Question and exclamation marks.
        ("Is it over? Nobody knows! We will see.", ["Is it over?", "Nobody knows!", "We will see."]),
        ("Yahoo!'s shares rose. Google's fell.", ["Yahoo!'s shares rose.", "Google's fell."]),
        // A sentence may start with a number; a lowercase word never starts one.
        ("Turnout fell. 20 people voted.", ["Turnout fell.", "20 people voted."]),
        ("The price is set at 5 p.m. tomorrow, he said.", ["The price is set at 5 p.m. tomorrow, he said."]),
        // No final punctuation.
        ("The talks continue. No end is in sight", ["The talks continue.", "No end is in sight"]),
    ])
    func paragraphIsCutIntoSentences(paragraph: String, expected: [String]) throws {
        #expect(try sentences(paragraph) == expected)
    }
}
