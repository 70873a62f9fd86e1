import NewsSQLite

/// The rows of a batch's articles (the articles themselves, their files, sections, paragraphs,
/// sentences, what cleaning removed, roles, mentions and which actors each names), written when the
/// batch ends (see `BulkRows`), parents before children.
struct PendingRows {
    var articles = BulkRows(
        table: "articles",
        columns: [
            "id", "title", "title_origin", "source", "url", "published", "published_as_written", "byline",
            "ingested_at", "content_hash", "encoding", "original", "original_size",
        ], assignsRowIDs: true)
    /// In the order the files were met: a later row for a path replaces an earlier one.
    var files = BulkRows(
        table: "article_files", columns: ["path", "article_id", "ingested_at"],
        upsert: "ON CONFLICT (path) DO UPDATE SET article_id = excluded.article_id, ingested_at = excluded.ingested_at")
    var sections = BulkRows(
        table: "sections",
        columns: ["id", "article_id", "position", "headline", "body", "start_offset", "end_offset", "body_start"],
        assignsRowIDs: true)
    var paragraphs = BulkRows(
        table: "paragraphs", columns: ["id", "section_id", "position", "start_offset", "end_offset"])
    var sentences = BulkRows(
        table: "sentences",
        columns: ["id", "section_id", "position", "start_offset", "end_offset"])
    var removedBlocks = BulkRows(
        table: "removed_blocks", columns: ["article_id", "position", "reason", "detail", "text"])
    var relatedLinks = BulkRows(table: "related_links", columns: ["article_id", "position", "headline"])
    var tags = BulkRows(table: "article_tags", columns: ["article_id", "tag"], conflict: "OR IGNORE")
    var signatures = BulkRows(table: "article_signatures", columns: ["article_id", "minhash"])
    var roles = BulkRows(
        table: "actor_roles", columns: ["actor_id", "article_id", "role", "country", "published"], conflict: "OR IGNORE")
    /// The last column, `id`, is handed out when the rows are written (see `write(to:)`).
    var mentions = BulkRows(
        table: "mentions",
        columns: [
            "actor_id", "section_id", "sentence_id", "start_offset", "end_offset", "surface", "role_as_written", "role_reference",
            "id",
        ])
    /// An actor listed twice in one article's actors (two names that resolved to one) adds up its mentions.
    var actorArticles = BulkRows(
        table: "actor_articles", columns: ["article_id", "actor_id", "mentions"],
        upsert: "ON CONFLICT (article_id, actor_id) DO UPDATE SET mentions = mentions + excluded.mentions")

    mutating func append(contentsOf other: PendingRows) {
        articles.append(contentsOf: other.articles)
        files.append(contentsOf: other.files)
        removedBlocks.append(contentsOf: other.removedBlocks)
        relatedLinks.append(contentsOf: other.relatedLinks)
        tags.append(contentsOf: other.tags)
        signatures.append(contentsOf: other.signatures)
        sections.append(contentsOf: other.sections)
        paragraphs.append(contentsOf: other.paragraphs)
        sentences.append(contentsOf: other.sentences)
        roles.append(contentsOf: other.roles)
        mentions.append(contentsOf: other.mentions)
        actorArticles.append(contentsOf: other.actorArticles)
    }

    /// Mentions go in in the order of their key (section, then offset), numbered from the archive's next
    /// mention id (migration 0021).
    mutating func write(to connection: Connection) throws {
        try articles.write(to: connection)
        try files.write(to: connection)
        try removedBlocks.write(to: connection)
        try relatedLinks.write(to: connection)
        try tags.write(to: connection)
        try signatures.write(to: connection)
        try sections.write(to: connection)
        try paragraphs.write(to: connection)
        try sentences.write(to: connection)
        // In actor order, so that each page of the (actor, article) index is written once per batch.
        roles.sortRows(byIntegerIn: 0)
        try roles.write(to: connection)
        try actorArticles.write(to: connection)
        guard mentions.count > 0 else { return }
        mentions.sortRows(byIntegerIn: 1, then: 3)
        let firstID = try connection.firstRow("SELECT next_id FROM id_sequences WHERE name = 'mentions'")?[0].int ?? 1
        mentions.numberRows(inColumn: mentions.columns.count - 1, from: firstID)
        try connection.run("UPDATE id_sequences SET next_id = ? WHERE name = 'mentions'", firstID + mentions.count)
        try mentions.write(to: connection)
    }
}
