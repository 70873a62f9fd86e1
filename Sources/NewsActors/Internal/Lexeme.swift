/// What the word lists say about one token, looked up once when its unit is tokenised
/// (`Gazetteer.annotate(_:)`), so that the scanner's many questions about a word ("is it a role
/// word?", "is it 'the'?") are field reads instead of string hashing and comparison.
struct Lexeme: Sendable {
    /// Closed-class words and punctuation the scanner asks about by name.
    enum Keyword: UInt8, Sendable, CaseIterable {
        case the, a, an, one, its, of, `for`, on, and, ampersand, `in`, at, to, from, near, with, that, which, against
        case it, he, she, told, tells, said, says, share, shares
        case comma, fullStop, semicolon, openingBracket, closingBracket, openingQuote, closingQuote, straightQuote

        /// The token key this keyword stands for.
        var key: String {
            switch self {
            case .the: "the"
            case .a: "a"
            case .an: "an"
            case .one: "one"
            case .its: "its"
            case .of: "of"
            case .for: "for"
            case .on: "on"
            case .and: "and"
            case .ampersand: "&"
            case .in: "in"
            case .at: "at"
            case .to: "to"
            case .from: "from"
            case .near: "near"
            case .with: "with"
            case .that: "that"
            case .which: "which"
            case .against: "against"
            case .it: "it"
            case .he: "he"
            case .she: "she"
            case .told: "told"
            case .tells: "tells"
            case .said: "said"
            case .says: "says"
            case .share: "share"
            case .shares: "shares"
            case .comma: ","
            case .fullStop: "."
            case .semicolon: ";"
            case .openingBracket: "("
            case .closingBracket: ")"
            case .openingQuote: "“"
            case .closingQuote: "”"
            case .straightQuote: "\""
            }
        }
    }

    /// Memberships of the token in the word lists and in the scanner's own small word sets.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt32

        // Facts about the token itself (its case and text taken into account).
        static let givenName = Flags(rawValue: 1 << 0)
        static let stopword = Flags(rawValue: 1 << 1)
        static let generic = Flags(rawValue: 1 << 2)

        // Facts about the token's key (see `Gazetteer` and `UnitScanner` for the lists).
        static let organizationHead = Flags(rawValue: 1 << 3)
        static let organizationNoun = Flags(rawValue: 1 << 4)
        static let nonActorHead = Flags(rawValue: 1 << 5)
        static let placeHead = Flags(rawValue: 1 << 6)
        static let particle = Flags(rawValue: 1 << 7)
        static let connector = Flags(rawValue: 1 << 8)
        static let speechVerb = Flags(rawValue: 1 << 9)
        static let invertedSpeechVerb = Flags(rawValue: 1 << 10)
        static let appositionOpener = Flags(rawValue: 1 << 11)
        static let minorWord = Flags(rawValue: 1 << 12)
        static let phraseConnector = Flags(rawValue: 1 << 13)
        /// Some gazetteer name may start with this key (the walk in `Gazetteer.name(in:at:)` can match).
        static let mayStartName = Flags(rawValue: 1 << 14)
        /// Some demonym starts with this key.
        static let mayStartDemonym = Flags(rawValue: 1 << 15)
        /// Some gazetteer name has this key as a word after its first (the walk in `Gazetteer.name(in:at:)`
        /// can go on).
        static let mayContinueName = Flags(rawValue: 1 << 23)
        /// After a place's name, makes it a club: "Newcastle striker", "Surrey captain", "Arsenal fans".
        static let clubCueAfter = Flags(rawValue: 1 << 25)
        /// Before a place's name, makes it a club: "joined Newcastle", "Leicestershire v Somerset".
        static let clubCueBefore = Flags(rawValue: 1 << 26)
        /// After a place's name, ends a club's: "Manchester United", "Norwich City".
        static let clubSuffix = Flags(rawValue: 1 << 27)
        /// Before a place's name, opens a club's: "Real Madrid", "Dynamo Moscow".
        static let clubPrefix = Flags(rawValue: 1 << 28)
        /// A match, before "against" a club: "their match against Nottinghamshire".
        static let matchNoun = Flags(rawValue: 1 << 29)
        /// A lower-case noun of a settlement or area: "the town of Bistrita".
        static let placeNoun = Flags(rawValue: 1 << 30)

        // Facts about the key that only decide the per-token facts above.
        static let givenNameKey = Flags(rawValue: 1 << 16)
        /// The key itself is a listed stopword (what a token whose text is its key needs).
        static let stopwordKey = Flags(rawValue: 1 << 17)
        /// Some listed stopword has this key, so a token with this key may be one as written.
        static let someStopwordHasKey = Flags(rawValue: 1 << 18)
        /// The key itself is a listed generic word.
        static let genericKey = Flags(rawValue: 1 << 19)
        /// Some listed generic word has this key.
        static let someGenericWordHasKey = Flags(rawValue: 1 << 20)
        /// The key is a gazetteer name of one word (`Gazetteer.names` holds it).
        static let nameKey = Flags(rawValue: 1 << 21)
        /// The key is the first word of a gazetteer name of two words or more (`Gazetteer.namePrefixes`
        /// holds it).
        static let namePrefixKey = Flags(rawValue: 1 << 22)

        /// The key is a role word only when written in lower case ("striker Vahid Hashemian", not
        /// "Gary Player" nor "the Boxer Rising").
        static let lowerCaseRoleKey = Flags(rawValue: 1 << 24)

        /// The facts about the key that annotation turns into facts about the token, then drops.
        static let keyOnly: Flags = [
            .givenNameKey, .stopwordKey, .someStopwordHasKey, .genericKey, .someGenericWordHasKey, .lowerCaseRoleKey,
        ]
    }

    var flags: Flags = []
    var keyword: Keyword?
    var roleClass: RoleWordClass?
    /// Index in `Gazetteer.titleList` of the title the token is, if any.
    var title: UInt8?

    /// A token no list knows.
    static let unknown = Lexeme()
}

/// A lexicon entry whose key packs, with what annotation makes of it for the commonest tokens worked
/// out once: words written as the key (no capital, no hyphen) and punctuation marks.
struct PackedLexeme: Sendable {
    /// What the lists say of the key.
    var listed: Lexeme
    /// The lexeme of an ASCII word written as the key, with no hyphen, as `Gazetteer.annotate(_:body:)`
    /// makes it: the key's own stopword and generic-word memberships, no title, no given name.
    var ofLowerCaseWord: Lexeme
    /// The lexeme of a punctuation mark written as the key: the same, with no role class.
    var ofMark: Lexeme

    init(_ listed: Lexeme) {
        self.listed = listed
        var lexeme = listed
        lexeme.flags.subtract(.keyOnly)
        lexeme.title = nil
        if listed.flags.contains(.stopwordKey) { lexeme.flags.insert(.stopword) }
        if listed.flags.contains(.genericKey) { lexeme.flags.insert(.generic) }
        ofLowerCaseWord = lexeme
        lexeme.roleClass = nil
        ofMark = lexeme
    }
}
