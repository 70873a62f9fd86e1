extension Gazetteer {
    /// The longest gazetteer name starting at `start`, and the index after it.
    ///
    /// The first token must hold a capital; a name listed in capitals matches only capitals; a
    /// possessive ends the walk ("Russia’s" matches "Russia"; "McDonald's" matches as listed).
    func name(in tokens: [Token], body: [Unicode.Scalar], at start: Int)
        -> (entry: GazetteerName, end: Int)?
    {
        guard tokens[start].isWord, tokens[start].hasCapital else { return nil }
        // Most capitalised words start no name: skip building keys for them. (A possessive first
        // word is looked up with "'s" added, so it is always walked.)
        guard tokens[start].isPossessive || tokens[start].isListed(as: .mayStartName) else { return nil }
        var key: NameKey?
        var best: (entry: GazetteerName, end: Int)?
        var index = start
        while index < tokens.count {
            let token = tokens[index]
            // A word that goes on no listed name ends the walk before the key is made. (A possessive is
            // looked up with "'s" added, a key its lexeme does not describe.)
            if index > start, !token.isPossessive, !token.isListed(as: .mayContinueName) { break }
            key = key?.appending(token, body) ?? NameKey(token, body)
            if token.isPossessive {
                if let entry = lookUp(key!.appendingPossessive()).entry ?? lookUp(key!).entry,
                    accepts(entry, tokens, body, start...index)
                {
                    best = (entry, index + 1)
                }
                break
            }
            // The first word's lexeme says what `names` and `namePrefixes` would: no look-up needed.
            let isFirst = index == start
            let found = isFirst && !token.isListed(as: .nameKey) ? nil : lookUp(key!)
            if let entry = found?.entry, accepts(entry, tokens, body, start...index) {
                best = (entry, index + 1)
            }
            guard isFirst ? token.isListed(as: .namePrefixKey) : found?.isPrefix == true else { break }
            index += 1
        }
        return best
    }

    /// What `names` and `namePrefixes` say of `key`.
    private func lookUp(_ key: NameKey) -> PackedName {
        switch key {
        case .packed(let packed): packedNames.value(for: packed) ?? PackedName(entry: nil, isPrefix: false)
        case .text(let text): PackedName(entry: names[text], isPrefix: namePrefixes.contains(text))
        }
    }

    /// The demonym starting at `start` ("French", "South Korean"): its country and the index after it.
    func demonym(in tokens: [Token], body: [Unicode.Scalar], at start: Int) -> (country: String, end: Int)? {
        guard tokens[start].isCapitalised, tokens[start].isListed(as: .mayStartDemonym) else { return nil }
        var best: (country: String, end: Int)?
        var key = ""
        for index in start..<min(start + 3, tokens.count) {
            let token = tokens[index]
            guard token.isWord, token.isCapitalised else { break }
            let tokenKey = Tokenizer.key(of: token, in: body)
            key = key.isEmpty ? tokenKey : key + " " + tokenKey
            if let country = demonyms[key] { best = (country, index + 1) }
            if token.isPossessive { break }
        }
        return best
    }

    /// The title a capitalised token is ("Mr", "Mr.", "Sir"), if any.
    func title(_ token: Token) -> PersonTitle? {
        token.lexeme.title.map { titleList[Int($0)] }
    }

    /// The role class of a word; a hyphenated word ("ex-chief", "co-chairman") counts when it is
    /// listed whole or when every part is a role word (it then takes its last part's class).
    func roleClass(_ token: Token) -> RoleWordClass? {
        token.lexeme.roleClass
    }

    func isGivenName(_ token: Token) -> Bool {
        token.lexeme.flags.contains(.givenName)
    }

    func isStopword(_ token: Token) -> Bool {
        token.lexeme.flags.contains(.stopword)
    }

    func isGeneric(_ token: Token) -> Bool {
        token.lexeme.flags.contains(.generic)
    }

    func isOrganizationHead(_ token: Token) -> Bool {
        token.lexeme.flags.contains(.organizationHead)
    }

    // MARK: - Annotation

    /// Fills in each token's `lexeme`: one dictionary look-up per token, plus a few for rare shapes.
    func annotate(_ tokens: inout [Token], body: [Unicode.Scalar]) {
        for index in tokens.indices {
            tokens[index].lexeme = lexeme(of: tokens[index], body: body)
        }
    }

    /// What the lists say about `token`, its case and text taken into account.
    private func lexeme(of token: Token, body: [Unicode.Scalar]) -> Lexeme {
        // Most tokens pack; they need no string unless a rare case below asks for the key.
        if let packed = token.packedKey {
            guard let entry = packedLexicon.value(for: packed) else {
                // An unlisted key leaves the lists nothing to say, unless the token is capitalised (a title
                // with a full stop) or hyphenated (a role word of role words): most unlisted words are neither.
                guard token.isCapitalised || token.hasHyphen else { return .unknown }
                return lexeme(.unknown, of: token, key: nil, body: body)
            }
            // Most listed tokens are written as their key, their lexeme worked out once (see `PackedLexeme`).
            if !token.isWord { return entry.ofMark }
            if !token.hasCapital && !token.hasHyphen { return entry.ofLowerCaseWord }
            return lexeme(entry.listed, of: token, key: nil, body: body)
        }
        let key = Tokenizer.key(of: token, in: body)
        return lexeme(lexicon[key] ?? .unknown, of: token, key: key, body: body)
    }

    /// The per-token facts, given what the lexicon says of the token's key (nil: not made yet).
    private func lexeme(_ listed: Lexeme, of token: Token, key: String?, body: [Unicode.Scalar]) -> Lexeme {
        var lexeme = listed
        let keyFlags = lexeme.flags
        lexeme.flags.subtract(.keyOnly)
        if !token.isWord || (token.hasCapital && keyFlags.contains(.lowerCaseRoleKey)) {
            lexeme.roleClass = nil
        } else if lexeme.roleClass == nil, token.hasHyphen, body[token.start..<token.end].contains("-") {
            lexeme.roleClass =
                token.isASCII
                ? hyphenatedRoleClass(ofASCII: token, body: body)
                : hyphenatedRoleClass(key ?? Tokenizer.key(of: token, in: body))
        }
        lexeme.title = titleIndex(of: token, key: key, body: body, listed: lexeme.title)
        if token.isCapitalised, !token.isAllCaps, keyFlags.contains(.givenNameKey) { lexeme.flags.insert(.givenName) }
        // Stopwords and generic words match as written; the key says whether one may match. The
        // text of an ASCII token without capitals is its key, so it needs no string of its own.
        if token.isASCII && !token.hasCapital {
            if keyFlags.contains(.stopwordKey) { lexeme.flags.insert(.stopword) }
            if keyFlags.contains(.genericKey) { lexeme.flags.insert(.generic) }
        } else if !keyFlags.isDisjoint(with: [.someStopwordHasKey, .someGenericWordHasKey]) {
            let written = writtenWordFlags(of: token, body: body)
            if keyFlags.contains(.someStopwordHasKey) && written.contains(.stopword) { lexeme.flags.insert(.stopword) }
            if keyFlags.contains(.someGenericWordHasKey) && written.contains(.generic) {
                lexeme.flags.insert(.generic)
            }
        }
        return lexeme
    }

    /// Whether `token` as written is a stopword (`.stopword`) and a generic word (`.generic`); an
    /// ASCII token is looked up packed, with no string made.
    private func writtenWordFlags(of token: Token, body: [Unicode.Scalar]) -> Lexeme.Flags {
        let scalars = body[token.start..<token.end]
        if token.isASCII, let packed = PackedKey(scalars, lowercasingASCII: false) {
            return packedWrittenWords.value(for: packed) ?? []
        }
        let text = String(scalars: scalars)
        var flags: Lexeme.Flags = []
        if stopwords.contains(text) { flags.insert(.stopword) }
        if genericWords.contains(text) { flags.insert(.generic) }
        return flags
    }

    /// A capitalised token of up to 14 bytes is a title when its key, without a final full stop, is
    /// one. `key` is nil when it has not been made yet.
    private func titleIndex(of token: Token, key: String?, body: [Unicode.Scalar], listed: UInt8?) -> UInt8? {
        guard token.isCapitalised else { return nil }
        // An ASCII token's key has one byte per scalar and ends as the token does, so most tokens
        // are decided without making their key.
        if token.isASCII {
            guard token.end - token.start <= 14 else { return nil }
            guard body[token.end - 1] == "." else { return listed }
        }
        let key = key ?? Tokenizer.key(of: token, in: body)
        guard key.utf8.count <= 14 else { return nil }
        guard key.utf8.last == UInt8(ascii: ".") else { return listed }
        return lexicon[String(key.dropLast())]?.title
    }

    /// A hyphenated word is a role word when every part is one ("ex" counts as a modifier); it
    /// takes its last part's class.
    private func hyphenatedRoleClass(_ key: String) -> RoleWordClass? {
        var wordClass: RoleWordClass?
        for part in Self.hyphenSeparatedParts(of: key) {
            guard let partClass = roleWords[part] ?? (part == "ex" ? .modifier : nil) else { return nil }
            wordClass = partClass
        }
        return wordClass
    }

    /// `hyphenatedRoleClass(_:)` of an ASCII token's key (its text lower-cased), its parts read
    /// from the body and looked up packed, with no strings made.
    private func hyphenatedRoleClass(ofASCII token: Token, body: [Unicode.Scalar]) -> RoleWordClass? {
        var wordClass: RoleWordClass?
        var partStart = token.start
        for index in token.start...token.end where index == token.end || body[index] == "-" {
            // Empty parts are skipped, as `split` drops them.
            if index > partStart {
                guard let part = PackedKey(body[partStart..<index], lowercasingASCII: true) else {
                    return hyphenatedRoleClass(Tokenizer.key(of: token, in: body))
                }
                let listedClass = packedLexicon.value(for: part)?.listed.roleClass
                guard let partClass = listedClass ?? (part == Self.ex ? .modifier : nil) else { return nil }
                wordClass = partClass
            }
            partStart = index + 1
        }
        return wordClass
    }

    private static let ex = PackedKey("ex")!

    /// `key.split(separator: "-")`, as strings. An ASCII key is split byte by byte: the same parts,
    /// without the grapheme breaking that splitting a `String` by `Character` costs.
    private static func hyphenSeparatedParts(of key: String) -> [String] {
        guard key.utf8.allSatisfy({ $0 < 0x80 }) else { return key.split(separator: "-").map(String.init) }
        return key.utf8.split(separator: UInt8(ascii: "-")).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether `entry` may stand for the tokens in `range`: capitals where the name was listed in
    /// capitals, and a capital in the last word as in the first ("Bank of England", not "Bank of
    /// england").
    private func accepts(
        _ entry: GazetteerName, _ tokens: [Token], _ body: [Unicode.Scalar], _ range: ClosedRange<Int>
    ) -> Bool {
        func text(_ token: Token) -> String { String(scalars: body[token.start..<token.end]) }
        // For an ASCII token each Character is one scalar, so the Character questions below are
        // answered from the scalars, with no string made: lower case is a-z, a number 0-9.
        func hasLowercase(_ token: Token) -> Bool {
            guard token.isASCII else { return text(token).contains(where: { $0.isLowercase }) }
            return body[token.start..<token.end].contains { $0.value >= 97 && $0.value <= 122 }
        }
        func startsWithNumber(_ token: Token) -> Bool {
            guard token.isASCII else { return text(token).first?.isNumber == true }
            return token.start < token.end && body[token.start].value >= 48 && body[token.start].value <= 57
        }
        if entry.requiresAllCaps {
            for index in range where tokens[index].isWord && hasLowercase(tokens[index]) {
                return false
            }
            return true
        }
        var last = range.upperBound
        while last > range.lowerBound, !tokens[last].isWord { last -= 1 }
        return tokens[last].hasCapital || startsWithNumber(tokens[last])
    }
}

/// The key of a walk's tokens so far (their keys joined by spaces): packed while it fits, else a string.
private enum NameKey {
    case packed(PackedKey)
    case text(String)

    private static let space = PackedKey(byte: UInt8(ascii: " "))
    private static let possessiveEnding = PackedKey("'s")!

    /// The key of `token` alone.
    init(_ token: Token, _ body: [Unicode.Scalar]) {
        self = token.packedKey.map { .packed($0) } ?? .text(Tokenizer.key(of: token, in: body))
    }

    /// The key with `token`'s key added after a space.
    func appending(_ token: Token, _ body: [Unicode.Scalar]) -> NameKey {
        if case .packed(let key) = self, let tokenKey = token.packedKey,
            let joined = key.appending(Self.space)?.appending(tokenKey)
        {
            return .packed(joined)
        }
        return .text(text + " " + Tokenizer.key(of: token, in: body))
    }

    /// The key with "'s" added.
    func appendingPossessive() -> NameKey {
        if case .packed(let key) = self, let joined = key.appending(Self.possessiveEnding) { return .packed(joined) }
        return .text(text + "'s")
    }

    private var text: String {
        switch self {
        case .packed(let key): key.string
        case .text(let text): text
        }
    }
}
