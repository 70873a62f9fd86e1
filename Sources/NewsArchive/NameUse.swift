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
    /// The article of each section the run wrote, at `section id - firstSection` (-1 where unknown):
    /// the articles of the sections `sections_fts` finds are counted from it, not read from each
    /// section's row, which took reading its 32 KB page from the file (at 100k generated articles,
    /// those reads were a tenth of the ingest's CPU time, most of it in the kernel).
    private var sectionArticles: [Int32] = []
    private var firstSection = 0
    /// `PRAGMA data_version` when the last transaction began: another connection that wrote to the
    /// archive since may have deleted sections and given their ids to others.
    private var archiveVersion: Int?

    /// Forgets what it counted of the last transaction (`sections_fts` has its articles now), and the
    /// sections' articles when another connection wrote to the archive since (`version`).
    mutating func beginTransaction(archiveVersion version: Int?) {
        inTransaction.removeAll(keepingCapacity: true)
        indexed.removeAll(keepingCapacity: true)
        if version != archiveVersion { sectionArticles.removeAll() }
        archiveVersion = version
    }

    /// Notes that section `section`, written in the open transaction, is article `article`'s.
    mutating func record(section: Int, article: Int) {
        if sectionArticles.isEmpty { firstSection = section }
        let index = section - firstSection
        guard index >= 0, let article = Int32(exactly: article) else { return }
        if index >= sectionArticles.count {
            sectionArticles.append(contentsOf: repeatElement(-1, count: index - sectionArticles.count))
            sectionArticles.append(article)
        } else {
            sectionArticles[index] = article
        }
    }

    /// How many articles `sections` are in, when all of them are sections the run wrote; else nil.
    fileprivate func articleCount(ofSections sections: [Int]) -> Int? {
        var articles: Set<Int32> = []
        for section in sections {
            let index = section - firstSection
            guard index >= 0, index < sectionArticles.count, sectionArticles[index] >= 0 else { return nil }
            articles.insert(sectionArticles[index])
        }
        return articles.count
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
                let sections = try connection.rows(
                    "SELECT rowid FROM sections_fts WHERE sections_fts MATCH ? LIMIT ?", Self.ftsPhrase(name), limit
                ).compactMap { $0[0].int }
                indexed =
                    try use.articleCount(ofSections: sections)
                    ?? connection.firstRow(
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
