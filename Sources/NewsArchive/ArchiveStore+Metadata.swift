import Foundation
import NewsIngest
import NewsSQLite

extension ArchiveStore {
    /// Gives article `id` the metadata `overrides` names (title, source, URL, published date, author),
    /// in one transaction. Returns whether anything changed.
    /// - throws: `ArchiveError.notFound` when there is no such article; `.invalidInput` for a date it
    ///   cannot read. Nothing is changed then.
    @discardableResult
    public func setMetadata(ofArticle id: Int, to overrides: IngestOverrides) throws -> Bool {
        try withStorageErrors {
            try requireArticles([id])
            return try withoutTriggers { try connection.transaction { try applyMetadata(overrides, toArticle: id) } }
        }
    }

    /// Writes the metadata `overrides` names into article `id`, inside the caller's transaction and with
    /// triggers off; returns whether a value changed. A new published date moves the article's roles
    /// with it, and so perhaps its actors' latest role.
    func applyMetadata(_ overrides: IngestOverrides, toArticle id: Int) throws -> Bool {
        guard let row = try connection.firstRow(
            "SELECT title, source, url, published, published_as_written, byline FROM articles WHERE id = ?", id)
        else { return false }
        var published: (date: String?, written: String?)?
        if let written = overrides.published?.trimmingCharacters(in: .whitespacesAndNewlines) {
            do {
                published = (try PublishedDate(reading: written, order: overrides.dateOrder).iso8601, written)
            } catch {
                throw ArchiveError(.invalidInput, "--published '\(written)': \(error); write it as YYYY-MM-DD, for example.")
            }
        }
        let old = EditableMetadata(
            title: row[0].string ?? "", source: row[1].string, url: row[2].string, published: row[3].string,
            publishedAsWritten: row[4].string, byline: row[5].string)
        let new = old.changed(by: overrides, published: published)
        guard new != old else { return false }
        if new.title != old.title {
            try connection.run(
                "INSERT INTO articles_fts (articles_fts, rowid, title) VALUES ('delete', ?, ?)", id, old.title)
            try connection.run("INSERT INTO articles_fts (rowid, title) VALUES (?, ?)", id, new.title)
        }
        try connection.run(
            """
            UPDATE articles SET title = ?, title_origin = CASE WHEN ?2 THEN 'override' ELSE title_origin END,
                source = ?, url = ?, published = ?, published_as_written = ?, byline = ? WHERE id = ?
            """, new.title, new.title != old.title ? 1 : 0, new.source, new.url, new.published, new.publishedAsWritten,
            new.byline, id)
        if new.published != old.published {
            try connection.run("UPDATE actor_roles SET published = ? WHERE article_id = ?", new.published, id)
            try restoreLatestRoles(
                ofActors: try connection.rows("SELECT actor_id FROM actor_roles WHERE article_id = ?", id).compactMap {
                    $0[0].int
                })
        }
        return true
    }
}

/// The metadata of an article a user can set.
struct EditableMetadata: Equatable {
    var title: String
    var source: String?
    var url: String?
    var published: String?
    var publishedAsWritten: String?
    var byline: String?

    /// This metadata with the values `overrides` gives instead; `published` is its date read already.
    func changed(by overrides: IngestOverrides, published: (date: String?, written: String?)?) -> EditableMetadata {
        var result = self
        if let title = overrides.title { result.title = title }
        if let source = overrides.source { result.source = source }
        if let url = overrides.url { result.url = url }
        if let author = overrides.author { result.byline = author }
        if let published { (result.published, result.publishedAsWritten) = published }
        return result
    }
}
