import Testing

@testable import NewsQuery

struct PorterStemmerTests {
    /// Pairs from Porter's published vocabulary and output files (the paper's examples and the start of
    /// voc.txt/output.txt), plus words of the reference article.
    static let knownStems: [(word: String, stem: String)] = [
        ("caresses", "caress"), ("ponies", "poni"), ("ties", "ti"), ("caress", "caress"), ("cats", "cat"),
        ("feed", "feed"), ("agreed", "agre"), ("plastered", "plaster"), ("bled", "bled"),
        ("motoring", "motor"), ("sing", "sing"), ("conflated", "conflat"), ("troubled", "troubl"),
        ("sized", "size"), ("hopping", "hop"), ("tanned", "tan"), ("falling", "fall"), ("hissing", "hiss"),
        ("fizzed", "fizz"), ("failing", "fail"), ("filing", "file"), ("happy", "happi"), ("sky", "sky"),
        ("relational", "relat"), ("conditional", "condit"), ("rational", "ration"), ("valenci", "valenc"),
        ("hesitanci", "hesit"), ("digitizer", "digit"), ("conformabli", "conform"), ("radicalli", "radic"),
        ("differentli", "differ"), ("vileli", "vile"), ("analogousli", "analog"),
        ("vietnamization", "vietnam"), ("predication", "predic"), ("operator", "oper"),
        ("feudalism", "feudal"), ("decisiveness", "decis"), ("hopefulness", "hope"),
        ("callousness", "callous"), ("formaliti", "formal"), ("sensitiviti", "sensit"),
        ("sensibiliti", "sensibl"), ("triplicate", "triplic"), ("formative", "form"), ("formalize", "formal"),
        ("electriciti", "electr"), ("electrical", "electr"), ("hopeful", "hope"), ("goodness", "good"),
        ("revival", "reviv"), ("allowance", "allow"), ("inference", "infer"), ("airliner", "airlin"),
        ("gyroscopic", "gyroscop"), ("adjustable", "adjust"), ("defensible", "defens"), ("irritant", "irrit"),
        ("replacement", "replac"), ("adjustment", "adjust"), ("dependent", "depend"), ("adoption", "adopt"),
        ("homologou", "homolog"), ("communism", "commun"), ("activate", "activ"), ("angulariti", "angular"),
        ("homologous", "homolog"), ("effective", "effect"), ("bowdlerize", "bowdler"), ("probate", "probat"),
        ("rate", "rate"), ("cease", "ceas"), ("controll", "control"), ("roll", "roll"),
        ("generalization", "gener"), ("negotiate", "negoti"), ("negotiations", "negoti"),
        ("abandoned", "abandon"), ("abase", "abas"), ("abatement", "abat"), ("abbey", "abbei"),
        ("abbeys", "abbei"), ("abbominable", "abbomin"), ("abbreviated", "abbrevi"), ("abed", "ab"),
        ("abergavenny", "abergavenni"), ("abetting", "abet"), ("abhorr", "abhorr"), ("abhorred", "abhor"),
        ("abide", "abid"), ("abilities", "abil"), ("ability", "abil"), ("abjectly", "abjectli"),
        ("able", "abl"), ("abler", "abler"), ("aboded", "abod"), ("abodements", "abod"),
        ("abominably", "abomin"), ("abominations", "abomin"), ("abortives", "abort"),
        ("deployed", "deploi"), ("deployment", "deploy"), ("peacekeeping", "peacekeep"), ("troops", "troop"),
        ("leaders", "leader"), ("backed", "back"), ("endorsed", "endors"),
    ]

    @Test(arguments: knownStems)
    func stemsAsPorterPublished(_ pair: (word: String, stem: String)) {
        #expect(PorterStemmer.stem(pair.word) == pair.stem)
    }

    @Test(arguments: ["is", "as", "at", "a", "", String(repeating: "nations", count: 10)])
    func leavesTokensOutsideThreeToSixtyFourBytesAlone(_ token: String) {
        #expect(PorterStemmer.stem(token) == token)
    }

    @Test func countsNonASCIIBytesAsConsonantsLikeSQLite() {
        #expect(PorterStemmer.stem("straße") == "straß")
        #expect(PorterStemmer.stem("naive") == "naiv")
    }

    @Test(arguments: [
        ("negotiat", "negoti"), ("negotiate", "negoti"), ("generaliz", "gener"), ("deploy", "deplo"),
        ("europ", "europ"), ("troop", "troop"), ("peacekeep", "peacekeep"), ("ab", "ab"),
    ])
    func indexPrefixCutsBackToWhatTheIndexHolds(_ prefix: String, _ expected: String) {
        let indexPrefix = PorterStemmer.indexPrefix(for: prefix)
        #expect(indexPrefix == expected)
        #expect(PorterStemmer.stem(indexPrefix) == indexPrefix || indexPrefix.utf8.count < 3)
    }

    @Test(.enabled(if: SQLiteShell.isAvailable, SQLiteShell.unavailableReason))
    func agreesWithSQLitePorterTokenizer() throws {
        let words = Self.knownStems.map(\.word) + ["straße", "naïve", "Łódź", "İstanbul", "café", "ελλάδα", "USA"]
        let indexed = try SQLiteShell.indexedTerms(of: words)
        let ours = words.map { IndexToken(text: $0, range: 0..<0).stem }
        #expect(ours == indexed)
    }

    @Test(.enabled(if: SQLiteShell.isAvailable, SQLiteShell.unavailableReason))
    func indexPrefixFindsEveryFormInSQLite() throws {
        let rows = ["negotiate", "negotiations", "negotiating", "negotiator", "negotiated", "navigate"]
        let naive = try SQLiteShell.matchingRows(of: "\"negotiat\" *", in: rows)
        let stemmed = try SQLiteShell.matchingRows(
            of: "\"\(PorterStemmer.indexPrefix(for: "negotiat"))\" *", in: rows)
        #expect(naive.isEmpty, "the trap this guards against: a prefix longer than the stem finds nothing")
        #expect(stemmed == [1, 2, 3, 4, 5])
    }
}
