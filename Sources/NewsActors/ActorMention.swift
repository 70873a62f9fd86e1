import NewsIngest

/// One place in an article where an actor is referred to: by name, by part of the name, by an
/// abbreviation, or by a role ("The US president").
public struct ActorMention: Sendable, Equatable {
    /// `Sentence.position` of the sentence holding the mention; -1 for a section headline.
    public var sentencePosition: Int
    /// `Section.position` of the section holding the mention.
    public var sectionPosition: Int
    /// Unicode-scalar offsets of `surface` in `ParsedArticle.body`.
    public var range: TextRange
    /// The text as written: "Macron", "The US president", "UK"; always the text at `range` (the archive
    /// stores the range alone).
    public var surface: String
    /// The role written with this mention, as written ("French President"), if any.
    public var roleAsWritten: String?
    /// True when the mention names no one and was resolved from a role alone ("the chancellor").
    public var isRoleReference: Bool

    public init(
        sentencePosition: Int, sectionPosition: Int, range: TextRange, surface: String,
        roleAsWritten: String? = nil, isRoleReference: Bool = false
    ) {
        self.sentencePosition = sentencePosition
        self.sectionPosition = sectionPosition
        self.range = range
        self.surface = surface
        self.roleAsWritten = roleAsWritten
        self.isRoleReference = isRoleReference
    }
}
