import Foundation
import NewsActors
import NewsIngest
import NewsSQLite

extension ArchiveStore {
    /// Finds the actors of every stored article again (after an upgrade of the extraction rules or word
    /// lists), with users' corrections applied, and replaces each article's mentions and roles with
    /// what it finds: many articles per transaction, as ingest does, so a run stopped part way leaves
    /// each article as it was or as it is now, and running it again finishes the work.
    ///
    /// An article whose actors come out as stored is not written. Actors left with no mention are
    /// deleted; at the end, every actor's aliases become what the run found (with the aliases users
    /// added, without those they removed). `actors_fts` stays in step throughout.
    public func reextract(batchSize: Int = 150, transactionSize: Int = 600) throws -> ReextractReport {
        try reextract(batchSize: batchSize, transactionSize: transactionSize, interruption: { _ in })
    }

    /// - parameter interruption: called after each article is staged with the number staged so far
    ///   (tests throw from it to stop a run inside a transaction).
    func reextract(
        batchSize: Int = 150, transactionSize: Int = 600, interruption: (Int) throws -> Void
    ) throws -> ReextractReport {
        try withStorageErrors {
            try makeDeferredIndexes()
            var run = try ReextractRun(store: self)
            let articles = try connection.rows("SELECT id, published FROM articles ORDER BY id").map {
                (id: $0[0].int ?? 0, published: $0[1].string)
            }
            run.report.articles = articles.count
            let batches = stride(from: 0, to: articles.count, by: batchSize).map {
                Array(articles[$0..<min($0 + batchSize, articles.count)])
            }
            let workers = (1..<max(1, ProcessInfo.processInfo.activeProcessorCount)).map {
                DispatchQueue(label: "news-archive.reextract.\($0)")
            }
            // As ingest: the writer fills `actors_fts` itself and gives every row its parent's id.
            try connection.execute("PRAGMA foreign_keys = OFF")
            defer { try? connection.execute("PRAGMA foreign_keys = ON") }
            try connection.fireTriggers(false)
            defer { try? connection.fireTriggers(true) }
            var staged = 0
            var nextBatch = 0
            // The next batch is read and handed to the workers before the current one is written.
            var ahead: SharedMap<ReextractArticle, ReextractArticle>? = nil
            func startBatch(_ index: Int) throws -> SharedMap<ReextractArticle, ReextractArticle>? {
                guard index < batches.count else { return nil }
                let read = try readStructures(of: batches[index])
                return SharedMap(read, workers: workers) { article in
                    var article = article
                    let found = ActorExtractor().extractAll(from: article.parsed)
                    article.actors = found.actors.map(PreparedActor.init)
                    article.unresolvedNames = found.unresolvedNames
                    return article
                }
            }
            ahead = try startBatch(0)
            while nextBatch < batches.count {
                try connection.transaction {
                    run.beginTransaction()
                    var inTransaction = 0
                    repeat {
                        let extracted = ahead?.results() ?? []
                        nextBatch += 1
                        ahead = try startBatch(nextBatch)
                        let old = try storedActorRows(of: extracted.map(\.id))
                        for article in extracted {
                            try run.restore(article, old: old[article.id] ?? StoredActorRows())
                            staged += 1
                            inTransaction += 1
                            try interruption(staged)
                        }
                        try run.session.writeNewActors(to: connection)
                        try run.session.pending.write(to: connection)
                    } while nextBatch < batches.count && inTransaction < transactionSize
                    try run.finishTransaction()
                }
            }
            try connection.fireTriggers(true)
            try run.replaceAliases()
            return try run.finish()
        }
    }

    /// The stored structure of `articles`, as the parser made it: enough to find actors again.
    private func readStructures(of articles: [(id: Int, published: String?)]) throws -> [ReextractArticle] {
        guard let first = articles.first?.id, let last = articles.last?.id else { return [] }
        let sectionRows = try connection.rows(
            """
            SELECT id, article_id, position, headline, body, start_offset, body_start FROM sections
            WHERE article_id BETWEEN ? AND ? ORDER BY article_id, position
            """, first, last)
        let paragraphRows = try connection.rows(
            """
            SELECT id, section_id, position, start_offset, end_offset FROM paragraphs
            WHERE section_id IN (SELECT id FROM sections WHERE article_id BETWEEN ?1 AND ?2) ORDER BY id
            """, first, last)
        let sentenceRows = try connection.rows(
            """
            SELECT id, section_id, position, start_offset, end_offset FROM sentences
            WHERE section_id IN (SELECT id FROM sections WHERE article_id BETWEEN ?1 AND ?2) ORDER BY id
            """, first, last)
        var sentencesBySection: [Int: [(id: Int, sentence: Sentence)]] = [:]
        for row in sentenceRows {
            sentencesBySection[row[1].int ?? 0, default: []].append(
                (row[0].int ?? 0, Sentence(position: row[2].int ?? 0, text: "", range: Self.range(row[3], row[4]))))
        }
        // A sentence is in the paragraph of its section whose range holds it.
        var sentencesByParagraph: [Int: [(id: Int, sentence: Sentence)]] = [:]
        var paragraphsBySection: [Int: [Int]] = [:]
        var paragraphs: [Int: Paragraph] = [:]
        for row in paragraphRows {
            let id = row[0].int ?? 0
            let section = row[1].int ?? 0
            let range = Self.range(row[3], row[4])
            paragraphsBySection[section, default: []].append(id)
            sentencesByParagraph[id] = sentencesBySection[section]?.filter {
                range.start <= $0.sentence.range.start && $0.sentence.range.end <= range.end
            }
            paragraphs[id] = Paragraph(
                position: row[2].int ?? 0, text: "", range: range, sentences: (sentencesByParagraph[id] ?? []).map(\.sentence))
        }
        let sectionsByArticle = Dictionary(grouping: sectionRows) { $0[1].int ?? 0 }
        return articles.map { article in
            var result = ReextractArticle(id: article.id, published: article.published)
            var body = ""
            var length = 0
            var sections: [Section] = []
            for row in sectionsByArticle[article.id] ?? [] {
                let sectionID = row[0].int ?? 0
                let headline = row[3].string
                let start = row[5].int ?? 0
                let bodyStart = row[6].int ?? 0
                func place(_ text: String, at offset: Int) {
                    if offset > length {
                        body += String(repeating: "\n", count: offset - length)
                        length = offset
                    }
                    body += text
                    length += text.unicodeScalars.count
                }
                var headlineRange: TextRange?
                if let headline {
                    place(headline, at: start)
                    headlineRange = TextRange(start: start, end: start + headline.unicodeScalars.count)
                }
                place(row[4].string ?? "", at: bodyStart)
                let sectionParagraphs = (paragraphsBySection[sectionID] ?? []).compactMap { paragraphs[$0] }
                sections.append(
                    Section(
                        position: row[2].int ?? 0, headline: headline, headlineRange: headlineRange,
                        paragraphs: sectionParagraphs))
                result.sectionIDs.append(sectionID)
                for paragraphID in paragraphsBySection[sectionID] ?? [] {
                    for (sentenceID, sentence) in sentencesByParagraph[paragraphID] ?? [] {
                        result.sentenceIDs[sentence.position] = sentenceID
                    }
                }
            }
            result.parsed = ParsedArticle(
                metadata: ArticleMetadata(), title: "", titleOrigin: .firstLine, body: body, sections: sections,
                removed: [], relatedLinks: [])
            return result
        }
    }

    private static func range(_ start: DatabaseValue, _ end: DatabaseValue) -> TextRange {
        TextRange(start: start.int ?? 0, end: end.int ?? 0)
    }

    /// The mentions and roles stored for `articleIDs`, as rows of `PendingRows`.
    private func storedActorRows(of articleIDs: [Int]) throws -> [Int: StoredActorRows] {
        guard let first = articleIDs.first, let last = articleIDs.last else { return [:] }
        var result: [Int: StoredActorRows] = [:]
        for row in try connection.rows(
            """
            SELECT m.actor_id, m.section_id, m.sentence_id, m.start_offset, m.end_offset, m.surface, m.role_as_written,
                m.role_reference, sec.article_id
            FROM sections AS sec JOIN mentions AS m ON m.section_id = sec.id WHERE sec.article_id BETWEEN ? AND ?
            """, first, last)
        {
            result[row[8].int ?? 0, default: StoredActorRows()].mentions.append(row.values.dropLast().map(BulkRows.Value.init))
        }
        for row in try connection.rows(
            "SELECT actor_id, article_id, role, country, published FROM actor_roles WHERE article_id BETWEEN ? AND ?",
            first, last)
        {
            result[row[1].int ?? 0, default: StoredActorRows()].roles.append(row.values.map(BulkRows.Value.init))
        }
        return result
    }
}

extension BulkRows.Value {
    /// The value as ingest would write it (SQLite gives back integers and text).
    init(_ value: DatabaseValue) {
        switch value {
        case .integer(let number): self = .integer(Int(number))
        case .text(let text): self = .text(text)
        case .real(let number): self = .integer(Int(number))
        case .null, .blob: self = .text(nil)
        }
    }
}

/// One article as `reextract` works on it.
struct ReextractArticle: Sendable {
    var id: Int
    var published: String?
    var parsed = ParsedArticle(
        metadata: ArticleMetadata(), title: "", titleOrigin: .firstLine, body: "", sections: [], removed: [],
        relatedLinks: [])
    /// Section ids by position; sentence ids by position in the article.
    var sectionIDs: [Int] = []
    var sentenceIDs: [Int: Int] = [:]
    var actors: [PreparedActor] = []
    var unresolvedNames: [UnresolvedName] = []
}

/// An article's stored mentions and roles, as `PendingRows` columns.
struct StoredActorRows {
    var mentions: [[BulkRows.Value]] = []
    var roles: [[BulkRows.Value]] = []
}

/// What one `reextract` run keeps between articles.
private struct ReextractRun {
    let store: ArchiveStore
    var connection: Connection { store.connection }
    let overrides: ActorOverrides
    var session: IngestSession
    var report = ReextractReport()
    /// Actors as they were before the run: name, kind, mentions.
    let actorsBefore: [Int: ReextractReport.Actor]
    let firstNewActorID: Int
    /// The aliases the run found for each actor.
    var aliases: [Int: Set<String>] = [:]
    /// Actors whose mentions or roles changed in the transaction.
    var touched: Set<Int> = []
    /// For each actor before the run, how many of its mentions went to each other actor.
    var transfers: [Int: [Int: Int]] = [:]
    var deleted: [Int] = []

    init(store: ArchiveStore) throws {
        self.store = store
        overrides = try store.storedActorOverrides()
        session = IngestSession(ingestedAt: ArchiveStore.now())
        session.actorOverrides = overrides
        var before: [Int: ReextractReport.Actor] = [:]
        for row in try store.connection.rows(
            """
            SELECT actors.id, name, kind, coalesce(sum(aa.mentions), 0) FROM actors
                LEFT JOIN actor_articles AS aa ON aa.actor_id = actors.id
            GROUP BY actors.id
            """)
        {
            let id = row[0].int ?? 0
            before[id] = ReextractReport.Actor(id: id, name: row[1].string ?? "", kind: row[2].string ?? "", mentions: row[3].int ?? 0)
        }
        actorsBefore = before
        firstNewActorID = try store.nextID(in: "actors")
        // What the archive held before the run decides; the actors the run makes count as it stores them.
        session.actorDirectory = try store.makeActorDirectory(readingOnDemand: false)
        session.actorDirectory.countsArticlesFrom = firstNewActorID
        report.actorsBefore = before.count
        report.mentionsBefore = before.values.reduce(0) { $0 + $1.mentions }
        report.aliasesBefore = try store.connection.firstRow("SELECT count(*) FROM actor_aliases")?[0].int ?? 0
        report.overridesApplied = overrides.overrides.count
    }

    mutating func beginTransaction() {
        // Never an id an actor had before the run, even one deleted since: the report tells them apart by id.
        session.nextActorID = max((try? store.nextID(in: "actors")) ?? 1, session.nextActorID, firstNewActorID)
        session.unmetActorsMayBeStored = true
        session.actorIndex = ActorIndexBatch(firstNewID: session.nextActorID)
        touched = []
    }

    /// Stages the actors found in `article` in place of `old`, unless they are the same.
    mutating func restore(_ article: ReextractArticle, old: StoredActorRows) throws {
        let actors = try store.resolvedActors(article.actors, unresolved: article.unresolvedNames, session: &session)
        var rows = StoredArticleRows(articleID: article.id, published: article.published)
        rows.sectionIDs = article.sectionIDs
        let sentenceCount = (article.sentenceIDs.keys.max() ?? -1) + 1
        rows.sentenceIDs = (0..<sentenceCount).map { article.sentenceIDs[$0] ?? 0 }
        try store.storeActors(actors, rows: &rows, session: &session)
        for prepared in actors {
            guard let id = session.actorIDs[prepared.key] else { continue }
            aliases[id, default: []].formUnion(prepared.aliases)
        }
        // Without the id, which is given as the rows are written.
        let newMentions = rows.pending.mentions.rows.map { Array($0.dropLast()) }
        // One role per actor and article: the first, as `INSERT OR IGNORE` keeps it.
        var roleActors: Set<BulkRows.Value> = []
        let newRoles = rows.pending.roles.rows.map(Array.init).filter { roleActors.insert($0[0]).inserted }
        if Self.sameRows(old.mentions, newMentions), Self.sameRows(old.roles, newRoles) { return }
        report.articlesChanged += 1
        try connection.run(
            "DELETE FROM mentions WHERE section_id IN (SELECT id FROM sections WHERE article_id = ?)", article.id)
        try connection.run("DELETE FROM actor_articles WHERE article_id = ?", article.id)
        try connection.run("DELETE FROM actor_roles WHERE article_id = ?", article.id)
        session.pending.append(contentsOf: rows.pending)
        // Which actor each place in the text belonged to, and belongs to now.
        var oldActorAt: [[BulkRows.Value]: Int] = [:]
        for row in old.mentions {
            guard case .integer(let actorID) = row[0] else { continue }
            touched.insert(actorID)
            oldActorAt[Array(row[1...4])] = actorID
        }
        for row in newMentions {
            guard case .integer(let actorID) = row[0] else { continue }
            touched.insert(actorID)
            if let oldID = oldActorAt[Array(row[1...4])], oldID != actorID {
                transfers[oldID, default: [:]][actorID, default: 0] += 1
            }
        }
        for row in old.roles + newRoles {
            if case .integer(let actorID) = row[0] { touched.insert(actorID) }
        }
    }

    /// Whether two lists of rows hold the same rows, in any order.
    private static func sameRows(_ left: [[BulkRows.Value]], _ right: [[BulkRows.Value]]) -> Bool {
        left.count == right.count && Dictionary(left.map { ($0, 1) }, uniquingKeysWith: +)
            == Dictionary(right.map { ($0, 1) }, uniquingKeysWith: +)
    }

    /// Deletes the transaction's actors left with no mention, gives those whose roles changed their
    /// latest-published role again, and brings `actors_fts` in step.
    mutating func finishTransaction() throws {
        let touchedJSON = "[" + touched.sorted().map(String.init).joined(separator: ",") + "]"
        let orphans = try connection.rows(
            """
            SELECT id FROM actors WHERE id IN (SELECT value FROM json_each(?))
                AND NOT EXISTS (SELECT 1 FROM actor_articles WHERE actor_articles.actor_id = actors.id)
            """, touchedJSON
        ).compactMap { $0[0].int }
        if !orphans.isEmpty {
            for id in orphans { try session.actorIndex.rememberIndexedValues(of: id, in: connection) }
            let orphanJSON = "[" + orphans.map(String.init).joined(separator: ",") + "]"
            for table in ["actor_aliases", "actor_roles"] {
                try connection.run("DELETE FROM \(table) WHERE actor_id IN (SELECT value FROM json_each(?))", orphanJSON)
            }
            try connection.run("DELETE FROM actors WHERE id IN (SELECT value FROM json_each(?))", orphanJSON)
            let gone = Set(orphans)
            session.actorIDs = session.actorIDs.filter { !gone.contains($0.value) }
            session.storedAliases = session.storedAliases.filter { !gone.contains($0.actorID) }
            for id in orphans { aliases[id] = nil }
            session.actorDirectory.remove(gone)
            deleted += orphans
        }
        try store.restoreLatestRoles(ofActors: touched)
        try session.actorIndex.finish(in: connection)
    }

    /// Makes every actor's aliases what the run found, with users' alias corrections (triggers on:
    /// `actors_fts` follows the `aliases` column).
    mutating func replaceAliases() throws {
        var stored: [Int: Set<String>] = [:]
        for row in try connection.rows("SELECT actor_id, alias FROM actor_aliases") {
            stored[row[0].int ?? 0, default: []].insert(row[1].string ?? "")
        }
        let keys = Dictionary(
            uniqueKeysWithValues: try connection.rows("SELECT id, name, kind FROM actors").map {
                ($0[0].int ?? 0, ActorKey(name: $0[1].string ?? "", kind: $0[2].string ?? ""))
            })
        try connection.transaction {
            // Actors no mention names (left so by an earlier run that stopped, or by another program).
            let orphans = try connection.rows(
                "SELECT id FROM actors WHERE NOT EXISTS (SELECT 1 FROM actor_articles WHERE actor_articles.actor_id = actors.id)"
            ).compactMap { $0[0].int }
            for id in orphans {
                try connection.run("DELETE FROM actor_aliases WHERE actor_id = ?", id)
                try connection.run("DELETE FROM actor_roles WHERE actor_id = ?", id)
                try connection.run("DELETE FROM actors WHERE id = ?", id)
            }
            deleted += orphans
            let gone = Set(orphans)
            for (id, key) in keys where !gone.contains(id) {
                let wanted = Set(overrides.aliases(of: key, aliases[id] ?? []))
                if wanted != stored[id] { try store.replaceAliases(of: id, having: stored[id] ?? [], with: wanted) }
            }
        }
    }

    /// The report, once every article is done.
    mutating func finish() throws -> ReextractReport {
        var after: [Int: ReextractReport.Actor] = [:]
        for row in try connection.rows(
            """
            SELECT actors.id, name, kind, coalesce(sum(aa.mentions), 0) FROM actors
                LEFT JOIN actor_articles AS aa ON aa.actor_id = actors.id
            GROUP BY actors.id
            """)
        {
            let id = row[0].int ?? 0
            after[id] = ReextractReport.Actor(id: id, name: row[1].string ?? "", kind: row[2].string ?? "", mentions: row[3].int ?? 0)
        }
        report.actorsAfter = after.count
        report.mentionsAfter = after.values.reduce(0) { $0 + $1.mentions }
        report.aliasesAfter = try connection.firstRow("SELECT count(*) FROM actor_aliases")?[0].int ?? 0
        var added = after.values.filter { $0.id >= firstNewActorID }
        var removed = actorsBefore.values.filter { after[$0.id] == nil }
        // A removed actor whose mentions mostly went to one new actor was renamed (or changed kind).
        for old in removed.sorted(by: { $0.id < $1.id }) {
            guard let (newID, _) = transfers[old.id]?.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }),
                let index = added.firstIndex(where: { $0.id == newID })
            else { continue }
            report.renamed.append(ReextractReport.Renamed(from: old, to: added.remove(at: index)))
            removed.removeAll { $0.id == old.id }
        }
        report.added = added.sorted { ($0.name, $0.kind) < ($1.name, $1.kind) }
        report.removed = removed.sorted { ($0.name, $0.kind) < ($1.name, $1.kind) }
        report.renamed.sort { ($0.from.name, $0.from.kind) < ($1.from.name, $1.from.kind) }
        return report
    }
}
