import NewsSQLite

extension ArchiveStore {
    /// Gives the articles `ids` the tag `name`, or with `adding` false takes it from them, in one
    /// transaction; returns the ids of the articles that changed (the others had it, or lacked it, already).
    /// - throws: `ArchiveError.notFound`, changing nothing, when an id names no article.
    public func tag(_ ids: [Int], _ name: String, adding: Bool) throws -> [Int] {
        try withStorageErrors {
            try requireArticles(ids)
            return try connection.transaction {
                try Set(ids).sorted().filter { id in
                    try connection.run(
                        adding
                            ? "INSERT OR IGNORE INTO article_tags (article_id, tag) VALUES (?, ?)"
                            : "DELETE FROM article_tags WHERE article_id = ? AND tag = ?", id, name)
                    return connection.changes > 0
                }
            }
        }
    }

    /// Gives article `id` the tags `names` inside the caller's transaction; returns whether it lacked one.
    func addTags(_ names: [String], toArticle id: Int) throws -> Bool {
        var added = false
        for name in names {
            try connection.run("INSERT OR IGNORE INTO article_tags (article_id, tag) VALUES (?, ?)", id, name)
            added = added || connection.changes > 0
        }
        return added
    }

    /// The tags of each of the articles `ids` that has any, in name order.
    func tags(ofArticles ids: some Collection<Int>) throws -> [Int: [String]] {
        var tags: [Int: [String]] = [:]
        for row in try connection.rows(
            """
            SELECT article_id, tag FROM article_tags WHERE article_id IN (SELECT value FROM json_each(?))
            ORDER BY article_id, tag COLLATE NOCASE
            """, Self.jsonArray(Array(Set(ids)).sorted()))
        {
            tags[row[0].int ?? 0, default: []].append(row[1].string ?? "")
        }
        return tags
    }
}
