import NewsActors
import NewsIngest
import NewsSQLite

/// Row ids of what `insert` wrote, so mentions can point at their section and sentence.
struct StoredArticleRows {
    var articleID: Int
    var published: String?
    var sectionIDs: [Int: Int] = [:]
    var sentenceIDs: [Int: Int] = [:]
    /// What goes in at the end of the batch.
    var pending = PendingRows()
}

extension ArchiveStore {
    /// Stores the actors found in one article: one actor per name and kind across the archive, every
    /// alias seen, and the role this article gives; its roles and mentions join `rows.pending`.
    /// `session` holds the ids and aliases already looked up or stored in this run.
    func storeActors(_ actors: [ExtractedActor], rows: inout StoredArticleRows, session: inout IngestSession) throws {
        for actor in actors {
            let key = actor.kind.rawValue + "\u{1F}" + actor.name
            let aliases = Set(actor.mentions.map(\.surface) + [actor.name]).sorted()
            let actorID: Int
            if let known = session.actorIDs[key] {
                actorID = known
            } else {
                // A new actor is written with its aliases at once, so its name index entry is made once.
                try connection.run(
                    "INSERT INTO actors (name, kind, aliases) VALUES (?, ?, ?) ON CONFLICT (name, kind) DO NOTHING",
                    actor.name, actor.kind.rawValue, aliases.joined(separator: "\n"))
                guard
                    let found = try connection.firstRow(
                        "SELECT id FROM actors WHERE name = ? AND kind = ?", actor.name, actor.kind.rawValue)?[0].int
                else { continue }
                actorID = found
                session.actorIDs[key] = found
            }
            var addedAlias = false
            for alias in aliases where session.actorAliases.insert("\(actorID)\u{1F}\(alias)").inserted {
                try connection.run("INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (?, ?)", actorID, alias)
                addedAlias = addedAlias || connection.changes > 0
            }
            if addedAlias {
                try session.actorIndex?.rememberIndexedValues(of: actorID, in: connection)
                try connection.run(
                    """
                    UPDATE actors SET aliases = (SELECT group_concat(alias, char(10)) FROM
                        (SELECT alias FROM actor_aliases WHERE actor_id = ?1 ORDER BY alias))
                    WHERE id = ?1 AND aliases IS NOT (SELECT group_concat(alias, char(10)) FROM
                        (SELECT alias FROM actor_aliases WHERE actor_id = ?1 ORDER BY alias))
                    """, actorID)
            }
            if actor.role != nil || actor.country != nil {
                rows.pending.roles.append([
                    .integer(actorID), .integer(rows.articleID), .text(actor.role), .text(actor.country), .text(rows.published),
                ])
                // The actor's current role is the one from the latest-published article that names one.
                try connection.run(
                    """
                    UPDATE actors SET role = ?, country = ?, role_published = ?
                    WHERE id = ? AND (role IS NULL OR coalesce(role_published, '') <= coalesce(?, ''))
                        AND (role IS NOT ? OR country IS NOT ? OR role_published IS NOT ?)
                    """, actor.role, actor.country, rows.published, actorID, rows.published, actor.role, actor.country,
                    rows.published)
            }
            for mention in actor.mentions {
                guard let sectionID = rows.sectionIDs[mention.sectionPosition] else { continue }
                rows.pending.mentions.append([
                    .integer(actorID), .integer(rows.articleID), .integer(sectionID),
                    rows.sentenceIDs[mention.sentencePosition].map(BulkRows.Value.integer) ?? .text(nil),
                    .integer(mention.range.start), .integer(mention.range.end), .text(mention.surface),
                    .text(mention.roleAsWritten),
                ])
            }
        }
    }
}

/// Keeps `actors_fts` in step with the actors a batch adds or gives new aliases, in a few statements
/// at the end of the batch instead of a trigger per row (see `ArchiveStore.indexesFilledPerBatch`).
struct ActorIndexBatch {
    /// `actors_ai` and `actors_au` as the migration made them, put back at the end of the batch.
    var triggerSQL: [String]
    /// Actors from this id on are new in the batch.
    var firstNewID: Int
    /// Actors that were in the index before the batch and changed in it, with the values indexed then.
    var indexedValues: [Int: (name: String, aliases: String)] = [:]

    /// Drops the actor index triggers inside the open transaction; nil when they are not there.
    static func begin(in connection: Connection) throws -> ActorIndexBatch? {
        var triggerSQL: [String] = []
        for name in ["actors_ai", "actors_au"] {
            guard
                let sql = try connection.firstRow("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?", name)?[0]
                    .string
            else { return nil }
            triggerSQL.append(sql)
        }
        try connection.execute("DROP TRIGGER actors_ai; DROP TRIGGER actors_au;")
        let firstNewID = (try connection.firstRow("SELECT coalesce(max(id), 0) + 1 FROM actors")?[0].int) ?? 1
        return ActorIndexBatch(triggerSQL: triggerSQL, firstNewID: firstNewID)
    }

    /// Call before changing the name or aliases of actor `id`.
    mutating func rememberIndexedValues(of id: Int, in connection: Connection) throws {
        guard id < firstNewID, indexedValues[id] == nil,
            let row = try connection.firstRow("SELECT name, aliases FROM actors WHERE id = ?", id)
        else { return }
        indexedValues[id] = (row[0].string ?? "", row[1].string ?? "")
    }

    /// Re-indexes the changed actors, indexes the new ones and puts the triggers back.
    func finish(in connection: Connection) throws {
        for (id, old) in indexedValues {
            try connection.run(
                "INSERT INTO actors_fts (actors_fts, rowid, name, aliases) VALUES ('delete', ?, ?, ?)", id, old.name, old.aliases)
        }
        try connection.run(
            """
            INSERT INTO actors_fts (rowid, name, aliases) SELECT id, name, aliases FROM actors
            WHERE id >= ? OR id IN (SELECT value FROM json_each(?)) ORDER BY id
            """, firstNewID, "[" + indexedValues.keys.sorted().map(String.init).joined(separator: ",") + "]")
        for sql in triggerSQL { try connection.execute(sql) }
    }
}
