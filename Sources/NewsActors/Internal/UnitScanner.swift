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
    private(set) var known: [KnownSpan?]
    /// For each token, whether it stands inside double quotation marks.
    private(set) var isQuoted: [Bool]

    static let particles: Set<String> = [
        "van", "von", "de", "der", "den", "du", "da", "di", "del", "della", "dos", "das", "la", "le", "ter", "ten",
        "bin", "ibn", "bint", "al", "el", "abu", "zu",
    ]
    static let connectors: Set<String> = ["of", "and", "for"]
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
        known = Array(repeating: nil, count: tokens.count)
        isQuoted = Array(repeating: false, count: tokens.count)
        markKnownSpans()
        markQuotations()
    }

    private mutating func markKnownSpans() {
        var index = 0
        while index < tokens.count {
            var span: KnownSpan?
            if let match = gazetteer.name(in: tokens, at: index) {
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
            } else if let match = gazetteer.demonym(in: tokens, at: index) {
                span = KnownSpan(start: index, end: match.end, meaning: .demonym(country: match.country))
            }
            if let span {
                for covered in span.start..<span.end { known[covered] = span }
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
                isQuoted[index] = inside
                continue
            }
            switch tokens[index].text {
            case "“": inside = true
            case "”": inside = false
            case "\"": inside.toggle()
            default: isQuoted[index] = inside
            }
        }
    }

    /// The candidates of the unit, in reading order.
    func candidates() -> [Candidate] {
        var result: [Candidate] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.isWord else {
                index += 1
                continue
            }
            if token.key == "the", let reference = roleReference(after: index) {
                result.append(reference.candidate)
                index = reference.end
                continue
            }
            if let span = known[index], span.start == index {
                if let run = organizationRun(openedBy: span) {
                    if let candidate = nameCandidate(run, title: nil) { result.append(candidate) }
                    index = run.end
                    continue
                }
                if !isGivenNameBeforeName(span) {
                    if let entry = span.entry { result.append(knownCandidate(entry, span)) }
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
        return result
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
        guard tokens[index].key.utf8.count <= 5, Self.particles.contains(tokens[index].key), !tokens[index].isPossessive
        else { return false }
        var next = index + 1
        while next < tokens.count, Self.particles.contains(tokens[next].key) { next += 1 }
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

    /// A one-word gazetteer name that is also a given name and is followed by a name word: the
    /// two are a person ("Jordan Henderson", "Victoria Beckham").
    private func isGivenNameBeforeName(_ span: KnownSpan) -> Bool {
        guard span.end == span.start + 1, span.end < tokens.count, !tokens[span.start].isPossessive,
            gazetteer.isGivenName(tokens[span.start]), isNameWord(span.end), known[span.end] == nil
        else { return false }
        return gazetteer.roleClass(tokens[span.end]) == nil
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
            } else if index > start, Self.connectors.contains(token.key), index + 1 < tokens.count {
                // "Trade and Industry Secretary", "Chancellor of the Exchequer"
                let next = index + 1 < tokens.count && tokens[index + 1].key == "the" ? index + 2 : index + 1
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
            !Self.particles.contains(tokens[given - 1].key)
        {
            end = given
        }
        var runEnd = end
        var grewFromHead = false
        while runEnd < tokens.count, !tokens[runEnd - 1].isPossessive {
            let connector = tokens[runEnd].key
            if connector == "of" || connector == "for" || connector == "on" {
                guard grewFromHead || gazetteer.isOrganizationHead(tokens[runEnd - 1]) else { break }
                var next = runEnd + 1
                if next < tokens.count, tokens[next].key == "the" { next += 1 }
                guard next < tokens.count, let subEnd = basicRun(from: next, crossesKnownNames: true) else { break }
                runEnd = subEnd
                grewFromHead = true
            } else if connector == "and" || connector == "&" {
                // "Food and Agriculture Organisation", not "Emily Blunt and Nathalie Press" nor
                // "House of Flying Daggers and UK".
                let next = runEnd + 1
                guard next < tokens.count, known[next] == nil, !gazetteer.isGivenName(tokens[start]),
                    !gazetteer.isGivenName(tokens[next]), let subEnd = basicRun(from: next, crossesKnownNames: true),
                    grewFromHead || (subEnd - next >= 2 && gazetteer.isOrganizationHead(tokens[subEnd - 1]))
                else { break }
                runEnd = subEnd
            } else {
                break
            }
        }
        let endsInHead = runEnd - start >= 2 && gazetteer.isOrganizationHead(tokens[runEnd - 1])
        return NameRun(start: start, end: runEnd, hasOrganizationHead: grewFromHead || endsInHead)
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

    // MARK: - Candidates

    /// A name followed by a known abbreviation in brackets is that abbreviation's organisation:
    /// "the US Securities Exchange Commission (SEC)" is the gazetteer's SEC.
    private func abbreviatedCandidate(_ run: NameRun) -> Candidate? {
        let open = run.end
        guard open + 2 < tokens.count, tokens[open].text == "(", let span = known[open + 1], span.start == open + 1,
            span.end < tokens.count, tokens[span.end].text == ")", let entry = span.entry, entry.kind == .organization
        else { return nil }
        return knownCandidate(entry, KnownSpan(start: run.start, end: run.end, meaning: span.meaning))
    }

    private func knownCandidate(_ entry: GazetteerName, _ span: KnownSpan) -> Candidate {
        Candidate(
            reference: .known(entry), unit: unit, start: tokens[span.start].start, end: tokens[span.end - 1].end,
            words: tokens[span.start..<span.end].filter(\.isWord).map(\.text), nameText: entry.canonical, title: nil,
            role: nil, evidence: [], isInHeadline: isHeadline)
    }

    /// The candidate for a name run; nil for the name of a law, plan or event ("Road Safety Bill").
    private func nameCandidate(_ run: NameRun, title: PersonTitle?) -> Candidate? {
        guard !gazetteer.nonActorHeads.contains(tokens[run.end - 1].key) else { return nil }
        var evidence = evidence(around: run)
        var role = roleBefore(run.start, adjacent: true)
        if let role { evidence.insert(role.normalized == nil ? .relation : .role) }
        if role == nil, run.start >= 2, tokens[run.start - 1].text == ",", closesApposition(run.end) {
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
            words: tokens[run.start..<run.end].filter(\.isWord).map(\.text), nameText: text(run.start..<run.end),
            title: hasTitle ? title : nil, role: role, evidence: evidence, isInHeadline: isHeadline)
    }

    /// Whether a name ending at `end` closes a ", Name" apposition: a comma, a full stop, the end,
    /// or a verb of saying follows ("the transport minister, David Okafor, are due").
    private func closesApposition(_ end: Int) -> Bool {
        end == tokens.count || [",", ".", ";", ")"].contains(tokens[end].text)
            || Self.speechVerbs.contains(tokens[end].key)
    }

    /// The body text of `range`'s tokens, possessive ending left out.
    func text(_ range: Range<Int>) -> String {
        String(scalars: body[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end])
    }

    /// The evidence the words around `run` give, titles and roles aside.
    private func evidence(around run: NameRun) -> Evidence {
        var evidence: Evidence = []
        let wordCount = run.end - run.start
        if !isHeadline, (0..<run.start).contains(where: { tokens[$0].isWord }) { evidence.insert(.midSentence) }
        let first = tokens[run.start]
        let last = tokens[run.end - 1]
        if run.hasOrganizationHead { evidence.insert(.organizationHead) }
        if wordCount >= 2, gazetteer.placeHeads.contains(last.key) { evidence.insert(.placeHead) }
        if wordCount == 1, first.isAllCaps, first.text.count <= 6 { evidence.insert(.acronym) }
        if wordCount >= 2, gazetteer.isGivenName(first) { evidence.insert(.givenName) }
        let before = run.start - 1
        if before >= 0 {
            let previous = tokens[before]
            let startsWithGivenName = wordCount >= 2 && gazetteer.isGivenName(first)
            if gazetteer.organizationNouns.contains(previous.key) && !previous.isPossessive && !startsWithGivenName {
                evidence.insert(.organizationCue)
            } else if previous.text == ",", before >= 1, gazetteer.organizationNouns.contains(tokens[before - 1].key) {
                evidence.insert(.organizationCue)
            } else if previous.key == "in" {
                if before >= 1, tokens[before - 1].key == "shares" {
                    evidence.insert(.organizationCue)
                } else if wordCount <= 2, !evidence.contains(.acronym) {
                    evidence.insert(.afterIn)
                }
            } else if Self.invertedSpeechVerbs.contains(previous.key), !isQuoted[run.start], !isHeadline,
                !last.isPossessive,
                run.end == tokens.count || !tokens[run.end].isWord
                    || ["of", "at"].contains(tokens[run.end].key)
            {
                evidence.insert(.speechVerb)
            }
            if isAfterRoleAndPreposition(run.start) { evidence.insert(.organizationCue) }
            if evidence.contains(.acronym), previous.key == "told" || previous.key == "tells" {
                evidence.insert(.organizationCue)  // "told GMTV", "told the BBC"
            }
        }
        if run.end < tokens.count {
            let next = tokens[run.end]
            if next.key == "shares" || next.key == "share" {
                evidence.insert(.organizationCue)
            } else if Self.speechVerbs.contains(next.key) {
                let pronoun = run.end + 1 < tokens.count ? tokens[run.end + 1].key : ""
                if pronoun == "it" {
                    evidence.insert(.organizationCue)
                } else if pronoun == "he" || pronoun == "she" {
                    evidence.insert(.personalPronoun)
                } else if !isQuoted[run.start], !isHeadline {
                    evidence.insert(.speechVerb)
                }
            } else if last.isPossessive, isRoleWithinTwo(after: run.end) {
                evidence.insert(.organizationCue)
            } else if next.text == ",", isOrganizationApposition(after: run.end) {
                evidence.formUnion([.organizationCue, .apposition])
            } else if next.text == ",", run.end + 1 < tokens.count, tokens[run.end + 1].key == "which" {
                evidence.insert(.organizationCue)
            }
        }
        if wordCount == 1, isListedWithPlaces(run) || isFollowedByRegion(run) { evidence.insert(.placeCue) }
        if !evidence.contains(.givenName), isListedWithOrganizations(run) { evidence.insert(.organizationCue) }
        if evidence.contains(.acronym), isQualifyingRole(after: run) { evidence.insert(.organizationCue) }
        return evidence
    }

    /// A word in a list of three or more whose neighbour is a known place: "Leicester, Somerset,
    /// Basingstoke and Torbay" (not "In Europe, Arcelor shed", nor "the UK's Corus and France's").
    private func isListedWithPlaces(_ run: NameRun) -> Bool {
        let separators: Set<String> = [",", "and"]
        func isSeparator(_ index: Int) -> Bool {
            index >= 0 && index < tokens.count && separators.contains(tokens[index].key)
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
        guard run.end + 1 < tokens.count, tokens[run.end].text == ",", !tokens[run.end - 1].isPossessive,
            let span = known[run.end + 1], span.start == run.end + 1, span.entry?.kind == .place,
            !tokens[span.end - 1].isPossessive, run.start >= 1
        else { return false }
        return ["of", "at", "in", "from", "near"].contains(tokens[run.start - 1].key)
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
        let separators: Set<String> = [",", "and"]
        guard run.start >= 2, run.end + 1 < tokens.count, separators.contains(tokens[run.start - 1].key),
            separators.contains(tokens[run.end].key)
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
        if index >= 0, tokens[index].key == "the" { index -= 1 }
        guard index >= 1, tokens[index].key == "at" || tokens[index].key == "of" else { return false }
        for back in stride(from: index - 1, through: max(0, index - 6), by: -1) {
            if tokens[back].text == "." || tokens[back].text == ";" { return false }
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
        guard index < tokens.count, ["the", "a", "an", "one", "its"].contains(tokens[index].key) else { return false }
        while index < tokens.count,
            Self.appositionOpeners.contains(tokens[index].key) || tokens[index].key == "one"
                || tokens[index].key == "of"
        {
            index += 1
        }
        for next in index..<min(index + 5, tokens.count) {
            let token = tokens[next]
            if !token.isWord || Self.speechVerbs.contains(token.key) { return false }
            if gazetteer.organizationNouns.contains(token.key) {
                let after = next + 1
                return after == tokens.count || !tokens[after].isWord
                    || ["at", "of", "in", "which", "that", "with", "and"].contains(tokens[after].key)
            }
        }
        return false
    }
}
