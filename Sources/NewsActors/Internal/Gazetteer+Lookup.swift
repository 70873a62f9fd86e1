extension Gazetteer {
    /// The longest gazetteer name starting at `start`, and the index after it.
    ///
    /// The first token must hold a capital; a name listed in capitals matches only capitals; a
    /// possessive ends the walk ("Russia’s" matches "Russia"; "McDonald's" matches as listed).
    func name(in tokens: [Token], at start: Int) -> (entry: GazetteerName, end: Int)? {
        guard tokens[start].isWord, tokens[start].hasCapital else { return nil }
        var key = ""
        var best: (entry: GazetteerName, end: Int)?
        var index = start
        while index < tokens.count {
            let token = tokens[index]
            key = key.isEmpty ? token.key : key + " " + token.key
            if token.isPossessive {
                if let entry = names[key + "'s"] ?? names[key], accepts(entry, tokens, start...index) {
                    best = (entry, index + 1)
                }
                break
            }
            if let entry = names[key], accepts(entry, tokens, start...index) { best = (entry, index + 1) }
            guard namePrefixes.contains(key) else { break }
            index += 1
        }
        return best
    }

    /// The demonym starting at `start` ("French", "South Korean"): its country and the index after it.
    func demonym(in tokens: [Token], at start: Int) -> (country: String, end: Int)? {
        guard tokens[start].isCapitalised else { return nil }
        var best: (country: String, end: Int)?
        var key = ""
        for index in start..<min(start + 3, tokens.count) {
            let token = tokens[index]
            guard token.isWord, token.isCapitalised else { break }
            key = key.isEmpty ? token.key : key + " " + token.key
            if let country = demonyms[key] { best = (country, index + 1) }
            if token.isPossessive { break }
        }
        return best
    }

    /// The title a capitalised token is ("Mr", "Mr.", "Sir"), if any.
    func title(_ token: Token) -> PersonTitle? {
        guard token.isCapitalised, token.key.utf8.count <= 14 else { return nil }
        return titles[token.key.utf8.last == UInt8(ascii: ".") ? String(token.key.dropLast()) : token.key]
    }

    /// The role class of a word; a hyphenated word ("ex-chief", "co-chairman") counts when it is
    /// listed whole or when every part is a role word (it then takes its last part's class).
    func roleClass(_ token: Token) -> RoleWordClass? {
        guard token.isWord else { return nil }
        if let wordClass = roleWords[token.key] { return wordClass }
        guard token.key.utf8.contains(UInt8(ascii: "-")) else { return nil }
        var wordClass: RoleWordClass?
        for part in token.key.split(separator: "-") {
            guard let partClass = roleWords[String(part)] ?? (part == "ex" ? .modifier : nil) else { return nil }
            wordClass = partClass
        }
        return wordClass
    }

    func isGivenName(_ token: Token) -> Bool {
        token.isCapitalised && !token.isAllCaps && givenNames[token.key] != nil
    }

    func isStopword(_ token: Token) -> Bool {
        stopwords.contains(token.text)
    }

    func isGeneric(_ token: Token) -> Bool {
        genericWords.contains(token.text)
    }

    func isOrganizationHead(_ token: Token) -> Bool {
        organizationHeads.contains(token.key)
    }

    /// Whether `entry` may stand for the tokens in `range`: capitals where the name was listed in
    /// capitals, and a capital in the last word as in the first ("Bank of England", not "Bank of
    /// england").
    private func accepts(_ entry: GazetteerName, _ tokens: [Token], _ range: ClosedRange<Int>) -> Bool {
        if entry.requiresAllCaps {
            for index in range where tokens[index].isWord && tokens[index].text.contains(where: \.isLowercase) {
                return false
            }
            return true
        }
        var last = range.upperBound
        while last > range.lowerBound, !tokens[last].isWord { last -= 1 }
        return tokens[last].hasCapital || tokens[last].text.first?.isNumber == true
    }
}
