import Foundation
import NewsActors
import NewsIngest
import NewsQuery
import NewsSQLite

extension ArchiveStore {
    /// Answers a plain-language query (or, with `options.raw`, an FTS5 expression) with ranked passages
    /// and, for a question, the actors that answer it.
    ///
    /// Passages are sentences, found through the sections that hold them (`sections_fts` is the one
    /// index of the text): sections holding every query term (FTS5 `AND`), best bm25 first, and in them
    /// the sentences that hold every term. When those are fewer than `fewPassages`, sentences holding
    /// some terms follow, from sections holding some terms (`isRelaxed`). A sentence matching more
    /// distinct terms ranks above one repeating a single term, and a match in the section headline or
    /// article title adds to its section's bm25.
    /// - throws: `ArchiveError.invalidSearchQuery` for a malformed raw expression.
    public func search(_ text: String, options: SearchOptions = SearchOptions()) throws -> SearchResults {
        let query = options.raw ? nil : SearchQuery(text, synonyms: try synonymTable(), exact: options.exact)
        let expression: String?
        if options.raw {
            expression = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if expression?.isEmpty ?? true {
                throw ArchiveError(.invalidSearchQuery, "The FTS5 query is empty: give an expression after --raw.")
            }
            let terms = RawExpressionTerms.count(in: text)
            if terms > SearchQuery.maximumTermCount {
                throw ArchiveError(
                    .invalidSearchQuery,
                    "The FTS5 query has \(terms) terms; --raw takes at most \(SearchQuery.maximumTermCount).")
            }
        } else {
            expression = query?.matchExpression
        }
        let filters = try withStorageErrors { try makeFilters(options: options, query: query, matching: expression) }
        var results = SearchResults(
            query: text, fts: expression, explanation: query?.explanation ?? "raw FTS5: \(text)",
            answerType: query?.answerType?.rawValue, answers: [], noAnswerReason: nil, hits: [], isRelaxed: false,
            undatedArticlesLeftOut: nil)
        guard let filters else {  // an actor filter that names nobody known
            results.unknownTerms = try withStorageErrors {
                try unknownActors([options.actor].compactMap { $0 } + (query?.actorNames ?? []))
            }
            return results
        }
        guard expression != nil || !filters.isEmpty else { return results }

        // Candidate sections for re-ranking in Swift: a few times the page, best bm25 first.
        let candidateLimit = options.limit.map { max(($0 + options.offset) * 4, 100) }
        var ranker = query.map(PassageRanker.init(query:)) ?? PassageRanker(rawExpression: expression ?? "")
        // Sections are found without the exclusions; each sentence is then checked against them.
        let sectionExpression = query.map(\.sectionExpression) ?? expression
        var frequencies = SectionFrequencies()
        let strict: (passages: [Passage], count: CandidateCount)
        if let query {
            strict = try passages(
                matching: sectionExpression, phrases: query.sectionPhrases, leavingOut: query.sectionMatch(leavingOut:),
                frequencies: &frequencies, filters: filters, limit: candidateLimit)
        } else {
            strict = try passages(
                matching: sectionExpression, phrases: nil, frequencies: &frequencies, filters: filters, limit: candidateLimit)
        }
        // One article's passages per group of near-duplicates, the others named under it.
        var collapse = NearDuplicateCollapse()
        var ranked = try keepingOnePerGroup(rank(strict.passages, with: &ranker).filter(\.holdsEveryTerm), &collapse)
        var passes = [strict.count.pass(of: ranked)]
        if let query, let relaxed = query.relaxedSectionExpression, relaxed != sectionExpression,
            ranked.count < Self.fewPassages
        {
            let known = Set(ranked.map(\.hit.sentenceID))
            let loose = try passages(
                matching: relaxed, phrases: query.relaxedSectionPhrases, leavingOut: query.relaxedSectionMatch(leavingOut:),
                frequencies: &frequencies, filters: filters, limit: candidateLimit)
            let more = try keepingOnePerGroup(
                rank(loose.passages, with: &ranker)
                    .filter { !known.contains($0.hit.sentenceID) && $0.coverage > 0 && !$0.holdsExcludedTerm },
                &collapse)
            ranked += more
            passes.append(loose.count.pass(of: more))
            results.isRelaxed = !more.isEmpty
            if results.isRelaxed { results.explanation += " · relaxed: \(query.relaxedExpression ?? relaxed)" }
        }
        let totals = SearchTotals(passes)
        (results.total, results.totalArticles, results.totalIsEstimate) = (totals.passages, totals.articles, totals.isEstimate)
        // Mentions are read only for the passages shown and, for a question, those its answers may come from.
        let page = ranked.indices.dropFirst(options.offset).prefix(options.limit ?? Int.max)
        let answerable = query?.answerType == nil ? 0..<0 : ranked.indices.prefix(Self.answerPassageLimit)
        try attachActors(to: &ranked, at: Set(page).union(answerable).sorted(), placeScales: query?.askedPlaceScale != nil)
        // Only the page is shown, so only its snippets are marked.
        let tags = try withStorageErrors { try self.tags(ofArticles: page.map { ranked[$0].hit.articleID }) }
        results.hits = page.map { index in
            var hit = ranked[index].hit
            hit.snippet = SnippetMarker.marked(hit.sentence, at: hit.matchedRanges)
            hit.tags = tags[hit.articleID] ?? []
            hit.alsoIn = collapse.alsoIn[hit.articleID] ?? []
            return hit
        }
        if let query, query.answerType != nil {
            let weights = try withQueryErrors(query.matchExpression) {
                // A group's alternatives that no section holds are left out: it matches the same sections.
                try query.termGroups.map { group in
                    guard let held = group.leavingOut({ frequencies.holdsNothing($0.expression) }) else {
                        return try frequencies.idf(of: group.expression, matches: 0, oldestID: 0, in: connection)
                    }
                    return try frequencies.idfs(of: [held.expression], in: connection)[0]
                }
            }
            let passages = ranked[answerable]
            let articleTexts = try withStorageErrors {
                try texts(ofArticles: Set(passages.map(\.hit.articleID)).sorted())
            }
            let outcome = AnswerExtractor(query: query, termWeights: weights, articleTexts: articleTexts).answers(
                from: passages.map { AnswerPassage(
                    sentence: $0.hit.sentence, articleID: $0.hit.articleID, title: $0.hit.title, mentions: $0.mentions) })
            results.answers = outcome.answers.map { answer in
                SearchAnswer(
                    name: answer.name, kind: answer.kind, role: answer.role, score: Self.rounded(answer.score),
                    evidence: answer.passages.prefix(3).map { index in
                        let hit = passages[passages.startIndex + index].hit
                        return SearchAnswer.Evidence(
                            articleID: hit.articleID, title: hit.title, headline: hit.headline, sentence: hit.sentence)
                    })
            }
            results.noAnswerReason = outcome.noAnswerReason
        }
        // A word no section holds is worth a "did you mean" when it left the search with few passages.
        if let query, results.total == 0 || results.isRelaxed {
            results.unknownTerms = try withStorageErrors { try unknownWords(in: query, frequencies: frequencies) }
        }
        if options.since != nil || options.until != nil {
            results.undatedArticlesLeftOut = try undatedArticleCount(
                matching: sectionExpression, options: options, query: query)
        }
        return results
    }

    /// A question's answers are read from at most this many of the best passages.
    static let answerPassageLimit = 80

    /// Below this many passages holding every term, passages holding some terms are added. A constant,
    /// so that every output format and page size sees the same rows.
    static let fewPassages = 10

    /// A query matching more sections than this ranks the newest this many. Rarer queries are ranked
    /// whole; a common word's best matches by bm25 are close to arbitrary anyway, and in a news archive
    /// recent ones are the better pick.
    static let rankedMatchLimit = 2_000

    // MARK: - Filters

    /// How a filter treats the publication dates of `SearchOptions`.
    enum DateFiltering {
        /// Only articles dated within the range (an undated one never).
        case applied
        /// No condition on the date.
        case ignored
        /// Articles dated within the range, and undated ones (which a trend counts to say they were left out).
        case keepingUndated
    }

    /// SQL conditions on `s` (sentences), `a` (articles) and their bound values; nil when an actor
    /// filter names no actor in the archive (nothing can match). `dates` says what becomes of the
    /// conditions on the publication date.
    func makeFilters(
        options: SearchOptions, query: SearchQuery?, matching expression: String?, dates: DateFiltering = .applied
    ) throws -> SQLFilters? {
        var filters = SQLFilters()
        if let source = options.source {
            filters.add("a.source = ? COLLATE NOCASE", source)
        }
        for tag in options.tags {
            filters.add("a.id IN (SELECT article_id FROM article_tags WHERE tag = ?)", tag)
        }
        for (condition, day) in [
            options.since.map { ("\(Self.publishedFirstDay) >= ?", $0.firstDay) },
            options.until.map { ("\(Self.publishedLastDay) <= ?", $0.lastDay) },
        ].compactMap({ $0 }) {
            switch dates {
            case .applied: filters.add(condition, day)
            case .ignored: break
            case .keepingUndated: filters.add("(a.published IS NULL OR \(condition))", day)
            }
        }
        for name in [options.actor].compactMap({ $0 }) + (query?.actorNames ?? []) {
            let ids = try actorIDs(named: name)
            if ids.isEmpty { return nil }
            // A search with words: each sentence of a matching section is checked against its own mentions
            // (stored by section), in the articles naming the actor first when they are few. Without words,
            // the actor's sentences are listed and drive it. (The list with words made every matching
            // section walk the whole list: 45 s for an actor in 388 of 100,000 articles and a common word.)
            let json = Self.jsonArray(ids)
            if expression == nil {
                filters.add(
                    """
                    (s.section_id, s.id) IN (SELECT m.section_id, m.sentence_id FROM actor_articles AS aa
                        JOIN sections AS named ON named.article_id = aa.article_id
                        JOIN mentions AS m ON m.section_id = named.id AND m.actor_id = aa.actor_id
                        WHERE aa.actor_id IN (SELECT value FROM json_each(?)))
                    """, json)
            } else {
                if try isNamedInFewArticles(actorsIn: json) {
                    filters.add(
                        "sec.article_id IN (SELECT article_id FROM actor_articles WHERE actor_id IN (SELECT value FROM json_each(?)))",
                        json)
                }
                filters.add(
                    """
                    EXISTS (SELECT 1 FROM mentions AS m WHERE m.section_id = s.section_id AND m.sentence_id = s.id
                        AND m.actor_id IN (SELECT value FROM json_each(?)))
                    """, json)
            }
            filters.readsSentences = true
        }
        if let headline = query?.headlineExpression {
            filters.add("s.section_id IN (SELECT rowid FROM sections_fts WHERE sections_fts MATCH ?)", headline)
            filters.readsSentences = true
        }
        if let title = query?.titleExpression {
            filters.add("sec.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", title)
        }
        return filters
    }

    /// Whether the actors of `json` (an array of ids) are named in at most one article in 20.
    private func isNamedInFewArticles(actorsIn json: String) throws -> Bool {
        let row = try connection.firstRow(
            """
            SELECT (SELECT count(*) FROM actor_articles WHERE actor_id IN (SELECT value FROM json_each(?))),
                (SELECT coalesce(max(id), 0) FROM articles)
            """, json)
        return (row?[0].int ?? 0) * 20 <= (row?[1].int ?? 0)
    }

    /// Actors whose name or an alias is `name` (any case), or whose name holds it as a phrase.
    func actorIDs(named name: String) throws -> [Int] {
        var ids = Set(
            try connection.rows("SELECT actor_id FROM actor_aliases WHERE alias = ? COLLATE NOCASE", name).compactMap { $0[0].int })
        if ids.isEmpty, let phrase = SearchQuery.phraseExpression(for: name) {
            ids.formUnion(
                try connection.rows("SELECT rowid FROM actors_fts WHERE actors_fts MATCH ?", "name : \(phrase)")
                    .compactMap { $0[0].int })
        }
        return ids.sorted()
    }

    // MARK: - Candidates and ranking

    /// `passages(matching:phrases:…)` for one pass of a plain query: `expression`, whose phrases are
    /// `phrases`, less the phrases no section holds (`match` makes the expression without those it is
    /// told to leave out), which then match the same sections and cost nothing to rank. A phrase of
    /// common words that never occur together costs FTS5 a read of every match of each word, each time
    /// it is looked for. The phrases' IDFs are read first to know which (the pass needs them anyway);
    /// a pass of one phrase runs as it is, its IDF being read with its matches.
    private func passages(
        matching expression: String?, phrases: [TermAlternative],
        leavingOut match: ((TermAlternative) -> Bool) -> SearchQuery.SectionMatch?,
        frequencies: inout SectionFrequencies, filters: SQLFilters, limit: Int?
    ) throws -> (passages: [Passage], count: CandidateCount) {
        var expression = expression
        var phrases = phrases.map(\.expression)
        if let whole = expression, phrases.count > 1 {
            _ = try withQueryErrors(whole) { try frequencies.idfs(of: phrases, in: connection) }
            let absent = Set(phrases.filter { frequencies.holdsNothing($0) })
            if !absent.isEmpty {
                guard let held = match({ absent.contains($0.expression) }) else { return ([], CandidateCount(read: 0)) }
                (expression, phrases) = (held.expression, held.phrases.map(\.expression))
            }
        }
        return try passages(
            matching: expression, phrases: phrases, frequencies: &frequencies, filters: filters, limit: limit)
    }

    /// The sentences of the sections matching `expression`, best section bm25 first (or, without an
    /// expression, every sentence the filters allow), with their article and section. `limit` counts
    /// sections when nothing else narrows the match, else sentences (eight per section).
    ///
    /// `phrases` are the expression's FTS5 phrases in order, whose IDFs `frequencies` estimates; without
    /// them (a raw expression) sections are ranked by FTS5's own bm25. The count says how many candidates
    /// (sections, or sentences) were read and, when the limit left some out, how many there are.
    private func passages(
        matching expression: String?, phrases: [String]?, frequencies: inout SectionFrequencies, filters: SQLFilters,
        limit: Int?
    ) throws -> (passages: [Passage], count: CandidateCount) {
        if let expression, filters.isEmpty, let limit {
            return try withQueryErrors(expression) {
                try passagesOfBestSections(
                    matching: expression, phrases: phrases, frequencies: &frequencies, limit: limit)
            }
        }
        var conditions = filters.conditions
        var arguments = filters.arguments
        var conditionArguments = arguments
        var from = """
            sentences AS s JOIN sections AS sec ON sec.id = s.section_id JOIN articles AS a ON a.id = sec.article_id
            """
        var score = "0.0"
        // Article order, then position in it: the order of the sentences' key, read without sorting.
        var order = "s.section_id, s.id"
        var limit = limit
        if let expression {
            from = """
                sections_fts JOIN sections AS sec ON sec.id = sections_fts.rowid
                JOIN sentences AS s ON s.section_id = sec.id JOIN articles AS a ON a.id = sec.article_id
                """
            conditions.insert("sections_fts MATCH ?", at: 0)
            arguments.insert(expression, at: 0)
            conditionArguments = arguments
            score = Self.rankFunction(phraseCount: phrases?.count)
            if let phrases {
                let idfs = try withQueryErrors(expression) { try frequencies.idfs(of: phrases, in: connection) }
                arguments.insert(contentsOf: idfs, at: 0)  // the score comes first in the statement
            }
            order = "score, s.section_id, s.position"
            limit = limit.map { $0 * 8 }
        }
        if let limit { arguments.append(limit) }
        let sql = """
            SELECT \(Self.sectionColumns), \(score) AS score, s.id,
                substr(sec.body, s.start_offset - sec.body_start + 1, s.end_offset - s.start_offset), s.start_offset,
                s.section_id
            FROM \(from)
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY \(order)
            \(limit == nil ? "" : "LIMIT ?")
            """
        return try withQueryErrors(expression) {
            let statement = try connection.makeStatement(sql)
            try statement.bind(arguments)
            let passages = try statement.allRows().map { row in
                var hit = Self.sectionHit(row, from: 0, bm25: row[7].double ?? 0)
                hit.sentenceID = row[8].int ?? 0
                hit.sentence = row[9].string ?? ""
                hit.snippet = hit.sentence
                return Passage(hit: hit, sectionID: row[11].int ?? 0, sentenceStart: row[10].int ?? 0)
            }
            var count = CandidateCount(read: passages.count)
            if let limit, passages.count >= limit {
                count.candidates = Double(
                    try connection.rows(
                        "SELECT count(*) FROM \(from) WHERE \(conditions.joined(separator: " AND "))",
                        arguments: conditionArguments
                    ).first?[0].int ?? 0)
            }
            return (passages, count)
        }
    }

    /// The sentences of the best `limit` sections by bm25 among the newest `rankedMatchLimit` matching
    /// `expression`, best section first and in each section in order (a raw expression's passages keep
    /// this order). Ranks inside the index first, then reads only the sections that made the cut
    /// (joining every match before the LIMIT costs a row lookup per match), and ranks at most the newest
    /// `rankedMatchLimit` matches: bm25 over every match of a common word is what makes FTS5 slow.
    ///
    /// Two statements: the sections with their article, one row each, then their sentences, five short
    /// columns a row. One join would repeat the section's and the article's columns on each of the ~7
    /// sentence rows of a section, and reading rows into Swift costs by the column (its name included:
    /// hence `AS text`).
    ///
    /// A query of one phrase is ranked with an IDF of 1, which orders its matches as well as any, and
    /// the scores are then multiplied by the IDF estimated from the same newest matches: reading them
    /// again to estimate it first would double the cost of a phrase or a prefix.
    private func passagesOfBestSections(
        matching expression: String, phrases: [String]?, frequencies: inout SectionFrequencies, limit: Int
    ) throws -> (passages: [Passage], count: CandidateCount) {
        // (One phrase left of several, whose IDF is known, is ranked with it, as the several were.)
        var onePhrase: String?
        if let phrases, phrases.count == 1, !frequencies.knows(phrases[0]) { onePhrase = phrases[0] }
        let idfs = try onePhrase != nil ? [1.0] : frequencies.idfs(of: phrases ?? [], in: connection)
        let score = Self.rankFunction(phraseCount: phrases?.count)
        let sectionRows = try connection.rows(
            """
            SELECT best.id, \(Self.sectionColumns), best.score, best.matches, best.oldest, sec.body, sec.body_start
            FROM (SELECT id, score, matches, oldest FROM (
                    SELECT id, score, count(*) OVER () AS matches, min(id) OVER () AS oldest FROM (
                        SELECT rowid AS id, \(score) AS score FROM sections_fts WHERE sections_fts MATCH ?
                        ORDER BY rowid DESC LIMIT ?))
                ORDER BY score LIMIT ?) AS best
            JOIN sections AS sec ON sec.id = best.id
            JOIN articles AS a ON a.id = sec.article_id
            ORDER BY best.score
            """, arguments: idfs + [expression, Self.rankedMatchLimit, limit])
        guard !sectionRows.isEmpty else { return ([], CandidateCount(read: 0)) }
        var count = CandidateCount(read: sectionRows.count)
        if let matches = sectionRows[0][9].int, matches > sectionRows.count {
            count.candidates = try frequencies.sectionsMatching(
                newest: matches, oldestID: sectionRows[0][10].int ?? 0, in: connection)
        }
        let scale = try onePhrase.map {
            try frequencies.idf(
                of: $0, matches: sectionRows[0][9].int ?? 0, oldestID: sectionRows[0][10].int ?? 0, in: connection)
        } ?? 1
        /// A section that made the cut: its hit, less the sentence, its place in bm25 order, and its body
        /// with the offset in the article's text where the body starts.
        struct Section {
            var hit: SearchHit
            var bm25: Double
            var rank: Int
            var body: String
            var bodyStart: Int
        }
        var sections: [Int: Section] = [:]
        for (rank, row) in sectionRows.enumerated() {
            let bm25 = (row[8].double ?? 0) * scale
            sections[row[0].int ?? 0] = Section(
                hit: Self.sectionHit(row, from: 1, bm25: bm25), bm25: bm25, rank: rank, body: row[11].string ?? "",
                bodyStart: row[12].int ?? 0)
        }
        // The sentences' texts are cut from their section's body here, in one pass over it: SQLite's
        // substr() counts the characters from the start of the body again for every sentence, which
        // took an eighth of a search.
        let sentenceRows = try connection.rows(
            """
            SELECT s.section_id, s.id, s.start_offset, s.end_offset, s.position
            FROM sentences AS s WHERE s.section_id IN (SELECT value FROM json_each(?))
            """, Self.jsonArray(sections.keys.sorted()))
        var texts: [Int: String] = [:]
        for (sectionID, rows) in Dictionary(grouping: sentenceRows, by: { $0[0].int ?? 0 }) {
            guard let section = sections[sectionID] else { continue }
            let ranges = rows.map { row in
                let start = (row[2].int ?? 0) - section.bodyStart
                return start..<max(start, start + (row[3].int ?? 0) - (row[2].int ?? 0))
            }
            for (row, text) in zip(rows, CodePointText.slices(of: section.body, at: ranges)) {
                texts[row[1].int ?? 0] = text
            }
        }
        // In the order of one join `ORDER BY bm25, sentence position`, sections in bm25 order on ties.
        let ordered = sentenceRows.compactMap { row in
            sections[row[0].int ?? 0].map { (row: row, section: $0, position: row[4].int ?? 0) }
        }.sorted { ($0.section.bm25, $0.position, $0.section.rank) < ($1.section.bm25, $1.position, $1.section.rank) }
        let passages = ordered.map { row, section, _ in
            var hit = section.hit
            hit.sentenceID = row[1].int ?? 0
            hit.sentence = texts[hit.sentenceID] ?? ""
            hit.snippet = hit.sentence
            return Passage(hit: hit, sectionID: row[0].int ?? 0, sentenceStart: row[2].int ?? 0)
        }
        return (passages, count)
    }

    /// The SQL that scores a match of `sections_fts`: `bm25_given_idf` with one bound IDF per phrase, or
    /// FTS5's bm25 when the phrases are not known (a raw expression).
    private static func rankFunction(phraseCount: Int?) -> String {
        guard let phraseCount else { return "bm25(sections_fts)" }
        return "bm25_given_idf(sections_fts, \(Array(repeating: "?", count: phraseCount).joined(separator: ", ")))"
    }

    /// What a hit shows of its article and section, as `sectionHit` reads them (`sec`: sections, `a`: articles).
    private static let sectionColumns = "sec.article_id, a.title, a.source, a.url, a.published, sec.headline, sec.position"

    /// A hit from the `sectionColumns` of `row`, starting at column `first`; its sentence is left empty.
    private static func sectionHit(_ row: Row, from first: Int, bm25: Double) -> SearchHit {
        SearchHit(
            articleID: row[first].int ?? 0, title: row[first + 1].string ?? "", source: row[first + 2].string,
            url: row[first + 3].string, published: row[first + 4].string, headline: row[first + 5].string,
            sectionPosition: row[first + 6].int ?? 0, sentenceID: 0, sentence: "", snippet: "", matchedRanges: [],
            score: -bm25, actors: [])
    }

    /// Runs `body`, turning SQLite's rejection of the MATCH `expression` into `invalidSearchQuery` and any
    /// other SQLite error into a storage error.
    func withQueryErrors<T>(_ expression: String?, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SQLiteError where expression != nil && Self.isQuerySyntaxError(error) {
            throw ArchiveError(
                .invalidSearchQuery,
                "Invalid FTS5 query '\(ShownName(expression ?? "").cut(to: 80))': \(ShownName(error.message).cut(to: 120))",
                underlying: error)
        } catch let error as SQLiteError {
            throw ArchiveError.storage(error, path: path)
        }
    }

    /// Whether SQLite rejected the MATCH expression itself (as opposed to the archive failing).
    private static func isQuerySyntaxError(_ error: SQLiteError) -> Bool {
        error.isGenericError
    }

    /// Scores `passages` with `ranker` (which decides how they rank) and puts them in its rank order,
    /// each hit with its score and matched ranges (`search` marks the snippets of the page it returns).
    private func rank(_ passages: [Passage], with ranker: inout PassageRanker) -> [Passage] {
        let scored = passages.map { passage in
            var passage = passage
            let score = ranker.score(
                sentence: passage.hit.sentence, headline: passage.hit.headline, title: passage.hit.title,
                section: PassageRanker.Section(articleID: passage.hit.articleID, position: passage.hit.sectionPosition),
                sectionScore: passage.hit.score)
            passage.coverage = score.coverage
            passage.holdsEveryTerm = score.holdsEveryTerm
            passage.holdsExcludedTerm = score.holdsExcludedTerm
            passage.hit.score = score.score
            passage.hit.matchedRanges = score.matchedRanges
            return passage
        }
        guard !ranker.keepsFoundOrder else { return scored }
        // Sorted by index, then gathered: a passage is a large value, and sorting moves each many times.
        let keys = scored.map { ($0.hit.score, $0.hit.sentenceID) }
        return keys.indices.sorted { PassageRanker.ranks(keys[$0], before: keys[$1]) }.map { scored[$0] }
    }

    /// The `passages` (in rank order) of articles no better-ranked near-duplicate stands for.
    private func keepingOnePerGroup(_ passages: [Passage], _ collapse: inout NearDuplicateCollapse) throws -> [Passage] {
        let articles = Set(passages.map(\.hit.articleID))
        collapse.add(try withStorageErrors { try nearDuplicateGroups(containing: articles) })
        return collapse.kept(passages.map(\.hit.articleID)).map { passages[$0] }
    }

    /// Scores to 4 decimals, so JSON and CSV show the same number.
    static func rounded(_ score: Double) -> Double { (score * 10_000).rounded() / 10_000 }

    // MARK: - Actors and answers

    /// The title, headlines and bodies of each article, by id.
    private func texts(ofArticles ids: [Int]) throws -> [Int: String] {
        guard !ids.isEmpty else { return [:] }
        var texts: [Int: String] = [:]
        for row in try connection.rows(
            """
            SELECT a.id, a.title || ' ' || (SELECT group_concat(coalesce(sec.headline, '') || ' ' || sec.body, ' ')
                FROM sections AS sec WHERE sec.article_id = a.id)
            FROM articles AS a WHERE a.id IN (SELECT value FROM json_each(?))
            """, Self.jsonArray(ids))
        {
            texts[row[0].int ?? 0] = row[1].string ?? ""
        }
        return texts
    }

    /// Reads the mentions in the sentences of the passages at `indices`; with `placeScales`, how large
    /// each listed place is (for a question that asks `which town`).
    private func attachActors(to passages: inout [Passage], at indices: [Int], placeScales: Bool) throws {
        guard !indices.isEmpty else { return }
        let rows = try withStorageErrors {
            try connection.rows(
                """
                SELECT m.sentence_id, a.id, a.name, a.kind, m.start_offset, m.end_offset, m.role_as_written, a.role
                FROM mentions AS m JOIN actors AS a ON a.id = m.actor_id
                WHERE m.section_id IN (SELECT value FROM json_each(?)) AND m.sentence_id IN (SELECT value FROM json_each(?))
                ORDER BY m.sentence_id, m.start_offset
                """, Self.jsonArray(Set(indices.map { passages[$0].sectionID }).sorted()),
                Self.jsonArray(indices.map { passages[$0].hit.sentenceID }))
        }
        var bySentence: [Int: [AnswerMention]] = [:]
        for row in rows {
            bySentence[row[0].int ?? 0, default: []].append(
                AnswerMention(
                    actorID: row[1].int ?? 0, name: row[2].string ?? "", kind: row[3].string ?? "",
                    range: (row[4].int ?? 0)..<(row[5].int ?? 0), role: row[6].string ?? row[7].string,
                    placeScale: placeScales && row[3].string == "place"
                        ? ActorNames.listedPlaceScale(row[2].string ?? "").flatMap(PlaceScale.init) : nil))
        }
        for index in indices {
            let start = passages[index].sentenceStart
            let mentions = (bySentence[passages[index].hit.sentenceID] ?? []).map { mention in
                var mention = mention
                mention.range = (mention.range.lowerBound - start)..<(mention.range.upperBound - start)
                return mention
            }
            var seen: Set<Int> = []
            passages[index].mentions = mentions
            passages[index].hit.actors = mentions.filter { seen.insert($0.actorID).inserted }.map(\.name)
        }
    }
}

/// SQL conditions and their bound values, built up filter by filter.
struct SQLFilters {
    var conditions: [String] = []
    var arguments: [any SQLiteBindable] = []
    /// Whether a condition is on sentences (`s`), which must then be joined.
    var readsSentences = false

    var isEmpty: Bool { conditions.isEmpty }

    mutating func add(_ condition: String, _ argument: any SQLiteBindable) {
        conditions.append(condition)
        arguments.append(argument)
    }
}

/// How many candidates (sections, or sentences) a search read, and how many there were when the
/// limit left some out (nil: all were read; an estimate beyond `rankedMatchLimit` sections).
struct CandidateCount {
    var read: Int
    var candidates: Double?

    /// The totals pass of the `kept` passages found among these candidates.
    func pass(of kept: [Passage]) -> SearchTotals.Pass {
        SearchTotals.Pass(
            passages: kept.count, articleIDs: Set(kept.map(\.hit.articleID)), read: read, candidates: candidates)
    }
}

/// A sentence under consideration, with what ranking and answering need beside its hit.
struct Passage {
    var hit: SearchHit
    /// The section holding the sentence (mentions are found through it).
    let sectionID: Int
    /// Where the sentence starts in its article's body (mention offsets are relative to the body).
    let sentenceStart: Int
    /// Distinct query terms matched (optional terms count half, terms found only through a synonym 0.8).
    var coverage = 0.0
    /// Whether the sentence holds every required term and no excluded one.
    var holdsEveryTerm = false
    /// Whether the sentence holds a term the query excludes.
    var holdsExcludedTerm = false
    var mentions: [AnswerMention] = []

    init(hit: SearchHit, sectionID: Int, sentenceStart: Int) {
        self.hit = hit
        self.sectionID = sectionID
        self.sentenceStart = sentenceStart
    }
}
