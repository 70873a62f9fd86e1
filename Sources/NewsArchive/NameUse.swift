import NewsSQLite

/// How many articles use a name (capitalised or not): what tells a name the archive established
/// from a word many articles use (see `ArchiveActorResolver.articlesNaming`). `sections_fts` counts
/// the stored articles; the articles of an ingest's open transaction, which it lacks until the
/// transaction ends, are counted here.
struct NameUse {
    /// Whether the articles of the open transaction are missing from `sections_fts` (ingest indexes
    /// them as it commits), so that the names they leave unresolved are counted here.
    var countsOpenTransaction = false
    /// For the open transaction: how many of its articles left each name unresolved, and how many
    /// articles `sections_fts` found using it (up to a limit).
    private var inTransaction: [String: Int] = [:]
    fileprivate var indexed: [String: (articles: Int, limit: Int)] = [:]

    /// Forgets what it counted of the last transaction (`sections_fts` has its articles now).
    mutating func beginTransaction() {
        inTransaction.removeAll(keepingCapacity: true)
        indexed.removeAll(keepingCapacity: true)
    }

    /// Notes the names an article of the open transaction left unresolved (each once).
    mutating func note(_ names: [String]) {
        guard countsOpenTransaction else { return }
        for name in names { inTransaction[name, default: 0] += 1 }
    }

    fileprivate func inOpenTransaction(_ name: String) -> Int { inTransaction[name] ?? 0 }
}

extension ArchiveStore {
    /// How many articles use each of `names` (any case, stemmed, as `sections_fts` finds them, up to
    /// its `limit` sections), with those of the open transaction that `sections_fts` lacks.
    func articlesNaming(_ names: [(name: String, limit: Int)], use: inout NameUse) throws -> [String: Int] {
        var result: [String: Int] = [:]
        for (name, limit) in names {
            let indexed: Int
            if let counted = use.indexed[name], counted.limit >= limit {
                indexed = counted.articles
            } else {
                indexed =
                    try connection.firstRow(
                        """
                        SELECT count(DISTINCT article_id) FROM sections WHERE id IN
                            (SELECT rowid FROM sections_fts WHERE sections_fts MATCH ? LIMIT ?)
                        """, Self.ftsPhrase(name), limit)?[0].int ?? 0
                use.indexed[name] = (indexed, limit)
            }
            result[name] = indexed + use.inOpenTransaction(name)
        }
        return result
    }
}
