/// A role as the article writes it next to a name or on its own, and what it normalises to.
///
/// "UK national security adviser" → role "National Security Adviser", country "United Kingdom";
/// "Nato secretary general’s chief of staff" → "Chief of Staff" (the role before a possessive is
/// someone else's); "Tory leader" → "Leader", organisation "Conservative Party".
struct RolePhrase: Sendable, Equatable {
    /// The words as written, from the first qualifier or role word to the last role word.
    var asWritten: String
    /// The role with qualifiers taken out, in title case; nil when the phrase holds only a
    /// relation ("counterpart").
    var normalized: String?
    /// The country named by a qualifier ("UK", "French", "Spain's").
    var country: String?
    /// The organisation named by a qualifier ("Tory", "Nato", "Menatep Group's").
    var organization: String?
    /// The last role word ("adviser"), for matching "the minister" against "transport minister".
    var headWord: String?

    /// The key role references are matched on: the normalised role, lower-cased.
    var key: String? { normalized?.lowercased() }
}
