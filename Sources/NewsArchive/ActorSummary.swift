/// An actor as `actors` lists it: who, what kind, in which roles, under which names, how often.
public struct ActorSummary: Sendable, Equatable, Encodable {
    public var id: Int
    public var name: String
    public var kind: String
    public var roles: [String]
    public var aliases: [String]
    public var country: String?
    public var mentions: Int
    public var articles: Int

    enum CodingKeys: String, CodingKey { case id, name, kind, roles, aliases, country, mentions, articles }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        try container.encode(roles, forKey: .roles)
        try container.encode(aliases, forKey: .aliases)
        try container.encode(country, forKey: .country)
        try container.encode(mentions, forKey: .mentions)
        try container.encode(articles, forKey: .articles)
    }
}

/// An actor as one article presents it (for `show`).
public struct ArticleActor: Sendable, Equatable, Encodable {
    public var name: String
    public var kind: String
    /// The role as this article writes it ("French President"), if it gives one.
    public var role: String?
    /// The surface forms seen in this article.
    public var aliases: [String]
    public var mentions: Int

    enum CodingKeys: String, CodingKey { case name, kind, role, aliases, mentions }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        try container.encode(role, forKey: .role)
        try container.encode(aliases, forKey: .aliases)
        try container.encode(mentions, forKey: .mentions)
    }
}
