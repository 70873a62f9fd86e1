/// Applies migrations in order, all pending ones in one transaction together with their bookkeeping
/// rows (and follow-ups), so that a new archive, or an upgrade, is made whole or not at all: a kill
/// while a new archive was being made left a half-made schema that read commands refused.
///
/// Forward only: a database that lists a migration this program does not know was written by a
/// newer program, and is refused (`MigrationError.schemaTooNew`).
public struct Migrator: Sendable {
    public let migrations: [Migration]
    /// Work on the rows that SQL cannot do (reading dates written in words), by migration identifier:
    /// run after the migration's SQL, in its transaction, so that both are applied or neither.
    public let followUps: [String: @Sendable (Connection) throws -> Void]

    public init(migrations: [Migration], followUps: [String: @Sendable (Connection) throws -> Void] = [:]) {
        let identifiers = migrations.map(\.identifier)
        precondition(Set(identifiers).count == identifiers.count, "duplicate migration identifier")
        precondition(identifiers == identifiers.sorted(), "migrations must be in identifier order")
        precondition(Set(followUps.keys).isSubset(of: identifiers), "a follow-up names no migration")
        self.migrations = migrations
        self.followUps = followUps
    }

    static let bookkeepingTable = "schema_migrations"

    /// The identifiers recorded in `connection` (empty for a new database).
    public func appliedIdentifiers(in connection: Connection) throws -> [String] {
        let exists = try connection.firstRow(
            "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?", Self.bookkeepingTable)
        guard exists != nil else { return [] }
        return try connection.rows("SELECT identifier FROM schema_migrations ORDER BY identifier")
            .compactMap { $0[0].string }
    }

    /// The migrations not yet applied to `connection`.
    /// - throws: `MigrationError.schemaTooNew` when the database knows migrations this program lacks.
    public func pendingMigrations(in connection: Connection) throws -> [Migration] {
        let applied = Set(try appliedIdentifiers(in: connection))
        let known = Set(migrations.map(\.identifier))
        let unknown = applied.subtracting(known).sorted()
        if !unknown.isEmpty { throw MigrationError.schemaTooNew(unknownIdentifiers: unknown) }
        return migrations.filter { !applied.contains($0.identifier) }
    }

    /// Applies every pending migration; returns the identifiers applied now.
    @discardableResult
    public func migrate(_ connection: Connection) throws -> [String] {
        try connection.transaction {
            // Read under the write lock: another process (a second ingest starting on the same new file)
            // may have applied them since this one looked.
            try connection.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (identifier TEXT NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)")
            let pending = try pendingMigrations(in: connection)
            for migration in pending {
                try connection.execute(migration.sql)
                try followUps[migration.identifier]?(connection)
                try connection.run(
                    "INSERT INTO schema_migrations (identifier, applied_at) VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                    migration.identifier)
            }
            return pending.map(\.identifier)
        }
    }
}

/// Why migrating failed, beyond SQLite's own errors.
public enum MigrationError: Error, Equatable, CustomStringConvertible {
    case schemaTooNew(unknownIdentifiers: [String])

    public var description: String {
        switch self {
        case .schemaTooNew(let identifiers):
            "the database was written by a newer version (unknown migrations: \(identifiers.joined(separator: ", ")))"
        }
    }
}
