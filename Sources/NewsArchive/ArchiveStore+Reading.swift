import NewsSQLite

extension ArchiveStore {
    /// The article with `id`.
    /// - throws: `ArchiveError.notFound` when there is none.
    public func article(id: Int) throws -> ArticleDetail {
        try withStorageErrors {
            guard
                let row = try connection.firstRow(
                    """
                    SELECT id, title, source, url, published, byline, ingested_at, encoding, title_origin,
                        published_as_written
                    FROM articles WHERE id = ?
                    """, id)
            else {
                throw ArchiveError(.notFound, "No article with id \(id) in '\(path)'. 'news-archive stats' shows how many there are.")
            }
            let paragraphsBySection = Dictionary(
                grouping: try connection.rows(
                    """
                    SELECT p.section_id, substr(sec.body, p.start_offset - sec.body_start + 1, p.end_offset - p.start_offset)
                    FROM paragraphs AS p JOIN sections AS sec ON sec.id = p.section_id
                    WHERE sec.article_id = ? ORDER BY p.id
                    """, id),
                by: { $0[0].int ?? 0 })
            let sections = try connection.rows(
                "SELECT id, position, headline FROM sections WHERE article_id = ? ORDER BY position", id
            ).map { section in
                ArticleDetail.SectionDetail(
                    position: section[1].int ?? 0, headline: section[2].string,
                    paragraphs: (paragraphsBySection[section[0].int ?? 0] ?? []).compactMap { $0[1].string })
            }
            let removed = try connection.rows(
                "SELECT reason, detail, text FROM removed_blocks WHERE article_id = ? ORDER BY position", id
            ).map { ArticleDetail.RemovedDetail(reason: $0[0].string ?? "", detail: $0[1].string ?? "", text: $0[2].string ?? "") }
            return ArticleDetail(
                id: id, title: row[1].string ?? "", titleOrigin: row[8].string ?? "", source: row[2].string, url: row[3].string, published: row[4].string,
                publishedAsWritten: row[9].string, byline: row[5].string, ingestedAt: row[6].string ?? "", encoding: row[7].string ?? "",
                paths: try connection.rows("SELECT path FROM article_files WHERE article_id = ? ORDER BY path", id)
                    .compactMap { $0[0].string },
                sections: sections, removed: removed,
                relatedLinks: try connection.rows(
                    "SELECT headline FROM related_links WHERE article_id = ? ORDER BY position", id
                ).compactMap { $0[0].string },
                actors: try actors(inArticle: id), tags: try tags(ofArticles: [id])[id] ?? [])
        }
    }

    /// The text of the file article `id` was read from, decoded, as it was before cleaning.
    /// - throws: `ArchiveError.notFound` when there is no such article; `.corrupt` when the stored
    ///   original no longer matches the article's text (its sections were edited by hand).
    public func originalText(ofArticle id: Int) throws -> String {
        try withStorageErrors {
            guard let row = try connection.firstRow("SELECT original, original_size FROM articles WHERE id = ?", id)
            else {
                throw ArchiveError(.notFound, "No article with id \(id) in '\(path)'. 'news-archive stats' shows how many there are.")
            }
            let sections = try connection.rows(
                "SELECT headline, body FROM sections WHERE article_id = ? ORDER BY position", id
            ).map { (headline: $0[0].string, body: $0[1].string ?? "") }
            let original = OriginalText(bytes: row[0].blob ?? [], size: row[1].int ?? 0)
            guard let text = original.text(dictionary: OriginalText.dictionary(sections: sections))
            else {
                throw ArchiveError(
                    .corrupt, "The original text of article \(id) in '\(path)' does not match its sections any more: they were changed after ingest.")
            }
            return text
        }
    }

    /// Counts over the whole archive.
    public func statistics() throws -> ArchiveStatistics {
        try withStorageErrors {
            func count(_ sql: String) throws -> Int { try connection.firstRow(sql)?[0].int ?? 0 }
            let dates = try connection.firstRow("SELECT count(published), min(published), max(published) FROM articles")
            let sources = try connection.rows(
                "SELECT source, count(*) FROM articles GROUP BY source COLLATE NOCASE ORDER BY 2 DESC, source IS NULL, 1"
            ).map { ArchiveStatistics.SourceCount(source: $0[0].string, articles: $0[1].int ?? 0) }
            let tags = try connection.rows(
                "SELECT tag, count(*) FROM article_tags GROUP BY tag ORDER BY 2 DESC, tag COLLATE NOCASE"
            ).map { TagCount(tag: $0[0].string ?? "", articles: $0[1].int ?? 0) }
            var kinds: [String: Int] = [:]
            for row in try connection.rows("SELECT kind, count(*) FROM actors GROUP BY kind") {
                kinds[row[0].string ?? ""] = row[1].int ?? 0
            }
            let migration = try connection.firstRow("SELECT max(identifier) FROM schema_migrations")?[0].string
            return ArchiveStatistics(
                articles: try count("SELECT count(*) FROM articles"), files: try count("SELECT count(*) FROM article_files"),
                datedArticles: dates?[0].int ?? 0, earliestPublished: dates?[1].string, latestPublished: dates?[2].string,
                sources: sources, sections: try count("SELECT count(*) FROM sections"),
                paragraphs: try count("SELECT count(*) FROM paragraphs"), sentences: try count("SELECT count(*) FROM sentences"),
                textCharacters: try count(
                    "SELECT coalesce(sum(length(body) + coalesce(length(headline), 0)), 0) FROM sections"),
                actors: kinds.values.reduce(0, +), actorsByKind: kinds,
                mentions: try count("SELECT coalesce(sum(mentions), 0) FROM actor_articles"),
                tags: tags, schemaVersion: migration.flatMap { Int($0.prefix { $0.isNumber }) })
        }
    }

    /// The names of every FTS5 index in the archive.
    public func fullTextIndexes() throws -> [String] {
        try withStorageErrors {
            try connection.rows(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%' ORDER BY name"
            ).compactMap { $0[0].string }
        }
    }

    /// Runs SQLite's integrity check and FTS5's integrity-check on every index (comparing each with its
    /// content table); with `rebuild`, rebuilds every index from its content first.
    public func checkIntegrity(rebuild: Bool = false) throws -> IntegrityReport {
        try withStorageErrors {
            var lines: [(name: String, result: String)] = []
            var isOK = true
            let indexes = try fullTextIndexes()
            if rebuild {
                try makeDeferredIndexes()
                try connection.transaction {
                    for index in indexes { try connection.execute("INSERT INTO \(index) (\(index)) VALUES ('rebuild')") }
                }
                lines.append(("rebuild", "rebuilt \(indexes.joined(separator: ", "))"))
            }
            // Not an error: an ingest may be running. If none is, the last one stopped early.
            let deferred = try connection.rows("SELECT name FROM deferred_indexes ORDER BY name").compactMap { $0[0].string }
            if !deferred.isEmpty {
                lines.append(
                    ("deferred_indexes", "\(deferred.joined(separator: ", ")) not made yet: a large ingest is running or stopped early; 'news-archive check --rebuild' makes it"))
            }
            let integrity = try connection.rows("PRAGMA integrity_check").compactMap { $0[0].string }
            isOK = isOK && integrity == ["ok"]
            lines.append(("integrity_check", integrity.joined(separator: "; ")))
            let foreignKeys = try connection.rows("PRAGMA foreign_key_check")
            isOK = isOK && foreignKeys.isEmpty
            lines.append(("foreign_key_check", foreignKeys.isEmpty ? "ok" : "\(foreignKeys.count) rows point at nothing"))
            // FTS5's check is an INSERT, which a read-only connection refuses: it runs on a connection that
            // may write, in a transaction rolled back (it changes nothing). A file this process may not
            // write is left unchecked by it.
            let checker = isWritable ? connection : try Connection(path: path, mode: .readWrite)
            try checker.execute("BEGIN")
            defer { try? checker.execute("ROLLBACK") }
            for index in indexes {
                do {
                    try checker.execute("INSERT INTO \(index) (\(index), rank) VALUES ('integrity-check', 1)")
                    lines.append((index, "ok"))
                } catch let error as SQLiteError where error.isReadOnly {
                    lines.append((index, "not checked: the file is read-only"))
                } catch let error as SQLiteError {
                    isOK = false
                    lines.append((index, "\(error.message): run 'news-archive check --rebuild'"))
                }
            }
            if integrity != ["ok"] {
                lines.append(("damaged", ArchiveError.damaged(path: path).message))
            }
            return IntegrityReport(lines: lines, isOK: isOK)
        }
    }
}
