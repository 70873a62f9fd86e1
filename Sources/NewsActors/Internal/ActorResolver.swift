import NewsIngest

/// Decides what an article's candidates name and merges the mentions of each actor.
///
/// In order: gazetteer names; names of two words or more (longest first, so "van Leeuwen" finds
/// "Geoffrey van Leeuwen"), kept only with evidence of their kind pooled over the article; single
/// words and headline names, which must resolve to an actor already found (a surname to the one
/// person bearing it, with a title's gender to tell apart people who share it; a word of an
/// organisation's name; an abbreviation to the name it abbreviates) unless evidence of their own
/// makes them an actor; last, role references, resolved when exactly one person holds the role.
///
/// A class, not a struct: the closures its passes sort and filter with capture one reference,
/// where a struct would be copied into each (retaining and releasing every array it holds).
final class ActorResolver {
    let gazetteer: Gazetteer
    let candidates: [Candidate]
    let units: [TextUnit]
    let body: [Unicode.Scalar]
    /// For each name candidate, its words lower-cased with full stops dropped (see `normalizedWord(_:)`);
    /// empty for other candidates. Worked out once, as every pass over the names needs them.
    private let normalizedNames: [[String]]
    /// For each candidate, `start`: sorting by it reads this array, not the candidates, which hold strings.
    private let starts: [Int]
    /// For each candidate, a number shared by the candidates with equal `normalizedNames` (see
    /// `groups(of:)`): its evidence is pooled and its cluster found by this index, not by hashing.
    private let nameGroups: [Int]
    private let nameGroupCount: Int
    /// For each name group, how many of its mentions stand capitalised mid-sentence; set by `actors()`.
    private var midSentenceCount: [Int] = []
    /// For each name group, whether a mention follows "the", "a" or "an" ("the Blair Witch Project");
    /// set by `actors()`.
    private var followsArticle: [Bool] = []

    init(gazetteer: Gazetteer, candidates: [Candidate], units: [TextUnit], body: [Unicode.Scalar]) {
        self.gazetteer = gazetteer
        self.candidates = candidates
        self.units = units
        self.body = body
        // By index, not by element: mapping the elements copies each candidate (retaining its strings).
        normalizedNames = candidates.indices.map { index in
            guard case .name = candidates[index].reference else { return [] }
            return candidates[index].wordRanges.map { Self.normalizedWord(body[$0]) }
        }
        starts = candidates.indices.map { candidates[$0].start }
        (nameGroups, nameGroupCount) = Self.groups(of: normalizedNames)
    }

    /// An actor being assembled.
    private struct Cluster {
        var kind: ActorKind
        var name: String
        /// Lower-cased name words, full stops dropped.
        let words: [String]
        var gender: Gender
        var isFromGazetteer: Bool
        /// A person known only by title and surname ("Mr Kennedy").
        var isTitleOnly = false
        /// A person found by standing in a list with people.
        var isListed = false
        var members: [Int] = []
        var roles: [RolePhrase] = []
        /// For an organisation or place of two words or more, `words` joined without spaces
        /// ("timewarner"), to match a name written as one word; else empty (never asked for).
        let wordsRunTogether: String

        init(kind: ActorKind, name: String, words: [String], gender: Gender, isFromGazetteer: Bool) {
            self.kind = kind
            self.name = name
            self.words = words
            self.gender = gender
            self.isFromGazetteer = isFromGazetteer
            wordsRunTogether = kind != .person && words.count >= 2 ? words.joined() : ""
        }

        /// The first letters of `words` other than "of", "and", "for", "the" and "&" ("eoc" for "Equal
        /// Opportunities Commission"), to match an abbreviation: first bytes when the words are ASCII
        /// (each byte is then a `Character`), first `Character`s otherwise. Made only when an
        /// abbreviation is resolved: few clusters are ever asked.
        static func initials(of words: [String]) -> String {
            let majorWords = words.filter { !minorWords.contains($0) }
            guard majorWords.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else {
                return String(majorWords.compactMap { $0.first })
            }
            return String(decoding: majorWords.compactMap { $0.utf8.first }, as: UTF8.self)
        }

        /// Words an abbreviation leaves out (so few that searching them beats hashing).
        private static let minorWords = ["of", "and", "for", "the", "&"]
    }

    /// How a cluster is found again: a gazetteer name by its canonical name's number, any other by
    /// its kind and name key. (A person known only by title and surname is never looked up by key.)
    private enum ClusterKey {
        case known(canonicalID: Int)
        /// The kind, and the name key's group (`nameGroups`).
        case named(ActorKind, group: Int)
    }

    private struct State {
        var clusters: [Cluster] = []
        var clusterByCanonicalID: [Int: Int] = [:]
        /// The cluster of each kind and name-key group, at `group * 3 + kind` (see `slot(_:_:)`).
        var clusterByNameGroup: [Int?]
        var isAttached: [Bool]
        /// The cluster each candidate is attached to, or -1.
        var clusterOf: [Int]
        /// Once there are more than `filingThreshold` clusters (see `filed`): people's clusters by the
        /// last and by the first of their words, and other clusters of two words or more by their
        /// first word, last word and words run together, each in the order they were added (see
        /// `add`). The rules that look for an actor by a word then look only there, so that resolving
        /// a long article stays near-linear in its length; an article of fewer actors is looked
        /// through, which costs less than filing them. (A cluster's kind changes only from place to
        /// organisation, and its words never.)
        var peopleByLastWord: [String: [Int]] = [:]
        var peopleByFirstWord: [String: [Int]] = [:]
        var othersByWord: [String: [Int]] = [:]
        static let filingThreshold = 64

        /// The clusters filed under `word` in `map`; nil while there are too few clusters to file.
        func filed(in map: KeyPath<State, [String: [Int]]>, under word: String) -> [Int]? {
            clusters.count > Self.filingThreshold ? self[keyPath: map][word] ?? [] : nil
        }

        /// Files cluster `index` in the maps.
        mutating func file(_ index: Int) {
            let words = clusters[index].words
            if clusters[index].kind == .person {
                if let last = words.last { peopleByLastWord[last, default: []].append(index) }
                if let first = words.first { peopleByFirstWord[first, default: []].append(index) }
            } else if words.count >= 2 {
                // Each word once: "Manchester United" under both, a name like "Sport Sport" once.
                for word in [words[0], words[words.count - 1], clusters[index].wordsRunTogether]
                where !word.isEmpty && othersByWord[word]?.last != index {
                    othersByWord[word, default: []].append(index)
                }
            }
        }

        /// The cluster found again by `key`, if any.
        subscript(key: ClusterKey) -> Int? {
            get {
                switch key {
                case .known(let canonicalID): clusterByCanonicalID[canonicalID]
                case .named(let kind, let group): clusterByNameGroup[Self.slot(kind, group)]
                }
            }
            set {
                switch key {
                case .known(let canonicalID): clusterByCanonicalID[canonicalID] = newValue
                case .named(let kind, let group): clusterByNameGroup[Self.slot(kind, group)] = newValue
                }
            }
        }

        private static func slot(_ kind: ActorKind, _ group: Int) -> Int {
            switch kind {
            case .person: group * 3
            case .organization: group * 3 + 1
            case .place: group * 3 + 2
            }
        }
    }

    func actors() -> ArticleActors {
        var state = State(
            clusterByNameGroup: Array(repeating: nil, count: nameGroupCount * 3),
            isAttached: Array(repeating: false, count: candidates.count),
            clusterOf: Array(repeating: -1, count: candidates.count))
        // Evidence is pooled per name key, in arrays indexed by the key's group.
        let groups = nameGroups
        let groupCount = nameGroupCount
        var pooled = [Evidence?](repeating: nil, count: groupCount)
        var afterInCount = [Int](repeating: 0, count: groupCount)
        var midSentenceCount = [Int](repeating: 0, count: groupCount)
        for (index, candidate) in candidates.enumerated() where isName(candidate) && !candidate.isInHeadline {
            let group = groups[index]
            pooled[group] = (pooled[group] ?? []).union(candidate.evidence)
            if candidate.evidence.contains(.afterIn) { afterInCount[group] += 1 }
            if candidate.evidence.contains(.midSentence) { midSentenceCount[group] += 1 }
        }
        self.midSentenceCount = midSentenceCount
        var followsArticle = [Bool](repeating: false, count: groupCount)
        for (index, candidate) in candidates.enumerated()
        where isName(candidate) && candidate.wordRanges.count >= 2 && !followsArticle[groups[index]] {
            guard let previous = word(before: candidate.start, inUnit: candidate.unit), Self.articles.contains(previous)
            else { continue }
            // "the Marc Dutroux case": a person's name may modify a noun.
            let modifiesNoun = word(after: candidate.end, inUnit: candidate.unit).map {
                $0.first?.isLowercase == true && !isFunctionWord($0)
            } ?? false
            if !(modifiesNoun && candidate.evidence.contains(.givenName)) { followsArticle[groups[index]] = true }
        }
        self.followsArticle = followsArticle
        // The pooled evidence of each name candidate, looked up once; two mentions after "in" make
        // a place cue.
        let pooledEvidence = candidates.indices.map { index in
            var evidence = pooled[groups[index]] ?? candidates[index].evidence
            if afterInCount[groups[index]] >= 2 { evidence.insert(.placeCue) }
            return evidence
        }
        // An abbreviation the gazetteer knows ("LSE") waits until the article's own names are found:
        // the article may spell out another name it abbreviates ("London Stock Exchange (LSE)").
        var abbreviations: [Int] = []
        for (index, candidate) in candidates.enumerated() {
            guard case .known(let entry) = candidate.reference else { continue }
            if isAbbreviation(index, of: entry) {
                abbreviations.append(index)
                continue
            }
            attach(index, to: cluster(of: entry, in: &state), in: &state)
        }
        resolveClubs(in: &state)
        let multiWord = candidates.indices.filter {
            isName(candidates[$0]) && candidates[$0].wordRanges.count >= 2 && !candidates[$0].isInHeadline
        }
        let wordCounts = candidates.map { $0.wordRanges.count }
        for index in multiWord.sorted(by: { wordCounts[$0] > wordCounts[$1] }) {
            resolveMultiWord(index, evidence: pooledEvidence[index], in: &state)
        }
        joinClubsNamedAfterPlaces(in: &state)
        for index in abbreviations {
            guard case .known(let entry) = candidates[index].reference else { continue }
            if state[.known(canonicalID: entry.canonicalID)] == nil,
                let spelledOut = expansion(of: Self.normalizedWord(body[candidates[index].start..<candidates[index].end]), in: state),
                !isSpelling(state.clusters[spelledOut].words, of: gazetteer.canonicalWords[entry.canonicalID])
            {
                attach(index, to: spelledOut, in: &state)
            } else {
                attach(index, to: cluster(of: entry, in: &state), in: &state)
            }
        }
        resolveListedPeople(multiWord, evidence: pooledEvidence, in: &state)
        let rest = candidates.indices.filter { isName(candidates[$0]) && !state.isAttached[$0] }
        let personFirst =
            rest.filter { !candidates[$0].evidence.isDisjoint(with: .person) }
            + rest.filter { candidates[$0].evidence.isDisjoint(with: .person) }
        for index in personFirst where !state.isAttached[index] {
            resolveSingle(index, evidence: pooledEvidence[index], in: &state)
        }
        // Attaching a role reference gives its person no role: references that give the same role and
        // qualifiers name the same person, who is looked for once.
        var holders: [RoleQuery: Int?] = [:]
        for index in candidates.indices where isRoleReference(candidates[index]) {
            resolveRoleReference(index, holders: &holders, in: &state)
        }
        return ArticleActors(
            actors: state.clusters.compactMap(actor).sorted { $0.mentions[0].range.start < $1.mentions[0].range.start },
            unresolvedNames: unresolvedNames(in: state))
    }

    /// The cluster of gazetteer name `entry`, made if needed.
    private func cluster(of entry: GazetteerName, in state: inout State) -> Int {
        let key = ClusterKey.known(canonicalID: entry.canonicalID)
        return state[key]
            ?? add(
                Cluster(
                    kind: entry.kind, name: entry.canonical, words: gazetteer.canonicalWords[entry.canonicalID],
                    gender: .unknown, isFromGazetteer: true), key: key, to: &state)
    }

    /// Whether name `words` is another spelling of `canonical` ("British Chamber of Commerce", "Hewlett
    /// Packard"), not another name with the same initials ("London Stock Exchange" is not "London
    /// School of Economics"): half of its words or more start as a word of `canonical` does.
    private func isSpelling(_ words: [String], of canonical: [String]) -> Bool {
        let shared = words.filter { word in canonical.contains { $0.hasPrefix(word.prefix(4)) } }
        return shared.count * 2 >= words.count
    }

    /// Whether candidate `index` is an organisation's abbreviation the gazetteer lists ("LSE" for
    /// the London School of Economics), written as such.
    private func isAbbreviation(_ index: Int, of entry: GazetteerName) -> Bool {
        guard entry.kind == .organization, entry.requiresAllCaps else { return false }
        let written = body[candidates[index].start..<candidates[index].end]
        return written.count >= 2 && written.count <= 6 && written.allSatisfy { $0.properties.isUppercase }
    }

    /// For each of `keys`, a small number shared by the equal keys (numbered in order of first
    /// appearance), and how many numbers there are. (Name words hold no spaces, so equal word lists
    /// are equal names.)
    private static func groups(of keys: [[String]]) -> (groups: [Int], count: Int) {
        var groupOfKey: [NameWords: Int] = [:]
        groupOfKey.reserveCapacity(keys.count)
        // The empty key (every candidate that is no name) is numbered without hashing.
        var emptyKeyGroup: Int?
        let groups = keys.map { key in
            if key.isEmpty {
                if emptyKeyGroup == nil {
                    emptyKeyGroup = groupOfKey.count
                    groupOfKey[NameWords(words: key)] = emptyKeyGroup
                }
                return emptyKeyGroup!
            }
            // One look-up, through the modifying subscript: a new key is entered with the next number.
            let next = groupOfKey.count
            return Self.value(of: &groupOfKey[NameWords(words: key), default: next])
        }
        return (groups, groupOfKey.count)
    }

    /// `value`, read through `inout` (so that a dictionary's `default:` subscript enters it).
    private static func value(of value: inout Int) -> Int { value }

    /// A name's words as a dictionary key, hashed by the last word alone: names sharing it are
    /// few, and hashing each word cost more than telling those apart does.
    private struct NameWords: Hashable {
        let words: [String]

        func hash(into hasher: inout Hasher) {
            hasher.combine(words.last)
        }
    }

    // MARK: - Names

    private func resolveMultiWord(_ index: Int, evidence: Evidence, in state: inout State) {
        let candidate = candidates[index]
        let words = normalizedNames[index]
        let group = nameGroups[index]
        for kind in ActorKind.allCases {
            if let cluster = state[.named(kind, group: group)] {
                attach(index, to: cluster, in: &state)
                return
            }
        }
        if let company = company(named: words, in: state) {
            attach(index, to: company, in: &state)
            return
        }
        let people = people(endingWith: words, gender: candidate.title?.gender, in: state)
        if people.count == 1 {
            attach(index, to: people[0], in: &state)
            return
        }
        guard let kind = kind(of: evidence, words: candidate.wordRanges) else { return }
        // "The Blair Witch Project", "the Scissor Sisters": a title or a group, never a person.
        if kind == .person, candidate.title == nil, followsArticle[group] { return }
        let first = gazetteer.givenNames[words[0]] ?? .unknown
        let cluster = add(
            Cluster(kind: kind, name: nameText(of: candidate), words: words, gender: first, isFromGazetteer: false),
            key: .named(kind, group: group), to: &state)
        attach(index, to: cluster, in: &state)
    }

    /// The one organisation of the article named `words` and a legal ending ("Johnson Controls" for
    /// "Johnson Controls Inc", "Dow Chemical" for "Dow Chemical Co").
    private func company(named words: [String], in state: State) -> Int? {
        var found: Int?
        func consider(_ cluster: Int) -> Bool {
            let clusterWords = state.clusters[cluster].words
            guard state.clusters[cluster].kind == .organization, clusterWords.count == words.count + 1,
                clusterWords.starts(with: words), UnitScanner.companyEndings.contains(clusterWords[words.count])
            else { return true }
            if found != nil, found != cluster {
                found = nil
                return false
            }
            found = cluster
            return true
        }
        if let filed = state.filed(in: \.othersByWord, under: words[0]) {
            for cluster in filed where !consider(cluster) { return nil }
        } else {
            for cluster in state.clusters.indices where !consider(cluster) { return nil }
        }
        return found
    }

    private func resolveSingle(_ index: Int, evidence: Evidence, in state: inout State) {
        let candidate = candidates[index]
        let words = normalizedNames[index]
        let title = candidate.title
        // "band Kasabian": an organisation, though a person of the article bears the name.
        let isOrganizationByContext =
            title == nil && evidence.contains(.organizationNoun) && evidence.isDisjoint(with: Evidence.person)
        var people = isOrganizationByContext ? [] : people(endingWith: words, gender: title?.gender, in: state)
        if people.isEmpty, let title, title.text == "Sir" || title.text == "Dame" {
            people = clusters(filed: words.first.flatMap { state.filed(in: \.peopleByFirstWord, under: $0) }, in: state) {
                state.clusters[$0].kind == .person && state.clusters[$0].words.first == words.first
            }
        }
        // "Paula" for "Paula Radcliffe": a given name alone is the one person of the article who bears it.
        let isGivenName = words.count == 1 && gazetteer.givenNames[words[0]] != nil
        if people.isEmpty, isGivenName {
            people = clusters(filed: state.filed(in: \.peopleByFirstWord, under: words[0]), in: state) {
                state.clusters[$0].kind == .person && state.clusters[$0].words.count >= 2
                    && state.clusters[$0].words.first == words[0] && !state.clusters[$0].isTitleOnly
            }
        }
        if people.count == 1 {
            attach(index, to: people[0], in: &state)
            return
        }
        // Two people or more: ambiguous, never a new actor. (Without a title `people` was sought
        // with no gender, so it holds every person bearing the name.)
        if people.count > 1 { return }
        // An abbreviation opening a longer name is another body's ("the IAAF" is not the "IAAF Council").
        if candidate.evidence.isDisjoint(with: .person), !candidate.evidence.contains(.acronym),
            let cluster = organizationOrPlace(named: words, in: state)
        {
            attach(index, to: cluster, in: &state)
            return
        }
        if candidate.evidence.contains(.acronym), let cluster = expansion(of: words[0], in: state) {
            attach(index, to: cluster, in: &state)
            return
        }
        guard !candidate.isInHeadline, words.count == 1 || !candidate.evidence.isDisjoint(with: .person) else { return }
        // A one-word name only ever seen where any word is capitalised is no new actor.
        guard !evidence.isDisjoint(with: [.midSentence, .apposition]) || candidate.title != nil else { return }
        let kind: ActorKind
        if (evidence.contains(.title) || !evidence.isDisjoint(with: [.role, .age]) && !evidence.contains(.organizationCue))
            && !evidence.contains(.acronym)
            && !gazetteer.organizationHeads.contains(words[0])
        {
            kind = .person
        } else if !evidence.isDisjoint(with: [.organizationCue, .organizationHead])
            || (evidence.contains(.acronym) && (evidence.contains(.speechVerb) || isRecurringAcronym(index)))
        {
            kind = .organization
        } else if evidence.contains(.placeCue) {
            kind = .place
        } else if isGivenName, midSentenceCount[nameGroups[index]] >= 3, !candidate.isInHeadline {
            // A person the article calls by given name alone, again and again ("speaking to Paula").
            kind = .person
        } else {
            return
        }
        guard kind != .person || candidate.wordRanges.last.map({ isSurnameShaped(text(of: $0)) }) == true else {
            return
        }
        if kind == .person {
            attach(index, to: titledPerson(candidate, words: words, in: &state), in: &state)
        } else {
            let key = ClusterKey.named(kind, group: nameGroups[index])
            let cluster =
                state[key]
                ?? add(
                    Cluster(
                        kind: kind, name: nameText(of: candidate), words: words, gender: .unknown, isFromGazetteer: false),
                    key: key, to: &state)
            attach(index, to: cluster, in: &state)
        }
    }

    /// The person known only by surname (and maybe title) that `candidate` names, made if needed.
    private func titledPerson(_ candidate: Candidate, words: [String], in state: inout State) -> Int {
        let gender = candidate.title?.gender ?? .unknown
        let sameLastWord = clusters(filed: words.last.flatMap { state.filed(in: \.peopleByLastWord, under: $0) }, in: state) {
            state.clusters[$0].kind == .person && state.clusters[$0].words.last == words.last
        }
        if let existing = sameLastWord.first(where: {
            state.clusters[$0].isTitleOnly && state.clusters[$0].words == words
                && state.clusters[$0].gender.agrees(with: gender)
        }) {
            return existing
        }
        let clashes = !sameLastWord.isEmpty
        var name = nameText(of: candidate)
        if let title = candidate.title, title.staysInName || clashes { name = title.text + " " + name }
        var cluster = Cluster(kind: .person, name: name, words: words, gender: gender, isFromGazetteer: false)
        cluster.isTitleOnly = true
        return add(cluster, key: nil, to: &state)
    }

    /// Person clusters whose name ends with `words` and whose gender agrees with `gender`.
    private func people(endingWith words: [String], gender: Gender?, in state: State) -> [Int] {
        clusters(filed: words.last.flatMap { state.filed(in: \.peopleByLastWord, under: $0) }, in: state) { index in
            // The last words are compared first: most clusters differ there, at the cost of one comparison.
            guard state.clusters[index].kind == .person, state.clusters[index].words.count >= words.count,
                words.isEmpty || state.clusters[index].words.last == words.last,
                state.clusters[index].words.suffix(words.count).elementsEqual(words)
            else { return false }
            return gender.map { state.clusters[index].gender.agrees(with: $0) } ?? true
        }
    }

    /// The clusters that satisfy `isMatch`, of those `filed` under a word (see `State.filed`), or
    /// of all when they are not filed (nil).
    private func clusters(filed: [Int]?, in state: State, where isMatch: (Int) -> Bool) -> [Int] {
        filed.map { $0.filter(isMatch) } ?? state.clusters.indices.filter(isMatch)
    }

    /// The one organisation or place whose name is the single word `words` run together
    /// ("TimeWarner" → "Time Warner"), or, found without the gazetteer, begins or ends with it
    /// ("Pernod" → "Pernod Ricard"); of several, the one the article names twice as often as any
    /// other ("United" for Manchester United beside one mention of Shareholders United).
    private func organizationOrPlace(named words: [String], in state: State) -> Int? {
        guard words.count == 1 else { return nil }
        let matches = clusters(filed: state.filed(in: \.othersByWord, under: words[0]), in: state) { index in
            guard state.clusters[index].kind != .person, state.clusters[index].words.count >= 2 else { return false }
            let clusterWords = state.clusters[index].words
            if state.clusters[index].wordsRunTogether == words[0] { return true }  // "TimeWarner"
            return !state.clusters[index].isFromGazetteer
                && (clusterWords.first == words[0] || clusterWords.last == words[0])
        }
        guard var first = matches.first else { return nil }
        var runnerUp = 0
        for match in matches.dropFirst() {
            let count = state.clusters[match].members.count
            if count > state.clusters[first].members.count {
                runnerUp = state.clusters[first].members.count
                first = match
            } else {
                runnerUp = max(runnerUp, count)
            }
        }
        return runnerUp == 0 || state.clusters[first].members.count >= 2 * runnerUp ? first : nil
    }

    /// An abbreviation of three letters or more written twice or more mid-sentence in the article,
    /// and no common word ("OSCE", "KDP"; not "AIDS"): most such are organisations.
    private func isRecurringAcronym(_ index: Int) -> Bool {
        let word = normalizedNames[index][0]
        return word.count >= 3 && midSentenceCount[nameGroups[index]] >= 2 && !gazetteer.commonWords.contains(word)
    }

    /// The one organisation whose initials spell `acronym` ("EOC" → "Equal Opportunities Commission").
    private func expansion(of acronym: String, in state: State) -> Int? {
        let matches = state.clusters.indices.filter { index in
            state.clusters[index].kind == .organization && state.clusters[index].words.count >= 2
                && Cluster.initials(of: state.clusters[index].words) == acronym
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// The kind a name of two words or more (their body ranges `words`) has, from the evidence
    /// pooled over its mentions. The words' text is made only where a rule reads it.
    private func kind(of evidence: Evidence, words: [Range<Int>]) -> ActorKind? {
        // "actress Nathalie Press", "stars Thomas Haden Church": a given name and a person's context
        // outweigh a last word that often ends an organisation's name.
        let isPersonInContext =
            evidence.contains(.givenName) && !evidence.isDisjoint(with: Evidence.person.union(.nationality))
        if evidence.contains(.organizationHead) && !evidence.contains(.title) && !isPersonInContext {
            return .organization
        }
        if evidence.contains(.placeHead) { return .place }
        // A name opening with a generic word ("West Ham", "Central Bank") is no person.
        let mayBePerson = gazetteer.genericWords.contains(text(of: words[0])) == false
        if !evidence.isDisjoint(with: .person), mayBePerson { return .person }
        if !evidence.isDisjoint(with: .organization) { return .organization }
        if evidence.contains(.givenName) { return .person }
        if evidence.contains(.nationality), words.count <= 4, isPersonShaped(words) { return .person }
        if evidence.contains(.placeCue), words.count <= 3 { return .place }
        if evidence.contains(.afterAt), !evidence.contains(.speechVerb), words.count <= 3 { return .place }
        if evidence.contains(.speechVerb), words.count <= 3, words.allSatisfy({ isSurnameShaped(text(of: $0)) }) {
            return .person
        }
        // Two or three person-shaped words, capitalised mid-sentence, that no list, head word or cue
        // makes anything else: most such names are people's ("Tiger Woods", "Wasim Akram").
        if evidence.contains(.midSentence), (2...3).contains(words.count), isPersonShaped(words),
            !isMadeOfCommonWords(words), !isPlaceOrDemonym(words[0])
        {
            return .person
        }
        return nil
    }

    /// Words that can be a person's name: each surname-shaped, and none a generic word, an
    /// organisation's or a place's last word or a role word ("Boxing Association President",
    /// "American League Central", "Roman Catholic").
    private func isPersonShaped(_ words: [Range<Int>]) -> Bool {
        guard !words.isEmpty else { return false }
        return words.allSatisfy { range in
            let word = text(of: range)
            guard isSurnameShaped(word), !gazetteer.genericWords.contains(word) else { return false }
            let key = word.lowercased()
            return !gazetteer.organizationHeads.contains(key) && !gazetteer.placeHeads.contains(key)
                && gazetteer.roleWords[key] == nil
        }
    }

    /// Every word a common English word ("Grand Slam", "Great Lakes", "Bond Traders"), unless the
    /// first is a given name ("Will Young").
    private func isMadeOfCommonWords(_ words: [Range<Int>]) -> Bool {
        let keys = words.map { text(of: $0).lowercased() }
        if gazetteer.givenNames[keys[0]] != nil { return false }
        return keys.allSatisfy { key in
            if gazetteer.commonWords.contains(key) { return true }
            // A plural: "lakes", "traders", "boxes".
            guard key.hasSuffix("s") else { return false }
            let singular = key.dropLast()
            return gazetteer.commonWords.contains(String(singular))
                || singular.hasSuffix("e") && gazetteer.commonWords.contains(String(singular.dropLast()))
        }
    }

    /// A known place or country, or a demonym, as a word: "Paris St Germain", "Chittagong Cement".
    private func isPlaceOrDemonym(_ range: Range<Int>) -> Bool {
        let key = text(of: range).lowercased()
        if gazetteer.demonyms[key] != nil { return true }
        guard let entry = gazetteer.names[key] else { return false }
        return entry.kind == .place
    }

    /// Names of two to four words in a list with a person, unresolved so far, are people too:
    /// "including Cate Blanchett, Leonardo DiCaprio and Keanu Reeves". Neighbours are the
    /// candidates right before and after in the same sentence with only ", " or " and " between.
    /// Passes forwards and backwards until no name changes, each linear in `indices`.
    private func resolveListedPeople(_ indices: [Int], evidence: [Evidence], in state: inout State) {
        let open = indices.filter { index in
            // Most names stand in no list: the cheap test first.
            guard (index > 0 && areListed(index - 1, index)) || (index + 1 < candidates.count && areListed(index, index + 1))
            else { return false }
            let count = candidates[index].wordRanges.count
            // "Eternal Sunshine of the Spotless Mind", "My Beautiful Laundrette": a title, no person.
            if let previous = word(before: candidates[index].start, inUnit: candidates[index].unit),
                previous == "the" || previous == "of" || gazetteer.stopwords.contains(previous)
            {
                return false
            }
            return count <= 4 && evidence[index].isDisjoint(with: [.organizationHead, .placeHead, .placeCue])
                && evidence[index].isDisjoint(with: .organization) && isPersonShaped(candidates[index].wordRanges)
        }
        guard !open.isEmpty else { return }
        var changed = true
        var passes = 0
        while changed, passes < 4 {
            changed = false
            passes += 1
            for index in passes % 2 == 1 ? open : open.reversed() where !state.isAttached[index] {
                let isListedWithPerson = [index - 1, index + 1].contains { neighbour in
                    guard neighbour >= 0, neighbour < candidates.count, state.clusterOf[neighbour] >= 0,
                        state.clusters[state.clusterOf[neighbour]].kind == .person, isNamedPerson(neighbour, in: state)
                    else { return false }
                    return areListed(min(index, neighbour), max(index, neighbour))
                }
                guard isListedWithPerson else { continue }
                let words = normalizedNames[index]
                let key = ClusterKey.named(.person, group: nameGroups[index])
                var person = Cluster(
                    kind: .person, name: nameText(of: candidates[index]), words: words,
                    gender: gazetteer.givenNames[words[0]] ?? .unknown, isFromGazetteer: false)
                person.isListed = true
                let cluster = state[key] ?? add(person, key: key, to: &state)
                attach(index, to: cluster, in: &state)
                changed = true
            }
        }
    }

    /// A place of the gazetteer that stands for a club in one mention ("Newcastle striker", "joined
    /// Newcastle") is the club in every mention of the article, and so are the places listed with
    /// it ("title rivals Essex, Derbyshire and Surrey"). Linear in the candidates, a few passes.
    private func resolveClubs(in state: inout State) {
        func isPlaceMention(_ index: Int) -> Bool {
            guard case .known(let entry) = candidates[index].reference else { return false }
            return entry.kind == .place && !entry.isCountry
        }
        var isClub = [Bool](repeating: false, count: state.clusters.count)
        var found = false
        for index in candidates.indices where candidates[index].evidence.contains(.organizationCue) && isPlaceMention(index) {
            isClub[state.clusterOf[index]] = true
            found = true
        }
        guard found else { return }
        var changed = true
        var passes = 0
        while changed, passes < 4 {
            changed = false
            passes += 1
            for index in candidates.indices where isPlaceMention(index) && !isClub[state.clusterOf[index]] {
                let isListedWithClub = [index - 1, index + 1].contains { neighbour in
                    neighbour >= 0 && neighbour < candidates.count && isPlaceMention(neighbour)
                        && isClub[state.clusterOf[neighbour]] && areListed(min(index, neighbour), max(index, neighbour))
                }
                if isListedWithClub {
                    isClub[state.clusterOf[index]] = true
                    changed = true
                }
            }
        }
        for cluster in state.clusters.indices where isClub[cluster] { state.clusters[cluster].kind = .organization }
    }

    /// A place whose name opens the name of a club the article names is that club where it does not
    /// stand as a place: "homered for Cleveland" beside "the Cleveland Indians", not "In Seattle"
    /// nor "ARLINGTON, Texas" (after a preposition of place, beside another place, or in capitals,
    /// as datelines are).
    private func joinClubsNamedAfterPlaces(in state: inout State) {
        var clubByPlace: [[String]: Int] = [:]
        for index in candidates.indices where candidates[index].evidence.contains(.clubName) {
            let cluster = state.clusterOf[index]
            guard cluster >= 0, state.clusters[cluster].kind == .organization else { continue }
            clubByPlace[Array(state.clusters[cluster].words.dropLast())] = cluster
        }
        guard !clubByPlace.isEmpty else { return }
        for index in candidates.indices {
            guard case .known(let entry) = candidates[index].reference, entry.kind == .place, !entry.isCountry,
                state.clusterOf[index] >= 0
            else { continue }
            let candidate = candidates[index]
            let written = body[candidate.start..<candidate.end]
            guard written.contains(where: { $0.properties.isLowercase }),
                let club = clubByPlace[Self.normalizedWords(of: String(scalars: written))],
                club != state.clusterOf[index], !isPlaceBesidePlace(index)
            else { continue }
            if let previous = word(before: candidate.start, inUnit: candidate.unit),
                Self.placePrepositions.contains(previous.lowercased())
            {
                continue
            }
            let old = state.clusterOf[index]
            state.clusters[old].members.removeAll { $0 == index }
            attach(index, to: club, in: &state)
        }
    }

    /// Words before a place's name that say it stands as a place ("in Seattle", "from Cleveland").
    private static let placePrepositions: Set<String> = [
        "in", "at", "near", "from", "to", "into", "outside", "around", "across", "through", "throughout", "towards",
        "toward", "via", "of", "between", "within", "inside",
    ]

    /// Whether place candidate `index` stands right before or after another place with a comma between
    /// ("Arlington, Texas").
    private func isPlaceBesidePlace(_ index: Int) -> Bool {
        func isPlace(_ other: Int) -> Bool {
            guard other >= 0, other < candidates.count, case .known(let entry) = candidates[other].reference else {
                return false
            }
            return entry.kind == .place
        }
        func isCommaBetween(_ first: Int, _ second: Int) -> Bool {
            candidates[first].unit == candidates[second].unit && candidates[first].end < candidates[second].start
                && body[candidates[first].end..<candidates[second].start].elementsEqual(Self.commaGap)
        }
        return (isPlace(index - 1) && isCommaBetween(index - 1, index))
            || (isPlace(index + 1) && isCommaBetween(index, index + 1))
    }

    /// Whether the person candidate `index` names is known by more than a title: a given name opens
    /// the name, or a role, an age or a list names it ("Madame Tussauds" is no neighbour to go by).
    private func isNamedPerson(_ index: Int, in state: State) -> Bool {
        let cluster = state.clusters[state.clusterOf[index]]
        guard cluster.words.count >= 2 else { return false }
        return cluster.isListed || gazetteer.givenNames[cluster.words[0]] != nil
            || !candidates[index].evidence.isDisjoint(with: [.role, .appositionRole, .relation, .age, .nationality])
    }

    /// The word right before body offset `start` in its unit, with only spaces between; nil after
    /// punctuation or at the unit's start.
    private func word(before start: Int, inUnit unit: Int) -> String? {
        let lower = units[unit].range.lowerBound
        var end = start
        while end > lower, body[end - 1] == " " { end -= 1 }
        var first = end
        while first > lower, body[first - 1].properties.isAlphabetic { first -= 1 }
        return first < end ? String(scalars: body[first..<end]) : nil
    }

    /// The word right after body offset `end` in its unit, with one space between; nil otherwise.
    private func word(after end: Int, inUnit unit: Int) -> String? {
        let upper = units[unit].range.upperBound
        guard end + 1 < upper, body[end] == " " else { return nil }
        var last = end + 1
        while last < upper, body[last].properties.isAlphabetic { last += 1 }
        return last > end + 1 ? String(scalars: body[(end + 1)..<last]) : nil
    }

    private static let commaGap = Array(", ".unicodeScalars)
    private static let andGap = Array(" and ".unicodeScalars)
    private static let commaAndGap = Array(", and ".unicodeScalars)

    /// Whether candidates `first` and `second` stand side by side in a list: the same sentence,
    /// only ", ", " and " or ", and " between them.
    private func areListed(_ first: Int, _ second: Int) -> Bool {
        guard candidates[first].unit == candidates[second].unit else { return false }
        guard candidates[first].end < candidates[second].start else { return false }
        let gap = body[candidates[first].end..<candidates[second].start]
        guard gap.count <= 6 else { return false }
        return gap.elementsEqual(Self.commaGap) || gap.elementsEqual(Self.andGap) || gap.elementsEqual(Self.commaAndGap)
    }

    /// A word that can be a surname: two letters or more, not all capitals, no digits.
    private func isSurnameShaped(_ word: String) -> Bool {
        word.count >= 2 && word.contains { $0.isLowercase } && !word.contains { $0.isNumber }
    }

    /// The names of one to three words left unattached outside headlines, each with all its mentions
    /// (headlines included), in order of first mention. A name any of whose mentions ends a phrase
    /// opened by an article ("the Open", "an Oscar": a title, an event, a common noun; not "the
    /// Arsenal deal") or stands beside another capitalised word ("US Open", "All Blacks": part of a
    /// longer name) does not stand alone, unless it is an abbreviation.
    private func unresolvedNames(in state: State) -> [UnresolvedName] {
        var nameOfGroup: [Int: Int] = [:]
        var result: [UnresolvedName] = []
        var isPartOfPhrase = [Bool](repeating: false, count: nameGroupCount)
        var isInText = [Bool](repeating: false, count: nameGroupCount)
        for index in candidates.indices where isName(candidates[index]) && !state.isAttached[index] {
            let candidate = candidates[index]
            let group = nameGroups[index]
            if !candidate.isInHeadline { isInText[group] = true }
            guard !isPartOfPhrase[group], !candidate.evidence.contains(.acronym) else { continue }
            isPartOfPhrase[group] = self.isPartOfPhrase(candidate)
        }
        for index in candidates.indices where isName(candidates[index]) && !state.isAttached[index] {
            let group = nameGroups[index]
            guard isInText[group], (1...3).contains(candidates[index].wordRanges.count) else { continue }
            let start = candidates[index].start
            let end = candidates[index].end
            let unit = candidates[index].unit
            let mention = ActorMention(
                sentencePosition: units[unit].sentencePosition, sectionPosition: units[unit].sectionPosition,
                range: TextRange(start: start, end: end), surface: String(scalars: body[start..<end]))
            if let known = nameOfGroup[group] {
                result[known].mentions.append(mention)
            } else {
                nameOfGroup[group] = result.count
                result.append(
                    UnresolvedName(
                        name: nameText(of: candidates[index]), mentions: [mention], standsAlone: !isPartOfPhrase[group],
                        isMidSentence: midSentenceCount[group] > 0))
            }
        }
        for index in result.indices where result[index].mentions.count > 1 {
            result[index].mentions.sort { $0.range.start < $1.range.start }
        }
        return result.sorted { $0.mentions[0].range.start < $1.mentions[0].range.start }
    }

    /// Whether the name `candidate` ends a phrase opened by an article ("the Open", "an Oscar"; not
    /// "the Arsenal deal", where it modifies a noun) or stands beside another capitalised word ("US
    /// Open": part of a longer name). Cheap tests on scalars first: most names stand alone.
    private func isPartOfPhrase(_ candidate: Candidate) -> Bool {
        let unit = units[candidate.unit].range
        let end = candidate.end
        let nextIsCapitalised = end + 1 < unit.upperBound && body[end] == " " && Self.isCapital(body[end + 1])
        if nextIsCapitalised { return true }
        guard candidate.start >= unit.lowerBound + 2, body[candidate.start - 1] == " ",
            let previous = word(before: candidate.start, inUnit: candidate.unit)
        else { return false }
        if Self.articles.contains(previous) {
            let next = word(after: end, inUnit: candidate.unit)
            let modifiesNoun = next.map { $0.first?.isLowercase == true && !isFunctionWord($0) } ?? false
            return !modifiesNoun
        }
        return previous.unicodeScalars.first.map(Self.isCapital) == true && !gazetteer.stopwords.contains(previous)
    }

    private static func isCapital(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar.value >= 65 && scalar.value <= 90) : scalar.properties.isUppercase
    }

    /// Words that make what follows them a common noun or a title.
    private static let articles: Set<String> = ["the", "The", "a", "A", "an", "An"]

    /// Whether lower-case `word` is a function word ("is", "will", "and"): one the stop words list
    /// capitalised.
    private func isFunctionWord(_ word: String) -> Bool {
        gazetteer.stopwords.contains(word.prefix(1).uppercased() + word.dropFirst())
    }

    // MARK: - Roles

    /// What a role reference asks for: a role (its key) and the qualifiers the holder must share.
    private struct RoleQuery: Hashable {
        var key: String
        var country: String?
        var organization: String?
    }

    /// Attaches role reference `index` to the one person holding its role, if one does; `holders`
    /// keeps the person each query found (nil for none or several), as looking through every
    /// person's roles for each reference made resolving a long article quadratic in its length.
    private func resolveRoleReference(_ index: Int, holders: inout [RoleQuery: Int?], in state: inout State) {
        guard let reference = candidates[index].role, let key = reference.key else { return }
        let query = RoleQuery(key: key, country: reference.country, organization: reference.organization)
        let holder: Int?
        if let known = holders[query] {
            holder = known
        } else {
            holder = self.holder(of: reference, key: key, in: state)
            holders[query] = .some(holder)
        }
        if let holder { attach(index, to: holder, in: &state) }
    }

    /// The one person holding the role of `reference` (whose key is `key`), or else the one holding
    /// a role of that head word; nil for none or several.
    private func holder(of reference: RolePhrase, key: String, in state: State) -> Int? {
        let people = state.clusters.indices.filter { state.clusters[$0].kind == .person }
        var holders = people.filter { person in
            state.clusters[person].roles.contains { $0.key == key && isCompatible($0, with: reference) }
        }
        if holders.isEmpty, !key.contains(" ") {
            holders = people.filter { person in
                state.clusters[person].roles.contains { $0.headWord == key && isCompatible($0, with: reference) }
            }
        }
        return holders.count == 1 ? holders[0] : nil
    }

    /// A reference's qualifiers must be the holder's ("the US president" is not France's).
    private func isCompatible(_ role: RolePhrase, with reference: RolePhrase) -> Bool {
        (reference.country == nil || reference.country == role.country)
            && (reference.organization == nil || reference.organization == role.organization)
    }

    // MARK: - Bookkeeping

    private func isName(_ candidate: Candidate) -> Bool {
        if case .name = candidate.reference { true } else { false }
    }

    private func isRoleReference(_ candidate: Candidate) -> Bool {
        if case .role = candidate.reference { true } else { false }
    }

    /// The words of `name`, split at spaces and normalised (see `normalizedWord(_:)`).
    static func normalizedWords(of name: String) -> [String] {
        name.split(separator: " ").map { normalizedWord(String($0)) }
    }

    /// The body text at `range`.
    private func text(of range: Range<Int>) -> String {
        String(scalars: body[range])
    }

    /// The name candidate's name as written.
    private func nameText(of candidate: Candidate) -> String {
        text(of: candidate.nameRange)
    }

    /// `normalizedWord(_:)` of the word `scalars`; an ASCII word is normalised straight from its
    /// scalars, with no string as written made first.
    private static func normalizedWord(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var byteCount = 0
        for scalar in scalars {
            guard scalar.isASCII else { return normalizedWord(String(scalars: scalars)) }
            if scalar != "." { byteCount += 1 }
        }
        return String(unsafeUninitializedCapacity: byteCount) { buffer in
            var count = 0
            for scalar in scalars where scalar != "." {
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                buffer[count] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
                count += 1
            }
            return count
        }
    }

    /// A word lower-cased, full stops dropped ("jd" for "J.D.").
    private static func normalizedWord(_ word: String) -> String {
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return word.lowercased().filter { $0 != "." } }
        // For ASCII text this is what the line above does, byte by byte instead of Character by
        // Character (grapheme breaking is slow).
        return String(unsafeUninitializedCapacity: word.utf8.count) { buffer in
            var count = 0
            for byte in word.utf8 where byte != UInt8(ascii: ".") {
                buffer[count] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
                count += 1
            }
            return count
        }
    }

    /// Adds `cluster`, to be found again by `key` unless it is nil.
    private func add(_ cluster: Cluster, key: ClusterKey?, to state: inout State) -> Int {
        let index = state.clusters.count
        state.clusters.append(cluster)
        if let key { state[key] = index }
        if index == State.filingThreshold {
            for earlier in 0...index { state.file(earlier) }
        } else if index > State.filingThreshold {
            state.file(index)
        }
        return index
    }

    private func attach(_ index: Int, to cluster: Int, in state: inout State) {
        state.isAttached[index] = true
        state.clusterOf[index] = cluster
        state.clusters[cluster].members.append(index)
        if case .name = candidates[index].reference, let role = candidates[index].role, role.normalized != nil {
            state.clusters[cluster].roles.append(role)
        }
    }

    private func actor(_ cluster: Cluster) -> ExtractedActor? {
        guard !cluster.members.isEmpty else { return nil }
        var mentions: [ActorMention] = []
        mentions.reserveCapacity(cluster.members.count)
        // Sorted by start, mentions at the same place are neighbours: only the first is kept.
        var previousStart: Int?
        // (Most clusters have one member: nothing to sort.)
        let members = cluster.members.count < 2 ? cluster.members : cluster.members.sorted { starts[$0] < starts[$1] }
        for index in members {
            let start = candidates[index].start
            let end = candidates[index].end
            guard start != previousStart else { continue }
            previousStart = start
            let unit = candidates[index].unit
            mentions.append(
                ActorMention(
                    sentencePosition: units[unit].sentencePosition, sectionPosition: units[unit].sectionPosition,
                    range: TextRange(start: start, end: end), surface: String(scalars: body[start..<end]),
                    roleAsWritten: candidates[index].role?.asWritten,
                    isRoleReference: isRoleReference(candidates[index])))
        }
        let role = cluster.kind == .person ? cluster.roles.first : nil
        return ExtractedActor(
            name: cluster.name, kind: cluster.kind, role: role?.normalized, country: role?.country, mentions: mentions)
    }
}
