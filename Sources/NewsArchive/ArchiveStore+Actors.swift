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
            // In SQLite's order (UTF-8 bytes), as the UPDATE below writes them.
            let aliases = Set(actor.mentions.map(\.surface) + [actor.name]).sorted {
                $0.utf8.lexicographicallyPrecedes($1.utf8)
            }
            let actorID: Int
            var isNew = false
            if let known = session.actorIDs[key] {
                actorID = known
            } else {
                // A new actor is written with its aliases at once, so its name index entry is made once.
                try connection.run(
                    "INSERT INTO actors (name, kind, aliases) VALUES (?, ?, ?) ON CONFLICT (name, kind) DO NOTHING",
                    actor.name, actor.kind.rawValue, aliases.joined(separator: "\n"))
                if connection.changes > 0 {
                    actorID = Int(connection.lastInsertedRowID)
                    isNew = true
                } else {
                    guard
                        let found = try connection.firstRow(
                            "SELECT id FROM actors WHERE name = ? AND kind = ?", actor.name, actor.kind.rawValue)?[0].int
                    else { continue }
                    actorID = found
                }
                session.actorIDs[key] = actorID
            }
            var addedAlias = false
            for alias in aliases where session.actorAliases.insert("\(actorID)\u{1F}\(alias)").inserted {
                try connection.run("INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (?, ?)", actorID, alias)
                addedAlias = addedAlias || connection.changes > 0
            }
            // A new actor's aliases column already lists them all.
            if addedAlias && !isNew {
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
