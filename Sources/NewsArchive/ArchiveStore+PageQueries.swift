import NewsSQLite

/// An actor named in the same sentences as another, and in how many of them.
public struct CoMentionedActor: Sendable, Equatable, Encodable {
    public var id: Int
    public var name: String
    public var kind: String
    /// The sentences that name both.
    public var sentences: Int
}

/// Where an actor is mentioned in an article's paragraphs: code points into the paragraph's text, half-open.
public struct MentionSpan: Sendable, Equatable {
    /// The paragraph's place among the article's paragraphs, in the order `article(id:)` gives them.
    public var paragraphIndex: Int
    public var start: Int
    public var end: Int
    public var actorID: Int
}

extension ArchiveStore {
    /// The actors most often mentioned in the same sentences as actor `actorID`, most sentences first,
    /// counted in the latest `articleLimit` articles naming it (as `latestArticleIDs(naming:limit:)`
    /// picks them), or in all of them when it is named in no more: an actor named in 40,000 articles
    /// would otherwise cost a read of every mention in every sentence naming it.
    public func coMentionedActors(of actorID: Int, limit: Int = 10, inLatestArticles articleLimit: Int) throws
        -> [CoMentionedActor]
    {
        try withStorageErrors {
            let articles = try latestArticleIDs(naming: actorID, limit: articleLimit)
            // Mentions are stored by section: the actor's own in those articles' sections, then their neighbours.
            return try connection.rows(
                """
                SELECT other.actor_id, actors.name, actors.kind, count(DISTINCT other.sentence_id) AS sentences
                FROM mentions AS own
                JOIN mentions AS other ON other.section_id = own.section_id AND other.sentence_id = own.sentence_id
                JOIN actors ON actors.id = other.actor_id
                WHERE own.section_id IN (SELECT id FROM sections WHERE article_id IN (SELECT value FROM json_each(?3)))
                    AND own.actor_id = ?1 AND other.actor_id != ?1
                GROUP BY other.actor_id
                ORDER BY sentences DESC, actors.name
                LIMIT ?2
                """, actorID, limit, Self.jsonArray(articles)
            ).map { CoMentionedActor(id: $0[0].int ?? 0, name: $0[1].string ?? "", kind: $0[2].string ?? "", sentences: $0[3].int ?? 0) }
        }
    }

    /// The mentions in article `articleID`'s paragraphs (not its headlines), in text order, placed in
    /// their paragraph, so a page can link each to its actor.
    public func mentionSpans(inArticle articleID: Int) throws -> [MentionSpan] {
        try withStorageErrors {
            // The paragraphs in the order article(id:) reads them (by id), each with its place.
            let paragraphs = try connection.rows(
                """
                SELECT p.start_offset, p.end_offset FROM paragraphs AS p JOIN sections AS sec ON sec.id = p.section_id
                WHERE sec.article_id = ? ORDER BY p.id
                """, articleID
            ).map { (start: $0[0].int ?? 0, end: $0[1].int ?? 0) }
            let mentions = try connection.rows(
                """
                SELECT start_offset, end_offset, actor_id FROM mentions
                WHERE section_id IN (SELECT id FROM sections WHERE article_id = ?) AND sentence_id IS NOT NULL
                ORDER BY start_offset, end_offset DESC
                """, articleID)
            var spans: [MentionSpan] = []
            for mention in mentions {
                let start = mention[0].int ?? 0
                let end = mention[1].int ?? 0
                guard let index = paragraphs.firstIndex(where: { $0.start <= start && end <= $0.end }) else { continue }
                // Overlapping mentions ("the French President Emmanuel Macron" and "Emmanuel Macron"): the first wins.
                if let last = spans.last, last.paragraphIndex == index, start - paragraphs[index].start < last.end { continue }
                spans.append(
                    MentionSpan(
                        paragraphIndex: index, start: start - paragraphs[index].start, end: end - paragraphs[index].start,
                        actorID: mention[2].int ?? 0))
            }
            return spans
        }
    }
}

extension ArchiveStore {
    /// The id, name and kind of each actor article `articleID` mentions.
    public func actorIDs(inArticle articleID: Int) throws -> [(id: Int, name: String, kind: String)] {
        try withStorageErrors {
            try connection.rows(
                """
                SELECT actors.id, actors.name, actors.kind FROM actor_articles JOIN actors ON actors.id = actor_articles.actor_id
                WHERE actor_articles.article_id = ?
                """, articleID
            ).map { (id: $0[0].int ?? 0, name: $0[1].string ?? "", kind: $0[2].string ?? "") }
        }
    }
}
