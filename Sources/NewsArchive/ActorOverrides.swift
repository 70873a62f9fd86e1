import NewsActors
import NewsIngest
import NewsSQLite

/// A correction a user made to an actor, as `actor_overrides` keeps it (see migration 0010).
public struct ActorOverride: Sendable, Equatable, Encodable {
    public enum Action: String, Sendable, Encodable, CaseIterable {
        case merge, rename, kind
        case aliasAdd = "alias_add"
        case aliasRemove = "alias_remove"
    }

    public var id: Int
    public var action: Action
    /// The actor corrected (for a merge, the one kept), by its name and kind when the correction was made.
    public var name: String
    public var kind: String
    /// For a merge, the actor merged into it.
    @NullEncoded public var otherName: String?
    @NullEncoded public var otherKind: String?
    /// The new name, the new kind or the alias; nil for a merge.
    @NullEncoded public var value: String?
    public var createdAt: String

    enum CodingKeys: String, CodingKey {
        case id, action, name, kind, value
        case otherName = "other_name"
        case otherKind = "other_kind"
        case createdAt = "created_at"
    }

    /// One line for people: `merge "Bush" (person) into "George W Bush" (person)`.
    public var summary: String {
        let subject = "\"\(name)\" (\(kind))"
        switch action {
        case .merge: return "merge \"\(otherName ?? "")\" (\(otherKind ?? "")) into \(subject)"
        case .rename: return "rename \(subject) to \"\(value ?? "")\""
        case .kind: return "kind of \(subject) is \(value ?? "")"
        case .aliasAdd: return "alias \"\(value ?? "")\" added to \(subject)"
        case .aliasRemove: return "alias \"\(value ?? "")\" removed from \(subject)"
        }
    }
}

/// An actor's identity across the archive: its name and kind (`actors` is unique on both).
struct ActorKey: Hashable, Sendable {
    var name: String
    var kind: String

    /// As `PreparedActor.key` spells it.
    var preparedKey: String { kind + "\u{1F}" + name }
}

/// The stored corrections, ready to apply to what extraction finds (ingest, reextract) in id order.
///
/// A merge, rename or kind change rewrites a key: an actor extraction finds under the old key is
/// stored under the new one. Each correction names the actor as it was when it was made, so the keys
/// are rewritten by every correction in turn. Alias edits apply to the actor their subject's key
/// leads to after the corrections made since.
struct ActorOverrides: Sendable {
    private(set) var overrides: [ActorOverride] = []
    /// The rewrites, in id order.
    private var rewrites: [(id: Int, from: ActorKey, to: ActorKey)] = []
    /// Aliases added to and removed from the actor each final key names.
    private(set) var addedAliases: [ActorKey: Set<String>] = [:]
    private(set) var removedAliases: [ActorKey: Set<String>] = [:]

    init(_ overrides: [ActorOverride] = []) {
        self.overrides = overrides.sorted { $0.id < $1.id }
        for override in self.overrides {
            let subject = ActorKey(name: override.name, kind: override.kind)
            switch override.action {
            case .merge:
                rewrites.append(
                    (override.id, ActorKey(name: override.otherName ?? "", kind: override.otherKind ?? ""), subject))
            case .rename: rewrites.append((override.id, subject, ActorKey(name: override.value ?? "", kind: subject.kind)))
            case .kind: rewrites.append((override.id, subject, ActorKey(name: subject.name, kind: override.value ?? "")))
            case .aliasAdd, .aliasRemove: break
            }
        }
        for override in self.overrides {
            guard let alias = override.value, override.action == .aliasAdd || override.action == .aliasRemove else {
                continue
            }
            let key = resolve(ActorKey(name: override.name, kind: override.kind), after: override.id)
            if override.action == .aliasAdd {
                addedAliases[key, default: []].insert(alias)
                removedAliases[key]?.remove(alias)
            } else {
                removedAliases[key, default: []].insert(alias)
                addedAliases[key]?.remove(alias)
            }
        }
    }

    var isEmpty: Bool { overrides.isEmpty }

    /// The key the actor extraction names `key` is stored under, after the rewrites made after `id`.
    func resolve(_ key: ActorKey, after id: Int = 0) -> ActorKey {
        var key = key
        for rewrite in rewrites where rewrite.id > id && rewrite.from == key { key = rewrite.to }
        return key
    }

    /// The actors one article gives, with the corrections applied: under their corrected names and
    /// kinds (two that become one actor are joined), their removed aliases left out. The names
    /// extraction gave stay aliases.
    func apply(to actors: [PreparedActor]) -> [PreparedActor] {
        guard !isEmpty else { return actors }
        let rekeyed = actors.map { prepared in
            let found = ActorKey(name: prepared.actor.name, kind: prepared.actor.kind.rawValue)
            let key = resolve(found)
            guard key != found else { return prepared }
            var corrected = prepared
            corrected.actor.name = key.name
            corrected.actor.kind = ActorKind(rawValue: key.kind) ?? prepared.actor.kind
            corrected.key = key.preparedKey
            return corrected
        }
        return PreparedActor.joined(rekeyed).map { prepared in
            var corrected = prepared
            corrected.aliases = aliases(
                of: ActorKey(name: prepared.actor.name, kind: prepared.actor.kind.rawValue), Set(prepared.aliases))
            return corrected
        }
    }

    /// The actors corrections name, under the keys they lead to: `ArchiveActorResolver` leaves them be.
    var correctedKeys: Set<ActorKey> {
        var keys = Set(addedAliases.keys).union(removedAliases.keys)
        for rewrite in rewrites { keys.insert(resolve(rewrite.to, after: rewrite.id)) }
        return keys
    }

    /// `found` with the aliases users added and without those they removed; the name is always one.
    func aliases(of key: ActorKey, _ found: Set<String>) -> [String] {
        found.union(addedAliases[key] ?? []).subtracting(removedAliases[key] ?? []).union([key.name])
            .sorted(by: PreparedActor.sqliteOrder)
    }
}

extension ArchiveStore {
    /// The corrections stored in the archive, oldest first.
    func storedActorOverrides() throws -> ActorOverrides {
        ActorOverrides(
            try connection.rows(
                "SELECT id, action, name, kind, other_name, other_kind, value, created_at FROM actor_overrides ORDER BY id"
            ).compactMap { row in
                guard let action = row[1].string.flatMap(ActorOverride.Action.init(rawValue:)) else { return nil }
                return ActorOverride(
                    id: row[0].int ?? 0, action: action, name: row[2].string ?? "", kind: row[3].string ?? "",
                    otherName: row[4].string, otherKind: row[5].string, value: row[6].string,
                    createdAt: row[7].string ?? "")
            })
    }
}
