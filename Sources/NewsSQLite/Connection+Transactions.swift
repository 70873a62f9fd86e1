import CNewsSQLite

extension Connection {
    /// Runs `body` inside `BEGIN IMMEDIATE … COMMIT`; rolls back and rethrows if it throws.
    ///
    /// IMMEDIATE takes the write lock at once, so a second writer waits (busy timeout) instead of
    /// failing half-way through.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            if isInTransaction { try? execute("ROLLBACK") }
            throw error
        }
    }

    /// Runs `body` inside a savepoint: if it throws, only its own writes are undone, and the
    /// enclosing transaction goes on.
    public func savepoint<T>(_ name: String = "unit", _ body: () throws -> T) throws -> T {
        precondition(name.allSatisfy { $0.isLetter || $0 == "_" }, "savepoint names are plain identifiers")
        // Cached statements: a savepoint per article is on the ingest hot path.
        try run("SAVEPOINT \(name)")
        do {
            let result = try body()
            try run("RELEASE \(name)")
            return result
        } catch {
            try? run("ROLLBACK TO \(name)")
            try? run("RELEASE \(name)")
            throw error
        }
    }
}
