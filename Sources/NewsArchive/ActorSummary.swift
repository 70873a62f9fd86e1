/// An actor as `actors` lists it: who, what kind, in which roles, under which names, how often.
public struct ActorSummary: Sendable, Equatable, Encodable {
    public var id: Int
    public var name: String
    public var kind: String
    public var roles: [String]
    public var aliases: [String]
    @NullEncoded public var country: String?
    public var mentions: Int
    public var articles: Int
}

/// An actor as one article presents it (for `show`).
public struct ArticleActor: Sendable, Equatable, Encodable {
    public var name: String
    public var kind: String
    /// The role as this article writes it ("French President"), if it gives one.
    @NullEncoded public var role: String?
    /// The names this article uses for it.
    public var aliases: [String]
    /// The descriptions this article refers to it by, naming no one ("The US president").
    public var roleReferences: [String]
    public var mentions: Int

    enum CodingKeys: String, CodingKey {
        case name, kind, role, aliases, mentions
        case roleReferences = "role_references"
    }
}
