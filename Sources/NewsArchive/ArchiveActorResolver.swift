import NewsActors

/// An actor the archive holds, as `ArchiveActorResolver` weighs it.
struct KnownActor: Hashable, Sendable {
    var id: Int
    var key: ActorKey
    /// How many articles mention it (of those the run stored, how many found it by themselves).
    var articles: Int
}

/// Decides which of an article's actors are actors the archive already holds under another name or
/// kind, and which of the names the article left unresolved the archive knows: one actor per entity
/// across the archive. Pure: the store fetches the known actors for the names `lookups` lists.
///
/// What an article finds alone joins the archive's actor when the archive leaves no doubt which it is:
/// - a surname alone ("Bush") joins the person whose full name ends with it ("George W Bush"), if
///   their genders agree ("Mr Knight" is not Beverley Knight);
/// - a full name joins another spelling of it that differs by middle names or initials ("George Bush"
///   and "George W Bush"), the one more articles mention, and a name in the plural the person far
///   more articles name in the singular ("Wayne Rooneys");
/// - an abbreviation ("IAAF") or a first or last word ("United") joins the organisation that has it
///   as an alias and whose initials it spells ("International Association of Athletics Federations")
///   or whose name it begins or ends (Manchester United): an article said they are one;
/// - a name the article made a person with nothing but its shape ("Chelsea" called again and again,
///   "Deutsche Boerse" said; no title, no role, no given name opening a name of several words)
///   joins the organisation or place of that name that at least two articles and as many as made it
///   a person established: what a text says outweighs a shape.
///   With a role ("leaders Chelsea") or as a place no word list holds ("Chelsea and Barcelona"),
///   it takes `dominance` times as many;
/// - an unresolved name ("Arsenal" with no cue) joins the actor of that name (or surname, or
///   abbreviation; an organisation or place of that name before people of that surname) that at
///   least a quarter of the articles using the name established: a word many articles use ("Year",
///   "Oscar") that a few made an actor is no name. A single word that only
///   ever opens a sentence joins only an organisation (a word opening a sentence is capitalised
///   whatever it is: "Young people" is not Will Young).
///
/// "Leaves no doubt": one candidate, or one mentioned by at least `dominance` times as many articles
/// as all the others together (variant spellings of it counted with it). Actors that users'
/// corrections name are left as they are.
struct ArchiveActorResolver {
    /// The actors the archive holds under a name or alias, as written.
    var known: (String) -> [KnownActor]
    /// Actors users corrected (see `ActorOverrides.correctedKeys`): never moved.
    var corrected: Set<ActorKey> = []
    /// How many times as many articles the chosen actor must have as the other candidates together.
    var dominance = 4
    /// How many articles use each unresolved name (any case): what the store counts for the names
    /// that have known actors (`namesToCount`). A name missing here joins no actor.
    var articlesNaming: [String: Int] = [:]
    /// How many articles must establish an actor of another kind before a name made a person by its
    /// shape alone joins it.
    var establishedArticles = 2
    /// The share of the articles using a name that must have established its actor: one in this many.
    var establishedShare = 4

    /// The names and aliases to fetch the known actors of, for an article with `actors` and `unresolved`.
    static func lookups(for actors: [PreparedActor], unresolved: [UnresolvedName]) -> Set<String> {
        var names: Set<String> = []
        for prepared in actors {
            let name = prepared.actor.name
            if let space = name.lastIndex(of: " ") {
                guard prepared.actor.kind == .person else { continue }
                let last = name[name.index(after: space)...]
                names.insert(String(last))
                if last.hasSuffix("s") { names.insert(String(last.dropLast())) }
            }
            names.insert(name)
        }
        for name in unresolved { names.insert(name.name) }
        return names
    }

    /// `actors` with each joined to the known actor it names, and the unresolved names the archive
    /// knows added as actors. Actors that end up with one key are joined (see `PreparedActor.joined`).
    func resolve(_ actors: [PreparedActor], unresolved: [UnresolvedName] = []) -> [PreparedActor] {
        var isChanged = false
        var result = actors
        for index in result.indices {
            let key = ActorKey(name: result[index].actor.name, kind: result[index].actor.kind.rawValue)
            guard corrected.isEmpty || !corrected.contains(key), let target = target(for: result[index], key: key),
                target != key, let kind = ActorKind(rawValue: target.kind)
            else { continue }
            result[index].actor.name = target.name
            result[index].actor.kind = kind
            result[index].key = target.preparedKey
            result[index].aliases = Set(result[index].aliases).union([target.name]).sorted(by: PreparedActor.sqliteOrder)
            isChanged = true
        }
        // Only the names `namesToCount` gave may join an actor: the others are passed over unweighed.
        for name in unresolved where articlesNaming[name.name] != nil {
            guard let target = candidate(forUnresolved: name), let naming = articlesNaming[name.name],
                target.articles * establishedShare >= naming, let kind = ActorKind(rawValue: target.key.kind)
            else { continue }
            var joined = PreparedActor(ExtractedActor(name: target.key.name, kind: kind, mentions: name.mentions))
            joined.isFoundByArticle = false
            result.append(joined)
            isChanged = true
        }
        return isChanged ? PreparedActor.joined(result) : result
    }

    // MARK: - Rules

    /// The key the archive holds `prepared` under, if it is not `key`.
    private func target(for prepared: PreparedActor, key: ActorKey) -> ActorKey? {
        let actor = prepared.actor
        guard let space = actor.name.lastIndex(of: " ") else {
            switch actor.kind {
            case .person:
                let candidates = known(actor.name)
                guard candidates.contains(where: { $0.key != key }) else { return nil }
                let fullNames = candidates.filter { candidate in
                    candidate.key.kind == key.kind && Self.isSurname(actor.name, of: candidate.key.name)
                        && prepared.aliases.allSatisfy { ActorNames.genderAgrees($0, with: candidate.key.name) }
                }
                return dominant(fullNames)?.key ?? otherKind(of: prepared, key: key, candidates: candidates)
            case .place:
                let candidates = known(actor.name)
                guard candidates.contains(where: { $0.key != key }), !ActorNames.isListedPlace(actor.name) else {
                    return nil
                }
                return otherKind(of: prepared, key: key, candidates: candidates)
            case .organization:
                // The long forms a text gave this name: by its initials ("IAAF"), or as their first or
                // last word ("United" for Manchester United); weighed against this one.
                let candidates = known(actor.name)
                let own = candidates.first { $0.key == key } ?? KnownActor(id: 0, key: key, articles: 0)
                return longForm(of: own, among: candidates)?.key
            }
        }
        // Organisations and places of several words keep the names they were found under.
        guard actor.kind == .person else { return nil }
        if let other = otherKind(of: prepared, key: key, candidates: known(actor.name)) { return other }
        if let singular = singular(of: prepared, key: key) { return singular }
        // The spelling most articles use: this one's (if stored) or another's.
        let variants = known(String(actor.name[actor.name.index(after: space)...])).filter {
            $0.key.kind == key.kind && ($0.key == key || Self.isVariant($0.key.name, of: actor.name))
        }
        guard variants.contains(where: { $0.key != key }),
            let best = variants.max(by: { ($0.articles, $0.key == key ? 1 : 0) < ($1.articles, $1.key == key ? 1 : 0) })
        else { return nil }
        return best.key
    }

    /// For a person's name in the plural ("We can't all be Wayne Rooneys"), with no title and no
    /// role: the person of the name in the singular, if `dominance` times as many articles name them.
    private func singular(of prepared: PreparedActor, key: ActorKey) -> ActorKey? {
        let name = prepared.actor.name
        guard name.hasSuffix("s"), prepared.actor.role == nil, let space = name.lastIndex(of: " "),
            !prepared.aliases.contains(where: ActorNames.opensWithTitle)
        else { return nil }
        let singular = String(name.dropLast())
        let candidates = known(String(singular[singular.index(after: space)...]))
        guard let person = candidates.first(where: { $0.key == ActorKey(name: singular, kind: key.kind) }) else {
            return nil
        }
        let own = known(name).first { $0.key == key }?.articles ?? 0
        return person.articles >= dominance * max(own, 1) ? person.key : nil
    }

    /// For a person with no title, known by one word or by words that open with no given name
    /// ("Deutsche Boerse"), or a one-word place no word list holds: the actor of that name and
    /// another kind that at least `establishedArticles` articles established, and as many as
    /// established this one (a person with no role), or `dominance` times as many.
    private func otherKind(of prepared: PreparedActor, key: ActorKey, candidates: [KnownActor]) -> ActorKey? {
        let actor = prepared.actor
        let others = candidates.filter { $0.key.name == key.name && $0.key.kind != key.kind }
        guard !others.isEmpty, !prepared.aliases.contains(where: ActorNames.opensWithTitle) else { return nil }
        if actor.kind == .person, let first = Self.words(of: actor.name).first, actor.name.contains(" "),
            ActorNames.isGivenName(first) || actor.role != nil
        {
            return nil
        }
        let own = candidates.first { $0.key == key }?.articles ?? 0
        let factor = actor.kind == .person && actor.role == nil ? 1 : dominance
        guard let chosen = dominant(others), chosen.articles >= max(factor * own, establishedArticles) else { return nil }
        return chosen.key
    }

    /// The known actor an unresolved name may name, before the articles using the name are counted:
    /// of that name, or a person of that surname, or an organisation of that abbreviation. A name
    /// that does not stand alone names none, and a word that only opens sentences only an organisation.
    private func candidate(forUnresolved unresolved: UnresolvedName) -> KnownActor? {
        guard unresolved.standsAlone else { return nil }
        let candidates = known(unresolved.name)
        let name = unresolved.name
        let isOneWord = !name.contains(" ")
        // An organisation or place of that very name outweighs people who bear it as a surname
        // ("Kasabian" the band, not Linda Kasabian, whom it is named after).
        let isNameOfAnOrganizationOrPlace = !Self.isAbbreviation(name) && candidates.contains {
            $0.key.name == name && $0.key.kind != ActorKind.person.rawValue
        }
        let named = candidates.filter { known in
            if known.key.name == name { return true }
            guard isOneWord else { return false }
            switch known.key.kind {
            case ActorKind.person.rawValue: return !isNameOfAnOrganizationOrPlace && Self.isSurname(name, of: known.key.name)
            case ActorKind.organization.rawValue: return Self.isShortForm(name, of: known.key)
            default: return false
            }
        }
        guard let dominant = dominant(named) else { return nil }
        let chosen = longForm(of: dominant, among: candidates) ?? dominant
        guard unresolved.isMidSentence || !isOneWord || chosen.key.kind == ActorKind.organization.rawValue else {
            return nil
        }
        return chosen
    }

    /// The unresolved names that may join a known actor, each with how many articles using it
    /// would be too many (for `articlesNaming`): the store need count no further.
    func namesToCount(_ unresolved: [UnresolvedName]) -> [(name: String, limit: Int)] {
        unresolved.compactMap { name in
            candidate(forUnresolved: name).map { (name.name, $0.articles * establishedShare + 1) }
        }
    }

    /// The organisation `short` is a short form of (see `isShortForm`), of those among `candidates`:
    /// the one that leaves no doubt (`dominant`), if its initials are `short`'s name, or if at least
    /// as many articles mention it as `short` (a name's first or last word is weaker evidence: "Injured
    /// Chelsea", a slip, is no long form of Chelsea).
    private func longForm(of short: KnownActor, among candidates: [KnownActor]) -> KnownActor? {
        guard short.key.kind == ActorKind.organization.rawValue, !short.key.name.contains(" ") else { return nil }
        let longForms = candidates.filter { $0.key != short.key && Self.isShortForm(short.key.name, of: $0.key) }
        guard let chosen = dominant(longForms) else { return nil }
        return Self.isAbbreviation(short.key.name) || chosen.articles >= short.articles ? chosen : nil
    }

    /// The candidate with the most articles if it has `dominance` times as many as the others
    /// together, variant spellings (people) and short forms (organisations) of its name counted with
    /// it; nil when there is none.
    private func dominant(_ candidates: [KnownActor]) -> KnownActor? {
        guard let top = candidates.max(by: { ($0.articles, $1.id) < ($1.articles, $0.id) }) else { return nil }
        var others = 0
        for candidate in candidates where candidate.id != top.id {
            let isSameEntity =
                switch (candidate.key.kind, top.key.kind) {
                case (ActorKind.person.rawValue, ActorKind.person.rawValue):
                    Self.isVariant(candidate.key.name, of: top.key.name)
                case (ActorKind.organization.rawValue, _): Self.isShortForm(candidate.key.name, of: top.key)
                default: false
                }
            if !isSameEntity { others += candidate.articles }
        }
        return top.articles >= dominance * others && top.articles > 0 ? top : nil
    }

    // MARK: - Name shapes

    private static func words(of name: String) -> [Substring] {
        name.split(separator: " ")
    }

    /// Whether `word` is the last of two or more words of `name` and looks like a surname.
    static func isSurname(_ word: String, of name: String) -> Bool {
        endsWithWord(name, word) && (word.utf8.contains { $0 >= 0x61 && $0 <= 0x7A } || word.contains { $0.isLowercase })
    }

    /// Whether `name` ends with a space and `word` (compared as bytes: no string is made).
    private static func endsWithWord(_ name: String, _ word: String) -> Bool {
        let count = word.utf8.count
        guard name.utf8.count > count, name.utf8.reversed().starts(with: word.utf8.reversed()) else { return false }
        return name.utf8.dropLast(count).last == UInt8(ascii: " ")
    }

    /// Whether two people's names are spellings of one name: the same first and last word, the words
    /// of the shorter all in the longer in order ("George Bush", "George W Bush", "George W. Bush"),
    /// case and full stops aside ("JD Vance", "J.D. Vance").
    static func isVariant(_ first: String, of second: String) -> Bool {
        // Most names differ in their first letter: told apart before any word is normalised.
        guard first.first == second.first else { return false }
        let one = words(of: first).map(normalized)
        let other = words(of: second).map(normalized)
        guard one.count >= 2, other.count >= 2, one.first == other.first, one.last == other.last else { return false }
        let (shorter, longer) = one.count <= other.count ? (one, other) : (other, one)
        var remaining = longer[...]
        for word in shorter {
            guard let found = remaining.firstIndex(of: word) else { return false }
            remaining = remaining[(found + 1)...]
        }
        return true
    }

    /// Whether the one word `word` (an alias of the organisation `key` names) is a short form of its
    /// name: the initials ("IAAF" for International Association of Athletics Federations), or its
    /// first or last word ("United" for Manchester United).
    static func isShortForm(_ word: String, of key: ActorKey) -> Bool {
        guard key.kind == ActorKind.organization.rawValue, key.name.contains(" ") else { return false }
        if isAbbreviation(word) { return initials(of: key.name) == word.lowercased() }
        let name = key.name.utf8
        return endsWithWord(key.name, word)
            || name.starts(with: word.utf8) && name.dropFirst(word.utf8.count).first == UInt8(ascii: " ")
    }

    /// Two to six capital letters ("IAAF", "LSE").
    static func isAbbreviation(_ word: String) -> Bool {
        (2...6).contains(word.count) && word.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    /// The first letters of the words of `name` but "of", "and", "for", "the" and "&", lower-cased:
    /// "iaaf" for "International Association of Athletics Federations".
    static func initials(of name: String) -> String {
        String(words(of: name).map(normalized).filter { !minorWords.contains($0) }.compactMap(\.first))
    }

    private static let minorWords: Set<String> = ["of", "and", "for", "the", "&"]

    /// A word lower-cased, full stops dropped.
    private static func normalized(_ word: Substring) -> String {
        word.lowercased().filter { $0 != "." }
    }
}
