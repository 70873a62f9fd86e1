/// Two word lists derived from Princeton WordNet 3.0 (see `Lexicon/README.md`; `Scripts/make-lexicon`
/// writes them): the answer type of about ten thousand common nouns, read from WordNet's noun
/// hierarchy, and the irregular inflections of its exception lists.
///
/// Both are parsed once, on first use, into dictionaries; a lookup is a hash of the folded word.
public enum WordNetLexicon {
    /// The kind of thing `noun` names when a question asks for it (`which goalkeepers` asks for a
    /// person, `which towns` for a place, `which airline` for an organization), or nil when its
    /// dominant sense names none of the three (`budget`, `force`, `interest`).
    ///
    /// Case is ignored and the white space of a compound (`prime  ministers`) is made single spaces.
    /// A plural is read by its singular first, by WordNet's irregular plurals (`men`, `alumni`) and its
    /// suffix rules (`-s`, `-ses`, `-xes`, `-zes`, `-ches`, `-shes`, `-men`, `-ies`) on the last word,
    /// then as written: WordNet lists some plurals as lemmas of their own with a collective sense
    /// (`leaders` "the body of people who lead a group"), and a question's plural head asks for the
    /// members (`which leaders` wants persons).
    public static func answerType(forNoun noun: String) -> AnswerType? {
        let folded = fold(noun)
        guard !folded.isEmpty else { return nil }
        for candidate in singulars(of: folded) {
            if let type = nounTypes[candidate] { return type }
        }
        return nounTypes[folded]
    }

    /// The bases WordNet's exception lists give `word` as an irregular noun plural or verb form
    /// (`won` → `win`, `bought` → `buy`, `men` → `man`, `axes` → `ax`, `axis`), nouns first; empty
    /// for a regular form or a base. The word itself is not included, though it may be a base too
    /// (`found`, `left`). Case is ignored.
    public static func baseForms(of word: String) -> [String] {
        let folded = fold(word)
        guard let forms = irregular[folded] else { return [] }
        var bases: [String] = []
        for base in forms.nouns + forms.verbs where !bases.contains(base) { bases.append(base) }
        return bases
    }

    /// The irregular forms whose base is `base` (nouns' plurals and verbs' forms alike), sorted:
    /// `win` → `won`.
    public static func irregularForms(ofBase base: String) -> [String] {
        formsByBase[fold(base)] ?? []
    }

    /// `irregular` read backwards, made from the parsed table (re-reading the text took a third of a
    /// search process's time).
    private static let formsByBase: [String: [String]] = {
        var forms: [String: Set<String>] = [:]
        for (form, bases) in irregular {
            for base in bases.nouns + bases.verbs { forms[base, default: []].insert(form) }
        }
        return forms.mapValues { $0.sorted() }
    }()

    /// Lowercased, trimmed, with runs of white space made one space.
    private static func fold(_ word: String) -> String {
        word.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// What `folded` may be the plural of: the irregular noun bases of its last word, then WordNet's
    /// noun suffix rules (morphy's), each with the words before it kept.
    private static func singulars(of folded: String) -> [String] {
        let last: Substring
        let prefix: Substring
        if let space = folded.lastIndex(of: " ") {
            last = folded[folded.index(after: space)...]
            prefix = folded[...space]
        } else {
            last = folded[...]
            prefix = ""
        }
        var candidates = irregular[String(last)]?.nouns ?? []
        for (suffix, replacement) in pluralSuffixes where last.count > suffix.count && last.hasSuffix(suffix) {
            if suffix == "s" && last.hasSuffix("ss") { continue }
            candidates.append(String(last.dropLast(suffix.count)) + replacement)
        }
        return prefix.isEmpty ? candidates : candidates.map { prefix + $0 }
    }

    /// WordNet's noun detachment rules, in its order.
    private static let pluralSuffixes: [(String, String)] = [
        ("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
        ("ies", "y"),
    ]

    /// `noun-types.tsv`: `lemma<TAB>person|place|organization`.
    private static let nounTypes: [String: AnswerType] = {
        var types: [String: AnswerType] = [:]
        types.reserveCapacity(11_000)
        forEachRow(PackageResources.noun_types_tsv) { row in
            guard let type = AnswerType(rawValue: String(decoding: row.second, as: UTF8.self)) else { return }
            types[String(decoding: row.first, as: UTF8.self)] = type
        }
        return types
    }()

    /// The bases of one irregular form, by part of speech.
    private struct IrregularBases: Sendable {
        var nouns: [String] = []
        var verbs: [String] = []
    }

    /// `irregular-forms.tsv`: `form<TAB>base<TAB>n|v`.
    private static let irregular: [String: IrregularBases] = {
        var forms: [String: IrregularBases] = [:]
        forms.reserveCapacity(4_500)
        forEachRow(PackageResources.irregular_forms_tsv) { row in
            let form = String(decoding: row.first, as: UTF8.self)
            let base = String(decoding: row.second, as: UTF8.self)
            switch row.third.first {
            case UInt8(ascii: "n"): forms[form, default: IrregularBases()].nouns.append(base)
            case UInt8(ascii: "v"): forms[form, default: IrregularBases()].verbs.append(base)
            default: break
            }
        }
        return forms
    }()

    /// The first three tab-separated fields of a line; a missing field is empty.
    private struct Row {
        var first: UnsafeBufferPointer<UInt8>
        var second: UnsafeBufferPointer<UInt8>
        var third: UnsafeBufferPointer<UInt8>
    }

    /// Calls `body` with each line of `bytes` that has a tab, cut in one pass over the bytes: splitting
    /// into arrays of slices first took most of the load time in a debug build.
    private static func forEachRow(_ bytes: [UInt8], _ body: (Row) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            var tabs: (Int, Int, Int) = (-1, -1, -1)  // the first three tabs of the line, -1 where none
            func field(_ from: Int, _ to: Int) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: buffer[from..<max(from, to)])
            }
            func emit(_ end: Int) {
                guard tabs.0 >= 0 else { return }
                let secondEnd = tabs.1 >= 0 ? tabs.1 : end
                let third = tabs.1 >= 0 ? field(tabs.1 + 1, tabs.2 >= 0 ? tabs.2 : end) : field(end, end)
                body(Row(first: field(start, tabs.0), second: field(tabs.0 + 1, secondEnd), third: third))
            }
            for index in 0..<buffer.count {
                switch buffer[index] {
                case UInt8(ascii: "\t"):
                    if tabs.0 < 0 {
                        tabs.0 = index
                    } else if tabs.1 < 0 {
                        tabs.1 = index
                    } else if tabs.2 < 0 {
                        tabs.2 = index
                    }
                case UInt8(ascii: "\n"):
                    emit(index)
                    start = index + 1
                    tabs = (-1, -1, -1)
                default:
                    break
                }
            }
            if start < buffer.count { emit(buffer.count) }
        }
    }
}
