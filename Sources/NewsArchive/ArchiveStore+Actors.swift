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
        // Actors new to the archive go in first, many to a statement, with their aliases and role.
        var newActors = BulkRows(table: "actors", columns: ["id", "name", "kind", "aliases", "role", "country", "role_published"])
        var newAliases = BulkRows(table: "actor_aliases", columns: ["actor_id", "alias"])
        var found: [(actor: ExtractedActor, id: Int, aliases: [String], isNew: Bool)] = []
        for actor in actors {
            let key = actor.kind.rawValue + "\u{1F}" + actor.name
            // In SQLite's order (UTF-8 bytes), as the UPDATE below writes them.
            let aliases = Set(actor.mentions.map(\.surface) + [actor.name]).sorted {
                $0.utf8.lexicographicallyPrecedes($1.utf8)
            }
            if let known = session.actorIDs[key] {
                found.append((actor, known, aliases, false))
                continue
            }
            let actorID: Int
            var isNew = false
            if let stored = try connection.firstRow(
                "SELECT id FROM actors WHERE name = ? AND kind = ?", actor.name, actor.kind.rawValue)?[0].int
            {
                actorID = stored
            } else {
                actorID = session.nextActorID
                session.nextActorID += 1
                isNew = true
                let hasRole = actor.role != nil || actor.country != nil
                newActors.append([
                    .integer(actorID), .text(actor.name), .text(actor.kind.rawValue), .text(aliases.joined(separator: "\n")),
                    .text(actor.role), .text(actor.country), .text(hasRole ? rows.published : nil),
                ])
                for alias in aliases {
                    newAliases.append([.integer(actorID), .text(alias)])
                    session.actorAliases.insert("\(actorID)\u{1F}\(alias)")
                }
            }
            session.actorIDs[key] = actorID
            found.append((actor, actorID, aliases, isNew))
        }
        try newActors.write(to: connection)
        try newAliases.write(to: connection)

        for (actor, actorID, aliases, isNew) in found {
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
                // The actor's current role is the one from the latest-published article that names one (a
                // new actor was written with this one).
                if !isNew {
                    try connection.run(
                        """
                        UPDATE actors SET role = ?, country = ?, role_published = ?
                        WHERE id = ? AND (role IS NULL OR coalesce(role_published, '') <= coalesce(?, ''))
                            AND (role IS NOT ? OR country IS NOT ? OR role_published IS NOT ?)
                        """, actor.role, actor.country, rows.published, actorID, rows.published, actor.role, actor.country,
                        rows.published)
                }
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
