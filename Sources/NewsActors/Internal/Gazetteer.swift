/// The word lists the extractor reads, loaded once from the files in `Gazetteer/` (compiled into the
/// module) into dictionaries keyed by lower-cased text.
///
/// Names of countries, places and organisations are keyed by their tokens (as `Tokenizer` cuts
/// them) joined by spaces, so a match is a walk over a sentence's tokens with dictionary look-ups.
final class Gazetteer: Sendable {
    /// Built on first use, then shared by every extractor.
    static let shared = Gazetteer()

    /// Countries, places and organisations by token key ("united kingdom", "u.s.", "nato").
    let names: [String: GazetteerName]
    /// Every proper prefix of a key in `names`, so a walk can stop as soon as nothing can match.
    let namePrefixes: Set<String>
    /// Demonyms and country adjectives by token key ("french", "south korean") → country name.
    let demonyms: [String: String]
    let givenNames: [String: Gender]
    let titles: [String: PersonTitle]
    /// The values of `titles`, so that a `Lexeme` can name one by a small index.
    let titleList: [PersonTitle]
    let roleWords: [String: RoleWordClass]
    /// Each role word as a normalised role writes it ("chief" → ["Chief"], "mp" → ["MP"], "new" → []),
    /// made once (`UnitScanner.normalizedRoleWords(_:roleWords:)`).
    let normalizedRoleWords: [String: [String]]
    /// Lower-cased last words that make a name an organisation ("bank", "commission").
    let organizationHeads: Set<String>
    /// Words, as written, that never name anything and never begin a name ("However", "Monday").
    let stopwords: Set<String>
    /// Words, as written, that name nothing alone and cannot begin a person's name ("National").
    let genericWords: Set<String>
    /// Lower-case nouns that mark an organisation ("firm", "charity").
    let organizationNouns: Set<String>
    /// Lower-cased last words of names of laws, plans and events ("Bill", "Plan", "Treaty").
    let nonActorHeads: Set<String>
    /// Lower-cased last words that make a name a place ("Street", "Hotel", "Bay").
    let placeHeads: Set<String>
    /// English words in common use, lower-case ("grand", "slam"; see Scripts/make-common-words).
    let commonWords: Set<String>
    /// The normalised words of each canonical name (`ActorResolver.normalizedWords(of:)`), made
    /// once, by `GazetteerName.canonicalID`.
    let canonicalWords: [[String]]
    /// Everything the lists above say about a token key, in one entry, for `annotate(_:body:)`.
    let lexicon: [String: Lexeme]
    /// The entries of `lexicon` whose keys are short enough to pack (see `PackedKey`).
    let packedLexicon: PackedTable<PackedLexeme>
    /// What `names` and `namePrefixes` say of each key that packs (see `PackedKey`), so that most
    /// walks in `name(in:body:at:)` make no string.
    let packedNames: PackedTable<PackedName>
    /// For each of `stopwords` and `genericWords` that packs as written, `.stopword`, `.generic` or both.
    let packedWrittenWords: PackedTable<Lexeme.Flags>

    private init() {
        // Each canonical name is numbered, so that the resolver finds its cluster and words by number.
        var canonicalIDs: [String: Int] = [:]
        var canonicalWords: [[String]] = []
        func entry(_ canonical: String, _ kind: ActorKind, country: String?, isCountry: Bool) -> GazetteerName {
            let id = canonicalIDs[canonical, default: canonicalWords.count]
            if id == canonicalWords.count {
                canonicalIDs[canonical] = id
                canonicalWords.append(ActorResolver.normalizedWords(of: canonical))
            }
            return GazetteerName(canonical: canonical, canonicalID: id, kind: kind, country: country, isCountry: isCountry)
        }
        var names: [String: GazetteerName] = [:]
        var demonyms: [String: String] = [:]
        var countryNames: [String: String] = [:]
        for fields in Self.rows(PackageResources.countries_tsv) where fields.count >= 4 {
            let country = fields[0]
            countryNames[fields[3]] = country
            let countryEntry = entry(country, .place, country: country, isCountry: true)
            for name in [country] + Self.list(fields[1]) { Self.add(name, countryEntry, to: &names) }
            for demonym in Self.list(fields[2]) { demonyms[Self.key(of: demonym)] = country }
        }
        for fields in Self.rows(PackageResources.organizations_tsv) where fields.count >= 4 {
            let organization = entry(fields[0], .organization, country: countryNames[fields[2]], isCountry: false)
            for name in [fields[0]] + Self.list(fields[1]) { Self.add(name, organization, to: &names) }
        }
        for fields in Self.rows(PackageResources.places_tsv) where fields.count >= 4 {
            var place = entry(fields[0], .place, country: countryNames[fields[2]], isCountry: false)
            place.isCity = fields[3] == "city"
            for name in [fields[0]] + Self.list(fields[1]) { Self.add(name, place, to: &names) }
        }
        self.canonicalWords = canonicalWords
        var prefixes: Set<String> = []
        // A key's tokens are joined by single spaces, so its proper prefixes end at its spaces. (Cut
        // as bytes: splitting by `Character` gives the same for keys without combining marks.)
        for key in names.keys {
            for index in key.utf8.indices where key.utf8[index] == UInt8(ascii: " ") {
                prefixes.insert(String(decoding: key.utf8[..<index], as: UTF8.self))
            }
        }
        self.names = names
        self.namePrefixes = prefixes
        self.demonyms = demonyms

        var givenNames: [String: Gender] = [:]
        for fields in Self.rows(PackageResources.given_names_tsv) where fields.count >= 2 {
            givenNames[fields[0].lowercased()] = Gender(rawValue: fields[1]) ?? .unknown
        }
        self.givenNames = givenNames
        var titles: [String: PersonTitle] = [:]
        for fields in Self.rows(PackageResources.titles_tsv) where fields.count >= 3 {
            titles[fields[0].lowercased()] = PersonTitle(
                text: fields[0], gender: Gender(rawValue: fields[1]) ?? .unknown, staysInName: fields[2] == "keep")
        }
        self.titles = titles
        titleList = Array(titles.values)
        var roleWords: [String: RoleWordClass] = [:]
        var lowerCaseRoleWords: Set<String> = []
        for fields in Self.rows(PackageResources.roles_tsv) where fields.count >= 2 {
            if let wordClass = RoleWordClass(rawValue: fields[1]), roleWords[fields[0]] != .head {
                roleWords[fields[0]] = wordClass
            }
            if fields.count >= 3, fields[2] == "lower" { lowerCaseRoleWords.insert(fields[0]) }
        }
        var normalizedRoleWords = Dictionary(
            uniqueKeysWithValues: roleWords.keys.map { ($0, UnitScanner.normalizedRoleWords($0, roleWords: roleWords)) })
        // The plural of each head stands before a list of names as the singular stands before one
        // ("sprinters Costas Kenteris and Katerina Thanou"), and normalises as the singular does.
        for (word, wordClass) in roleWords where wordClass == .head {
            guard let plural = Self.plural(ofRoleWord: word), roleWords[plural] == nil else { continue }
            roleWords[plural] = .head
            normalizedRoleWords[plural] = normalizedRoleWords[word]
            if lowerCaseRoleWords.contains(word) { lowerCaseRoleWords.insert(plural) }
        }
        self.roleWords = roleWords
        self.normalizedRoleWords = normalizedRoleWords
        organizationHeads = Set(Self.words(PackageResources.org_heads_txt).map { $0.lowercased() })
        stopwords = Set(Self.words(PackageResources.stopwords_txt))
        genericWords = Set(Self.words(PackageResources.generic_words_txt))
        organizationNouns = Set(Self.words(PackageResources.organization_nouns_txt))
        nonActorHeads = Set(Self.words(PackageResources.non_actor_heads_txt).map { $0.lowercased() })
        placeHeads = Set(Self.words(PackageResources.place_heads_txt).map { $0.lowercased() })
        commonWords = Set(Self.words(PackageResources.common_words_txt))
        lexicon = Self.makeLexicon(
            names: names, namePrefixes: prefixes, demonyms: demonyms, givenNames: givenNames, titleList: titleList,
            roleWords: roleWords, organizationHeads: organizationHeads, stopwords: stopwords,
            genericWords: genericWords, organizationNouns: organizationNouns, nonActorHeads: nonActorHeads,
            placeHeads: placeHeads, lowerCaseRoleWords: lowerCaseRoleWords)
        packedLexicon = PackedTable(
            lexicon.compactMap { key, lexeme in PackedKey(key).map { ($0, PackedLexeme(lexeme)) } })
        var writtenWordFlags: [String: Lexeme.Flags] = [:]
        for word in stopwords { writtenWordFlags[word, default: []].insert(.stopword) }
        for word in genericWords { writtenWordFlags[word, default: []].insert(.generic) }
        packedWrittenWords = PackedTable(writtenWordFlags.compactMap { word, flags in PackedKey(word).map { ($0, flags) } })
        // A prefix that is also a name is entered with the name (the table keeps a key's first entry).
        packedNames = PackedTable(
            names.compactMap { key, entry in
                PackedKey(key).map { ($0, PackedName(entry: entry, isPrefix: prefixes.contains(key))) }
            } + prefixes.compactMap { key in PackedKey(key).map { ($0, PackedName(entry: nil, isPrefix: true)) } })
    }

    /// Merges every list into one entry per key (see `Lexeme`).
    private static func makeLexicon(
        names: [String: GazetteerName], namePrefixes: Set<String>, demonyms: [String: String],
        givenNames: [String: Gender], titleList: [PersonTitle], roleWords: [String: RoleWordClass],
        organizationHeads: Set<String>, stopwords: Set<String>, genericWords: Set<String>,
        organizationNouns: Set<String>, nonActorHeads: Set<String>, placeHeads: Set<String>,
        lowerCaseRoleWords: Set<String>
    ) -> [String: Lexeme] {
        var lexicon: [String: Lexeme] = [:]
        func mark<Words: Sequence<String>>(_ words: Words, _ flags: Lexeme.Flags) {
            for word in words { lexicon[word, default: .unknown].flags.formUnion(flags) }
        }
        mark(lowerCaseRoleWords, .lowerCaseRoleKey)
        mark(names.keys, [.mayStartName, .nameKey])
        mark(namePrefixes, [.mayStartName, .namePrefixKey])
        // A key's words are its tokens' keys, which hold no space: cut as bytes, as the prefixes are.
        mark(names.keys.flatMap { key in
            key.utf8.split(separator: UInt8(ascii: " ")).dropFirst().map { String(decoding: $0, as: UTF8.self) }
        }, .mayContinueName)
        mark(demonyms.keys.map { String(decoding: $0.utf8.split(separator: UInt8(ascii: " "))[0], as: UTF8.self) },
            .mayStartDemonym)
        mark(givenNames.keys, .givenNameKey)
        mark(stopwords, .stopwordKey)
        mark(stopwords.map(Tokenizer.key(of:)), .someStopwordHasKey)
        mark(genericWords, .genericKey)
        mark(genericWords.map(Tokenizer.key(of:)), .someGenericWordHasKey)
        mark(organizationHeads, .organizationHead)
        mark(organizationNouns, .organizationNoun)
        mark(nonActorHeads, .nonActorHead)
        mark(placeHeads, .placeHead)
        mark(UnitScanner.particles, .particle)
        mark(UnitScanner.connectors, .connector)
        mark(UnitScanner.speechVerbs, .speechVerb)
        mark(UnitScanner.invertedSpeechVerbs, .invertedSpeechVerb)
        mark(UnitScanner.appositionOpeners, .appositionOpener)
        mark(UnitScanner.minorWords, .minorWord)
        mark(UnitScanner.phraseConnectors, .phraseConnector)
        mark(UnitScanner.clubCuesAfter, .clubCueAfter)
        mark(UnitScanner.clubCuesBefore, .clubCueBefore)
        mark(UnitScanner.clubSuffixes, .clubSuffix)
        mark(UnitScanner.clubPrefixes, .clubPrefix)
        mark(UnitScanner.matchNouns, .matchNoun)
        mark(UnitScanner.placeNouns, .placeNoun)
        for (word, wordClass) in roleWords { lexicon[word, default: .unknown].roleClass = wordClass }
        for (index, title) in titleList.enumerated() {
            lexicon[title.text.lowercased(), default: .unknown].title = UInt8(index)
        }
        for keyword in Lexeme.Keyword.allCases { lexicon[keyword.key, default: .unknown].keyword = keyword }
        return lexicon
    }

    /// The key of a name: its tokens' keys joined by spaces, possessive endings kept.
    static func key(of name: String) -> String {
        Tokenizer.keys(of: name).joined(separator: " ")
    }

    private static func add(_ name: String, _ entry: GazetteerName, to names: inout [String: GazetteerName]) {
        let key = key(of: name)
        guard names[key] == nil else { return }
        var entry = entry
        entry.requiresAllCaps = name.count { $0.isLetter } >= 2 && name.allSatisfy { !$0.isLetter || $0.isUppercase }
        names[key] = entry
    }

    /// The tab-separated fields of each line that is neither blank nor a `#` comment.
    /// Role heads whose plural is no role before a name: verbs in the third person ("heads
    /// Tiscali", "chairs", "judges"), and words too short to be sure of.
    private static let rolesWithoutPlural: Set<String> = ["head", "chief", "chair", "judge", "seed", "counsel"]

    /// The plural of the role head `word` ("sprinters", "actresses", "deputies"), or nil when it
    /// is listed as having none.
    static func plural(ofRoleWord word: String) -> String? {
        guard word.count >= 4, !rolesWithoutPlural.contains(word), !word.hasSuffix("s") || word.hasSuffix("ss")
        else { return nil }
        if word.hasSuffix("ss") || word.hasSuffix("sh") || word.hasSuffix("ch") || word.hasSuffix("x") {
            return word + "es"
        }
        if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) {
            return word.dropLast() + "ies"
        }
        return word + "s"
    }

    static func rows(_ bytes: [UInt8]) -> [[String]] {
        lines(bytes).map { line in
            line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// The white-space-separated words of the lines that are not `#` comments.
    private static func words(_ bytes: [UInt8]) -> [String] {
        lines(bytes).flatMap { $0.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) } }
    }

    /// The lines that are neither blank nor `#` comments, cut as bytes: splitting the text as a
    /// `String` (by grapheme) took 70M instructions of the 165M that loading the lists took.
    private static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        bytes.split(separator: UInt8(ascii: "\n")).filter { $0.first != UInt8(ascii: "#") }
    }

    private static func list(_ field: String) -> [String] {
        field.utf8.split(separator: UInt8(ascii: "|")).map { String(decoding: $0, as: UTF8.self) }
    }
}

/// What `Gazetteer.names` and `Gazetteer.namePrefixes` say of one key.
struct PackedName: Sendable {
    var entry: GazetteerName?
    var isPrefix: Bool
}

/// A gazetteer name: what it stands for.
struct GazetteerName: Sendable {
    var canonical: String
    /// The number of `canonical`, shared by the entries with the same canonical name (see
    /// `Gazetteer.canonicalWords`).
    var canonicalID: Int
    var kind: ActorKind
    /// The country a place lies in or an organisation belongs to; for a country, itself.
    var country: String?
    var isCountry: Bool
    /// The name was listed in capitals ("WHO", "US"), so "Who" or "us" must not match it.
    var requiresAllCaps = false
    /// A place listed as a city (its name may open a club's: "Norwich City", "Derby County").
    var isCity = false
}

enum Gender: String, Sendable {
    case male = "m"
    case female = "f"
    case unknown = "u"

    /// False only for male against female: unknown agrees with anything.
    func agrees(with other: Gender) -> Bool {
        self == .unknown || other == .unknown || self == other
    }
}

/// A title written before a name ("Mr", "Sir", "Lord").
struct PersonTitle: Sendable {
    var text: String
    var gender: Gender
    /// The title stays in the canonical name of someone known by surname only ("Lord Ashcroft").
    var staysInName: Bool
}

/// What a word does in a role phrase (see roles.tsv).
enum RoleWordClass: String, Sendable {
    /// Names a role and may end it: "adviser", "president".
    case head
    /// Narrows a role: "national", "vice", "chief".
    case modifier
    /// Points at a person without being a role: "wife", "counterpart".
    case relation
}
