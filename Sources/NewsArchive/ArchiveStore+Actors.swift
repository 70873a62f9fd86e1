import NewsActors
import NewsIngest
import NewsSQLite

/// Row ids of what `insert` wrote, so mentions can point at their section and sentence.
struct StoredArticleRows {
    var articleID: Int
    var published: String?
    var sectionIDs: [Int: Int] = [:]
    var sentenceIDs: [Int: Int] = [:]
}

extension ArchiveStore {
    /// Stores the actors found in one article: one actor per name and kind across the archive, every
    /// alias seen, the role this article gives, and each mention.
    /// - parameter knownActors: ids already looked up in this run, by kind and name.
    /// - parameter knownAliases: aliases already stored in this run, as actor id and alias.
    func storeActors(
        _ actors: [ExtractedActor], rows: StoredArticleRows, knownActors: inout [String: Int],
        knownAliases: inout Set<String>
    ) throws {
        for actor in actors {
            let key = actor.kind.rawValue + "\u{1F}" + actor.name
            let aliases = Set(actor.mentions.map(\.surface) + [actor.name]).sorted()
            let actorID: Int
            if let known = knownActors[key] {
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
                knownActors[key] = found
            }
            var addedAlias = false
            for alias in aliases where knownAliases.insert("\(actorID)\u{1F}\(alias)").inserted {
                try connection.run("INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (?, ?)", actorID, alias)
                addedAlias = addedAlias || connection.changes > 0
            }
            if addedAlias {
                try connection.run(
                    """
                    UPDATE actors SET aliases = (SELECT group_concat(alias, char(10)) FROM
                        (SELECT alias FROM actor_aliases WHERE actor_id = ?1 ORDER BY alias))
                    WHERE id = ?1 AND aliases IS NOT (SELECT group_concat(alias, char(10)) FROM
                        (SELECT alias FROM actor_aliases WHERE actor_id = ?1 ORDER BY alias))
                    """, actorID)
            }
            if actor.role != nil || actor.country != nil {
                try connection.run(
                    "INSERT OR IGNORE INTO actor_roles (actor_id, article_id, role, country, published) VALUES (?, ?, ?, ?, ?)",
                    actorID, rows.articleID, actor.role, actor.country, rows.published)
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
                try connection.run(
                    """
                    INSERT INTO mentions (actor_id, article_id, section_id, sentence_id, start_offset, end_offset, surface,
                        role_as_written)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, actorID, rows.articleID, sectionID, rows.sentenceIDs[mention.sentencePosition], mention.range.start,
                    mention.range.end, mention.surface, mention.roleAsWritten)
            }
        }
    }
}
