import Foundation
import NewsArchive
import NewsQuery

/// How search results look in each output format.
enum SearchRendering {
    // MARK: JSON

    /// Writes `value` (search results, or any other export) as pretty, key-sorted JSON.
    static func writeJSON(_ value: some Encodable, to stream: inout FileOutputStream) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        stream.write(String(decoding: data, as: UTF8.self) + "\n")
    }

    // MARK: CSV

    static let hitHeader = [
        "article_id", "title", "source", "url", "published", "headline", "section_position", "sentence", "snippet", "score",
        "actors",
    ]

    static let answerHeader = ["name", "kind", "role", "score", "article_id", "title", "headline", "sentence"]

    /// One row per passage.
    static func writeHitRows(_ results: SearchResults, to writer: inout CSVWriter<FileOutputStream>) {
        writer.write(hitHeader)
        for hit in results.hits {
            writer.write([
                String(hit.articleID), hit.title, hit.source ?? "", hit.url ?? "", hit.published ?? "", hit.headline ?? "",
                String(hit.sectionPosition), hit.sentence, hit.snippet, scoreText(hit.score), hit.actors.joined(separator: "; "),
            ])
        }
    }

    /// One row per answer and evidence sentence.
    static func writeAnswerRows(_ results: SearchResults, to writer: inout CSVWriter<FileOutputStream>) {
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
    static func scoreText(_ score: Double) -> String { String(score) }

    // MARK: Text

    static func writeText(_ results: SearchResults, to stream: inout FileOutputStream, highlight: Bool) {
        let bold = highlight ? "\u{1B}[1m" : ""
        let plain = highlight ? "\u{1B}[0m" : ""
        if let type = results.answerType {
            if results.answers.isEmpty {
                stream.write("No answer: \(results.noAnswerReason ?? "no \(type) answers this question.")\n\n")
            } else {
                stream.write("\(bold)Answers (\(type)):\(plain)\n")
                for (index, answer) in results.answers.prefix(10).enumerated() {
                    let role = answer.role.map { ", \($0)" } ?? ""
                    stream.write("\(index + 1). \(bold)\(answer.name)\(plain)\(role) — \(answer.evidence.count) passage\(answer.evidence.count == 1 ? "" : "s")\n")
                    for evidence in answer.evidence.prefix(2) {
                        stream.write("     “\(evidence.sentence)”\n     — \(evidence.title) [#\(evidence.articleID)]\n")
                    }
                }
                stream.write("\n")
            }
        }
        defer { if let note = undatedNote(results) { stream.write("\(note)\n") } }
        if results.hits.isEmpty {
            stream.write("No passages match.\n")
            return
        }
        if results.isRelaxed { stream.write("(Few passages hold every term; passages holding some of them follow.)\n") }
        for hit in results.hits {
            let headline = hit.headline.map { " › \($0)" } ?? ""
            let date = hit.published.map { ", \($0)" } ?? ""
            let source = hit.source.map { ", \($0)" } ?? ""
            stream.write("#\(hit.articleID) \(hit.title)\(headline)\(source)\(date)\n")
            let sentence = highlight ? highlighted(hit.sentence, hit.matchedRanges, bold, plain) : hit.snippet
            stream.write("   \(sentence)\n")
            if !hit.actors.isEmpty { stream.write("   actors: \(hit.actors.joined(separator: ", "))\n") }
        }
    }

    /// Says how many undated articles a date filter left out; nil when it left out none.
    static func undatedNote(_ results: SearchResults) -> String? {
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
