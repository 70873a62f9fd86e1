/// One mention of an actor as `actors mentions` exports it: where it is (article, section, sentence,
/// offsets), how the article wrote it, and every id needed to join it back to the archive's tables.
public struct ActorMentionDetail: Sendable, Equatable, Encodable {
    /// `mentions.id`.
    public var id: Int
    public var actorID: Int
    public var articleID: Int
    public var title: String
    /// As stored in `articles.published` (YYYY-MM-DD, or a date and time), nil when the article has none.
    @NullEncoded public var published: String?
    public var sectionID: Int
    /// The section's position in the article (0 for the lede).
    public var sectionPosition: Int
    /// nil (JSON null) for the lede.
    @NullEncoded public var headline: String?
    /// nil for a mention in a section headline, which is in no sentence.
    @NullEncoded public var sentenceID: Int?
    /// The sentence holding the mention ("" for a mention in a headline).
    public var sentence: String
    /// Code points into the article's text, half-open, as `mentions` stores them.
    public var startOffset: Int
    public var endOffset: Int
    /// The text as written at the mention: "Macron", "the French president".
    public var asWritten: String
    /// The role the article gives the actor at this mention, as written ("French President"), if any.
    @NullEncoded public var roleAsWritten: String?

    enum CodingKeys: String, CodingKey {
        case id = "mention_id", actorID = "actor_id", articleID = "article_id", title, published
        case sectionID = "section_id", sectionPosition = "section_position", headline
        case sentenceID = "sentence_id", sentence, startOffset = "start_offset", endOffset = "end_offset"
        case asWritten = "as_written", roleAsWritten = "role_as_written"
    }
}
