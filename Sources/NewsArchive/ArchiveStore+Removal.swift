import NewsSQLite

// Removing an article's text, or the article whole, with the connection's triggers off (as ingest
// writes): each full-text index row is deleted with FTS5's 'delete' command and the values it indexed,
// before the row it indexed goes. An external-content index cannot find those values itself once the
// row has changed, and deleting with other values leaves its index inconsistent.

extension ArchiveStore {
    /// Deletes the articles `ids` whole (text, files, tags, mentions), in one transaction; actors left
    /// with no mention go too.
    /// - throws: `ArchiveError.notFound`, deleting nothing, when an id names no article.
    public func deleteArticles(_ ids: [Int]) throws {
        try withStorageErrors {
            try requireArticles(ids)
            try withoutTriggers {
                try connection.transaction {
                    var actorIndex = ActorIndexBatch(firstNewID: try nextID(in: "actors"))
                    var touched: Set<Int> = []
                    for id in Set(ids) { touched.formUnion(try removeArticle(id)) }
                    try removeActors(withoutMentionsAmong: touched, actorIndex: &actorIndex)
                    try actorIndex.finish(in: connection)
                }
            }
        }
    }

    /// The ids of the articles stored from `paths` (as `ingest` was given them): for a feed or a web
    /// archive, every article read from it; for a web address, the page fetched from it.
    /// - throws: `ArchiveError.notFound` naming a path no article came from.
    public func articleIDs(ingestedFrom paths: [String]) throws -> [Int] {
        try withStorageErrors {
            try paths.flatMap { path in
                let input: IngestInput = IngestInput.isWebAddress(path) ? .url(path) : .file(path: path)
                let identity = PreparedArticle.identity(of: input) ?? path
                // A container's articles are known as its identity, '#', and their key.
                let isContainer = ContainerKind(path: path) != nil
                let ids = try connection.rows(
                    """
                    SELECT DISTINCT article_id FROM article_files
                    WHERE path = ?1 OR (?2 AND substr(path, 1, length(?1) + 1) = ?1 || '#') ORDER BY article_id
                    """, identity, isContainer ? 1 : 0
                ).compactMap { $0[0].int }
                guard !ids.isEmpty else {
                    throw ArchiveError(.notFound, "No article was ingested from '\(path)'; nothing was deleted.")
                }
                return ids
            }
        }
    }

    /// Deletes article `id` whole, inside the caller's transaction and with triggers off; returns the
    /// actors it mentioned (see `removeText(ofArticle:)`).
    func removeArticle(_ id: Int) throws -> Set<Int> {
        let actors = try removeText(ofArticle: id)
        for table in ["article_files", "article_tags"] {
            try connection.run("DELETE FROM \(table) WHERE article_id = ?", id)
        }
        try connection.run(
            "INSERT INTO articles_fts (articles_fts, rowid, title) SELECT 'delete', id, title FROM articles WHERE id = ?", id)
        try connection.run("DELETE FROM articles WHERE id = ?", id)
        return actors
    }

    /// Throws `notFound` naming the first of `ids` that is not an article.
    func requireArticles(_ ids: [Int]) throws {
        for id in ids where try connection.firstRow("SELECT 1 FROM articles WHERE id = ?", id) == nil {
            throw ArchiveError(.notFound, "No article #\(id) in the archive; nothing was changed.")
        }
    }

    /// Runs `body` with the connection's triggers off (see the note at the top of this file).
    func withoutTriggers<T>(_ body: () throws -> T) throws -> T {
        try connection.fireTriggers(false)
        defer { try? connection.fireTriggers(true) }
        return try body()
    }

    /// Deletes article `id`'s text: its sections (and their index rows), paragraphs, sentences,
    /// mentions, roles, removed blocks and related links, and its signature and near-duplicate pairs. Returns the actors it mentioned or gave a
    /// role, for `removeActors(withoutMentionsAmong:)` once the transaction's new mentions are written.
    func removeText(ofArticle id: Int) throws -> Set<Int> {
        let actors = try connection.rows(
            """
            SELECT actor_id FROM actor_articles WHERE article_id = ?1
            UNION SELECT actor_id FROM actor_roles WHERE article_id = ?1
            """, id
        ).compactMap { $0[0].int }
        try connection.run(
            """
            INSERT INTO sections_fts (sections_fts, rowid, headline, body)
            SELECT 'delete', id, headline, body FROM sections WHERE article_id = ?
            """, id)
        for table in ["mentions", "sentences", "paragraphs"] {
            try connection.run(
                "DELETE FROM \(table) WHERE section_id IN (SELECT id FROM sections WHERE article_id = ?)", id)
        }
        for table in ["sections", "actor_articles", "actor_roles", "removed_blocks", "related_links"] {
            try connection.run("DELETE FROM \(table) WHERE article_id = ?", id)
        }
        try removeNearDuplicates(ofArticle: id)
        return Set(actors)
    }

    /// Deletes the actors of `actors` no mention names any more, and gives the others their latest role
    /// again (the article that gave it may be gone); returns the actors deleted.
    @discardableResult
    func removeActors(withoutMentionsAmong actors: Set<Int>, actorIndex: inout ActorIndexBatch) throws -> Set<Int> {
        guard !actors.isEmpty else { return [] }
        // One pass over the articles naming them, with or without the index on their actor (a large ingest
        // drops it).
        let mentioned = Set(
            try connection.rows(
                "SELECT DISTINCT actor_id FROM actor_articles WHERE actor_id IN (SELECT value FROM json_each(?))",
                Self.jsonArray(actors.sorted())
            ).compactMap { $0[0].int })
        let orphans = actors.subtracting(mentioned).sorted()
        for id in orphans {
            try actorIndex.rememberIndexedValues(of: id, in: connection)
            for table in ["actor_aliases", "actor_roles"] {
                try connection.run("DELETE FROM \(table) WHERE actor_id = ?", id)
            }
            try connection.run("DELETE FROM actors WHERE id = ?", id)
        }
        try restoreLatestRoles(ofActors: mentioned)
        return Set(orphans)
    }
}
