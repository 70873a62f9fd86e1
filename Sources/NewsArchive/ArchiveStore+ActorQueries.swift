import NewsSQLite

extension ArchiveStore {
    /// Actors, most mentioned first, optionally of one kind and matching a name or alias.
    public func actors(kind: String? = nil, matching name: String? = nil, limit: Int? = nil) throws -> [ActorSummary] {
        try withStorageErrors {
            var conditions: [String] = []
            var arguments: [any SQLiteBindable] = []
            if let kind {
                conditions.append("actors.kind = ?")
                arguments.append(kind)
            }
            if let name {
                guard let expression = Self.namePrefixExpression(name) else { return [] }
                conditions.append("actors.id IN (SELECT rowid FROM actors_fts WHERE actors_fts MATCH ?)")
                arguments.append(expression)
            }
            return try actorSummaries(where: conditions, arguments, limit: limit)
        }
    }

    /// The actor with `id`, as `actors(kind:matching:limit:)` lists it.
    /// - throws: `ArchiveError.notFound` when there is none.
    public func actor(id: Int) throws -> ActorSummary {
        try withStorageErrors {
            guard let actor = try actorSummaries(where: ["actors.id = ?"], [id], limit: 1).first else {
                throw ArchiveError(.notFound, "No actor with id \(id) in '\(path)'. 'news-archive actors' lists them.")
            }
            return actor
        }
    }

    /// The actors passing every condition in `conditions` (bound to `arguments`), most mentioned first.
    private func actorSummaries(
        where conditions: [String], _ arguments: [any SQLiteBindable], limit: Int?
    ) throws -> [ActorSummary] {
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let statement = try connection.makeStatement(
            """
            SELECT actors.id, actors.name, actors.kind, actors.aliases, actors.country,
                (SELECT coalesce(sum(mentions), 0) FROM actor_articles WHERE actor_id = actors.id) AS mention_count,
                (SELECT count(*) FROM actor_articles WHERE actor_id = actors.id) AS article_count,
                (SELECT group_concat(role, char(10)) FROM (SELECT DISTINCT role FROM actor_roles
                    WHERE actor_id = actors.id AND role IS NOT NULL ORDER BY role)) AS roles
            FROM actors \(whereClause)
            ORDER BY mention_count DESC, article_count DESC, actors.name
            \(limit.map { "LIMIT \($0)" } ?? "")
            """)
        try statement.bind(arguments)
        return try statement.allRows().map { row in
            ActorSummary(
                id: row[0].int ?? 0, name: row[1].string ?? "", kind: row[2].string ?? "",
                roles: Self.lines(row[7].string), aliases: Self.lines(row[3].string).filter { $0 != row[1].string },
                country: row[4].string, mentions: row[5].int ?? 0, articles: row[6].int ?? 0)
        }
    }

    /// The actors one article mentions, most mentioned first.
    public func actors(inArticle articleID: Int) throws -> [ArticleActor] {
        try withStorageErrors {
            try connection.rows(
                """
                WITH article_mentions AS (
                    SELECT m.actor_id, m.start_offset, m.role_as_written, m.role_reference,
                        \(Self.mentionSurfaceSQL) AS surface
                    FROM mentions AS m JOIN sections AS sec ON sec.id = m.section_id WHERE sec.article_id = ?1)
                SELECT actors.name, actors.kind, count(*) AS mention_count,
                    (SELECT group_concat(surface, char(10)) FROM (SELECT DISTINCT surface FROM article_mentions AS m
                        WHERE m.actor_id = actors.id AND NOT m.role_reference ORDER BY surface)) AS surfaces,
                    (SELECT role_as_written FROM article_mentions AS m WHERE m.actor_id = actors.id
                        AND role_as_written IS NOT NULL ORDER BY m.start_offset LIMIT 1) AS role,
                    (SELECT group_concat(surface, char(10)) FROM (SELECT DISTINCT surface FROM article_mentions AS m
                        WHERE m.actor_id = actors.id AND m.role_reference ORDER BY surface)) AS role_references
                FROM article_mentions AS mentions JOIN actors ON actors.id = mentions.actor_id
                GROUP BY actors.id
                ORDER BY mention_count DESC, min(mentions.start_offset)
                """, articleID
            ).map { row in
                ArticleActor(
                    name: row[0].string ?? "", kind: row[1].string ?? "", role: row[4].string,
                    aliases: Self.lines(row[3].string), roleReferences: Self.lines(row[5].string),
                    mentions: row[2].int ?? 0)
            }
        }
    }

    /// An FTS5 expression matching names that start with each word of `name` ("van leeu" → van Leeuwen).
    /// Every token is quoted, so no input is an FTS5 syntax error; nil when `name` has no word.
    static func namePrefixExpression(_ name: String) -> String? {
        let words = name.split { !$0.isLetter && !$0.isNumber }.prefix(16)
        guard !words.isEmpty else { return nil }
        return words.map { "\"\($0)\"*" }.joined(separator: " ")
    }

    private static func lines(_ text: String?) -> [String] {
        text.map { $0.split(separator: "\n").map(String.init) } ?? []
    }
}
