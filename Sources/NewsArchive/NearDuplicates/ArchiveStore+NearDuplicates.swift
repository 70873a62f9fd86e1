import NewsSQLite

// Near-duplicate articles: signatures in `article_signatures`, pairs in `similar_articles`, and the
// pairs close enough to be copies of one story in the view `near_duplicates` (migration 0015).

extension ArchiveStore {
    /// Pairs of articles whose estimated similarity is under this are not kept (see migration 0015).
    static let similarityFloor = 0.3

    /// An index of every stored signature, for an ingest of `inputCount` files to find the stored articles
    /// close to a new one.
    func makeNearDuplicateIndex(inputCount: Int) throws -> NearDuplicateIndex {
        let stored = try connection.firstRow("SELECT count(*) FROM article_signatures")?[0].int ?? 0
        var index = NearDuplicateIndex(capacity: stored + inputCount)
        let statement = try connection.makeStatement("SELECT article_id, minhash FROM article_signatures")
        while let row = try statement.step() {
            if let id = row[0].int, let signature = row[1].blob.flatMap(MinHashSignature.init(bytes:)) {
                index.insert(signature, article: id)
            }
        }
        return index
    }

    /// Records the pairs article `id` (whose signature is `signature`) makes with the articles `index`
    /// finds close to it, then adds it to `index`. `staged` holds the signatures not written yet.
    /// The signature itself is the caller's to write.
    func recordNearDuplicates(
        ofArticle id: Int, signature: MinHashSignature, index: inout NearDuplicateIndex,
        staged: [Int: MinHashSignature]
    ) throws {
        for candidate in index.candidates(for: signature) where candidate != id {
            guard let other = try staged[candidate] ?? storedSignature(ofArticle: candidate) else { continue }
            try recordPair(id, candidate, similarity: signature.similarity(to: other))
        }
        index.insert(signature, article: id)
    }

    /// Deletes article `id`'s signature and pairs, then links its former neighbours to each other where
    /// they are close enough themselves, so that a group stays whole when a member between two goes.
    func removeNearDuplicates(ofArticle id: Int) throws {
        let neighbours = try connection.rows(
            "SELECT other_id FROM similar_articles WHERE article_id = ?1 UNION SELECT article_id FROM similar_articles WHERE other_id = ?1",
            id
        ).compactMap { $0[0].int }
        try connection.run("DELETE FROM similar_articles WHERE article_id = ?1 OR other_id = ?1", id)
        try connection.run("DELETE FROM article_signatures WHERE article_id = ?", id)
        let signatures = try neighbours.compactMap { neighbour in
            try storedSignature(ofArticle: neighbour).map { (neighbour, $0) }
        }
        for (offset, (first, signature)) in signatures.enumerated() {
            for (second, other) in signatures.dropFirst(offset + 1) {
                try recordPair(first, second, similarity: signature.similarity(to: other))
            }
        }
    }

    /// The groups of near-duplicates the articles `ids` are in: every pair of `near_duplicates` a chain
    /// from them reaches.
    func nearDuplicateGroups(containing ids: Set<Int>) throws -> NearDuplicateGroups {
        var pairs: [(Int, Int)] = []
        var seen = ids
        var frontier = ids
        while !frontier.isEmpty {
            let rows = try connection.rows(
                """
                SELECT article_id, other_id FROM near_duplicates WHERE article_id IN (SELECT value FROM json_each(?1))
                UNION SELECT article_id, other_id FROM near_duplicates WHERE other_id IN (SELECT value FROM json_each(?1))
                """, Self.jsonArray(frontier.sorted()))
            frontier = []
            for row in rows {
                guard let first = row[0].int, let second = row[1].int else { continue }
                pairs.append((first, second))
                for id in [first, second] where seen.insert(id).inserted { frontier.insert(id) }
            }
        }
        return NearDuplicateGroups(pairs: pairs)
    }

    /// Gives every stored article a signature and records its pairs (migration 0015, for archives made
    /// before it).
    @Sendable static func findNearDuplicatesOfStoredArticles(in connection: Connection) throws {
        let store = NearDuplicateWriter(connection: connection)
        var index = NearDuplicateIndex(capacity: try connection.firstRow("SELECT count(*) FROM articles")?[0].int ?? 0)
        let texts = try connection.makeStatement("SELECT article_id, text FROM article_texts ORDER BY article_id")
        while let row = try texts.step() {
            guard let id = row[0].int, let signature = MinHashSignature(text: row[1].string ?? "") else { continue }
            try connection.run("INSERT INTO article_signatures (article_id, minhash) VALUES (?, ?)", id, signature.bytes)
            for candidate in index.candidates(for: signature) {
                guard let other = try store.storedSignature(ofArticle: candidate) else { continue }
                try store.recordPair(id, candidate, similarity: signature.similarity(to: other))
            }
            index.insert(signature, article: id)
        }
    }

    private func storedSignature(ofArticle id: Int) throws -> MinHashSignature? {
        try NearDuplicateWriter(connection: connection).storedSignature(ofArticle: id)
    }

    private func recordPair(_ first: Int, _ second: Int, similarity: Double) throws {
        try NearDuplicateWriter(connection: connection).recordPair(first, second, similarity: similarity)
    }
}

/// The two statements near-duplicate detection runs, for the store and for its migration alike.
private struct NearDuplicateWriter {
    let connection: Connection

    func storedSignature(ofArticle id: Int) throws -> MinHashSignature? {
        try connection.firstRow("SELECT minhash FROM article_signatures WHERE article_id = ?", id)?[0].blob
            .flatMap(MinHashSignature.init(bytes:))
    }

    /// Keeps the pair when its similarity reaches `ArchiveStore.similarityFloor`, rounded to 3 decimals.
    func recordPair(_ first: Int, _ second: Int, similarity: Double) throws {
        guard similarity >= ArchiveStore.similarityFloor, first != second else { return }
        try connection.run(
            "INSERT OR REPLACE INTO similar_articles (article_id, other_id, similarity) VALUES (?, ?, ?)",
            min(first, second), max(first, second), (similarity * 1000).rounded() / 1000)
    }
}
