/// A person, organisation or place found in one article, with every mention resolved to it.
public struct ExtractedActor: Sendable, Equatable {
    /// The canonical name: the fullest name the article gives a person ("Emmanuel Macron"), or the
    /// gazetteer's name for a known organisation or place ("Nato", "United Kingdom").
    public var name: String
    public var kind: ActorKind
    /// A person's role, normalised: qualifiers such as the country are taken out ("President",
    /// "Prime Minister", "National Security Adviser"). nil when the article gives none.
    public var role: String?
    /// The country a person's role belongs to ("France" for "French President"); nil otherwise.
    public var country: String?
    /// The mentions in reading order.
    public var mentions: [ActorMention]

    public init(name: String, kind: ActorKind, role: String? = nil, country: String? = nil, mentions: [ActorMention]) {
        self.name = name
        self.kind = kind
        self.role = role
        self.country = country
        self.mentions = mentions
    }

    /// The other ways the article names this actor ("Trump", "UK", "Britain"), in order of first
    /// use; role references are not names and are left out. O(number of mentions).
    public var aliases: [String] {
        var seen: Set<String> = [name]
        var result: [String] = []
        for mention in mentions where !mention.isRoleReference && seen.insert(mention.surface).inserted {
            result.append(mention.surface)
        }
        return result
    }
}
