/// What the extractor finds in one article: its actors, and the names it could not tell the kind of.
public struct ArticleActors: Sendable, Equatable {
    /// The actors, in order of first mention.
    public var actors: [ExtractedActor]
    /// Capitalised names that nothing in the article types or ties to an actor ("Arsenal" with no
    /// cue around it), in order of first mention: an archive that knows the name from other
    /// articles may resolve them.
    public var unresolvedNames: [UnresolvedName]

    public init(actors: [ExtractedActor], unresolvedNames: [UnresolvedName] = []) {
        self.actors = actors
        self.unresolvedNames = unresolvedNames
    }
}

/// A name of one to three words that an article leaves unresolved, with every mention of it: a run
/// of capitalised words outside headlines, that the extractor found no evidence for.
public struct UnresolvedName: Sendable, Equatable {
    /// The name as first written, without title or possessive ending ("Arsenal").
    public var name: String
    /// The mentions in reading order, sentence-initial and headline ones included.
    public var mentions: [ActorMention]
    /// False when a mention follows an article ("the Open", "an Oscar": a title, an event, a common
    /// noun) or stands beside another capitalised word ("US Open": part of a longer name), unless
    /// the name is an abbreviation: such a name is not a name on its own.
    public var standsAlone: Bool
    /// Whether a mention stands capitalised mid-sentence, where a common word would not be; if not,
    /// every mention opens its sentence (or a quotation).
    public var isMidSentence: Bool

    public init(name: String, mentions: [ActorMention], standsAlone: Bool = true, isMidSentence: Bool = true) {
        self.name = name
        self.mentions = mentions
        self.standsAlone = standsAlone
        self.isMidSentence = isMidSentence
    }
}
