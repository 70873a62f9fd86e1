/// The nouns for the office a verb describes holding: `who chairs the association` is answered by
/// `the association's chairman Mike Short`, `who speaks for the IAAF` by `Nick Davies, spokesman for
/// the IAAF`. News names people by their office far more often than it says what they do in it.
///
/// The table is keyed by the verb's Porter stem, so every form of the verb reaches it (`chairs`,
/// `chaired`, `chairing`); the nouns are written as news writes them, singular.
enum OfficeNouns {
    /// The office nouns for `verb` (any form, folded), or empty when it names no office.
    static func nouns(forVerb verb: String) -> [String] {
        table[PorterStemmer.stem(verb)] ?? []
    }

    /// The Porter stems of `nouns(forVerb:)`.
    static func stems(forVerb verb: String) -> Set<String> {
        Set(nouns(forVerb: verb).map { PorterStemmer.stem($0) })
    }

    private static let table: [String: [String]] = {
        let offices: [String: [String]] = [
            "chair": ["chairman", "chairwoman", "chair"],
            "head": ["head", "chief"],
            "run": ["head", "chief", "boss", "director"],
            "lead": ["leader"],
            "speak": ["spokesman", "spokeswoman", "spokesperson"],
            "own": ["owner"],
            "coach": ["coach"],
            "manage": ["manager"],
            "edit": ["editor"],
            "direct": ["director"],
            "captain": ["captain", "skipper"],
            "found": ["founder"],
            "organise": ["organiser"],
            "organize": ["organizer"],
            "present": ["presenter"],
            "host": ["host"],
            "advise": ["adviser", "advisor"],
            "govern": ["governor"],
            "represent": ["representative", "lawyer"],
            "produce": ["producer"],
            "design": ["designer"],
            "invent": ["inventor"],
        ]
        var byStem: [String: [String]] = [:]
        for (verb, nouns) in offices { byStem[PorterStemmer.stem(verb), default: []] += nouns }
        return byStem
    }()
}
