/// What `reextract` changed: actors added, removed and renamed, mentions and aliases before and after.
public struct ReextractReport: Sendable, Equatable, Encodable {
    /// An actor as the report names it.
    public struct Actor: Sendable, Equatable, Encodable {
        public var id: Int
        public var name: String
        public var kind: String
        /// Its mentions after the run (added) or before it (removed).
        public var mentions: Int
    }

    /// An actor whose mentions now belong to an actor of another name or kind, new in the run.
    public struct Renamed: Sendable, Equatable, Encodable {
        public var from: Actor
        public var to: Actor
    }

    public var articles = 0
    /// Articles whose actors, mentions or roles changed.
    public var articlesChanged = 0
    public var actorsBefore = 0
    public var actorsAfter = 0
    public var mentionsBefore = 0
    public var mentionsAfter = 0
    public var aliasesBefore = 0
    public var aliasesAfter = 0
    public var added: [Actor] = []
    public var removed: [Actor] = []
    public var renamed: [Renamed] = []
    /// Corrections users made (`actor_overrides`) applied again.
    public var overridesApplied = 0

    /// Whether the run changed nothing.
    public var isUnchanged: Bool {
        articlesChanged == 0 && added.isEmpty && removed.isEmpty && renamed.isEmpty
            && mentionsBefore == mentionsAfter && aliasesBefore == aliasesAfter && actorsBefore == actorsAfter
    }

    enum CodingKeys: String, CodingKey {
        case articles, added, removed, renamed
        case articlesChanged = "articles_changed"
        case actorsBefore = "actors_before"
        case actorsAfter = "actors_after"
        case mentionsBefore = "mentions_before"
        case mentionsAfter = "mentions_after"
        case aliasesBefore = "aliases_before"
        case aliasesAfter = "aliases_after"
        case overridesApplied = "overrides_applied"
    }
}
