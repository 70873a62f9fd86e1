import Testing
@testable import NewsSQLite

struct MigratorTests {
    let connection: Connection
    let migrations = [
        Migration(identifier: "0001_people", sql: "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT);"),
        Migration(identifier: "0002_people_role", sql: "ALTER TABLE people ADD COLUMN role TEXT;"),
    ]

    init() throws { connection = try Connection(path: ":memory:") }

    @Test func appliesEachMigrationOnceInOrder() throws {
        let migrator = Migrator(migrations: migrations)
        #expect(try migrator.migrate(connection) == ["0001_people", "0002_people_role"])
        #expect(try migrator.migrate(connection) == [])
        #expect(try migrator.appliedIdentifiers(in: connection) == ["0001_people", "0002_people_role"])
        try connection.run("INSERT INTO people (name, role) VALUES (?, ?)", "Keir Starmer", "Prime Minister")
    }

    /// A new database is made whole or not at all: a failure (or a kill) in its last migration leaves none
    /// applied, not a half-made schema.
    @Test func failingMigrationRollsBackTheWholeRun() throws {
        let broken = migrations + [Migration(identifier: "0003_broken", sql: "CREATE TABLE half (x); CREATE TABLE oops (")]
        #expect(throws: SQLiteError.self) { try Migrator(migrations: broken).migrate(connection) }
        #expect(try Migrator(migrations: broken).appliedIdentifiers(in: connection) == [])
        #expect(try connection.firstRow("SELECT 1 FROM sqlite_schema WHERE name IN ('half', 'people')") == nil)
        try Migrator(migrations: migrations).migrate(connection)
        #expect(throws: SQLiteError.self) { try Migrator(migrations: broken).migrate(connection) }
        #expect(try Migrator(migrations: broken).appliedIdentifiers(in: connection) == ["0001_people", "0002_people_role"])
    }

    @Test func aFollowUpRunsInItsMigrationsTransaction() throws {
        try Migrator(migrations: Array(migrations.prefix(1))).migrate(connection)
        try connection.run("INSERT INTO people (name) VALUES ('Keir Starmer')")
        let failing = Migrator(migrations: migrations, followUps: ["0002_people_role": { connection in
            try connection.run("UPDATE people SET role = 'Prime Minister'")
            throw SQLiteError(extendedCode: 1, message: "the follow-up failed")
        }])
        #expect(throws: SQLiteError.self) { try failing.migrate(connection) }
        #expect(try failing.appliedIdentifiers(in: connection) == ["0001_people"], "the migration's SQL was rolled back too")
        let working = Migrator(migrations: migrations, followUps: ["0002_people_role": { connection in
            try connection.run("UPDATE people SET role = 'Prime Minister'")
        }])
        #expect(try working.migrate(connection) == ["0002_people_role"])
        #expect(try connection.firstRow("SELECT role FROM people")?[0].string == "Prime Minister")
    }

    @Test func databaseFromANewerProgramIsRefused() throws {
        try Migrator(migrations: migrations).migrate(connection)
        let older = Migrator(migrations: Array(migrations.prefix(1)))
        let error = try #require(throws: MigrationError.self) { try older.migrate(connection) }
        #expect(error == .schemaTooNew(unknownIdentifiers: ["0002_people_role"]))
    }
}
