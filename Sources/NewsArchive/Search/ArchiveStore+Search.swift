import Foundation
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
        let query = options.raw ? nil : SearchQuery(text, synonyms: try synonymTable())
        let expression: String?
        if options.raw {
            expression = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if expression?.isEmpty ?? true {
                throw ArchiveError(.invalidSearchQuery, "The FTS5 query is empty: give an expression after --raw.")
            }
        } else {
            expression = query?.matchExpression
        }
        let filters = try withStorageErrors { try makeFilters(options: options, query: query) }
        var results = SearchResults(
            query: text, fts: expression, explanation: query?.explanation ?? "raw FTS5: \(text)",
            answerType: query?.answerType?.rawValue, answers: [], hits: [], isRelaxed: false)
        guard let filters else { return results }  // an actor filter that names nobody known
        guard expression != nil || !filters.isEmpty else { return results }

        // Candidate sections for re-ranking in Swift: a few times the page, best bm25 first.
        let candidateLimit = options.limit.map { max(($0 + options.offset) * 4, 100) }
        let rawWords = options.raw ? Self.words(ofRawExpression: expression ?? "") : []
        var ranked = rank(
            try passages(matching: expression, filters: filters, limit: candidateLimit), for: query, rawWords: rawWords
        ).filter(\.holdsEveryTerm)
        if let query, let relaxed = query.relaxedExpression, relaxed != expression, ranked.count < Self.fewPassages {
            let known = Set(ranked.map(\.hit.sentenceID))
            let more = rank(try passages(matching: relaxed, filters: filters, limit: candidateLimit), for: query).filter { !known.contains($0.hit.sentenceID) && $0.coverage > 0 }
            ranked += more
            results.isRelaxed = !more.isEmpty
            if results.isRelaxed { results.explanation += " · relaxed: \(relaxed)" }
        }
        try attachActors(to: &ranked)
        let page = Array(ranked.dropFirst(options.offset).prefix(options.limit ?? Int.max))
        results.hits = page.map(\.hit)
        if let query, let answerType = query.answerType {
            results.answers = answers(of: answerType, from: ranked, query: query)
        }
        return results
    }

    /// Below this many passages holding every term, passages holding some terms are added. A constant,
    /// so that every output format and page size sees the same rows.
    static let fewPassages = 10

    /// A query matching more sections than this ranks the newest this many. Rarer queries are ranked
    /// whole; a common word's best matches by bm25 are close to arbitrary anyway, and in a news archive
    /// recent ones are the better pick.
    static let rankedMatchLimit = 2_000

    // MARK: - Filters

    /// SQL conditions on `s` (sentences), `a` (articles) and their bound values; nil when an actor
    /// filter names no actor in the archive (nothing can match).
    private func makeFilters(options: SearchOptions, query: SearchQuery?) throws -> SQLFilters? {
        var filters = SQLFilters()
        if let source = options.source {
            filters.add("a.source = ? COLLATE NOCASE", source)
        }
        if let since = options.since { filters.add("a.published >= ?", since) }
        if let until = options.until { filters.add("substr(a.published, 1, 10) <= ?", until) }
        for name in [options.actor].compactMap({ $0 }) + (query?.actorNames ?? []) {
            let ids = try actorIDs(named: name)
            if ids.isEmpty { return nil }
            filters.add(
                "s.id IN (SELECT sentence_id FROM mentions WHERE actor_id IN (SELECT value FROM json_each(?)))",
                Self.jsonArray(ids))
        }
        if let headline = query?.headlineExpression {
            filters.add("s.section_id IN (SELECT rowid FROM sections_fts WHERE sections_fts MATCH ?)", headline)
        }
        if let title = query?.titleExpression {
            filters.add("s.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", title)
        }
        return filters
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

    /// The sentences of the sections matching `expression`, best section bm25 first (or, without an
    /// expression, every sentence the filters allow), with their article and section. `limit` counts
    /// sections when nothing else narrows the match, else sentences (eight per section).
    private func passages(matching expression: String?, filters: SQLFilters, limit: Int?) throws -> [Passage] {
        var conditions = filters.conditions
        var arguments = filters.arguments
        var from = """
            sentences AS s JOIN sections AS sec ON sec.id = s.section_id JOIN articles AS a ON a.id = s.article_id
            """
        var score = "0.0"
        var order = "s.article_id, s.position"
        var limit = limit
        if let expression, filters.isEmpty, let sections = limit {
            // Rank inside the index first, then join only the sections that made the cut: joining every
            // match before the LIMIT costs a row lookup per match. And rank at most the newest
            // `rankedMatchLimit` matches: bm25 over every match of a common word is what makes FTS5 slow.
            from = """
                (SELECT id, score FROM (
                    SELECT rowid AS id, bm25(sections_fts) AS score FROM sections_fts WHERE sections_fts MATCH ?
                    ORDER BY rowid DESC LIMIT ?)
                ORDER BY score LIMIT ?) AS best
                JOIN sections AS sec ON sec.id = best.id
                JOIN sentences AS s ON s.section_id = sec.id
                JOIN articles AS a ON a.id = sec.article_id
                """
            arguments = [expression, Self.rankedMatchLimit, sections]
            conditions = ["1"]
            score = "best.score"
            order = "best.score, s.position"
            limit = nil
        } else if let expression {
            from = """
                sections_fts JOIN sections AS sec ON sec.id = sections_fts.rowid
                JOIN sentences AS s ON s.section_id = sec.id JOIN articles AS a ON a.id = sec.article_id
                """
            conditions.insert("sections_fts MATCH ?", at: 0)
            arguments.insert(expression, at: 0)
            score = "bm25(sections_fts)"
            order = "score, s.section_id, s.position"
            limit = limit.map { $0 * 8 }
        }
        if let limit { arguments.append(limit) }
        let sql = """
            SELECT s.id, s.article_id, substr(sec.body, s.start_offset - sec.body_start + 1, s.end_offset - s.start_offset),
                s.start_offset, a.title, a.source, a.url, a.published, sec.headline, sec.position, \(score) AS score
            FROM \(from)
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY \(order)
            \(limit == nil ? "" : "LIMIT ?")
            """
        do {
            let statement = try connection.makeStatement(sql)
            try statement.bind(arguments)
            return try statement.allRows().map { row in
                Passage(
                    hit: SearchHit(
                        articleID: row[1].int ?? 0, title: row[4].string ?? "", source: row[5].string, url: row[6].string,
                        published: row[7].string, headline: row[8].string, sectionPosition: row[9].int ?? 0,
                        sentenceID: row[0].int ?? 0, sentence: row[2].string ?? "", snippet: row[2].string ?? "",
                        matchedRanges: [], score: -(row[10].double ?? 0), actors: []),
                    sentenceStart: row[3].int ?? 0)
            }
        } catch let error as SQLiteError where expression != nil && Self.isQuerySyntaxError(error) {
            throw ArchiveError(
                .invalidSearchQuery, "Invalid FTS5 query '\(expression ?? "")': \(error.message)", underlying: error)
        } catch let error as SQLiteError {
            throw ArchiveError.storage(error, path: path)
        }
    }

    /// Whether SQLite rejected the MATCH expression itself (as opposed to the archive failing).
    private static func isQuerySyntaxError(_ error: SQLiteError) -> Bool {
        error.isGenericError
    }

    /// Orders passages: distinct query terms matched first, then bm25 plus headline and title matches.
    /// Fills in each hit's score, matched ranges and snippet, and whether it holds every term. Without
    /// a query (a raw FTS5 expression), a passage holds the expression when it has a word starting
    /// with one of `rawWords`, and keeps its bm25.
    private func rank(_ passages: [Passage], for query: SearchQuery?, rawWords: [String] = []) -> [Passage] {
        guard let query else {
            return passages.map { passage in
                var passage = passage
                let ranges = IndexToken.tokens(in: passage.hit.sentence).filter { token in
                    rawWords.contains { token.folded.hasPrefix($0) }
                }.map(\.range)
                passage.holdsEveryTerm = !ranges.isEmpty
                passage.hit.score = Self.rounded(passage.hit.score)
                passage.hit.matchedRanges = ranges
                passage.hit.snippet = Self.marked(passage.hit.sentence, at: ranges)
                return passage
            }
        }
        let groups = query.termGroups
        // Headlines and titles recur across passages: count their matched terms once each.
        var contextScores: [String: Double] = [:]
        func matchedGroups(in text: String) -> Double {
            if let known = contextScores[text] { return known }
            let tokens = IndexToken.tokens(in: text)
            let count = Double(groups.filter { $0.isFound(in: tokens) }.count)
            contextScores[text] = count
            return count
        }
        return passages.map { passage in
            var passage = passage
            let tokens = IndexToken.tokens(in: passage.hit.sentence)
            var ranges: [Range<Int>] = []
            var coverage = 0.0
            var holdsEveryTerm = true
            for group in groups {
                let found = group.ranges(in: tokens)
                if found.isEmpty {
                    holdsEveryTerm = holdsEveryTerm && group.isOptional
                    continue
                }
                ranges += found
                coverage += group.isOptional ? 0.5 : 1
            }
            let context = (passage.hit.headline.map(matchedGroups) ?? 0) * 2 + matchedGroups(in: passage.hit.title)
            passage.coverage = coverage
            passage.holdsEveryTerm = holdsEveryTerm && !query.excludedTerms.contains { $0.isFound(in: tokens) }
            passage.hit.score = Self.rounded(coverage * 10 + context + passage.hit.score)
            passage.hit.matchedRanges = Self.merged(ranges)
            passage.hit.snippet = Self.marked(passage.hit.sentence, at: passage.hit.matchedRanges)
            return passage
        }.sorted { ($0.hit.score, -$0.hit.sentenceID) > ($1.hit.score, -$1.hit.sentenceID) }
    }

    /// The words of a raw FTS5 expression as the index folds them, without its operators.
    static func words(ofRawExpression expression: String) -> [String] {
        IndexToken.tokens(in: expression).filter { !["AND", "OR", "NOT", "NEAR"].contains($0.text) }.map(\.folded)
    }

    /// Scores to 4 decimals, so JSON and CSV show the same number.
    static func rounded(_ score: Double) -> Double { (score * 10_000).rounded() / 10_000 }

    private static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// `text` with `**` around each range (Unicode scalar offsets).
    static func marked(_ text: String, at ranges: [Range<Int>]) -> String {
        guard !ranges.isEmpty else { return text }
        var scalars = Array(text.unicodeScalars)
        for range in ranges.reversed() where range.upperBound <= scalars.count {
            scalars.insert(contentsOf: "**".unicodeScalars, at: range.upperBound)
            scalars.insert(contentsOf: "**".unicodeScalars, at: range.lowerBound)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    // MARK: - Actors and answers

    /// Reads the mentions in the passages' sentences.
    private func attachActors(to passages: inout [Passage]) throws {
        guard !passages.isEmpty else { return }
        let rows = try withStorageErrors {
            try connection.rows(
                """
                SELECT m.sentence_id, a.id, a.name, a.kind, m.start_offset, m.end_offset, m.role_as_written, a.role
                FROM mentions AS m JOIN actors AS a ON a.id = m.actor_id
                WHERE m.sentence_id IN (SELECT value FROM json_each(?))
                ORDER BY m.sentence_id, m.start_offset
                """, Self.jsonArray(passages.map(\.hit.sentenceID)))
        }
        var bySentence: [Int: [PassageMention]] = [:]
        for row in rows {
            bySentence[row[0].int ?? 0, default: []].append(
                PassageMention(
                    actorID: row[1].int ?? 0, name: row[2].string ?? "", kind: row[3].string ?? "",
                    start: row[4].int ?? 0, end: row[5].int ?? 0, roleAsWritten: row[6].string, role: row[7].string))
        }
        for index in passages.indices {
            let mentions = bySentence[passages[index].hit.sentenceID] ?? []
            var seen: Set<Int> = []
            passages[index].mentions = mentions
            passages[index].hit.actors = mentions.filter { seen.insert($0.actorID).inserted }.map(\.name)
        }
    }

    /// The actors of `type` in the best passages, each with its evidence. An actor whose stance in a
    /// sentence is the opposite of the one the question asks about ("ruled out" for "who backed") is not
    /// an answer from that sentence.
    private func answers(of type: AnswerType, from ranked: [Passage], query: SearchQuery) -> [SearchAnswer] {
        let required = Double(query.requiredTermGroups.count)
        let best = ranked.map(\.coverage).max() ?? 0
        // Evidence: passages holding every required term; failing that, the best-covered ones.
        let threshold = required > 0 && best >= required ? required : best
        let evidence = ranked.filter { $0.coverage >= threshold && $0.coverage > 0 }.prefix(50)
        let queryStems = Set(query.termGroups.flatMap { $0.alternatives.flatMap(\.stems) })
        let detector = StanceDetector()
        let asked = detector.stance(askedBy: query.termGroups) ?? .supports
        var answers: [Int: SearchAnswer] = [:]
        var order: [Int] = []
        for passage in evidence {
            var counted: Set<Int> = []
            for mention in passage.mentions where mention.kind == type.rawValue && !counted.contains(mention.actorID) {
                let nameStems = IndexToken.tokens(in: mention.name).map(\.stem)
                if !nameStems.isEmpty, nameStems.allSatisfy(queryStems.contains) { continue }  // the question's own subject
                let range = (mention.start - passage.sentenceStart)..<(mention.end - passage.sentenceStart)
                let finding = detector.stance(ofActorAt: range, in: passage.hit.sentence, toward: query.termGroups)
                if finding.stance != .neutral, finding.stance != asked { continue }
                counted.insert(mention.actorID)
                if answers[mention.actorID] == nil {
                    order.append(mention.actorID)
                    answers[mention.actorID] = SearchAnswer(
                        name: mention.name, kind: mention.kind, role: mention.roleAsWritten ?? mention.role, score: 0,
                        evidence: [])
                }
                answers[mention.actorID]?.score += passage.hit.score
                if answers[mention.actorID]?.role == nil { answers[mention.actorID]?.role = mention.roleAsWritten }
                answers[mention.actorID]?.evidence.append(
                    SearchAnswer.Evidence(
                        articleID: passage.hit.articleID, title: passage.hit.title, headline: passage.hit.headline,
                        sentence: passage.hit.sentence))
            }
        }
        for id in order {
            if let score = answers[id]?.score { answers[id]?.score = Self.rounded(score) }
        }
        // Best score first; equal scores keep the order of first appearance.
        return order.enumerated().compactMap { index, id in answers[id].map { (index, $0) } }
            .sorted { ($0.1.score, -$0.0) > ($1.1.score, -$1.0) }
            .map(\.1)
    }
}

/// SQL conditions and their bound values, built up filter by filter.
struct SQLFilters {
    var conditions: [String] = []
    var arguments: [any SQLiteBindable] = []

    var isEmpty: Bool { conditions.isEmpty }

    mutating func add(_ condition: String, _ argument: any SQLiteBindable) {
        conditions.append(condition)
        arguments.append(argument)
    }
}

/// A sentence under consideration, with what ranking and answering need beside its hit.
struct Passage {
    var hit: SearchHit
    /// Where the sentence starts in its article's body (mention offsets are relative to the body).
    let sentenceStart: Int
    /// Distinct query terms matched (optional terms count half).
    var coverage = 0.0
    /// Whether the sentence holds every required term and no excluded one.
    var holdsEveryTerm = false
    var mentions: [PassageMention] = []

    init(hit: SearchHit, sentenceStart: Int) {
        self.hit = hit
        self.sentenceStart = sentenceStart
    }
}

/// An actor mention inside a passage's sentence.
struct PassageMention {
    var actorID: Int
    var name: String
    var kind: String
    var start: Int
    var end: Int
    var roleAsWritten: String?
    var role: String?
}
