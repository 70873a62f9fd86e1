import Foundation
import NewsSQLite

/// An actor as a correction names it.
public struct CorrectedActor: Sendable, Equatable, Encodable {
    public var id: Int
    public var name: String
    public var kind: String

    /// `"Donald Trump" (#12, person)`.
    public var label: String { "\"\(name)\" (#\(id), \(kind))" }

    var key: ActorKey { ActorKey(name: name, kind: kind) }
}

/// What a correction did: the override stored, and the actor it left.
public struct ActorCorrection: Sendable, Equatable, Encodable {
    public var override: ActorOverride
    /// The actor after the correction.
    public var actor: CorrectedActor
    /// The actor that went into `actor` (a merge, or a rename or kind change to a name and kind
    /// another actor had).
    @NullEncoded public var mergedActor: CorrectedActor?

    enum CodingKeys: String, CodingKey {
        case override, actor
        case mergedActor = "merged_actor"
    }
}

// Users' corrections to actors: each changes the stored actors at once and is kept in
// `actor_overrides`, which every later ingest and reextract applies again (see `ActorOverrides`).
extension ArchiveStore {
    /// The actor `reference` names for a correction: `#ID`, else a name (any case), else an alias (any
    /// case); never a guess from part of a name, as a correction changes the archive.
    /// - throws: `ArchiveError.notFound` when none does; `.invalidInput` when several do.
    func resolveActor(_ reference: String) throws -> CorrectedActor {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        func references(_ rows: [Row]) -> [CorrectedActor] {
            rows.map { CorrectedActor(id: $0[0].int ?? 0, name: $0[1].string ?? "", kind: $0[2].string ?? "") }
        }
        if trimmed.hasPrefix("#"), let id = Int(trimmed.dropFirst()) {
            guard let found = references(try connection.rows("SELECT id, name, kind FROM actors WHERE id = ?", id)).first
            else { throw ArchiveError(.notFound, "No actor #\(id) in '\(path)'. 'news-archive actors' lists them.") }
            return found
        }
        var found = references(
            try connection.rows("SELECT id, name, kind FROM actors WHERE name = ? COLLATE NOCASE ORDER BY id", trimmed))
        if found.isEmpty {
            found = references(
                try connection.rows(
                    """
                    SELECT id, name, kind FROM actors WHERE id IN
                        (SELECT actor_id FROM actor_aliases WHERE alias = ? COLLATE NOCASE) ORDER BY id
                    """, trimmed))
        }
        if found.count == 1 { return found[0] }
        if found.isEmpty {
            throw ArchiveError(
                .notFound,
                "No actor named '\(reference)' in '\(path)'. 'news-archive actors --query \"\(reference)\"' lists close names.")
        }
        let listed = found.prefix(5).map { "#\($0.id) \($0.name) (\($0.kind))" }.joined(separator: ", ")
        throw ArchiveError(
            .invalidInput,
            "'\(reference)' names \(found.count) actors: \(listed)\(found.count > 5 ? ", …" : ""). Name one as #ID.")
    }

    /// Merges actor `other` into `kept`: its mentions, aliases and roles go to `kept`, and it is gone.
    public func mergeActors(keeping kept: String, merging other: String) throws -> ActorCorrection {
        try correct { now in
            let target = try resolveActor(kept)
            let source = try resolveActor(other)
            guard target.id != source.id else {
                throw ArchiveError(.invalidInput, "'\(kept)' and '\(other)' are the same actor, \(target.label): nothing to merge.")
            }
            let override = try storeOverride(.merge, target, other: source, value: nil, at: now)
            try move(source.id, into: target.id)
            return ActorCorrection(override: override, actor: try refresh(target.id), mergedActor: source)
        }
    }

    /// Renames actor `reference`; its former name stays an alias. If another actor of its kind has
    /// the name, the two become one.
    public func renameActor(_ reference: String, to name: String) throws -> ActorCorrection {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, !name.contains("\n") else {
            throw ArchiveError(.invalidInput, "Please give a new name of one line for '\(reference)'.")
        }
        return try correct { now in
            let actor = try resolveActor(reference)
            guard actor.name != name else {
                throw ArchiveError(.invalidInput, "\(actor.label) is already named '\(name)': nothing changed.")
            }
            let override = try storeOverride(.rename, actor, value: name, at: now)
            return try rekey(actor, to: ActorKey(name: name, kind: actor.kind), override: override)
        }
    }

    /// Sets the kind of actor `reference` (person, organization or place). If another actor has its
    /// name and that kind, the two become one.
    public func setActorKind(_ reference: String, to kind: String) throws -> ActorCorrection {
        guard ["person", "organization", "place"].contains(kind) else {
            throw ArchiveError(.invalidInput, "Unknown kind '\(kind)': use person, organization or place.")
        }
        return try correct { now in
            let actor = try resolveActor(reference)
            guard actor.kind != kind else {
                throw ArchiveError(.invalidInput, "\(actor.label) is already a \(kind): nothing changed.")
            }
            let override = try storeOverride(.kind, actor, value: kind, at: now)
            return try rekey(actor, to: ActorKey(name: actor.name, kind: kind), override: override)
        }
    }

    /// Gives actor `reference` the alias `alias` (a name texts use for it), for good.
    public func addActorAlias(_ reference: String, alias: String) throws -> ActorCorrection {
        let alias = alias.trimmingCharacters(in: .whitespaces)
        guard !alias.isEmpty, !alias.contains("\n") else {
            throw ArchiveError(.invalidInput, "Please give an alias of one line for '\(reference)'.")
        }
        return try correct { now in
            let actor = try resolveActor(reference)
            let has = try connection.firstRow(
                "SELECT 1 FROM actor_aliases WHERE actor_id = ? AND alias = ?", actor.id, alias) != nil
            guard !has else { throw ArchiveError(.invalidInput, "\(actor.label) has the alias '\(alias)' already: nothing changed.") }
            let override = try storeOverride(.aliasAdd, actor, value: alias, at: now)
            return ActorCorrection(override: override, actor: try refresh(actor.id))
        }
    }

    /// Takes `alias` from actor `reference`, for good: extraction finding it again does not bring it back.
    public func removeActorAlias(_ reference: String, alias: String) throws -> ActorCorrection {
        try correct { now in
            let actor = try resolveActor(reference)
            guard alias != actor.name else {
                throw ArchiveError(
                    .invalidInput, "'\(alias)' is the name of \(actor.label), not an alias: rename the actor instead.")
            }
            let has = try connection.firstRow(
                "SELECT 1 FROM actor_aliases WHERE actor_id = ? AND alias = ?", actor.id, alias) != nil
            guard has else {
                throw ArchiveError(.notFound, "\(actor.label) has no alias '\(alias)' (aliases match case): nothing changed.")
            }
            let override = try storeOverride(.aliasRemove, actor, value: alias, at: now)
            return ActorCorrection(override: override, actor: try refresh(actor.id))
        }
    }

    /// The corrections stored, oldest first.
    public func actorOverrides() throws -> [ActorOverride] {
        try withStorageErrors { try storedActorOverrides().overrides }
    }

    /// Drops correction `id`; stored actors keep what it did until `reextract` runs.
    public func removeActorOverride(id: Int) throws -> ActorOverride {
        try withStorageErrors {
            try connection.transaction {
                guard let override = try storedActorOverrides().overrides.first(where: { $0.id == id }) else {
                    throw ArchiveError(
                        .notFound, "No actor override #\(id) in '\(path)'. 'news-archive actors --overrides' lists them.")
                }
                try connection.run("DELETE FROM actor_overrides WHERE id = ?", id)
                return override
            }
        }
    }

    // MARK: - Applying a correction to the stored actors

    /// Runs `body` in a transaction (triggers on: `actors_fts` follows every change).
    private func correct(_ body: (String) throws -> ActorCorrection) throws -> ActorCorrection {
        try withStorageErrors {
            let now = Self.now()
            return try connection.transaction { try body(now) }
        }
    }

    private func storeOverride(
        _ action: ActorOverride.Action, _ actor: CorrectedActor, other: CorrectedActor? = nil, value: String?, at now: String
    ) throws -> ActorOverride {
        try connection.run(
            """
            INSERT INTO actor_overrides (action, name, kind, other_name, other_kind, value, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, action.rawValue, actor.name, actor.kind, other?.name, other?.kind, value, now)
        return ActorOverride(
            id: Int(connection.lastInsertedRowID), action: action, name: actor.name, kind: actor.kind,
            otherName: other?.name, otherKind: other?.kind, value: value, createdAt: now)
    }

    /// Gives `actor` a new name or kind, or joins it to the actor that has them already.
    private func rekey(_ actor: CorrectedActor, to key: ActorKey, override: ActorOverride) throws -> ActorCorrection {
        if let existing = try connection.firstRow(
            "SELECT id FROM actors WHERE name = ? AND kind = ? AND id <> ?", key.name, key.kind, actor.id)?[0].int
        {
            try move(actor.id, into: existing)
            return ActorCorrection(override: override, actor: try refresh(existing), mergedActor: actor)
        }
        try connection.run("UPDATE actors SET name = ?, kind = ? WHERE id = ?", key.name, key.kind, actor.id)
        return ActorCorrection(override: override, actor: try refresh(actor.id))
    }

    /// Moves the mentions, aliases and roles of actor `source` to `target` and deletes `source`.
    private func move(_ source: Int, into target: Int) throws {
        // The mentions in the sections of the articles naming `source` (mentions are stored by section).
        try connection.run(
            """
            UPDATE mentions SET actor_id = ?1 WHERE section_id IN (SELECT sec.id FROM actor_articles AS aa
                    JOIN sections AS sec ON sec.article_id = aa.article_id WHERE aa.actor_id = ?2)
                AND actor_id = ?2
            """, target, source)
        try connection.run(
            """
            INSERT INTO actor_articles (article_id, actor_id, mentions)
            SELECT article_id, ?1, mentions FROM actor_articles WHERE actor_id = ?2 ORDER BY article_id
            ON CONFLICT (article_id, actor_id) DO UPDATE SET mentions = mentions + excluded.mentions
            """, target, source)
        try connection.run("DELETE FROM actor_articles WHERE actor_id = ?", source)
        // Where both have a role in one article, the kept actor's stays.
        try connection.run("UPDATE OR IGNORE actor_roles SET actor_id = ? WHERE actor_id = ?", target, source)
        try connection.run(
            "INSERT OR IGNORE INTO actor_aliases (actor_id, alias) SELECT ?, alias FROM actor_aliases WHERE actor_id = ?",
            target, source)
        try connection.run("DELETE FROM actor_aliases WHERE actor_id = ?", source)
        try connection.run("DELETE FROM actor_roles WHERE actor_id = ?", source)
        try connection.run("DELETE FROM actors WHERE id = ?", source)
    }

    /// Brings actor `id` in line with every correction: its name an alias, the aliases users added
    /// in, those they removed out, the `aliases` column (and so `actors_fts`) and its latest role.
    private func refresh(_ id: Int) throws -> CorrectedActor {
        guard let row = try connection.firstRow("SELECT name, kind FROM actors WHERE id = ?", id) else {
            preconditionFailure("actor \(id) was just written")
        }
        let actor = CorrectedActor(id: id, name: row[0].string ?? "", kind: row[1].string ?? "")
        let have = Set(
            try connection.rows("SELECT alias FROM actor_aliases WHERE actor_id = ?", id).compactMap { $0[0].string })
        try replaceAliases(of: id, having: have, with: Set(try storedActorOverrides().aliases(of: actor.key, have)))
        try restoreLatestRoles(ofActors: [id])
        return actor
    }
}

extension ArchiveStore {
    /// Makes the aliases of actor `id`, which has `have`, be `wanted`, in `actor_aliases` and in the
    /// `aliases` column (and so, with triggers on, in `actors_fts`).
    func replaceAliases(of id: Int, having have: Set<String>, with wanted: Set<String>) throws {
        for alias in have.subtracting(wanted) {
            try connection.run("DELETE FROM actor_aliases WHERE actor_id = ? AND alias = ?", id, alias)
        }
        for alias in wanted.subtracting(have) {
            try connection.run("INSERT INTO actor_aliases (actor_id, alias) VALUES (?, ?)", id, alias)
        }
        try connection.run(
            "UPDATE actors SET aliases = ?1 WHERE id = ?2 AND aliases IS NOT ?1",
            wanted.sorted(by: PreparedActor.sqliteOrder).joined(separator: "\n"), id)
    }

    /// Gives `actors` the role of the latest-published article that gives them one (as ingest keeps it).
    func restoreLatestRoles(ofActors actors: some Collection<Int>) throws {
        try connection.run(
            Self.latestRoleUpdate + " WHERE id IN (SELECT value FROM json_each(?))",
            "[" + actors.sorted().map(String.init).joined(separator: ",") + "]")
    }

    /// Gives each actor the role of its latest-published article that gives one; a WHERE clause picks the actors.
    static let latestRoleUpdate = """
        UPDATE actors SET (role, country, role_published) = (
            SELECT role, country, published FROM actor_roles WHERE actor_id = actors.id
            ORDER BY coalesce(published, '') DESC, article_id DESC LIMIT 1)
        """
}
