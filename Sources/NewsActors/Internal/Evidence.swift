/// What the words around a name say about what it names; gathered per mention, then pooled over
/// every mention of the same name in the article.
struct Evidence: OptionSet, Sendable {
    let rawValue: UInt32

    /// A title before the name ("Mr", "Sir", "Lord").
    static let title = Evidence(rawValue: 1 << 0)
    /// A role right before it ("French President", "economy minister").
    static let role = Evidence(rawValue: 1 << 1)
    /// A role in an apposition (", the UK national security adviser,"; "the transport minister, X").
    static let appositionRole = Evidence(rawValue: 1 << 10)
    /// It ends in a place word ("Street", "Hotel", "Bay").
    static let placeHead = Evidence(rawValue: 1 << 11)
    /// It stands capitalised where a common word would not be: not first in its sentence, not in
    /// a headline. Pooled over the article, a one-word name lacking it is no new actor.
    static let midSentence = Evidence(rawValue: 1 << 12)
    /// An apposition says what it is (", the Danish shipping group,"): strong enough for a name that
    /// opens its sentence.
    static let apposition = Evidence(rawValue: 1 << 13)
    /// Right after "in" ("in Gateshead"). Film and book titles stand there too ("starred in
    /// Closer"), so it takes two such mentions in the article to make a place.
    static let afterIn = Evidence(rawValue: 1 << 14)
    /// A family or working relation before it ("his Spanish counterpart", "wife").
    static let relation = Evidence(rawValue: 1 << 2)
    /// The first of two or more words is a known given name.
    static let givenName = Evidence(rawValue: 1 << 3)
    /// "said he" / "said she" right after it.
    static let personalPronoun = Evidence(rawValue: 1 << 4)
    /// It ends in an organisation word ("Group", "Commission", "Bank of …").
    static let organizationHead = Evidence(rawValue: 1 << 5)
    /// It is a capitals-only abbreviation ("EOC", "TBWA").
    static let acronym = Evidence(rawValue: 1 << 6)
    /// "firm X", "X shares", "X said it", "economist at X", "X, the Danish shipping group".
    static let organizationCue = Evidence(rawValue: 1 << 7)
    /// In a list with known places, or before one ("of Headingley, Leeds").
    static let placeCue = Evidence(rawValue: 1 << 8)
    /// A verb of saying right after it ("X said") or just before it ("said X,"), outside
    /// quotations and headlines.
    static let speechVerb = Evidence(rawValue: 1 << 9)

    /// A nationality right before it: a demonym ("Kenyan Bernard Lagat", "fellow American") or a
    /// place's possessive ("Canada's Nate Brannen").
    static let nationality = Evidence(rawValue: 1 << 15)
    /// An age in commas right after it ("Kenteris, 31, who won").
    static let age = Evidence(rawValue: 1 << 16)
    /// A noun that says it is an organisation right before it ("band Kasabian", "firm X"), or in an
    /// apposition after it; with `organizationCue`.
    static let organizationNoun = Evidence(rawValue: 1 << 17)
    /// A club named after its place: the place and a club word or a team's plural name ("Manchester
    /// United", "Cleveland Indians"); with `organizationHead`.
    static let clubName = Evidence(rawValue: 1 << 18)
    /// Right after "at", not a possessive, ending in a word of grounds and parks that is also a
    /// surname ("on trial at White Hart Lane", "at Villa Park"): a place, unless other evidence says
    /// otherwise ("a swipe at Michael Hall" opens with a given name).
    static let afterAt = Evidence(rawValue: 1 << 19)

    /// Evidence that only a person has.
    static let person: Evidence = [.title, .role, .appositionRole, .relation, .personalPronoun, .age]
    /// Evidence that only an organisation has.
    static let organization: Evidence = [.organizationHead, .acronym, .organizationCue]
}
