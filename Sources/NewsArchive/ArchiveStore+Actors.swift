import NewsActors
import NewsIngest
import NewsSQLite

/// Row ids of what `insert` wrote, so mentions can point at their section and sentence.
struct StoredArticleRows {
    var articleID: Int
    var published: String?
    /// By position in the article (the parser numbers sections and sentences 0, 1, … in order).
    var sectionIDs: [Int] = []
    var sentenceIDs: [Int] = []
    /// What goes in at the end of the batch.
    var pending = PendingRows()
}

/// An actor found in an article, with what the writer needs of it worked out on a preparing thread.
struct PreparedActor: Sendable {
    var actor: ExtractedActor
    /// The actor's kind and name: one actor per key across the archive.
    var key: String
    /// The name and every surface form that names the actor, each once, in SQLite's order (UTF-8
    /// bytes) as the `aliases` column lists them. Role references ("The US president") are not names:
    /// their mentions are marked `role_reference` instead.
    var aliases: [String]
    /// False for an actor only the archive found in the article (names the article left
    /// unresolved, see `ArchiveActorResolver`): the article does not count as establishing it.
    var isFoundByArticle = true

    init(_ actor: ExtractedActor) {
        self.actor = actor
        key = actor.kind.rawValue + "\u{1F}" + actor.name
        // The name and the mentions' surfaces, each kept once (the first of equal ones, as a set
        // keeps it), then sorted: an actor has a handful, so looking through those kept beats
        // hashing each (`Set(actor.aliases + [name])` hashed every surface twice, 2 % of an ingest's
        // instructions).
        var names = [actor.name]
        for mention in actor.mentions where !mention.isRoleReference && !names.contains(mention.surface) {
            names.append(mention.surface)
        }
        aliases = names.sorted(by: Self.sqliteOrder)
    }

    /// True when `left` sorts before `right` in SQLite's binary collation.
    static func sqliteOrder(_ left: String, _ right: String) -> Bool {
        // Over the contiguous bytes: through `utf8`'s iterators a comparison took hundreds of instructions.
        var (left, right) = (left, right)
        return left.withUTF8 { left in right.withUTF8 { right in left.lexicographicallyPrecedes(right) } }
    }

    /// Whether the article gives the actor a role or a country, which then becomes the actor's if
    /// no later-published article gave one.
    var hasRole: Bool { actor.role != nil || actor.country != nil }

    /// `actors` with those of one key joined into the first of them: every mention in text order, the
    /// first role given, every alias.
    static func joined(_ actors: [PreparedActor]) -> [PreparedActor] {
        var result: [PreparedActor] = []
        var indexByKey: [String: Int] = [:]
        for prepared in actors {
            guard let index = indexByKey[prepared.key] else {
                indexByKey[prepared.key] = result.count
                result.append(prepared)
                continue
            }
            var joined = result[index]
            joined.actor.mentions = (joined.actor.mentions + prepared.actor.mentions).sorted {
                ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end)
            }
            if !joined.hasRole {
                joined.actor.role = prepared.actor.role
                joined.actor.country = prepared.actor.country
            }
            joined.aliases = Set(joined.aliases).union(prepared.aliases).sorted(by: sqliteOrder)
            joined.isFoundByArticle = joined.isFoundByArticle || prepared.isFoundByArticle
            result[index] = joined
        }
        return result
    }
}

/// An actor first met in the current batch: written with the batch's other rows when it ends, with
/// every alias and the latest role the batch gave it.
struct NewActor {
    var name: String
    var kind: String
    var aliases: [String]
    var role: String?
    var country: String?
    var rolePublished: String?

    init(_ prepared: PreparedActor, published: String?) {
        name = prepared.actor.name
        kind = prepared.actor.kind.rawValue
        aliases = prepared.aliases
        role = prepared.actor.role
        country = prepared.actor.country
        rolePublished = prepared.hasRole ? published : nil
    }

    /// Adds what another article of the batch says of the actor, as `storeActors` updates a stored one.
    mutating func merge(_ prepared: PreparedActor, published: String?) {
        for alias in prepared.aliases where !aliases.contains(alias) {
            aliases.insert(alias, at: aliases.firstIndex { PreparedActor.sqliteOrder(alias, $0) } ?? aliases.endIndex)
        }
        if prepared.hasRole, role == nil || !PreparedActor.sqliteOrder(published ?? "", rolePublished ?? "") {
            role = prepared.actor.role
            country = prepared.actor.country
            rolePublished = published
        }
    }
}

extension ArchiveStore {
    /// The actors of one article as the archive keeps them: users' corrections applied, then each
    /// joined to the actor the archive holds it as, with the unresolved names the archive knows
    /// (see `ArchiveActorResolver`).
    func resolvedActors(
        _ actors: [PreparedActor], unresolved: [UnresolvedName], session: inout IngestSession
    ) throws -> [PreparedActor] {
        let corrected = session.actorOverrides.apply(to: actors)
        var resolver: ArchiveActorResolver
        if session.actorDirectory.readsOnDemand {
            let known = try knownActors(named: ArchiveActorResolver.lookups(for: corrected, unresolved: unresolved))
            resolver = ArchiveActorResolver(known: { known[$0] ?? [] }, corrected: session.correctedActors)
        } else {
            let directory = session.actorDirectory
            resolver = ArchiveActorResolver(known: directory.knownActors(named:), corrected: session.correctedActors)
        }
        let counted = resolver.namesToCount(unresolved)
        if !counted.isEmpty {
            resolver.articlesNaming = try articlesNaming(counted, use: &session.nameUse)
        }
        session.nameUse.note(unresolved.map(\.name))
        // Again, for the aliases users removed from an actor others joined.
        return session.actorOverrides.apply(to: resolver.resolve(corrected, unresolved: unresolved))
    }

    /// Stores the actors found in one article: one actor per name and kind across the archive, every
    /// alias seen, and the role this article gives; its roles and mentions join `rows.pending`.
    ///
    /// An actor new to the archive stays in `session.newActors` until the batch ends (inserting a few
    /// rows per article cost several times what writing them with the batch's does). Only actors
    /// stored before the batch are read and updated here, first: once the new ones are noted nothing
    /// throws, so an article that fails leaves the batch's new actors as they were.
    func storeActors(_ actors: [PreparedActor], rows: inout StoredArticleRows, session: inout IngestSession) throws {
        let firstNewID = session.firstNewActorID
        let knownIDs = try actors.map { prepared in
            var id = session.actorIDs[prepared.key]
            if id == nil, session.unmetActorsMayBeStored {
                let actor = prepared.actor
                id = try connection.firstRow(
                    "SELECT id FROM actors WHERE name = ? AND kind = ?", actor.name, actor.kind.rawValue)?[0].int
                session.actorIDs[prepared.key] = id
            }
            if let id, id < firstNewID {
                try update(storedActor: id, with: prepared, published: rows.published, session: &session)
            }
            return id
        }
        for (prepared, knownID) in zip(actors, knownIDs) {
            let actorID: Int
            // An actor met earlier in this article's list is known by now, though not when `knownIDs` was made.
            if let known = knownID ?? session.actorIDs[prepared.key] {
                actorID = known
                if known >= firstNewID {
                    session.newActors[known - firstNewID].merge(prepared, published: rows.published)
                }
            } else {
                actorID = session.nextActorID
                session.nextActorID += 1
                session.newActors.append(NewActor(prepared, published: rows.published))
                session.actorIDs[prepared.key] = actorID
            }
            let actor = prepared.actor
            if prepared.hasRole {
                rows.pending.roles.append([
                    .integer(actorID), .integer(rows.articleID), .text(actor.role), .text(actor.country), .text(rows.published),
                ])
            }
            var mentions = 0
            for mention in actor.mentions {
                guard rows.sectionIDs.indices.contains(mention.sectionPosition) else { continue }
                let sectionID = rows.sectionIDs[mention.sectionPosition]
                rows.pending.mentions.append([
                    .integer(actorID), .integer(sectionID),
                    rows.sentenceIDs.indices.contains(mention.sentencePosition)
                        ? .integer(rows.sentenceIDs[mention.sentencePosition]) : .text(nil),
                    // No surface: it is the text at the mention's range (see `ActorMention.surface`), which
                    // the section holds (migration 0017). The id is given as the rows are written.
                    .integer(mention.range.start), .integer(mention.range.end), .text(nil),
                    .text(mention.roleAsWritten), .integer(mention.isRoleReference ? 1 : 0), .integer(0),
                ])
                mentions += 1
            }
            if mentions > 0 {
                rows.pending.actorArticles.append([.integer(rows.articleID), .integer(actorID), .integer(mentions)])
            }
            session.actorDirectory.record(
                actorID, key: ActorKey(name: actor.name, kind: actor.kind.rawValue), aliases: prepared.aliases,
                isFoundByArticle: prepared.isFoundByArticle)
        }
    }

    /// Adds the aliases an article gives an actor stored before the batch, and its role if that is
    /// the latest-published one.
    private func update(
        storedActor actorID: Int, with prepared: PreparedActor, published: String?, session: inout IngestSession
    ) throws {
        var addedAlias = false
        for alias in prepared.aliases
        where session.storedAliases.insert(StoredAlias(actorID: actorID, alias: alias)).inserted {
            try connection.run("INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (?, ?)", actorID, alias)
            addedAlias = addedAlias || connection.changes > 0
        }
        if addedAlias {
            try session.actorIndex.rememberIndexedValues(of: actorID, in: connection)
            try connection.run(
                """
                UPDATE actors SET aliases = (SELECT group_concat(alias, char(10)) FROM
                    (SELECT alias FROM actor_aliases WHERE actor_id = ?1 ORDER BY alias))
                WHERE id = ?1 AND aliases IS NOT (SELECT group_concat(alias, char(10)) FROM
                    (SELECT alias FROM actor_aliases WHERE actor_id = ?1 ORDER BY alias))
                """, actorID)
        }
        guard prepared.hasRole else { return }
        let actor = prepared.actor
        try connection.run(
            """
            UPDATE actors SET role = ?, country = ?, role_published = ?
            WHERE id = ? AND (role IS NULL OR coalesce(role_published, '') <= coalesce(?, ''))
                AND (role IS NOT ? OR country IS NOT ? OR role_published IS NOT ?)
            """, actor.role, actor.country, published, actorID, published, actor.role, actor.country, published)
    }
}

/// An alias stored for an actor.
struct StoredAlias: Hashable {
    var actorID: Int
    var alias: String
}

extension IngestSession {
    /// The id of the batch's first new actor (`newActors[0]`).
    var firstNewActorID: Int { nextActorID - newActors.count }

    /// Writes the actors first met in the batch, with their aliases, and forgets them as new.
    mutating func writeNewActors(to connection: Connection) throws {
        guard !newActors.isEmpty else { return }
        var actorRows = BulkRows(
            table: "actors", columns: ["id", "name", "kind", "aliases", "role", "country", "role_published"],
            assignsRowIDs: true)
        var aliasRows = BulkRows(table: "actor_aliases", columns: ["actor_id", "alias"])
        for (actorID, actor) in zip(firstNewActorID..., newActors) {
            actorRows.append([
                .integer(actorID), .text(actor.name), .text(actor.kind), .text(actor.aliases.joined(separator: "\n")),
                .text(actor.role), .text(actor.country), .text(actor.rolePublished),
            ])
            for alias in actor.aliases {
                aliasRows.append([.integer(actorID), .text(alias)])
                storedAliases.insert(StoredAlias(actorID: actorID, alias: alias))
            }
        }
        try actorRows.write(to: connection)
        try aliasRows.write(to: connection)
        newActors.removeAll(keepingCapacity: true)
    }
}
