import Foundation
import NewsArchive
import NewsQuery

/// How search results look in each output format.
public enum SearchRendering {
    // MARK: CSV

    public static let hitHeader = [
        "article_id", "title", "source", "url", "published", "headline", "section_position", "sentence", "snippet", "score",
        "actors", "tags",
    ]

    public static let answerHeader = ["name", "kind", "role", "score", "article_id", "title", "headline", "sentence"]

    /// One row per passage.
    public static func writeHitRows(_ results: SearchResults, to writer: inout CSVWriter<some TextOutputStream>) {
        writer.write(hitHeader)
        for hit in results.hits {
            writer.write([
                String(hit.articleID), hit.title, hit.source ?? "", hit.url ?? "", hit.published ?? "", hit.headline ?? "",
                String(hit.sectionPosition), hit.sentence, hit.snippet, scoreText(hit.score), hit.actors.joined(separator: "; "),
                hit.tags.joined(separator: "; "),
            ])
        }
    }

    /// One row per answer and evidence sentence.
    public static func writeAnswerRows(_ results: SearchResults, to writer: inout CSVWriter<some TextOutputStream>) {
        writer.write(answerHeader)
        for answer in results.answers {
            for evidence in answer.evidence {
                writer.write([
                    answer.name, answer.kind, answer.role ?? "", scoreText(answer.score), String(evidence.articleID),
                    evidence.title, evidence.headline ?? "", evidence.sentence,
                ])
            }
        }
    }

    /// Scores as JSON writes them (they are rounded to 4 decimals by the search).
    public static func scoreText(_ score: Double) -> String { String(score) }

    // MARK: Text

    /// Answers first (for a question), then how many passages there are in all, then the page of them
    /// grouped under their article (in the order of each article's best passage), then any note on what a
    /// date filter left out.
    public static func writeText(_ results: SearchResults, offset: Int, to stream: inout some TextOutputStream, highlight: Bool) {
        let bold = highlight ? "\u{1B}[1m" : ""
        let plain = highlight ? "\u{1B}[0m" : ""
        if let type = results.answerType {
            if results.answers.isEmpty {
                stream.write("No answer: \(results.noAnswerReason ?? "no \(type) answers this question.")\n\n")
            } else {
                stream.write("\(bold)Answers (\(type)):\(plain)\n")
                for (index, answer) in results.answers.prefix(10).enumerated() {
                    let role = answer.role.map { ", \($0)" } ?? ""
                    stream.write("\(index + 1). \(bold)\(answer.name)\(plain)\(role) — \(Wording.counted(answer.evidence.count, "passage"))\n")
                    for evidence in answer.evidence.prefix(2) {
                        stream.write("     “\(evidence.sentence)”\n     — \(evidence.title) [#\(evidence.articleID)]\n")
                    }
                }
                stream.write("\n")
            }
        }
        defer { if let note = undatedNote(results) { stream.write("\(note)\n") } }
        for term in results.unknownTerms { stream.write(unknownLine(term) + "\n") }
        if results.total == 0 {
            stream.write("No passages match.\n")
            return
        }
        stream.write(totalsLine(results, offset: offset) + "\n")
        if results.isRelaxed { stream.write("(Few passages hold every term; passages holding some of them follow.)\n") }
        for hits in groupedByArticle(results.hits) {
            let first = hits[0]
            let source = first.source.map { ", \($0)" } ?? ""
            let date = first.published.map { ", \($0)" } ?? ""
            let tags = first.tags.isEmpty ? "" : " [\(first.tags.joined(separator: ", "))]"
            let copies = first.alsoIn.isEmpty ? "" : " (also in \(first.alsoIn.map { "#\($0)" }.joined(separator: ", ")))"
            stream.write("\n#\(first.articleID) \(bold)\(first.title)\(plain)\(source)\(date)\(tags)\(copies)\n")
            var headline: String?
            for hit in hits {
                if let shown = hit.headline, shown != headline { stream.write("   › \(shown)\n") }
                headline = hit.headline
                let sentence = highlight ? highlighted(hit.sentence, hit.matchedRanges, bold, plain) : hit.snippet
                stream.write("   \(sentence)\n")
                if !hit.actors.isEmpty { stream.write("     actors: \(hit.actors.joined(separator: ", "))\n") }
            }
        }
    }

    /// `20 of 175 passages in 27 articles:`, `passages 21–40 of 175 in 27 articles:`, `3 passages in 1
    /// article:`, with "about" before estimated totals.
    public static func totalsLine(_ results: SearchResults, offset: Int) -> String {
        let about = results.totalIsEstimate ? "about " : ""
        let articles = "\(about)\(Wording.counted(results.totalArticles, "article"))"
        let shown = results.hits.count
        if offset == 0, shown == results.total, !results.totalIsEstimate {
            return "\(Wording.counted(shown, "passage")) in \(articles):"
        }
        if offset == 0 {
            return "\(Wording.grouped(shown)) of \(about)\(Wording.counted(results.total, "passage")) in \(articles):"
        }
        let range = shown == 0 ? "no passages" : "passages \(Wording.grouped(offset + 1))–\(Wording.grouped(offset + shown))"
        return "\(range) of \(about)\(Wording.grouped(results.total)) in \(articles):"
    }

    /// The hits of each article together, articles in the order of their first hit.
    public static func groupedByArticle(_ hits: [SearchHit]) -> [[SearchHit]] {
        var order: [Int] = []
        var groups: [Int: [SearchHit]] = [:]
        for hit in hits {
            if groups[hit.articleID] == nil { order.append(hit.articleID) }
            groups[hit.articleID, default: []].append(hit)
        }
        return order.compactMap { groups[$0] }
    }

    /// `No article has the word 'Yukso'; did you mean 'Yukos'?`, `No actor is named 'Vladmir Putin'; …`.
    public static func unknownLine(_ term: UnknownTerm) -> String {
        let line = term.kind == .word ? "No article has the word '\(term.given)'" : "No actor is named '\(term.given)'"
        return line + (term.didYouMean.map { "; did you mean '\($0)'?" } ?? ".")
    }

    /// Says how many undated articles a date filter left out; nil when it left out none.
    public static func undatedNote(_ results: SearchResults) -> String? {
        guard let count = results.undatedArticlesLeftOut, count > 0 else { return nil }
        let articles = count == 1 ? "1 undated article holding these words was" : "\(count) undated articles holding these words were"
        return "(\(articles) left out: a date filter keeps only articles whose date is known.)"
    }

    private static func highlighted(_ text: String, _ ranges: [Range<Int>], _ on: String, _ off: String) -> String {
        var result = ""
        var offset = 0
        var boundaries: [Int: String] = [:]
        for range in ranges {
            boundaries[range.lowerBound, default: ""] += on
            boundaries[range.upperBound] = off + (boundaries[range.upperBound] ?? "")
        }
        for scalar in text.unicodeScalars {
            if let mark = boundaries[offset] { result += mark }
            result.unicodeScalars.append(scalar)
            offset += 1
        }
        if let mark = boundaries[offset] { result += mark }
        return result
    }
}
