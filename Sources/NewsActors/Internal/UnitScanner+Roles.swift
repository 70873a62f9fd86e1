extension UnitScanner {
    /// Role words a normalised role leaves out: they date the role, they do not name it.
    private static let temporalModifiers: Set<String> = ["new", "then", "outgoing", "incoming", "current"]
    /// Words that stay lower case inside a normalised role.
    static let minorWords: Set<String> = ["of", "and", "for", "to", "the", "in"]
    static let phraseConnectors: Set<String> = ["of", "and", "for", "in"]

    /// The role written right before the token at `end` ("UK national security adviser" before
    /// "Jonathan Powell"), read backwards over role words, connectors and qualifiers (countries,
    /// demonyms, organisations, capitalised possessives). Titles that are no role ("Mr") are skipped.
    /// When `adjacent`, a role word must stand right there ("MP for Ealing North" gives "North" none).
    func roleBefore(_ end: Int, adjacent: Bool) -> RolePhrase? {
        var upper = end
        while upper > 0, gazetteer.title(tokens[upper - 1]) != nil, gazetteer.roleClass(tokens[upper - 1]) == nil {
            upper -= 1
        }
        if adjacent, upper == 0 || gazetteer.roleClass(tokens[upper - 1]) == nil { return nil }
        var lower = upper
        var cursor = upper - 1
        while cursor >= 0 {
            let token = tokens[cursor]
            if let span = known[cursor] {
                lower = span.start
                cursor = span.start - 1
                // "Spain's director general": what stands before the possessor is not this role.
                if tokens[span.end - 1].isPossessive { break }
            } else if gazetteer.roleClass(token) != nil {
                lower = cursor
                cursor -= 1
            } else if token.isListed(as: .phraseConnector), lower == cursor + 1, lower < upper, cursor > 0,
                gazetteer.roleClass(tokens[cursor - 1]) != nil,
                token.keyword != .in || known[cursor + 1] != nil
            {
                cursor -= 1
            } else if token.isPossessive, token.isCapitalised, !gazetteer.isStopword(token) {
                var first = cursor
                while first > 0, isNameWord(first - 1), !tokens[first - 1].isPossessive { first -= 1 }
                lower = first
                break
            } else {
                break
            }
        }
        return rolePhrase(lower..<upper)
    }

    /// A role in an apposition after a name: ", the UK national security adviser," or
    /// ", chief of FAO's Global Information …".
    func roleInApposition(after end: Int) -> RolePhrase? {
        guard end < tokens.count, tokens[end].keyword == .comma else { return nil }
        var start = end + 1
        while start < tokens.count, tokens[start].isListed(as: .appositionOpener) { start += 1 }
        guard let phraseEnd = rolePhraseEnd(from: start) else { return nil }
        if phraseEnd < tokens.count, tokens[phraseEnd].isWord,
            !isRolePhraseFollower(tokens[phraseEnd])
        {
            return nil
        }
        return rolePhrase(start..<phraseEnd)
    }

    /// A word that may follow a role in an apposition (", the UK national security adviser, said").
    private func isRolePhraseFollower(_ token: Token) -> Bool {
        switch token.keyword {
        case .of, .at, .for, .to, .in, .and, .said, .says: true
        default: false
        }
    }

    /// A role with no name after "the": "The US president", "the chancellor", "the Tory leader".
    /// Not when a name follows (then it is the name's role) nor right after ", " (an apposition).
    func roleReference(after the: Int) -> (candidate: Candidate, end: Int)? {
        let start = the + 1
        guard start < tokens.count, let end = rolePhraseEnd(from: start) else { return nil }
        let last = tokens[end - 1]
        guard gazetteer.roleClass(last) == .head || (last.isPossessive && gazetteer.roleClass(last) != nil) else {
            return nil
        }
        if !last.isPossessive, end < tokens.count, isNameWord(end) { return nil }
        if the >= 2, tokens[the - 1].keyword == .comma, tokens[the - 2].isCapitalised { return nil }
        guard let phrase = rolePhrase(start..<end), phrase.normalized != nil else { return nil }
        let candidate = Candidate(
            reference: .role, unit: unit, start: tokens[the].start, end: last.end, wordRanges: [], nameRange: 0..<0, title: nil,
            role: phrase,
            evidence: [], isInHeadline: isHeadline)
        return (candidate, end)
    }

    /// Reads qualifiers, role words and connectors forwards from `start`; the index after the last
    /// role word, or nil when there is none. A possessive role word ends the phrase.
    private func rolePhraseEnd(from start: Int) -> Int? {
        var index = start
        var end: Int?
        while index < tokens.count {
            let token = tokens[index]
            if let span = known[index], span.start == index {
                index = span.end
            } else if let wordClass = gazetteer.roleClass(token), wordClass != .relation {
                index += 1
                end = index
                if token.isPossessive { break }
            } else if token.isListed(as: .phraseConnector), end != nil, index + 1 < tokens.count,
                gazetteer.roleClass(tokens[index + 1]) != nil
            {
                index += 1
            } else {
                break
            }
        }
        return end
    }

    /// Builds the phrase over `range`: the role is what follows the last possessive role word
    /// ("Nato secretary general’s chief of staff" → "Chief of Staff"); qualifiers give the country
    /// and organisation. nil unless a head or relation word is present.
    func rolePhrase(_ range: Range<Int>) -> RolePhrase? {
        guard !range.isEmpty else { return nil }
        var roleStart = range.lowerBound
        for index in range
        where tokens[index].isPossessive && known[index] == nil && gazetteer.roleClass(tokens[index]) != nil {
            roleStart = index + 1
        }
        var words: [String] = []
        var headWord: String?
        var hasRelation = false
        for index in roleStart..<range.upperBound where known[index] == nil {
            let token = tokens[index]
            guard let wordClass = gazetteer.roleClass(token) else {
                if token.isListed(as: .minorWord), !words.isEmpty { words.append(key(of: index)) }
                continue
            }
            switch wordClass {
            case .head:
                let key = key(of: index)
                headWord = key
                words.append(contentsOf: roleWords(key))
            case .modifier:
                words.append(contentsOf: roleWords(key(of: index)))
            case .relation:
                hasRelation = true
            }
        }
        while let last = words.last, Self.minorWords.contains(last.lowercased()) { words.removeLast() }
        guard headWord != nil || hasRelation else { return nil }
        var country: String?
        var organization: String?
        for index in range {
            if let span = known[index] {
                if country == nil { country = span.country }
                if organization == nil { organization = span.organization }
            } else if organization == nil, tokens[index].isPossessive, tokens[index].isCapitalised,
                gazetteer.roleClass(tokens[index]) == nil
            {
                var first = index
                while first > range.lowerBound, isNameWord(first - 1), known[first - 1] == nil { first -= 1 }
                organization = (first...index).map(text(of:)).joined(separator: " ")
            }
        }
        return RolePhrase(
            asWritten: text(range), normalized: headWord == nil ? nil : words.joined(separator: " "),
            country: country, organization: organization, headWord: headWord)
    }

    /// A role word in title case for a normalised role; "ex-chief" → "Former Chief"; "mp" → "MP".
    /// Listed role words are looked up (see `Gazetteer.normalizedRoleWords`), others worked out.
    private func roleWords(_ key: String) -> [String] {
        gazetteer.normalizedRoleWords[key] ?? Self.normalizedRoleWords(key, roleWords: gazetteer.roleWords)
    }

    /// What `roleWords(_:)` gives `key`, worked out; `roleWords` are the listed role words.
    static func normalizedRoleWords(_ key: String, roleWords: [String: RoleWordClass]) -> [String] {
        let parts = key.split(separator: "-").map(String.init)
        if parts.count > 1, parts.allSatisfy({ roleWords[$0] != nil || $0 == "ex" }) {
            return parts.flatMap { part in part == "ex" ? ["Former"] : roleWord(part) }
        }
        return roleWord(key)
    }

    private static func roleWord(_ key: String) -> [String] {
        if temporalModifiers.contains(key) { return [] }
        if key == "ex" || key == "former" { return ["Former"] }
        if key.count <= 3, ["mp", "mep", "msp", "am", "tv"].contains(key) { return [key.uppercased()] }
        return [key.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")]
    }
}
