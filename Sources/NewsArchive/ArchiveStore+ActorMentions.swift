import Foundation
import NewsSQLite

extension ArchiveStore {
    /// The actor `reference` names: `#ID`, else a name, else an alias (both in any case).
    /// - throws: `ArchiveError.notFound` when no actor has that id, name or alias; `.invalidInput` when the
    ///   name or alias belongs to several actors (the message lists them with their ids).
    public func actor(named reference: String) throws -> ActorReference {
        let trimmed = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        return try withStorageErrors {
            if trimmed.hasPrefix("#") {
                guard let id = Int(trimmed.dropFirst()),
                    let row = try connection.firstRow("SELECT id, name, kind FROM actors WHERE id = ?", id)
                else {
                    throw ArchiveError(.notFound, "No actor \(trimmed) in '\(path)'. 'news-archive actors' lists them with their ids.")
                }
                return Self.actorReference(row)
            }
            // The one actor found, or an error listing the several found (a name shared by kinds, an alias by people).
            func single(_ found: [ActorReference], _ what: String) throws -> ActorReference? {
                guard found.count > 1 else { return found.first }
                let listed = found.prefix(8).map { "#\($0.id) \($0.name) (\($0.kind))" }.joined(separator: ", ")
                throw ArchiveError(.invalidInput, "\(what): \(listed)\(found.count > 8 ? ", …" : ""). Give one as #ID.")
            }
            let lookups = [
                "SELECT id, name, kind FROM actors WHERE name = ?1",
                "SELECT id, name, kind FROM actors WHERE name = ?1 COLLATE NOCASE",
                "SELECT actors.id, actors.name, actors.kind FROM actor_aliases JOIN actors ON actors.id = actor_aliases.actor_id WHERE alias = ?1 COLLATE NOCASE GROUP BY actors.id",
            ]
            for sql in lookups {
                let found = try connection.rows(sql + " ORDER BY 1", trimmed).map(Self.actorReference)
                if let actor = try single(found, "'\(trimmed)' names \(found.count) actors") { return actor }
            }
            // Last, words that one actor's name or an alias starts with ("macron" → Emmanuel Macron).
            if let expression = Self.namePrefixExpression(trimmed) {
                let found = try connection.rows(
                    """
                    SELECT id, name, kind FROM actors WHERE id IN (SELECT rowid FROM actors_fts WHERE actors_fts MATCH ?)
                    ORDER BY id LIMIT 9
                    """, expression
                ).map(Self.actorReference)
                let what = "No actor is named '\(trimmed)', and \(found.count > 8 ? "more than 8" : String(found.count)) have names starting so"
                if let actor = try single(found, what) { return actor }
            }
            throw ArchiveError(
                .notFound,
                "No actor named '\(trimmed)' in '\(path)'. 'news-archive actors --query \(Self.shellWord(trimmed))' lists those whose names start so."
            )
        }
    }

    /// Every mention of actor `actorID`, by article id and then by place in the article, handed to `body`
    /// one at a time (an actor can have hundreds of thousands).
    public func forEachMention(ofActor actorID: Int, _ body: (ActorMentionDetail) throws -> Void) throws {
        try withStorageErrors {
            let statement = try connection.makeStatement(
                """
                SELECT m.id, m.actor_id, m.article_id, a.title, a.published, m.section_id, sec.position, sec.headline,
                    m.sentence_id,
                    CASE WHEN s.id IS NULL THEN '' ELSE
                        substr(sec.body, s.start_offset - sec.body_start + 1, s.end_offset - s.start_offset) END,
                    m.start_offset, m.end_offset, m.surface, m.role_as_written
                FROM mentions AS m
                JOIN sections AS sec ON sec.id = m.section_id
                JOIN articles AS a ON a.id = sec.article_id
                LEFT JOIN sentences AS s ON s.id = m.sentence_id
                WHERE m.actor_id = ?
                ORDER BY m.article_id, m.start_offset, m.id
                """)
            try statement.bind([actorID])
            while let row = try statement.step() {
                try body(
                    ActorMentionDetail(
                        id: row[0].int ?? 0, actorID: row[1].int ?? 0, articleID: row[2].int ?? 0, title: row[3].string ?? "",
                        published: row[4].string, sectionID: row[5].int ?? 0, sectionPosition: row[6].int ?? 0,
                        headline: row[7].string, sentenceID: row[8].int, sentence: row[9].string ?? "",
                        startOffset: row[10].int ?? 0, endOffset: row[11].int ?? 0, asWritten: row[12].string ?? "",
                        roleAsWritten: row[13].string))
            }
        }
    }

    /// Every mention of actor `actorID`, as `forEachMention(ofActor:_:)` lists them.
    public func mentions(ofActor actorID: Int) throws -> [ActorMentionDetail] {
        var mentions: [ActorMentionDetail] = []
        try forEachMention(ofActor: actorID) { mentions.append($0) }
        return mentions
    }

    private static func actorReference(_ row: Row) -> ActorReference {
        ActorReference(id: row[0].int ?? 0, name: row[1].string ?? "", kind: row[2].string ?? "")
    }

    /// `text` as one shell word, for a command suggested in a message.
    private static func shellWord(_ text: String) -> String {
        text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } ? text : "'" + text.replacing("'", with: "'\\''") + "'"
    }
}
