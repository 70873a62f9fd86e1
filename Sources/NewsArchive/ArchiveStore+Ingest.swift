import Foundation
import NewsActors
import NewsIngest
import NewsSQLite

extension ArchiveStore {
    /// Ingests `inputs`, many articles per transaction, each article whole or not at all.
    ///
    /// A file that cannot be read or parsed fails alone; the others still go in. `progress` is called
    /// once per input, after its transaction has committed, in input order.
    /// - parameter batchSize: articles prepared at a time (each takes about 60 KB while it waits).
    /// - parameter transactionSize: articles per transaction, at least `batchSize`. Every commit writes
    ///   an FTS5 segment that later merges cost, and writes again the index pages the last one wrote.
    /// - parameter extractActors: find people, organisations and places (off only to measure its cost).
    /// - parameter maxArticleSize: the largest input, in bytes, read as an article; a larger one fails
    ///   unread (preparing an article takes memory and time in proportion to its size, and the other
    ///   articles of its transaction wait for it).
    /// - parameter findNearDuplicates: pair each new article with the stored ones it nearly copies
    ///   (off only to measure its cost).
    /// - parameter keepingFiles: keep every input's result in the report (else only the counts; the
    ///   results still reach `progress`).
    /// - throws: `ArchiveError` only when the archive itself fails (disk full, locked); results already
    ///   reported stay committed.
    @discardableResult
    public func ingest(
        _ inputs: [IngestInput], overrides: IngestOverrides = IngestOverrides(), batchSize: Int = 150,
        transactionSize: Int = 600, extractActors: Bool = true, maxArticleSize: Int = defaultMaxArticleSize,
        findNearDuplicates: Bool = true,
        keepingFiles: Bool = true,
        readStandardInput: () -> [UInt8]? = { Array(FileHandle.standardInput.readDataToEndOfFile()) },
        progress: (IngestFileResult) -> Void = { _ in }
    ) throws -> IngestReport {
        var report = IngestReport()
        var session = IngestSession(ingestedAt: Self.now())
        // Users' corrections to actors apply to every article stored (see `ActorOverrides`).
        session.actorOverrides = try withStorageErrors { try storedActorOverrides() }
        let batches = stride(from: 0, to: inputs.count, by: batchSize).map { $0..<min($0 + batchSize, inputs.count) }
        // Standard input can be read only here, on the caller's thread; it is one input at most.
        let standardInput = inputs.contains(.standardInput) ? readStandardInput() : nil
        // Reading, parsing and finding actors need no database: they run two batches ahead of the writer,
        // on every core but the writer's (sharing its core slows the writer, which is what bounds a large
        // ingest), one serial queue per core. A writer left waiting helps. Two batches, not one, so that
        // the preparing threads keep working through the long pause at the end of a transaction
        // (indexing its sections, committing).
        let workers = (1..<max(1, ProcessInfo.processInfo.activeProcessorCount)).map {
            DispatchQueue(label: "news-archive.prepare.\($0)")
        }
        // Reading the stored hashes takes about half a microsecond each, preparing an input about a
        // millisecond: they are read unless the inputs are few beside them (adding one article to a
        // large archive reads none).
        let knownTexts = try withStorageErrors {
            let storedCount = try nextID(in: "articles") - 1
            session.actorDirectory = try makeActorDirectory(readingOnDemand: inputs.count * 100 < storedCount)
            session.nameUse.countsOpenTransaction = true
            if findNearDuplicates { session.nearDuplicates = try makeNearDuplicateIndex(inputCount: inputs.count) }
            let storedHashes = inputs.count * 100 < storedCount ? [] : try connection.rows(
                "SELECT substr(content_hash, 1, 16) FROM articles").compactMap { $0[0].string?[...] }
            return KnownTexts(storedHashes: storedHashes, inputCount: inputs.count)
        }
        let prepare: @Sendable (Range<Int>) -> SharedMap<Int, Result<Preparation, PreparationFailure>> = { batch in
            SharedMap(Array(batch), workers: workers) {
                PreparedArticle.prepare(
                    inputs[$0], index: $0, knownTexts: knownTexts, overrides: overrides, extractActors: extractActors,
                    findNearDuplicates: findNearDuplicates, standardInput: standardInput, maxArticleSize: maxArticleSize)
            }
        }
        // A large ingest makes its randomly-keyed indexes anew at its end; one that stopped early left
        // that to the next ingest (or `check --rebuild`).
        try withStorageErrors { try makeDeferredIndexes() }
        let defersIndexes = try extractActors && withStorageErrors { try isLargeIngest(of: inputs.count) }
        if defersIndexes { try withStorageErrors { try deferIndexes() } }
        // Made again at the end (a failure then is the run's error, with every article stored), or here
        // on the way out of a run that failed (whose own error is the one to report).
        var indexesMade = !defersIndexes
        defer { if !indexesMade { try? makeDeferredIndexes() } }
        // Foreign keys are not enforced while ingest writes: the writer gives every row its parent's id
        // itself, and SQLite checks a many-row insert into a parent table (sections, actors) against
        // each child table, an index seek per row and child (3 % of the instructions of an ingest of
        // the BBC politics folder). `check` still runs the foreign key check on the result.
        try withStorageErrors { try connection.execute("PRAGMA foreign_keys = OFF") }
        defer { try? connection.execute("PRAGMA foreign_keys = ON") }
        // Nor does it fire triggers: it fills the full-text indexes itself (see `indexRows(after:)`).
        try withStorageErrors { try connection.fireTriggers(false) }
        defer { try? connection.fireTriggers(true) }
        let lookahead = 2
        var ahead = batches.prefix(lookahead).map(prepare)
        var nextBatch = 0
        while nextBatch < batches.count {
            let results = try withStorageErrors {
                try connection.transaction {
                    let lastRowIDs = try lastRowIDsToIndex()
                    session.nextArticleID = lastRowIDs[0] + 1
                    session.nextSectionID = try nextID(in: "sections")
                    session.nextParagraphID = try nextID(inSectionTable: "paragraphs")
                    session.nextSentenceID = try nextID(inSectionTable: "sentences")
                    session.nextActorID = try nextID(in: "actors")
                    // Every stored actor is one the run met (the usual case for a new archive): an actor it
                    // has not met is then new, without a look-up. Ids run from 1 on, so any other actor,
                    // stored before or by another program since, makes the count differ.
                    session.unmetActorsMayBeStored = session.nextActorID - 1 != session.actorIDs.count
                    session.actorIndex = ActorIndexBatch(firstNewID: session.nextActorID)
                    session.nameUse.beginTransaction(
                        archiveVersion: try connection.firstRow("PRAGMA data_version")?[0].int)
                    var results: [IngestFileResult] = []
                    repeat {
                        let batch = Array(zip(inputs[batches[nextBatch]], ahead.removeFirst().results()))
                        if nextBatch + lookahead < batches.count {
                            ahead.append(prepare(batches[nextBatch + lookahead]))
                        }
                        nextBatch += 1
                        results += try store(batch, overrides: overrides, extractActors: extractActors, session: &session)
                    } while nextBatch < batches.count && results.count < transactionSize
                    try indexRows(after: lastRowIDs)
                    try session.removeWhatEditsLeftBehind(in: self)
                    try session.actorIndex.finish(in: connection)
                    return results
                }
            }
            for result in results {
                progress(result)
                report.record(result, keepingFile: keepingFiles)
            }
        }
        indexesMade = true
        if defersIndexes { try makeDeferredIndexesAfterIngest() }
        return report
    }

    /// The largest article ingest reads unless told otherwise: 4 MB (10^6 bytes), some 650,000 words,
    /// far more than any news article. Preparing one takes memory in proportion: ingest of one 4 MB
    /// generated article peaked at 133 MB, of a 5 MB one at 169 MB.
    public static let defaultMaxArticleSize = 4_000_000

    /// Starts loading actor extraction's word lists on another thread (about 30 ms), so that the first
    /// article prepared does not wait for them: call it before other start-up work, such as listing the
    /// files to ingest and opening the archive.
    public static func preloadActorExtraction() {
        DispatchQueue.global().async { _ = ActorExtractor() }
    }

    /// The id the next row of `table` gets (ingest gives sections, paragraphs and sentences their ids
    /// itself, as they are written at the end of the batch).
    func nextID(in table: String) throws -> Int {
        (try connection.firstRow("SELECT coalesce(max(id), 0) + 1 FROM \(table)")?[0].int) ?? 1
    }

    /// The id the next row of `table` (`paragraphs` or `sentences`, keyed by section and id) gets: one
    /// after the largest id of the last section's rows, read from the end of the key instead of every row.
    /// That is the largest id of all, since ingest hands out section ids and these ids together, in order,
    /// and deleting an article deletes its sections' rows whole.
    func nextID(inSectionTable table: String) throws -> Int {
        let sql = "SELECT coalesce(max(id), 0) + 1 FROM \(table) WHERE section_id = (SELECT max(section_id) FROM \(table))"
        return (try connection.firstRow(sql)?[0].int) ?? 1
    }

    /// Writes a batch of prepared articles inside the open transaction, each whole or not at all.
    ///
    /// The batch goes in under one savepoint, its rows many to a statement. Should that fail for a
    /// reason of one article's (not the archive's: a full disk fails the ingest), the savepoint undoes
    /// the batch, and its articles go in again one at a time, each under its own savepoint, so that
    /// the one that fails fails alone. (A savepoint per article copied, for each page its statements
    /// changed, the whole page to a temporary file: 355 KB an article, in 22 writes.)
    private func store(
        _ batch: [(IngestInput, Result<Preparation, PreparationFailure>)], overrides: IngestOverrides,
        extractActors: Bool, session: inout IngestSession
    ) throws -> [IngestFileResult] {
        let checkpoint = session.checkpoint
        do {
            return try connection.savepoint("batch") {
                let results = try batch.map { input, preparation in
                    try stage(preparation, from: input, overrides: overrides, extractActors: extractActors, session: &session)
                }
                try session.write(to: connection)
                return results
            }
        } catch let error as SQLiteError where !error.affectsWholeDatabase {
            session.rollBack(to: checkpoint)
            try reloadActorDirectory(of: &session)
        }
        return try batch.map { input, preparation in
            let checkpoint = session.checkpoint
            do {
                return try connection.savepoint("article") {
                    let result = try stage(
                        preparation, from: input, overrides: overrides, extractActors: extractActors, session: &session)
                    try session.write(to: connection)
                    return result
                }
            } catch let error as SQLiteError where !error.affectsWholeDatabase {
                session.rollBack(to: checkpoint)
                try reloadActorDirectory(of: &session)
                let path = input.displayPath
                return IngestFileResult(path: path, status: .failed, error: "\(path): could not be stored (\(error.message))")
            }
        }
    }

    /// Readies one prepared article's rows, to be written with its batch's (see `IngestSession.write`).
    /// Only actors stored before the batch are written to here.
    private func stage(
        _ result: Result<Preparation, PreparationFailure>, from input: IngestInput, overrides: IngestOverrides,
        extractActors: Bool, session: inout IngestSession
    ) throws -> IngestFileResult {
        let path = input.displayPath
        let preparation: Preparation
        switch result {
        case .failure(let failure): return IngestFileResult(path: path, status: .failed, error: failure.message)
        case .success(let value): preparation = value
        }
        let tags = overrides.tags(for: input)
        if var stored = try storedText(of: preparation, path: path, overrides: overrides, session: &session) {
            guard let id = stored.articleID, !tags.isEmpty else { return stored }
            if stored.status == .duplicate {
                for tag in tags { session.pending.tags.append([.integer(id), .text(tag)]) }
            } else if try addTags(tags, toArticle: id), stored.status == .unchanged {
                stored.status = .updated
            }
            return stored
        }
        let prepared: PreparedArticle
        switch preparation {
        case .article(let article): prepared = article
        case .knownText(let known):
            // No article has the text after all: the earlier input with it failed, or the hashes' first
            // 64 bits matched by chance.
            switch PreparedArticle.make(
                bytes: known.bytes, displayPath: path, overrides: overrides, extractActors: extractActors,
                findNearDuplicates: session.nearDuplicates != nil, contentHash: known.contentHash, part: input.part)
            {
            case .failure(let failure): return IngestFileResult(path: path, status: .failed, error: failure.message)
            case .success(var article):
                article.fileIdentity = known.fileIdentity
                prepared = article
            }
        }
        let replaced = try prepared.fileIdentity.flatMap(articleStoredOnlyFrom)
        if let replaced {
            session.actorsLosingMentions.formUnion(try removeText(ofArticle: replaced))
            try replaceArticleRow(replaced, with: prepared, at: session.ingestedAt)
        }
        var rows = stageRows(of: prepared, replacing: replaced, at: session.ingestedAt, session: &session)
        let actors = try resolvedActors(prepared.actors, unresolved: prepared.unresolvedNames, session: &session)
        try storeActors(actors, rows: &rows, session: &session)
        for tag in tags { rows.pending.tags.append([.integer(rows.articleID), .text(tag)]) }
        if let signature = prepared.signature, var index = session.nearDuplicates {
            session.nearDuplicates = nil  // so that the index is not copied as it changes
            try recordNearDuplicates(
                ofArticle: rows.articleID, signature: signature, index: &index, staged: session.stagedSignatures)
            session.nearDuplicates = index
            session.stagedSignatures[rows.articleID] = signature
            rows.pending.signatures.append([.integer(rows.articleID), .blob(signature.bytes)])
        }
        session.pending.append(contentsOf: rows.pending)
        if let identity = prepared.fileIdentity { session.recordFile(identity, articleID: rows.articleID) }
        return IngestFileResult(
            path: path, status: replaced == nil ? .added : .updated, articleID: rows.articleID, notes: prepared.notes)
    }

    /// The article stored from the file `identity` and no other file: an edited file replaces its text
    /// (one whose article other files share gets an article of its own).
    private func articleStoredOnlyFrom(_ identity: String) throws -> Int? {
        try connection.firstRow(
            """
            SELECT article_id FROM article_files WHERE path = ?1
                AND NOT EXISTS (SELECT 1 FROM article_files AS other WHERE other.article_id = article_files.article_id
                    AND other.path <> ?1)
            """, identity)?[0].int
    }

    /// Writes `prepared` over article `id`'s row, which keeps its id, and re-indexes its title: new
    /// articles' titles are indexed at the end of the transaction, and this id is older.
    private func replaceArticleRow(_ id: Int, with prepared: PreparedArticle, at time: String) throws {
        try connection.run(
            "INSERT INTO articles_fts (articles_fts, rowid, title) SELECT 'delete', id, title FROM articles WHERE id = ?", id)
        try connection.run(
            """
            UPDATE articles SET (title, title_origin, source, url, published, published_as_written, byline, ingested_at,
                content_hash, encoding, original, original_size) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?
            """,
            prepared.title, prepared.titleOrigin, prepared.source, prepared.url, prepared.published,
            prepared.publishedAsWritten, prepared.byline, time, prepared.contentHash, prepared.encoding.label,
            prepared.original.bytes, prepared.original.size, id)
        try connection.run("INSERT INTO articles_fts (rowid, title) VALUES (?, ?)", id, prepared.title)
    }

    /// The result for an input whose text an article has already: `unchanged` when the article came
    /// from this file (`updated` when `overrides` changed its metadata), else `duplicate` (and the file is
    /// recorded as the article's); nil when none has it.
    private func storedText(
        of preparation: Preparation, path: String, overrides: IngestOverrides, session: inout IngestSession
    ) throws -> IngestFileResult? {
        let (contentHash, identity, notes) =
            switch preparation {
            case .article(let article): (article.contentHash, article.fileIdentity, article.notes)
            case .knownText(let known): (known.contentHash, known.fileIdentity, known.notes)
            }
        // The batch's own articles and files are not written yet: they are looked up first.
        let existing = try session.stagedArticles[contentHash]
            ?? connection.firstRow("SELECT id FROM articles WHERE content_hash = ?", contentHash)?[0].int
        guard let existing else { return nil }
        let knownPath = try identity.flatMap {
            try session.stagedFiles[$0]
                ?? connection.firstRow("SELECT article_id FROM article_files WHERE path = ?", $0)?[0].int
        }
        if knownPath == existing {
            let updated = try applyMetadata(overrides, toArticle: existing)
            return IngestFileResult(path: path, status: updated ? .updated : .unchanged, articleID: existing, notes: notes)
        }
        if let identity { session.recordFile(identity, articleID: existing) }
        // An edited file that now holds another article's text: its old article may have no file left.
        if let knownPath { session.articlesLosingFiles.insert(knownPath) }
        return IngestFileResult(path: path, status: .duplicate, articleID: existing, notes: notes)
    }

    /// The current time as ISO 8601 (made once per ingest run: formatters are costly).
    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }

    /// The rows of the article (unless it is article `replaced`, written already), its sections,
    /// paragraphs and sentences and what cleaning removed from it, to be written at the end of the batch
    /// (ids taken from `session`).
    private func stageRows(
        of prepared: PreparedArticle, replacing replaced: Int?, at time: String, session: inout IngestSession
    ) -> StoredArticleRows {
        let article = prepared.article
        let articleID = replaced ?? session.nextArticleID
        if replaced == nil { session.nextArticleID += 1 }
        session.stagedArticles[prepared.contentHash] = articleID
        var rows = StoredArticleRows(articleID: articleID, published: prepared.published)
        if replaced == nil {
            rows.pending.articles.append([
                .integer(articleID), .text(prepared.title), .text(prepared.titleOrigin), .text(prepared.source),
                .text(prepared.url), .text(prepared.published), .text(prepared.publishedAsWritten), .text(prepared.byline),
                .text(time), .text(prepared.contentHash), .text(prepared.encoding.label), .blob(prepared.original.bytes),
                .integer(prepared.original.size),
            ])
        }
        for (section, body) in zip(article.sections, prepared.sectionBodies) {
            let bodyStart = section.paragraphs.first?.range.start ?? section.headlineRange?.end ?? 0
            let start = section.headlineRange?.start ?? bodyStart
            let end = section.paragraphs.last?.range.end ?? section.headlineRange?.end ?? start
            let sectionID = session.nextSectionID
            session.nextSectionID += 1
            session.nameUse.record(section: sectionID, article: articleID)
            rows.pending.sections.append([
                .integer(sectionID), .integer(articleID), .integer(section.position), .text(section.headline),
                .text(body), .integer(start), .integer(end), .integer(bodyStart),
            ])
            precondition(section.position == rows.sectionIDs.count, "sections numbered in order")
            rows.sectionIDs.append(sectionID)
            for paragraph in section.paragraphs {
                let paragraphID = session.nextParagraphID
                session.nextParagraphID += 1
                rows.pending.paragraphs.append([
                    .integer(paragraphID), .integer(sectionID), .integer(paragraph.position),
                    .integer(paragraph.range.start), .integer(paragraph.range.end),
                ])
                for sentence in paragraph.sentences {
                    let sentenceID = session.nextSentenceID
                    session.nextSentenceID += 1
                    rows.pending.sentences.append([
                        .integer(sentenceID), .integer(sectionID), .integer(sentence.position),
                        .integer(sentence.range.start), .integer(sentence.range.end),
                    ])
                    precondition(sentence.position == rows.sentenceIDs.count, "sentences numbered in order")
                    rows.sentenceIDs.append(sentenceID)
                }
            }
        }
        for (position, block) in article.removed.enumerated() {
            // A repeated block is text the article keeps (its detail says which); the original has it too.
            rows.pending.removedBlocks.append([
                .integer(articleID), .integer(position), .text(block.reason.rawValue), .text(block.detail),
                .text(block.reason == .repeatedBlock ? "" : block.text),
            ])
        }
        for (position, headline) in article.relatedLinks.enumerated() {
            rows.pending.relatedLinks.append([.integer(articleID), .integer(position), .text(headline)])
        }
        return rows
    }
}

/// What one ingest run remembers across articles.
struct IngestSession {
    /// The time stamp every article and file of the run gets.
    let ingestedAt: String
    /// Rows of the batch's stored articles that go in with one statement per table when it ends.
    var pending = PendingRows()
    /// The transaction's changes to the actor index, made before it commits.
    var actorIndex = ActorIndexBatch(firstNewID: 1)
    /// The ids the next article, section, paragraph, sentence and actor get.
    var nextArticleID = 1
    var nextSectionID = 1
    var nextParagraphID = 1
    var nextSentenceID = 1
    var nextActorID = 1
    /// Actor ids by `PreparedActor.key`, so each actor is looked up once per run.
    var actorIDs: [String: Int] = [:]
    /// Whether the archive may hold actors that are not in `actorIDs`, which must then be looked up.
    var unmetActorsMayBeStored = true
    /// Actors first met in the batch, with ids from `firstNewActorID` on (see `storeActors`).
    var newActors: [NewActor] = []
    /// Aliases this run stored or found stored.
    var storedAliases: Set<StoredAlias> = []
    /// Users' corrections, applied to the actors of every article stored.
    var actorOverrides = ActorOverrides() {
        didSet { correctedActors = actorOverrides.correctedKeys }
    }
    /// The actors users' corrections name (`ActorOverrides.correctedKeys`).
    private(set) var correctedActors: Set<ActorKey> = []
    /// The archive's actors by name and alias, and how many articles use names, for `ArchiveActorResolver`.
    var actorDirectory = ActorDirectory()
    var nameUse = NameUse()
    /// Actors the old text of an updated article named: those no mention names once the transaction's
    /// mentions are written go (see `removeWhatEditsLeftBehind`).
    var actorsLosingMentions: Set<Int> = []
    /// Articles whose file now holds another article's text: those left with no file go at the end of
    /// the transaction.
    var articlesLosingFiles: Set<Int> = []
    /// The batch's articles by content hash, and its files by identity, with their article ids: not
    /// written until the batch ends.
    var stagedArticles: [String: Int] = [:]
    var stagedFiles: [String: Int] = [:]
    /// Every stored article's signature by band, when the run looks for near-duplicates, and the
    /// batch's signatures, not written yet.
    var nearDuplicates: NearDuplicateIndex?
    var stagedSignatures: [Int: MinHashSignature] = [:]

    /// Notes that the file `identity` holds article `articleID`.
    mutating func recordFile(_ identity: String, articleID: Int) {
        pending.files.append([.text(identity), .integer(articleID), .text(ingestedAt)])
        stagedFiles[identity] = articleID
    }

    /// Writes the batch's new actors and pending rows, and forgets what it staged.
    mutating func write(to connection: Connection) throws {
        try writeNewActors(to: connection)
        try pending.write(to: connection)
        stagedArticles.removeAll(keepingCapacity: true)
        stagedFiles.removeAll(keepingCapacity: true)
        stagedSignatures.removeAll(keepingCapacity: true)
    }

    /// What `rollBack(to:)` needs to undo the writes that follow: the next ids and the actor index
    /// changes. (Not the caches of actors and aliases met: copying them for every batch cost more
    /// than looking actors up again after the rare write that fails.)
    struct Checkpoint {
        var nextIDs: [Int]
        var actorIndex: ActorIndexBatch
    }

    var checkpoint: Checkpoint {
        Checkpoint(
            nextIDs: [nextArticleID, nextSectionID, nextParagraphID, nextSentenceID, nextActorID],
            actorIndex: actorIndex)
    }

    /// Forgets what was staged and met since `checkpoint`, whose writes a savepoint has undone.
    mutating func rollBack(to checkpoint: Checkpoint) {
        (nextArticleID, nextSectionID, nextParagraphID, nextSentenceID, nextActorID) = (
            checkpoint.nextIDs[0], checkpoint.nextIDs[1], checkpoint.nextIDs[2], checkpoint.nextIDs[3],
            checkpoint.nextIDs[4]
        )
        actorIndex = checkpoint.actorIndex
        pending = PendingRows()
        newActors.removeAll()
        stagedArticles.removeAll()
        stagedFiles.removeAll()
        stagedSignatures.removeAll()
        // Actors and aliases met since may be undone: they are looked up again.
        actorIDs.removeAll()
        storedAliases.removeAll()
        unmetActorsMayBeStored = true
    }
}

extension IngestSession {
    /// Deletes the articles the transaction left with no file, then the actors only the replaced and
    /// deleted texts named, and forgets them.
    mutating func removeWhatEditsLeftBehind(in store: ArchiveStore) throws {
        let fileless = try store.connection.rows(
            """
            SELECT value FROM json_each(?)
            WHERE NOT EXISTS (SELECT 1 FROM article_files WHERE article_files.article_id = value)
            """, ArchiveStore.jsonArray(articlesLosingFiles.sorted())
        ).compactMap { $0[0].int }
        articlesLosingFiles = []
        for id in fileless { actorsLosingMentions.formUnion(try store.removeArticle(id)) }
        let removed = try store.removeActors(withoutMentionsAmong: actorsLosingMentions, actorIndex: &actorIndex)
        actorsLosingMentions = []
        guard !removed.isEmpty else { return }
        actorIDs = actorIDs.filter { !removed.contains($0.value) }
        storedAliases = storedAliases.filter { !removed.contains($0.actorID) }
        actorDirectory.remove(Set(removed))
    }
}
