/// Finds the candidate mentions of one sentence or headline in a few left-to-right passes over its
/// tokens: gazetteer names and demonyms first, then names with their titles and roles, and role
/// references ("the US president").
///
/// A capitalised word alone proves nothing: a name is kept for resolution with the evidence around
/// it (title, role, apposition, given name, organisation word, "said", "in"), and `ActorResolver`
/// decides what it is once the whole article has been read.
struct UnitScanner {
    let gazetteer: Gazetteer
    let tokens: [Token]
    let unit: Int
    let isHeadline: Bool
    let body: [Unicode.Scalar]
    /// For each token, the gazetteer span covering it.
    private(set) var known: KnownSpans
    /// For each token, whether it stands inside double quotation marks; empty (none is) until the
    /// unit's first quotation mark, so that most sentences allocate nothing for it. Read it through
    /// `isQuoted(_:)`.
    private var quotedTokens: [Bool] = []

    static let particles: Set<String> = [
        "van", "von", "de", "der", "den", "du", "da", "di", "del", "della", "dos", "das", "la", "le", "ter", "ten",
        "bin", "ibn", "bint", "al", "el", "abu", "zu",
    ]
    static let connectors: Set<String> = ["of", "and", "for"]
    /// Lower-case words after a place's name that make it a club ("Newcastle striker", "Surrey
    /// captain", "Arsenal fans", "Leicestershire beat Somerset").
    static let clubCuesAfter: Set<String> = [
        "striker", "strikers", "midfielder", "midfielders", "defender", "defenders", "goalkeeper", "keeper", "winger",
        "manager", "boss", "coach", "captain", "skipper", "player", "players", "fans", "supporters", "squad",
        "team-mate", "team-mates", "teammate", "teammates", "beat", "thrashed", "drew", "batsman", "bowler",
        "all-rounder", "opener", "spinner", "playmaker", "full-back", "scrum-half", "fly-half", "shortstop",
        "pitcher", "outfielder", "infielder", "quarterback", "wicketkeeper", "defeated", "edged", "blanked", "routed", "who",
    ]
    /// Words before a place's name that make it a club ("joined Newcastle", "Leicestershire v
    /// Somerset", "signed for Southampton": "for" after one of these; "title rivals Essex",
    /// "champions Bath").
    static let clubCuesBefore: Set<String> = [
        "v", "vs", "beat", "beating", "joined", "joining", "signed", "played", "playing", "plays", "play",
        "dismiss", "dismissed", "defeated", "defeating", "rivals", "champions", "hopefuls", "holders", "visitors",
    ]
    /// Words after a place's name that end a club's name ("Manchester United", "Norwich City":
    /// "city", "town" and "county" only after a city).
    static let clubSuffixes: Set<String> = [
        "united", "rovers", "athletic", "wanderers", "albion", "hotspur", "rangers", "fc", "afc", "utd", "city", "town",
        "county",
    ]
    /// Words before a city's name that open a club's ("Real Madrid", "Dynamo Moscow", "Inter Milan").
    static let clubPrefixes: Set<String> = [
        "real", "inter", "dynamo", "dinamo", "sporting", "atletico", "olympique", "racing", "spartak", "lokomotiv",
        "ac", "fc", "as", "ss", "rotor", "torpedo", "steaua", "slavia", "sparta",
    ]
    /// Lower-case nouns of a settlement or an area: before "of" a name ("the town of Bistrita", "the
    /// province of Zhejiang") they make it a place; the first group also after it ("Stansted airport",
    /// "the Sikhin village").
    static let placeNounsAfterName: Set<String> = [
        "village", "province", "region", "district", "airport", "island", "township", "prefecture", "enclave",
        "hamlet", "municipality",
    ]
    /// Last words of grounds, parks and halls that are also surnames (`Park`, `Lane`, `Hall`): after
    /// "at" they end a place's name (`at Villa Park`, `at White Hart Lane`, `at Stamford Bridge`), while
    /// a club or a firm after "at" ends otherwise (`at West Ham`, `at Mellon Financial`).
    static let venueWords: Set<String> = [
        "park", "lane", "grove", "moor", "cottage", "meadows", "wharf", "green", "hill", "bridge", "hall", "field",
        "gardens", "common", "racecourse", "ground", "road",
    ]
    static let placeNouns: Set<String> = placeNounsAfterName.union([
        "city", "town", "state", "county", "port", "suburb", "capital", "republic", "settlement", "outskirts",
    ])
    /// Nouns of a match, before "against" a club ("their match against Nottinghamshire"), or before
    /// "over" a place that is one ("victory over Gloucester", "winners over Worcestershire").
    static let matchNouns: Set<String> = [
        "match", "game", "tie", "fixture", "clash", "win", "victory", "defeat", "draw", "final", "semi-final",
        "quarter-final", "derby", "innings", "winners",
    ]
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "warned", "warns", "argued", "argues", "explained",
        "insisted", "insists", "admitted", "claimed", "claims", "stressed", "wrote", "writes", "replied", "noted",
        "announced", "denied", "acknowledged", "suggested", "urged", "believes", "thinks", "accused", "described",
        "confirmed", "predicted", "declared", "reported",
    ]
    /// Verbs of saying after which the speaker may follow ("said Alan Greenspan,"); not "told".
    static let invertedSpeechVerbs: Set<String> = [
        "said", "says", "added", "adds", "asked", "wrote", "explained", "warned",
    ]
    /// Words between a comma and a role in an apposition ("Jonathan Powell, the UK … adviser").
    static let appositionOpeners: Set<String> = [
        "the", "a", "an", "his", "her", "its", "their", "who", "is", "was", "now", "also", "currently", "then",
    ]

    init(gazetteer: Gazetteer, tokens: [Token], unit: Int, isHeadline: Bool, body: [Unicode.Scalar]) {
        self.gazetteer = gazetteer
        self.tokens = tokens
        self.unit = unit
        self.isHeadline = isHeadline
        self.body = body
        known = KnownSpans(tokenCount: tokens.count)
        markKnownSpans()
        markQuotations()
    }

    private mutating func markKnownSpans() {
        var index = 0
        while index < tokens.count {
            // Most tokens can start neither a name nor a demonym (see `Gazetteer.name(in:body:at:)`
            // and `demonym(in:body:at:)`): skip them without the calls.
            guard tokens[index].isPossessive || !tokens[index].lexeme.flags.isDisjoint(with: [.mayStartName, .mayStartDemonym])
            else {
                index += 1
                continue
            }
            var span: KnownSpan?
            if let match = gazetteer.name(in: tokens, body: body, at: index) {
                var end = match.end
                // "Nissan Motor", "Mitsubishi Motors": organisation words after a known organisation.
                if match.entry.kind == .organization {
                    while end < tokens.count, !tokens[end - 1].isPossessive, tokens[end].isCapitalised,
                        gazetteer.isOrganizationHead(tokens[end])
                    {
                        end += 1
                    }
                }
                span = KnownSpan(start: index, end: end, meaning: .name(match.entry))
            } else if let match = gazetteer.demonym(in: tokens, body: body, at: index) {
                span = KnownSpan(start: index, end: match.end, meaning: .demonym(country: match.country))
            }
            if let span {
                known.add(span)
                index = span.end
            } else {
                index += 1
            }
        }
    }

    private mutating func markQuotations() {
        var inside = false
        for index in tokens.indices {
            guard !tokens[index].isWord else {
                if inside { quotedTokens[index] = true }
                continue
            }
            switch tokens[index].keyword {
            case .openingQuote, .closingQuote, .straightQuote:
                // Before the first quotation mark no token is quoted: the array starts all false here.
                // (`map`, not `Array(repeating:count:)`: see `KnownSpans.add(_:)`.)
                if quotedTokens.isEmpty { quotedTokens = tokens.map { _ in false } }
                switch tokens[index].keyword {
                case .openingQuote: inside = true
                case .closingQuote: inside = false
                default: inside.toggle()
                }
            default:
                if inside { quotedTokens[index] = true }
            }
        }
    }

    /// Whether the token at `index` stands inside double quotation marks.
    private func isQuoted(_ index: Int) -> Bool {
        !quotedTokens.isEmpty && quotedTokens[index]
    }

    /// Appends the candidates of the unit to `result`, in reading order. (Appending in place spares
    /// copying every candidate, and retaining and releasing its strings, out of an array per unit.)
    func appendCandidates(to result: inout [Candidate]) {
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.isWord else {
                index += 1
                continue
            }
            if token.keyword == .the, let reference = roleReference(after: index) {
                result.append(reference.candidate)
                index = reference.end
                continue
            }
            if token.isCapitalised, token.isListed(as: .clubPrefix), let run = clubRun(prefixedAt: index) {
                if let candidate = nameCandidate(run, title: nil) { result.append(candidate) }
                index = run.end
                continue
            }
            if let span = known[index], span.start == index {
                if let run = clubRun(openedBy: span) {
                    if var candidate = nameCandidate(run, title: nil) {
                        candidate.evidence.insert(.clubName)
                        result.append(candidate)
                    }
                    index = run.end
                    continue
                }
                if let run = organizationRun(openedBy: span) ?? namesakeRun(openedBy: span) {
                    if let candidate = nameCandidate(run, title: nil) { result.append(candidate) }
                    index = run.end
                    continue
                }
                if let run = cityRun(openedBy: span), var candidate = nameCandidate(run, title: nil) {
                    candidate.evidence.insert(.placeHead)
                    result.append(candidate)
                    index = run.end
                    continue
                }
                if !isGivenNameBeforeName(span) {
                    if let entry = span.entry {
                        var candidate = knownCandidate(entry, span)
                        if entry.kind == .place, !entry.isCountry, !Self.homeNations.contains(entry.canonical),
                            isClubMention(span.start, span.end)
                        {
                            candidate.evidence.insert(.organizationCue)
                        }
                        result.append(candidate)
                    }
                    index = span.end
                    continue
                }
            }
            guard token.hasCapital || isParticleStart(index) else {
                index += 1
                continue
            }
            let run = gazetteer.isStopword(token) ? nil : nameRun(from: index)
            if let run, run.hasOrganizationHead {
                if let candidate = abbreviatedCandidate(run) ?? nameCandidate(run, title: nil) {
                    result.append(candidate)
                }
                index = run.end
                continue
            }
            if let prefix = rolePrefix(at: index), let personRun = nameRun(from: prefix.nameStart) {
                if let candidate = nameCandidate(personRun, title: prefix.title) { result.append(candidate) }
                index = personRun.end
                continue
            }
            if let run {
                let opensWithRole = gazetteer.roleClass(token) != nil || gazetteer.title(token) != nil
                let isBare =
                    run.end == index + 1 && (gazetteer.isGeneric(token) || gazetteer.isOrganizationHead(token))
                if !opensWithRole, !isBare, let candidate = abbreviatedCandidate(run) ?? nameCandidate(run, title: nil)
                {
                    result.append(candidate)
                }
                index = run.end
                continue
            }
            index += 1
        }
    }

    // MARK: - Names

    /// A run of name words: token indices `start..<end`.
    struct NameRun {
        var start: Int
        var end: Int
        /// It ends in an organisation word, or grew from one through "of"/"for" ("Bank of …").
        var hasOrganizationHead: Bool
    }

    /// A word that can be part of a name: capitalised or in capitals, and no stopword.
    func isNameWord(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.isWord && (token.isCapitalised || token.isAllCaps) && !gazetteer.isStopword(token)
    }

    /// A lower-case particle that opens a surname ("van Leeuwen", "von der Leyen").
    private func isParticleStart(_ index: Int) -> Bool {
        guard tokens[index].isListed(as: .particle), !tokens[index].isPossessive else { return false }
        var next = index + 1
        while next < tokens.count, tokens[next].isListed(as: .particle) { next += 1 }
        return next < tokens.count && next > index && isNameWord(next) && next - index <= 2
    }

    /// Where a person's name may start: a name word that is no generic word, role word or title,
    /// and no gazetteer name unless it is a given name before a surname ("Jordan Henderson").
    private func isPersonNameStart(_ index: Int) -> Bool {
        guard index < tokens.count else { return false }
        if isParticleStart(index) { return true }
        let token = tokens[index]
        guard isNameWord(index), !gazetteer.isGeneric(token), gazetteer.title(token) == nil,
            gazetteer.roleClass(token) == nil || gazetteer.isGivenName(token)
        else { return false }
        if let span = known[index] { return span.start == index && isGivenNameBeforeName(span) }
        return true
    }

    /// A one-word gazetteer name that is also a given name, or a place's short name ("Rio" for Rio
    /// de Janeiro), followed by a name word: the two are a person ("Jordan Henderson", "Victoria
    /// Beckham", "Rio Ferdinand"), or another name, not the place.
    private func isGivenNameBeforeName(_ span: KnownSpan) -> Bool {
        guard span.end == span.start + 1, span.end < tokens.count, !tokens[span.start].isPossessive,
            gazetteer.isGivenName(tokens[span.start]) || isShortPlaceName(span), isNameWord(span.end),
            known[span.end] == nil
        else { return false }
        return gazetteer.roleClass(tokens[span.end]) == nil
    }

    /// Whether `span` is one word of a place's name of several that the gazetteer gives as a name of
    /// its own ("Rio" for Rio de Janeiro).
    private func isShortPlaceName(_ span: KnownSpan) -> Bool {
        guard let entry = span.entry, entry.kind == .place, !entry.isCountry, entry.canonical.contains(" ") else {
            return false
        }
        return entry.canonical.split(separator: " ").contains { $0 == text(of: span.start) }
    }

    /// Capitalised titles and role words before a name ("Prime Minister", "Mr", "Treasurer Lord"):
    /// the index where the name starts and the title right before it.
    private func rolePrefix(at start: Int) -> (nameStart: Int, title: PersonTitle?)? {
        var index = start
        var hasHead = false
        var title: PersonTitle?
        while index < tokens.count {
            let token = tokens[index]
            guard token.isWord else { break }
            if let found = gazetteer.title(token) {
                title = found
                hasHead = true
            } else if token.isCapitalised, let wordClass = gazetteer.roleClass(token), wordClass != .relation {
                title = nil
                hasHead = hasHead || wordClass == .head
            } else if index > start, token.isListed(as: .connector), index + 1 < tokens.count {
                // "Trade and Industry Secretary", "Chancellor of the Exchequer"
                let next = index + 1 < tokens.count && tokens[index + 1].keyword == .the ? index + 2 : index + 1
                guard next < tokens.count, tokens[next].isCapitalised, gazetteer.roleClass(tokens[next]) != nil else {
                    break
                }
                index = next
                continue
            } else {
                break
            }
            if token.isPossessive { return nil }
            index += 1
        }
        guard hasHead, index > start, index < tokens.count else { return nil }
        // "Director of Public Prosecutions": a prefix must end in a head, or come before a given name.
        let lastWord = tokens[index - 1]
        guard
            gazetteer.title(lastWord) != nil || gazetteer.roleClass(lastWord) == .head
                || gazetteer.isGivenName(tokens[index])
        else { return nil }
        // After "Mr" or "Lord" even a place's name is a surname ("Mr Kerry", "Mr Houston").
        let followsPersonalTitle =
            title != nil && gazetteer.roleClass(tokens[index - 1]) == nil && known[index]?.start == index
            && known[index]?.end == index + 1 && tokens[index].isCapitalised
        guard isPersonNameStart(index) || followsPersonalTitle else { return nil }
        return (index, title)
    }

    /// The name run starting at `start`, grown into an organisation's name through "of", "for",
    /// "and" or "&" where an organisation word calls for it ("Department for Trade and Industry").
    func nameRun(from start: Int) -> NameRun? {
        guard var end = basicRun(from: start, crossesKnownNames: false) else { return nil }
        // "Minister for … Families Margaret Hodge": a given name inside a run of three words or
        // more, after words that are no given name, starts a new name.
        if end - start >= 3, !gazetteer.isGivenName(tokens[start]), !gazetteer.isOrganizationHead(tokens[end - 1]),
            let given = (start + 1..<end - 1).first(where: { gazetteer.isGivenName(tokens[$0]) }),
            !tokens[given - 1].isListed(as: .particle)
        {
            end = given
        }
        if let joined = possessiveInsideName(ending: end) { end = joined }
        var runEnd = end
        var grewFromHead = false
        // Whether the run grew last by a known place ("Bank of England"), which no "in" place follows.
        var endsInPlace = false
        while runEnd < tokens.count, !tokens[runEnd - 1].isPossessive {
            let connector = tokens[runEnd].keyword
            if connector == .of || connector == .for || connector == .on {
                guard grewFromHead || gazetteer.isOrganizationHead(tokens[runEnd - 1]) else { break }
                // "Kia Motor Corp of South Korea": a company's legal ending closes its name.
                if connector == .of, isCompanyEnding(runEnd - 1) { break }
                var next = runEnd + 1
                if next < tokens.count, tokens[next].keyword == .the { next += 1 }
                guard next < tokens.count, let subEnd = basicRun(from: next, crossesKnownNames: true) else { break }
                runEnd = subEnd
                grewFromHead = true
                endsInPlace = known[next].map { $0.start == next && $0.end == subEnd && $0.entry?.kind == .place } ?? false
            } else if connector == .in, grewFromHead, !endsInPlace, runEnd + 1 < tokens.count,
                let span = known[runEnd + 1], span.start == runEnd + 1, span.entry?.kind == .place,
                !tokens[span.end - 1].isPossessive, span.end == tokens.count || !isNameWord(span.end)
            {
                // "Organisation for Security and Cooperation in Europe": a place closes a name grown
                // through "of" or "for" from an organisation word.
                runEnd = span.end
                break
            } else if connector == .ampersand, runEnd + 1 < tokens.count, isNameWord(runEnd + 1),
                let subEnd = basicRun(from: runEnd + 1, crossesKnownNames: true)
            {
                // "Ernst & Young", "Douglas & Lomason", "Langlands & Bell": names joined by "&" are
                // one firm or group, never two people.
                runEnd = subEnd
                grewFromHead = true
            } else if connector == .and || connector == .ampersand {
                // "Food and Agriculture Organisation", not "Emily Blunt and Nathalie Press" nor
                // "House of Flying Daggers and UK".
                let next = runEnd + 1
                guard next < tokens.count, known[next] == nil, !gazetteer.isGivenName(tokens[start]),
                    !gazetteer.isGivenName(tokens[next]), let subEnd = basicRun(from: next, crossesKnownNames: true),
                    grewFromHead || (subEnd - next >= 2 && gazetteer.isOrganizationHead(tokens[subEnd - 1]))
                else { break }
                runEnd = subEnd
                endsInPlace = false
            } else {
                break
            }
        }
        let endsInHead = runEnd - start >= 2 && gazetteer.isOrganizationHead(tokens[runEnd - 1])
        return NameRun(start: start, end: runEnd, hasOrganizationHead: grewFromHead || endsInHead)
    }

    /// Legal endings of companies' names ("Inc", "Corp.", "S.A.", "SpA").
    static let companyEndings: Set<String> = [
        "inc", "corp", "co", "cos", "ltd", "plc", "ag", "sa", "spa", "nv", "ab", "bhd", "llc", "gmbh", "pty", "bros",
        "limited",
    ]

    /// Whether the word at `index` is a company's legal ending (`companyEndings`).
    private func isCompanyEnding(_ index: Int) -> Bool {
        tokens[index].isWord && tokens[index].hasCapital
            && Self.companyEndings.contains(String(key(of: index).unicodeScalars.filter { $0 != "." }))
    }

    /// A name ending at `end` in a possessive that goes on into a company's name ("Boatmen's
    /// Bancshares Inc.") or, after a plural's apostrophe, into a body's ("Toronto Bond Traders'
    /// Association"): the index after the whole name, or nil. ("Britain's Labour Party" is two names.)
    private func possessiveInsideName(ending end: Int) -> Int? {
        var next = end
        if !tokens[end - 1].isPossessive {
            // A capitalised plural keeps its apostrophe as a token of its own (see `Tokenizer`).
            guard end + 1 < tokens.count, !tokens[end].isWord, tokens[end].start == tokens[end - 1].end,
                tokens[end].end == tokens[end].start + 1, body[tokens[end].start] == "'" || body[tokens[end].start] == "’",
                body[tokens[end - 1].end - 1] == "s"
            else { return nil }
            next = end + 1
        }
        guard next < tokens.count, isNameWord(next), known[next] == nil,
            let subEnd = basicRun(from: next, crossesKnownNames: true), !tokens[subEnd - 1].isPossessive
        else { return nil }
        if isCompanyEnding(subEnd - 1) { return subEnd }
        return next > end && gazetteer.isOrganizationHead(tokens[subEnd - 1]) ? subEnd : nil
    }

    /// Name words and particles from `start`; the index after them, or nil for none. A gazetteer
    /// name ends the run unless `crossesKnownNames`, or unless it follows one given name.
    private func basicRun(from start: Int, crossesKnownNames: Bool) -> Int? {
        var index = start
        while index < tokens.count {
            if index > start, !crossesKnownNames, let span = known[index], span.start == index,
                !(span.end == index + 1 && gazetteer.isGivenName(tokens[index - 1])),
                !isDemonymInsideName(span)
            {
                break
            }
            if isNameWord(index) || isSurnameAfterGivenName(index, runStart: start) {
                index += 1
                if tokens[index - 1].isPossessive { break }
            } else if isParticleStart(index) {
                index += 1
            } else {
                break
            }
        }
        return index > start ? index : nil
    }

    /// A capitalised stopword right after a given name is a surname ("Theresa May").
    private func isSurnameAfterGivenName(_ index: Int, runStart: Int) -> Bool {
        index == runStart + 1 && tokens[index].isCapitalised && !tokens[index].isAllCaps
            && gazetteer.isGivenName(tokens[runStart])
    }

    /// A demonym between two name words belongs to the name ("Associated British Ports").
    private func isDemonymInsideName(_ span: KnownSpan) -> Bool {
        guard case .demonym = span.meaning, !tokens[span.end - 1].isPossessive else { return false }
        return span.end < tokens.count && isNameWord(span.end) && known[span.end] == nil
    }

    /// A club named after its city: the city and a club word ("Manchester United", "Derby County"),
    /// or a plural name ("Philadelphia Eagles", "San Diego Padres").
    private func clubRun(openedBy span: KnownSpan) -> NameRun? {
        guard let entry = span.entry, entry.kind == .place, !entry.isCountry, span.end < tokens.count,
            !tokens[span.end - 1].isPossessive
        else { return nil }
        let next = tokens[span.end]
        if let following = known[span.end] {
            // "Cleveland Indians": a city and a plural demonym.
            guard entry.isCity, case .demonym = following.meaning, following.end == span.end + 1, !next.isPossessive,
                key(of: span.end).hasSuffix("s"), following.end == tokens.count || !isNameWord(following.end)
            else { return nil }
            return NameRun(start: span.start, end: following.end, hasOrganizationHead: true)
        }
        // "Portsmouth City Council" goes on: an organisation's name, not a club's.
        guard next.isWord, next.isCapitalised, !next.isAllCaps || next.isListed(as: .clubSuffix),
            next.isPossessive || span.end + 1 == tokens.count || !isNameWord(span.end + 1)
        else { return nil }
        if next.isListed(as: .clubSuffix) {
            let word = key(of: span.end)
            if word == "city" || word == "town" || word == "county", !entry.isCity { return nil }
            return NameRun(start: span.start, end: span.end + 1, hasOrganizationHead: true)
        }
        // A team's plural name: "Eagles", "Padres", "Colorado Rockies", not "Hills" nor "Islands".
        guard next.isASCII, body[next.end - 1] == "s", next.end - next.start >= 4,
            !next.isPossessive, isNameWord(span.end), !gazetteer.isOrganizationHead(next), !next.isListed(as: .placeHead),
            !gazetteer.isGeneric(next), gazetteer.roleClass(next) == nil,
            !Self.pluralPlaceWords.contains(key(of: span.end))
        else { return nil }
        return NameRun(start: span.start, end: span.end + 1, hasOrganizationHead: true)
    }

    /// A region or sea that opens a city's name: "Kansas City", "Atlantic City". (After a city,
    /// "City" makes a club: `clubRun(openedBy:)`.)
    private func cityRun(openedBy span: KnownSpan) -> NameRun? {
        guard let entry = span.entry, entry.kind == .place, !entry.isCity, !entry.isCountry, span.end < tokens.count,
            !tokens[span.end - 1].isPossessive, known[span.end] == nil, tokens[span.end].isCapitalised,
            key(of: span.end) == "city", span.end + 1 == tokens.count || !isNameWord(span.end + 1)
        else { return nil }
        return NameRun(start: span.start, end: span.end + 1, hasOrganizationHead: false)
    }

    /// Nations that field national teams as countries do: "England captain" is no club.
    static let homeNations: Set<String> = ["England", "Scotland", "Wales", "Northern Ireland"]

    /// Verbs (and "who") among `clubCuesAfter`: after a name that may be a person's they say nothing;
    /// after a place's name they make a team of it ("Leicestershire, who beat", "St Louis defeated").
    static let clubVerbs: Set<String> = ["beat", "thrashed", "drew", "defeated", "edged", "blanked", "routed", "who"]

    /// Plural words that end places' names, not clubs' ("Beverly Hills").
    static let pluralPlaceWords: Set<String> = [
        "hills", "heights", "falls", "springs", "gardens", "fields", "docks", "sands", "downs", "glades", "lakes",
        "woods", "meadows", "rocks", "keys", "plains", "flats", "shoals", "narrows", "rapids", "pines",
        "dales", "broads", "beacons", "isles", "islands", "mountains", "moors", "wolds", "glens", "marshes", "lochs",
        "wells", "cliffs", "valleys", "forests", "territories", "states", "provinces", "counties", "emirates",
    ]

    /// A club word before a city: "Real Madrid", "Dynamo Moscow", "Inter Milan".
    private func clubRun(prefixedAt index: Int) -> NameRun? {
        guard index + 1 < tokens.count, !tokens[index].isPossessive, let span = known[index + 1],
            span.start == index + 1, let entry = span.entry, entry.kind == .place, entry.isCity
        else { return nil }
        return NameRun(start: index, end: span.end, hasOrganizationHead: true)
    }

    /// Whether the place named by tokens `start..<end` stands for a club: a club word after it
    /// ("Surrey captain", "Chelsea's manager", "Leicestershire beat"), or one before it ("joined
    /// Newcastle", "v Somerset", "signed for Southampton", "their match against Nottinghamshire").
    /// For a name the gazetteer does not hold (`isPlace` false), which may be a person's, only a
    /// noun after it or "for" after a verb of signing and playing count ("Arsenal fans", "signed
    /// for Chelsea"; not "Federer beat", "joined Tony Blair").
    func isClubMention(_ start: Int, _ end: Int, isPlace: Bool = true) -> Bool {
        if end < tokens.count, tokens[end].isListed(as: .clubCueAfter), !tokens[end].hasCapital {
            return isPlace || !Self.clubVerbs.contains(key(of: end))
        }
        if isPlace, isClubCueAfterPlace(end) { return true }
        guard start >= 1 else { return false }
        let previous = tokens[start - 1]
        if isPlace, previous.isListed(as: .clubCueBefore), !previous.hasCapital { return true }
        guard start >= 2, !tokens[start - 2].hasCapital else { return false }
        let before = tokens[start - 2]
        switch previous.keyword {
        case .for: return before.isListed(as: .clubCueBefore)
        case .against: return before.isListed(as: .matchNoun)
        default:
            // "victory over Gloucester": only a place, as people are beaten too ("victory over Agassi").
            return isPlace && before.isListed(as: .matchNoun) && previous.isWord && !previous.hasCapital
                && key(of: start - 1) == "over"
        }
    }

    /// After a place's name, words that only a team takes: ", who" ("Surrey, who thrashed"), and
    /// a club word after its possessive and a nationality ("Derbyshire's Australian captain").
    private func isClubCueAfterPlace(_ end: Int) -> Bool {
        guard end + 1 < tokens.count else { return false }
        if tokens[end].keyword == .comma {
            return tokens[end + 1].isListed(as: .clubCueAfter) && key(of: end + 1) == "who"
        }
        guard tokens[end - 1].isPossessive, let span = known[end], span.start == end, case .demonym = span.meaning,
            span.end < tokens.count, tokens[span.end].isListed(as: .clubCueAfter), !tokens[span.end].hasCapital
        else { return false }
        return !Self.clubVerbs.contains(key(of: span.end))
    }

    /// A place or demonym opening an organisation's name ("Blackpool Hotel Association",
    /// "Portsmouth City Council"); a country only before one organisation word ("France Telecom"),
    /// else it stays apart ("US" + "Securities Exchange Commission").
    private func organizationRun(openedBy span: KnownSpan) -> NameRun? {
        if let entry = span.entry, entry.kind != .place { return nil }
        guard span.end < tokens.count, !tokens[span.end - 1].isPossessive, isNameWord(span.end),
            known[span.end] == nil, let run = nameRun(from: span.end),
            run.hasOrganizationHead || gazetteer.isOrganizationHead(tokens[run.end - 1])
        else { return nil }
        if span.entry?.isCountry == true, run.end - run.start > 1 { return nil }
        return NameRun(start: span.start, end: run.end, hasOrganizationHead: true)
    }

    /// A place or demonym before an organisation the gazetteer holds for another country (or for
    /// none): a body of its own, not the listed one ("Indonesian Democratic Party", "NSW Treasury",
    /// "North Korean Red Cross"); not "French UN envoy", nor "US Democratic Party".
    private func namesakeRun(openedBy span: KnownSpan) -> NameRun? {
        if let entry = span.entry, entry.kind != .place { return nil }
        guard span.end < tokens.count, !tokens[span.end - 1].isPossessive, let next = known[span.end],
            next.start == span.end, let organization = next.entry, organization.kind == .organization,
            next.end == tokens.count || !isNameWord(next.end), !(span.end..<next.end).contains(where: { tokens[$0].isAllCaps })
        else { return nil }
        // A region no country holds is another place than the body's home ("Kurdistan Democratic Party").
        let country = span.country ?? span.entry?.country
        if let home = organization.country {
            guard home != country else { return nil }
        } else {
            guard country != nil, next.end - next.start >= 2 else { return nil }
        }
        return NameRun(start: span.start, end: next.end, hasOrganizationHead: true)
    }

    // MARK: - Candidates

    /// A name followed by a known abbreviation in brackets is that abbreviation's organisation:
    /// "the US Securities Exchange Commission (SEC)" is the gazetteer's SEC.
    private func abbreviatedCandidate(_ run: NameRun) -> Candidate? {
        let open = run.end
        guard open + 2 < tokens.count, tokens[open].keyword == .openingBracket, let span = known[open + 1], span.start == open + 1,
            span.end < tokens.count, tokens[span.end].keyword == .closingBracket, let entry = span.entry, entry.kind == .organization
        else { return nil }
        return knownCandidate(entry, KnownSpan(start: run.start, end: run.end, meaning: span.meaning))
    }

    /// The candidate for a gazetteer name. It needs no `words`: resolution reads them only for
    /// names the gazetteer does not hold.
    private func knownCandidate(_ entry: GazetteerName, _ span: KnownSpan) -> Candidate {
        Candidate(
            reference: .known(entry), unit: unit, start: tokens[span.start].start, end: tokens[span.end - 1].end,
            wordRanges: [], nameRange: 0..<0, title: nil,
            role: nil, evidence: [], isInHeadline: isHeadline)
    }

    /// The candidate for a name run; nil for the name of a law, plan or event ("Road Safety Bill").
    private func nameCandidate(_ run: NameRun, title: PersonTitle?) -> Candidate? {
        guard !tokens[run.end - 1].isListed(as: .nonActorHead) else { return nil }
        var evidence = evidence(around: run)
        var role = roleBefore(run.start, adjacent: true)
        if let role { evidence.insert(role.normalized == nil ? .relation : .role) }
        if role == nil, run.start >= 2, tokens[run.start - 1].keyword == .comma, closesApposition(run.end) {
            role = roleBefore(run.start - 1, adjacent: false)
        }
        if role == nil { role = roleInApposition(after: run.end) }
        if let role, evidence.isDisjoint(with: [.role, .relation]) {
            evidence.insert(role.normalized == nil ? .relation : .appositionRole)
        }
        let hasTitle = title != nil && run.start > 0 && gazetteer.title(tokens[run.start - 1]) != nil
        if hasTitle { evidence.insert(.title) }
        // "Mr Blair" is written with its title; in "President Macron" the title is the role.
        let opening = hasTitle && gazetteer.roleClass(tokens[run.start - 1]) == nil ? run.start - 1 : run.start
        return Candidate(
            reference: .name, unit: unit, start: tokens[opening].start, end: tokens[run.end - 1].end,
            wordRanges: wordRanges(run.start..<run.end),
            nameRange: tokens[run.start].start..<tokens[run.end - 1].end,
            title: hasTitle ? title : nil, role: role, evidence: evidence, isInHeadline: isHeadline)
    }

    /// Whether a name ending at `end` closes a ", Name" apposition: a comma, a full stop, the end,
    /// or a verb of saying follows ("the transport minister, David Okafor, are due").
    private func closesApposition(_ end: Int) -> Bool {
        if end == tokens.count { return true }
        switch tokens[end].keyword {
        case .comma, .fullStop, .semicolon, .closingBracket: return true
        default: return tokens[end].isListed(as: .speechVerb)
        }
    }

    /// The word or punctuation mark at token `index` as written, possessive ending left out.
    func text(of index: Int) -> String {
        String(scalars: body[tokens[index].start..<tokens[index].end])
    }

    /// The key of the token at `index` (see `Token`).
    func key(of index: Int) -> String {
        Tokenizer.key(of: tokens[index], in: body)
    }

    /// The body offsets of the words (not punctuation) of `range`.
    private func wordRanges(_ range: Range<Int>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(range.count)
        for index in range where tokens[index].isWord { ranges.append(tokens[index].start..<tokens[index].end) }
        return ranges
    }

    /// The body text of `range`'s tokens, possessive ending left out.
    func text(_ range: Range<Int>) -> String {
        String(scalars: body[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end])
    }

    /// A plural name after "the" that no list knows: a team, a band or a party ("the Mets", "the Blue
    /// Jays", "the Saracens"), not an event ("the Olympics": `nonActorHead`), nor a people or a
    /// party's members ("the Democrats": a generic word with an "s").
    private func isGroupName(_ run: NameRun) -> Bool {
        let last = tokens[run.end - 1]
        guard last.isASCII, last.isCapitalised, !last.isAllCaps, !last.isPossessive, last.end - last.start >= 4,
            !last.isListed(as: .nonActorHead), !last.isListed(as: .placeHead), !gazetteer.isGeneric(tokens[run.start])
        else { return false }
        let word = key(of: run.end - 1)
        guard word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is"),
            !word.hasSuffix("ics"), !Self.pluralPlaceWords.contains(word)
        else { return false }
        return !gazetteer.genericWords.contains(String(text(of: run.end - 1).dropLast()))
            && (run.end - run.start == 1 || !gazetteer.isGivenName(tokens[run.start]))
    }

    /// Lower-case nouns of the press after a name ("Liberte newspaper", "Zycie Warszawy daily").
    static let mediaNouns: Set<String> = ["newspaper", "newspapers", "daily", "weekly", "magazine", "tabloid"]

    /// Two capitalised words or more right before `end` that no list holds as a place or a person's
    /// given name: the name an abbreviation in brackets spells ("Human Rights National Observatory
    /// (ONDH)").
    private func isUnlistedName(endingAt end: Int) -> Bool {
        guard end >= 2, isNameWord(end - 1), isNameWord(end - 2), !tokens[end - 1].isPossessive,
            !tokens[end - 2].isPossessive, known[end - 1] == nil, !gazetteer.isGivenName(tokens[end - 2])
        else { return false }
        return true
    }

    /// The evidence the words around `run` give, titles and roles aside.
    private func evidence(around run: NameRun) -> Evidence {
        var evidence: Evidence = []
        let wordCount = run.end - run.start
        if !isHeadline, (0..<run.start).contains(where: { tokens[$0].isWord }) { evidence.insert(.midSentence) }
        let first = tokens[run.start]
        let last = tokens[run.end - 1]
        if run.hasOrganizationHead { evidence.insert(.organizationHead) }
        if wordCount >= 2, last.isListed(as: .placeHead) { evidence.insert(.placeHead) }
        if wordCount == 1, first.isAllCaps, text(of: run.start).count <= 6 { evidence.insert(.acronym) }
        if wordCount >= 2, gazetteer.isGivenName(first) { evidence.insert(.givenName) }
        let before = run.start - 1
        if before >= 0 {
            let previous = tokens[before]
            let startsWithGivenName = wordCount >= 2 && gazetteer.isGivenName(first)
            if previous.isListed(as: .organizationNoun) && !previous.isPossessive && !startsWithGivenName {
                evidence.formUnion([.organizationCue, .organizationNoun])
            } else if previous.keyword == .comma, before >= 1, tokens[before - 1].isListed(as: .organizationNoun) {
                evidence.formUnion([.organizationCue, .organizationNoun])
            } else if previous.keyword == .in {
                if before >= 1, tokens[before - 1].keyword == .shares {
                    evidence.insert(.organizationCue)
                } else if wordCount <= 2, !evidence.contains(.acronym) {
                    evidence.insert(.afterIn)
                }
            } else if previous.keyword == .at, (2...3).contains(wordCount), !last.isPossessive,
                Self.venueWords.contains(key(of: run.end - 1))
            {
                evidence.insert(.afterAt)
            } else if previous.isListed(as: .invertedSpeechVerb), !isQuoted(run.start), !isHeadline,
                !last.isPossessive,
                run.end == tokens.count || !tokens[run.end].isWord
                    || tokens[run.end].keyword == .of || tokens[run.end].keyword == .at
            {
                evidence.insert(.speechVerb)
            }
            if isAfterRoleAndPreposition(run.start) { evidence.insert(.organizationCue) }
            if previous.keyword == .of, before >= 1, tokens[before - 1].isListed(as: .placeNoun),
                !tokens[before - 1].hasCapital
            {
                evidence.insert(.placeCue)  // "the town of Bistrita"
            }
            // "the Mets", not "Lord of the Rings"
            let isInTitle = before >= 2 && tokens[before - 1].keyword == .of && tokens[before - 2].hasCapital
            // "the Kurdistan Democratic Party (KDP)": an abbreviation in brackets after a body's name.
            if evidence.contains(.acronym), previous.keyword == .openingBracket, before >= 1,
                tokens[before - 1].isListed(as: .organizationHead) || known[before - 1]?.organization != nil
                    || isUnlistedName(endingAt: before),
                run.end < tokens.count, tokens[run.end].keyword == .closingBracket
            {
                evidence.insert(.organizationCue)
            }
            if previous.keyword == .the, wordCount <= 2, !isInTitle, isGroupName(run) {
                evidence.insert(.organizationCue)
            }
            if evidence.contains(.acronym), previous.keyword == .told || previous.keyword == .tells {
                evidence.insert(.organizationCue)  // "told GMTV", "told the BBC"
            }
            // "told the Sun:", "told the Financial Times that": a person is told without "the".
            if previous.keyword == .the, before >= 1, tokens[before - 1].keyword == .told || tokens[before - 1].keyword == .tells,
                run.end == tokens.count || !tokens[run.end].isWord || tokens[run.end].keyword == .that
            {
                evidence.insert(.organizationCue)
            }
        }
        if run.end < tokens.count {
            let next = tokens[run.end]
            if next.isWord, !next.hasCapital, !last.isPossessive {
                let nextKey = key(of: run.end)
                if Self.placeNounsAfterName.contains(nextKey) {
                    evidence.insert(.placeCue)  // "Stansted airport"
                } else if Self.mediaNouns.contains(nextKey)
                    || (nextKey == "news" && run.end + 1 < tokens.count && key(of: run.end + 1) == "agency")
                {
                    evidence.formUnion([.organizationCue, .organizationNoun])  // "Liberte newspaper said"
                }
            }
            if next.keyword == .shares || next.keyword == .share {
                evidence.insert(.organizationCue)
            } else if next.isListed(as: .speechVerb) {
                let pronoun = run.end + 1 < tokens.count ? tokens[run.end + 1].keyword : nil
                if pronoun == .it {
                    evidence.insert(.organizationCue)
                } else if pronoun == .he || pronoun == .she {
                    evidence.insert(.personalPronoun)
                } else if !isQuoted(run.start), !isHeadline {
                    evidence.insert(.speechVerb)
                }
            } else if last.isPossessive, isRoleWithinTwo(after: run.end),
                wordCount == 1 || !gazetteer.isGivenName(first)
            {
                evidence.insert(.organizationCue)  // "Chelsea's manager", not "Glenn Hoddle's players"
            } else if next.keyword == .comma, isOrganizationApposition(after: run.end) {
                evidence.formUnion([.organizationCue, .organizationNoun, .apposition])
            } else if next.keyword == .comma, run.end + 1 < tokens.count, tokens[run.end + 1].keyword == .which {
                evidence.insert(.organizationCue)
            }
        }
        if isAfterNationality(run) { evidence.insert(.nationality) }
        if wordCount <= 3, !evidence.contains(.givenName), isClubMention(run.start, run.end, isPlace: false) {
            evidence.insert(.organizationCue)
        }
        if isFollowedByAge(run.end) { evidence.insert(.age) }
        if wordCount == 1, isListedWithPlaces(run) || isFollowedByRegion(run) { evidence.insert(.placeCue) }
        if !evidence.contains(.givenName), isListedWithOrganizations(run) { evidence.insert(.organizationCue) }
        if evidence.contains(.acronym), isQualifyingRole(after: run) { evidence.insert(.organizationCue) }
        return evidence
    }

    /// A demonym or a place's possessive right before `start`: "Kenyan Bernard Lagat", "Canada's
    /// Nate Brannen".
    private func isAfterNationality(_ run: NameRun) -> Bool {
        guard run.start >= 1, let span = known[run.start - 1], span.end == run.start else { return false }
        // "Jakarta's Tanjung Priok port", "Italian Roman Catholic organisation": a name qualifying a
        // common noun is no person's.
        if run.end < tokens.count, tokens[run.end].isWord, !tokens[run.end].hasCapital,
            tokens[run.end].isListed(as: .placeHead) || tokens[run.end].isListed(as: .organizationNoun)
                || Self.siteNouns.contains(key(of: run.end))
        {
            return false
        }
        switch span.meaning {
        case .demonym: return !tokens[run.start - 1].isPossessive
        case .name(let entry): return entry.kind == .place && tokens[run.start - 1].isPossessive
        }
    }

    /// Lower-case nouns of sites and bodies that a place's name qualifies ("Tanjung Priok port").
    static let siteNouns: Set<String> = [
        "port", "area", "district", "region", "province", "plant", "factory", "prison", "camp", "mine", "field",
        "township", "suburb", "village", "town", "city", "airport", "stadium", "organisation", "archdiocese",
        "diocese", "church", "university", "hospital", "market", "index", "exchange",
    ]

    /// ", 31," or ", 31." right after a name: an age, which only a person has.
    private func isFollowedByAge(_ end: Int) -> Bool {
        guard end + 2 < tokens.count, tokens[end].keyword == .comma, tokens[end + 2].keyword == .comma
            || tokens[end + 2].keyword == .fullStop,
            !tokens[end - 1].isPossessive
        else { return false }
        let number = tokens[end + 1]
        guard number.isWord, number.end - number.start == 2 else { return false }
        let digits = body[number.start..<number.end]
        return digits.allSatisfy { $0.properties.numericType == .decimal && $0.isASCII }
            && digits.first! >= "1"
    }

    /// A word in a list of three or more whose neighbour is a known place: "Leicester, Somerset,
    /// Basingstoke and Torbay" (not "In Europe, Arcelor shed", nor "the UK's Corus and France's").
    private func isListedWithPlaces(_ run: NameRun) -> Bool {
        func isSeparator(_ index: Int) -> Bool {
            index >= 0 && index < tokens.count && isListSeparator(tokens[index])
        }
        func placeSpan(_ index: Int) -> KnownSpan? {
            guard index >= 0, index < tokens.count, let span = known[index], span.entry?.kind == .place,
                !tokens[span.end - 1].isPossessive
            else { return nil }
            return span
        }
        guard !tokens[run.end - 1].isPossessive else { return false }
        if isSeparator(run.start - 1), let previous = placeSpan(run.start - 2),
            isSeparator(previous.start - 1) || isSeparator(run.end)
        {
            return true
        }
        if isSeparator(run.end), let next = placeSpan(run.end + 1), next.start == run.end + 1,
            isSeparator(run.start - 1) || isSeparator(next.end)
        {
            return true
        }
        return false
    }

    /// "of Headingley, Leeds", "at Hatfield, Hertfordshire": a town before a known place.
    private func isFollowedByRegion(_ run: NameRun) -> Bool {
        guard run.end + 1 < tokens.count, tokens[run.end].keyword == .comma, !tokens[run.end - 1].isPossessive,
            let span = known[run.end + 1], span.start == run.end + 1, span.entry?.kind == .place,
            !tokens[span.end - 1].isPossessive, run.start >= 1
        else { return false }
        switch tokens[run.start - 1].keyword {
        case .of, .at, .in, .from, .near: return true
        default: return false
        }
    }

    /// A name in a list with a known organisation or an organisation-worded name: "Altria Group,
    /// RJ Reynolds Tobacco, Lorillard Tobacco, Liggett Group and …".
    private func isListedWithOrganizations(_ run: NameRun) -> Bool {
        guard !tokens[run.end - 1].isPossessive else { return false }
        func isOrganization(at index: Int) -> Bool {
            guard index >= 0, index < tokens.count else { return false }
            if let span = known[index] {
                return span.entry?.kind == .organization && !tokens[span.end - 1].isPossessive
            }
            return false
        }
        // Both neighbours must be list separators, so that an apposition ("the Bar Council, Guy
        // Mansfield QC warned") is no list.
        guard run.start >= 2, run.end + 1 < tokens.count, isListSeparator(tokens[run.start - 1]),
            isListSeparator(tokens[run.end])
        else { return false }
        if isOrganization(at: run.start - 2) { return true }
        if gazetteer.isOrganizationHead(tokens[run.start - 2]), tokens[run.start - 2].isCapitalised { return true }
        if isOrganization(at: run.end + 1) { return true }
        if isNameWord(run.end + 1), let next = nameRun(from: run.end + 1), next.hasOrganizationHead { return true }
        return false
    }

    /// "ING analyst Gerard Rijk", "NUJ official Barry Fitzpatrick": an abbreviation before a role
    /// and a name qualifies that role, so it is an organisation.
    private func isQualifyingRole(after run: NameRun) -> Bool {
        var index = run.end
        guard !tokens[index - 1].isPossessive else { return false }
        while index < tokens.count, gazetteer.roleClass(tokens[index]) == .modifier, !tokens[index].isCapitalised {
            index += 1
        }
        guard index + 1 < tokens.count, !tokens[index].isCapitalised, gazetteer.roleClass(tokens[index]) == .head else {
            return false
        }
        return isNameWord(index + 1)
    }

    /// "economist at Lehman Brothers", "president of ClearView Economics": a role word shortly
    /// before "at" or "of" (and "the") right before the name.
    private func isAfterRoleAndPreposition(_ start: Int) -> Bool {
        var index = start - 1
        if index >= 0, tokens[index].keyword == .the { index -= 1 }
        guard index >= 1, tokens[index].keyword == .at || tokens[index].keyword == .of else { return false }
        for back in stride(from: index - 1, through: max(0, index - 6), by: -1) {
            if tokens[back].keyword == .fullStop || tokens[back].keyword == .semicolon { return false }
            if gazetteer.roleClass(tokens[back]) == .head { return true }
        }
        return false
    }

    /// "BA's chief executive", "TBWA's boss": a role word within two words.
    private func isRoleWithinTwo(after index: Int) -> Bool {
        for next in index..<min(index + 2, tokens.count) where gazetteer.roleClass(tokens[next]) == .head {
            return true
        }
        return false
    }

    /// ", the Danish shipping group," after a name.
    private func isOrganizationApposition(after comma: Int) -> Bool {
        var index = comma + 1
        switch index < tokens.count ? tokens[index].keyword : nil {
        case .the, .a, .an, .one, .its: break
        default: return false
        }
        while index < tokens.count,
            tokens[index].isListed(as: .appositionOpener) || tokens[index].keyword == .one
                || tokens[index].keyword == .of
        {
            index += 1
        }
        for next in index..<min(index + 5, tokens.count) {
            let token = tokens[next]
            if !token.isWord || token.isListed(as: .speechVerb) { return false }
            if token.isListed(as: .organizationNoun) {
                let after = next + 1
                return after == tokens.count || !tokens[after].isWord
                    || isOrganizationNounFollower(tokens[after])
            }
        }
        return false
    }

    /// "," or "and", between the items of a list.
    private func isListSeparator(_ token: Token) -> Bool {
        token.keyword == .comma || token.keyword == .and
    }

    /// A word that may follow the organisation noun of an apposition (", the Danish shipping group at").
    private func isOrganizationNounFollower(_ token: Token) -> Bool {
        switch token.keyword {
        case .at, .of, .in, .which, .that, .with, .and: true
        default: false
        }
    }
}
