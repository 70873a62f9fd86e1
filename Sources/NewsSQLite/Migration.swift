/// One schema step: an identifier (the file name without `.sql`) and the SQL it runs.
public struct Migration: Sendable, Equatable {
    public var identifier: String
    public var sql: String

    public init(identifier: String, sql: String) {
        self.identifier = identifier
        self.sql = sql
    }
}
