/// A word or a punctuation mark of one sentence or headline, with its place in the article body.
///
/// A token holds no strings, so that arrays of tokens are copied and freed without reference
/// counting and most words never need a string. Its text is the body's `start..<end`
/// (`UnitScanner.text(of:)`); its key, the text lower-cased with ’ written as ', is made on
/// demand (`Tokenizer.key(of:in:)`); what the word lists say about that key is in `lexeme`.
struct Token: Sendable {
    /// Unicode-scalar offset of the first scalar in `ParsedArticle.body`.
    var start: Int
    /// Offset just past the word as written, without a possessive ending ("Russia" for "Russia’s").
    var end: Int
    var isWord: Bool
    /// The word ended in "’s", "'s" or a plural "s’" that was cut off.
    var isPossessive: Bool
    /// The first letter is upper-case, or the word is a name prefix followed by one ("al-Thani").
    var isCapitalised: Bool
    /// Two or more letters, all upper-case ("BBC", "JD", "G8").
    var isAllCaps: Bool
    /// Some letter is upper-case ("eBay", "al-Qaeda", "Nato").
    var hasCapital: Bool
    /// Every scalar is ASCII.
    var isASCII: Bool
    /// Some scalar is a hyphen, "-" or "‐".
    var hasHyphen = false
    /// The key packed for the lexicon look-up, when it is ASCII and short enough (most words).
    var packedKey: PackedKey?
    /// What the gazetteer's word lists say about the token; filled in by `Gazetteer.annotate(_:)`.
    var lexeme = Lexeme.unknown

    /// The closed-class word or punctuation mark the token is, if the scanner asks about it by name.
    var keyword: Lexeme.Keyword? { lexeme.keyword }

    /// Whether the word lists put the token in every class of `flags`.
    func isListed(as flags: Lexeme.Flags) -> Bool { lexeme.flags.isSuperset(of: flags) }
}
