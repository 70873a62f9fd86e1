import Foundation
import NewsSQLite

extension ArchiveStore {
    /// SQL for the text as written of mention `m` in its section `sec`: `m.surface` where one is stored,
    /// else the text at the mention's offsets, in the headline before the body's start, else in the body
    /// (migration 0017, whose `mention_contexts` view reads it the same way).
    static let mentionSurfaceSQL = """
        coalesce(m.surface, CASE WHEN m.start_offset >= sec.body_start
            THEN substr(sec.body, m.start_offset - sec.body_start + 1, m.end_offset - m.start_offset)
            ELSE substr(sec.headline, m.start_offset - sec.start_offset + 1, m.end_offset - m.start_offset) END)
        """

    /// The actor `reference` names, as a correction finds it (`#ID`, else a name, else an alias, both in
    /// any case), or else, for reading only, the one actor whose name or an alias starts with its words
    /// ("macron" → Emmanuel Macron).
    /// - throws: `ArchiveError.notFound` when no actor is found; `.invalidInput` when several are (the
    ///   message lists them with their ids).
    public func actor(named reference: String) throws -> CorrectedActor {
        try withStorageErrors {
            do {
                return try resolveActor(reference)
            } catch let error as ArchiveError where error.code == .notFound {
                let words = reference.trimmingCharacters(in: .whitespaces)
                guard !words.hasPrefix("#"), let expression = Self.namePrefixExpression(words) else { throw error }
                let found = try connection.rows(
                    """
                    SELECT id, name, kind FROM actors WHERE id IN (SELECT rowid FROM actors_fts WHERE actors_fts MATCH ?)
                    ORDER BY id LIMIT 6
                    """, expression
                ).map { CorrectedActor(id: $0[0].int ?? 0, name: $0[1].string ?? "", kind: $0[2].string ?? "") }
                if found.count == 1 { return found[0] }
                guard !found.isEmpty else { throw error }
                let listed = found.prefix(5).map { "#\($0.id) \($0.name) (\($0.kind))" }.joined(separator: ", ")
                throw ArchiveError(
                    .invalidInput,
                    "No actor is named '\(words)', and several have names starting so: \(listed)\(found.count > 5 ? ", …" : ""). Name one as #ID."
                )
            }
        }
    }

    /// Every mention of actor `actorID`, by article id and then by place in the article, handed to `body`
    /// one at a time (an actor can have hundreds of thousands).
    public func forEachMention(ofActor actorID: Int, _ body: (ActorMentionDetail) throws -> Void) throws {
        try withStorageErrors {
            let statement = try connection.makeStatement(
                Self.mentionDetailQuery + """
                    WHERE m.section_id IN (SELECT named.id FROM actor_articles AS aa
                            JOIN sections AS named ON named.article_id = aa.article_id WHERE aa.actor_id = ?1)
                        AND m.actor_id = ?1
                    ORDER BY sec.article_id, m.start_offset, m.id
                    """)
            try statement.bind([actorID])
            while let row = try statement.step() { try body(Self.mentionDetail(row)) }
        }
    }

    /// The latest `limit` mentions of actor `actorID`: those in the articles it is named in that were
    /// published last (a higher article id first among equal dates, undated articles after every dated
    /// one), in reading order within an article.
    ///
    /// It reads about as many rows as it returns, however often the actor is named: first the latest
    /// `limit` articles naming it (`latestArticleIDs(naming:limit:)`), then its mentions in them.
    public func latestMentions(ofActor actorID: Int, limit: Int) throws -> [ActorMentionDetail] {
        try withStorageErrors {
            let articles = try latestArticleIDs(naming: actorID, limit: limit)
            return try connection.rows(
                Self.mentionDetailQuery + """
                    WHERE m.section_id IN (SELECT id FROM sections WHERE article_id IN (SELECT value FROM json_each(?2)))
                        AND m.actor_id = ?1
                    ORDER BY a.published DESC, a.id DESC, m.start_offset, m.id
                    LIMIT ?3
                    """, actorID, Self.jsonArray(articles), limit
            ).map(Self.mentionDetail)
        }
    }

    /// The ids of the `limit` articles naming actor `actorID` that were published last, in no order.
    ///
    /// It walks the articles newest first (the index `articles_published`) and keeps those naming the
    /// actor (one probe of `actor_articles` each), which for an actor in a share `p` of the archive's
    /// articles takes about `limit / p` probes: 24 for one in 83% of 100,000 articles. When that walk
    /// passes `2 × √(limit × articles)` articles without finding `limit` (a rare actor, or one named only
    /// long ago), it reads every article naming the actor instead and sorts them by date: there are then
    /// few enough for that to cost about as much as the walk did.
    func latestArticleIDs(naming actorID: Int, limit: Int) throws -> [Int] {
        // max(id) stands for the number of articles: it is read from one end of the table.
        let stored = try connection.firstRow("SELECT max(id) FROM articles")?[0].int ?? 0
        let budget = max(4 * limit, 2 * Int(Double(limit * stored).squareRoot()))
        let found = try connection.rows(
            """
            SELECT a.id FROM (
                SELECT id FROM articles INDEXED BY articles_published ORDER BY published DESC, id DESC LIMIT ?3
            ) AS a
            WHERE EXISTS (SELECT 1 FROM actor_articles WHERE article_id = a.id AND actor_id = ?1)
            LIMIT ?2
            """, actorID, limit, budget
        ).compactMap { $0[0].int }
        if found.count == limit || budget >= stored { return found }
        return try connection.rows(
            """
            SELECT a.id FROM (SELECT article_id FROM actor_articles WHERE actor_id = ?1) AS named
            CROSS JOIN articles AS a ON a.id = named.article_id
            ORDER BY a.published DESC, a.id DESC
            LIMIT ?2
            """, actorID, limit
        ).compactMap { $0[0].int }
    }

    /// A mention's columns as `mentionDetail(_:)` reads them, and the tables they come from: `m` the
    /// mention, `a` its article; a `WHERE` clause follows.
    private static let mentionDetailQuery = """
        SELECT m.id, m.actor_id, sec.article_id, a.title, a.published, m.section_id, sec.position, sec.headline,
            m.sentence_id,
            CASE WHEN s.id IS NULL THEN '' ELSE
                substr(sec.body, s.start_offset - sec.body_start + 1, s.end_offset - s.start_offset) END,
            m.start_offset, m.end_offset, \(mentionSurfaceSQL), m.role_as_written
        FROM mentions AS m
        JOIN sections AS sec ON sec.id = m.section_id
        JOIN articles AS a ON a.id = sec.article_id
        LEFT JOIN sentences AS s ON s.section_id = m.section_id AND s.id = m.sentence_id

        """

    /// A row of `mentionDetailQuery`.
    private static func mentionDetail(_ row: Row) -> ActorMentionDetail {
        ActorMentionDetail(
            id: row[0].int ?? 0, actorID: row[1].int ?? 0, articleID: row[2].int ?? 0, title: row[3].string ?? "",
            published: row[4].string, sectionID: row[5].int ?? 0, sectionPosition: row[6].int ?? 0,
            headline: row[7].string, sentenceID: row[8].int, sentence: row[9].string ?? "",
            startOffset: row[10].int ?? 0, endOffset: row[11].int ?? 0, asWritten: row[12].string ?? "",
            roleAsWritten: row[13].string)
    }

    /// Every mention of actor `actorID`, as `forEachMention(ofActor:_:)` lists them.
    public func mentions(ofActor actorID: Int) throws -> [ActorMentionDetail] {
        var mentions: [ActorMentionDetail] = []
        try forEachMention(ofActor: actorID) { mentions.append($0) }
        return mentions
    }
}
