import NewsActors
import NewsSQLite

/// The actors the archive holds, by each name and alias, with how many articles mention each: what
/// `ArchiveActorResolver` weighs, kept by an ingest or `reextract` run.
///
/// A run that stores many articles beside those the archive holds reads every actor when it starts
/// (`load(from:)`) and then counts the articles it stores itself (`record`). One that adds a few
/// articles to a large archive reads the actors of the names each article asks about instead
/// (`ArchiveStore.knownActors(named:)`).
struct ActorDirectory {
    /// Whether the run reads the actors of each name from the archive as articles ask for them.
    var readsOnDemand = false
    /// `record` counts the articles of actors from this id on; those before keep the count `load`
    /// read (`reextract` stores every article again: it counts the actors it makes).
    var countsArticlesFrom = 0
    private var idsByAlias: [String: [Int]] = [:]
    private var actors: [Int: KnownActor] = [:]

    /// The actors filed under `name` (a name, an alias, a person's surname), from memory.
    func knownActors(named name: String) -> [KnownActor] {
        guard let ids = idsByAlias[name] else { return [] }
        return ids.compactMap { actors[$0] }
    }

    /// Notes that one more article mentions actor `id`, known by `key` and `aliases`: one more that
    /// establishes it if the article found it by itself.
    mutating func record(_ id: Int, key: ActorKey, aliases: [String], isFoundByArticle: Bool) {
        guard !readsOnDemand else { return }
        if actors[id] == nil {
            actors[id] = KnownActor(id: id, key: key, articles: 0)
        }
        if id >= countsArticlesFrom, isFoundByArticle { actors[id]?.articles += 1 }
        for alias in aliases { add(alias, id) }
        add(key, id)
    }

    /// Forgets the actors `ids` (deleted), so that an id given again names no alias of theirs: one
    /// pass over the aliases.
    mutating func remove(_ ids: Set<Int>) {
        guard !ids.isEmpty else { return }
        for id in ids { actors[id] = nil }
        for (alias, filed) in idsByAlias where filed.contains(where: ids.contains) {
            idsByAlias[alias] = filed.filter { !ids.contains($0) }
        }
    }

    /// Files actor `id` under its name and, for a person of several words, under the last of them
    /// (the surname a later article may use alone).
    private mutating func add(_ key: ActorKey, _ id: Int) {
        add(key.name, id)
        if key.kind == ActorKind.person.rawValue, let space = key.name.lastIndex(of: " ") {
            add(String(key.name[key.name.index(after: space)...]), id)
        }
    }

    private mutating func add(_ alias: String, _ id: Int) {
        Self.insert(id, into: &idsByAlias[alias, default: []])
    }

    /// Adds `id` to `ids` unless it is there (one look-up of the alias, through `inout`).
    private static func insert(_ id: Int, into ids: inout [Int]) {
        if !ids.contains(id) { ids.append(id) }
    }

    /// Every actor of the archive, with its aliases and how many articles mention it.
    mutating func load(from connection: Connection) throws {
        let counts = Dictionary(
            uniqueKeysWithValues: try connection.rows(
                "SELECT actor_id, count(*) FROM actor_articles GROUP BY actor_id"
            ).map { ($0[0].int ?? 0, $0[1].int ?? 0) })
        for row in try connection.rows("SELECT id, name, kind FROM actors") {
            let id = row[0].int ?? 0
            let key = ActorKey(name: row[1].string ?? "", kind: row[2].string ?? "")
            actors[id] = KnownActor(id: id, key: key, articles: counts[id] ?? 0)
            add(key, id)
        }
        for row in try connection.rows("SELECT actor_id, alias FROM actor_aliases") {
            add(row[1].string ?? "", row[0].int ?? 0)
        }
    }
}

extension ArchiveStore {
    /// The directory a run starts with: reading on demand, or else holding every actor stored.
    func makeActorDirectory(readingOnDemand: Bool) throws -> ActorDirectory {
        var directory = ActorDirectory()
        directory.readsOnDemand = readingOnDemand
        if !readingOnDemand { try directory.load(from: connection) }
        return directory
    }

    /// Reads `session`'s directory again from the archive, after a savepoint undid actors it recorded
    /// (rare: copying it at every savepoint would cost more).
    func reloadActorDirectory(of session: inout IngestSession) throws {
        session.actorDirectory = try makeActorDirectory(readingOnDemand: session.actorDirectory.readsOnDemand)
    }

    /// The actors under each of `names` (a name or an alias, as written), read from the archive (for
    /// a directory that reads on demand).
    func knownActors(named names: Set<String>) throws -> [String: [KnownActor]] {
        var result: [String: [KnownActor]] = [:]
        for name in names {
            // As `ActorDirectory.add` files them: by alias (the index ignores case, the alias must
            // not), and people by the last word of their name, found through the names' index.
            let rows = try connection.rows(
                """
                SELECT id, name, kind, (SELECT count(*) FROM actor_articles WHERE actor_id = actors.id),
                    EXISTS (SELECT 1 FROM actor_aliases WHERE actor_id = actors.id AND alias = ?1)
                FROM actors WHERE id IN (SELECT actor_id FROM actor_aliases WHERE alias = ?1 COLLATE NOCASE)
                    OR id IN (SELECT rowid FROM actors_fts WHERE actors_fts MATCH ?2)
                """, name, "name : " + Self.ftsPhrase(name))
            var known: [KnownActor] = []
            for row in rows {
                let key = ActorKey(name: row[1].string ?? "", kind: row[2].string ?? "")
                let isSurname = key.kind == ActorKind.person.rawValue && key.name.hasSuffix(" " + name)
                guard row[4].int == 1 || isSurname else { continue }
                known.append(KnownActor(id: row[0].int ?? 0, key: key, articles: row[3].int ?? 0))
            }
            if !known.isEmpty { result[name] = known }
        }
        return result
    }

    /// `text` as an FTS5 phrase: in double quotes, its own doubled.
    static func ftsPhrase(_ text: String) -> String {
        "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
