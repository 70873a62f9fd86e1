/// A word or a punctuation mark of one sentence or headline, with its place in the article body.
struct Token: Sendable {
    /// The word as written, without a possessive ending ("Russia" for "Russia’s").
    var text: String
    /// `text` lower-cased, with ’ written as '; the key for every lexicon look-up.
    var key: String
    /// Unicode-scalar offset of the first scalar in `ParsedArticle.body`.
    var start: Int
    /// Offset just past `text` (before any possessive ending).
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

    /// The key with the possessive ending put back ("mcdonald's"), for names that carry it.
    var possessiveKey: String { key + "'s" }
}
