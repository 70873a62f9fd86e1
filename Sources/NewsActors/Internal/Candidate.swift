/// A stretch of a sentence or headline that may refer to an actor, before the article is resolved.
struct Candidate: Sendable {
    enum Reference: Sendable {
        /// A name found in the gazetteer.
        case known(GazetteerName)
        /// A capitalised name the gazetteer does not hold.
        case name
        /// A role with no name ("the chancellor"), to be resolved to its holder.
        case role
    }

    var reference: Reference
    /// Index of the `TextUnit` it is in.
    var unit: Int
    /// Body offsets of the mention as written, with any title ("Mr Blair").
    var start: Int
    var end: Int
    /// Body offsets of the name's words as written, without title or possessive ending ("Geoffrey",
    /// "van", "Leeuwen"); empty unless the reference is `.name`. Offsets, not strings: most
    /// candidates never need their words' text (`ActorResolver` makes it on demand).
    var wordRanges: [Range<Int>]
    /// Body offsets of the name as written, punctuation kept ("Daily Mail & General Trust"); empty
    /// unless the reference is `.name`.
    var nameRange: Range<Int>
    var title: PersonTitle?
    var role: RolePhrase?
    var evidence: Evidence
    var isInHeadline: Bool

}
