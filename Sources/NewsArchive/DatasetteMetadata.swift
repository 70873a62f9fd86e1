/// A Datasette `metadata.json` for an archive: what each table, view and column holds, and canned
/// queries a reader would otherwise have to write (`news-archive datasette-metadata`).
///
/// See https://docs.datasette.io/en/0.65/metadata.html. Datasette names a database after its file, less
/// the extension, and finds its metadata under that name.
public struct DatasetteMetadata: Sendable, Equatable, Encodable {
    /// A table's or view's description and its columns' (Datasette shows both above the rows).
    public struct Table: Sendable, Equatable, Encodable {
        public var description: String
        public var columns: [String: String]
    }

    /// A query with `:name` parameters, offered as a form.
    public struct Query: Sendable, Equatable, Encodable {
        public var title: String
        public var description: String
        public var sql: String
    }

    public struct Database: Sendable, Equatable, Encodable {
        public var description: String
        public var tables: [String: Table]
        public var queries: [String: Query]
    }

    public var title = "News archive"
    public var description = Self.archiveDescription
    public var databases: [String: Database]

    /// The metadata for the archive Datasette serves as `databaseName`.
    public init(databaseName: String) {
        databases = [databaseName: Database(description: Self.archiveDescription, tables: Self.tables, queries: Self.queries)]
    }

    static let archiveDescription =
        "Saved news articles cut into sections, paragraphs and sentences, with the people, organisations and places they mention."

    // MARK: - Tables

    static let tables: [String: Table] = [
        "articles": Table(
            description: "One row per article. Its text is in sections (whole: article_texts).",
            columns: [
                "title": "From a Title: line, the file's first line, or made up when the file has none.",
                "title_origin": "'metadata', 'first_line', 'derived' (made up) or 'override' (given with --title or set).",
                "published": "ISO 8601 at its precision (2005, 2005-03, 2005-03-11 or a moment in UTC); NULL when undated or unreadable.",
                "published_as_written": "The date as the file or --published wrote it.",
                "byline": "The author, from the file or --author.",
                "content_hash": "SHA-256 of the file's bytes: the same bytes are one article.",
                "encoding": "'utf-8' or 'windows-1252' (read by fallback).",
                "original": "The file as read, deflated against the text (news-archive show --original reads it).",
                "original_size": "The file's length in UTF-8 bytes.",
            ]),
        "article_texts": Table(
            description: "Each article's whole cleaned text: headlines and paragraphs separated by blank lines.",
            columns: ["text": "Offsets of paragraphs, sentences and mentions count code points into this text."]),
        "article_files": Table(
            description: "Every path an article was ingested from (a copy of a file adds a path, not an article).",
            columns: ["path": "The file's absolute path, or '-' for standard input."]),
        "article_tags": Table(
            description: "Tags given with ingest --tag, --tag-from-folder or news-archive tag add.",
            columns: ["tag": "Compared without regard to case."]),
        "sections": Table(
            description: "A run of an article under one headline; the first (the lede) may have none. Searched through sections_fts.",
            columns: [
                "position": "0-based, in the article.", "headline": "NULL for the lede.",
                "start_offset": "Where the section starts in the article's text (code points).",
                "body_start": "Where its body starts, after the headline.",
            ]),
        "paragraphs": Table(
            description: "Paragraph offsets into the article's text; the text is in sections.",
            columns: ["position": "0-based, in the article."]),
        "sentences": Table(
            description: "Sentence offsets into the article's text; sentence_texts shows each with its text.",
            columns: ["position": "0-based, in the article."]),
        "sentence_texts": Table(
            description: "Each sentence with its text.", columns: [:]),
        "actors": Table(
            description: "People, organisations and places, one per name and kind across the archive.",
            columns: [
                "kind": "'person', 'organization' or 'place'.",
                "role": "The role the latest-published article naming one gives ('President').",
                "country": "The role's country ('France').",
                "aliases": "Every form of the name seen, one a line.",
            ]),
        "actor_aliases": Table(description: "Every form of an actor's name seen in the text.", columns: [:]),
        "actor_roles": Table(description: "A role as one article gives an actor.", columns: [:]),
        "actor_overrides": Table(
            description: "Corrections users made to actors (news-archive actors merge, rename, kind, alias), applied again by every ingest.",
            columns: [:]),
        "mentions": Table(
            description: "Each place the text names an actor, stored by section (mention_contexts shows it with its sentence).",
            columns: [
                "sentence_id": "NULL for a mention in a section headline.",
                "surface": "The text as written, when it is not the text at the offsets (mention_contexts shows it); NULL else.",
                "role_reference": "1 when the text names no one and the actor was found from the role alone.",
            ]),
        "actor_articles": Table(
            description: "Which articles name an actor, and how many times each does.",
            columns: ["mentions": "How many mentions of the actor the article has."]),
        "id_sequences": Table(
            description: "The next id ingest gives a mention (mentions are stored by section, not in id order).",
            columns: [:]),
        "mention_contexts": Table(
            description: "Each mention with its actor, its article and the sentence holding it.",
            columns: ["sentence": "The sentence, or the section's headline for a mention in a headline."]),
        "removed_blocks": Table(
            description: "What cleaning left out of an article, and why.", columns: ["reason": "'repeated_block', 'trailer' or 'metadata'."]),
        "related_links": Table(description: "Headlines of other articles listed in a trailer; not searched.", columns: [:]),
        "synonyms": Table(
            description: "Words a search treats as one (news-archive synonyms add).",
            columns: [
                "sense": "'verb': widens only where the query uses the word as a verb; 'any': every use.",
                "widens": "0: the member stands for itself alone; 1: it widens to its whole group.",
            ]),
        "article_signatures": Table(
            description: "Each article's MinHash signature (60 values of 16 bits), to find its near-duplicates.",
            columns: [:]),
        "similar_articles": Table(
            description: "Pairs of articles sharing at least 30% of their three-word shingles (estimated); the smaller id first.",
            columns: ["similarity": "The estimated Jaccard similarity of the two texts' shingles."]),
        "near_duplicates": Table(
            description: "The pairs of similar_articles close enough (0.6) to be copies of one story; search shows one of a group.",
            columns: [:]),
        "deferred_indexes": Table(
            description: "Empty but while a large ingest runs: indexes it makes again at its end.", columns: [:]),
        "schema_migrations": Table(description: "The migrations applied to this archive.", columns: [:]),
    ]

    // MARK: - Canned queries

    static let queries: [String: Query] = [
        "actor_mentions_per_month": Query(
            title: "Mentions of an actor per month",
            description: "Give the actor's name as the archive spells it (see actors); undated articles count under 'undated'.",
            sql: """
                SELECT coalesce(substr(a.published, 1, 7), 'undated') AS month, sum(aa.mentions) AS mentions,
                    count(*) AS articles
                FROM actor_articles AS aa JOIN articles AS a ON a.id = aa.article_id
                WHERE aa.actor_id IN (SELECT id FROM actors WHERE name = :actor)
                GROUP BY month ORDER BY month
                """),
        "actor_sentences": Query(
            title: "Sentences naming an actor",
            description: "Every sentence mentioning the actor, newest article first.",
            sql: """
                SELECT article_id, title, published, surface, sentence
                FROM mention_contexts WHERE actor = :actor
                    AND article_id IN (SELECT article_id FROM actor_articles
                        WHERE actor_id IN (SELECT id FROM actors WHERE name = :actor))
                ORDER BY published DESC, article_id, mention_id
                """),
        "most_mentioned_actors": Query(
            title: "Most mentioned actors",
            description: "The 50 actors named in the most articles.",
            sql: """
                SELECT actors.name, actors.kind, count(*) AS articles, sum(actor_articles.mentions) AS mentions
                FROM actor_articles JOIN actors ON actors.id = actor_articles.actor_id
                GROUP BY actors.id ORDER BY articles DESC, mentions DESC LIMIT 50
                """),
        "near_duplicate_pairs": Query(
            title: "Near-duplicate articles",
            description: "Pairs of articles that are copies of one story, most alike first.",
            sql: """
                SELECT d.article_id, a.title, d.other_id, o.title AS other_title, d.similarity
                FROM near_duplicates AS d JOIN articles AS a ON a.id = d.article_id JOIN articles AS o ON o.id = d.other_id
                ORDER BY d.similarity DESC, d.article_id
                """),
        "articles_per_tag": Query(
            title: "Articles per tag", description: "How many articles carry each tag.",
            sql: "SELECT tag, count(*) AS articles FROM article_tags GROUP BY tag ORDER BY articles DESC, tag"),
    ]
}
