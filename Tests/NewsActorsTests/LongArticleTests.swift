import Foundation
import NewsActors
import NewsIngest
import Testing

/// An article's actors are found in time about proportional to its length, however many people it
/// names: a long article must not hold up an ingest for minutes (issue 17).
@Suite struct LongArticleTests {
    /// An article naming `people` people, each with a role and a surname of their own, then by
    /// surname alone and by a role reference.
    static func article(people: Int) -> String {
        var paragraphs = ["Talks go on", ""]
        for index in 0..<people {
            let name = surname(index)
            paragraphs.append(
                "Foreign minister Anna \(name) said the talks would go on. \(name) told reporters that the minister was confident.")
            paragraphs.append("")
        }
        return paragraphs.joined(separator: "\n")
    }

    /// A made-up surname of its own for each number ("Babababaski").
    static func surname(_ number: Int) -> String {
        let consonants = Array("bdfgklmnprstvz")
        let vowels = Array("aeiou")
        var name = ""
        var rest = number
        for _ in 0..<4 {
            name.append(consonants[rest % consonants.count])
            name.append(vowels[(rest / consonants.count) % vowels.count])
            rest /= consonants.count * vowels.count
        }
        return name.prefix(1).uppercased() + name.dropFirst() + "ski"
    }

    /// The least processor time, in seconds, of three runs of the extractor over `article`: time on
    /// this thread, which other tests running meanwhile do not lengthen.
    static func secondsToExtract(_ article: ParsedArticle) -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let start = threadTime()
            _ = ActorExtractor().extractAll(from: article)
            best = min(best, threadTime() - start)
        }
        return best
    }

    static func threadTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    @Test func everyPersonOfALongArticleIsFoundWithTheirRole() throws {
        let actors = try TestArticles.actors(in: Self.article(people: 300))
        let people = actors.filter { $0.kind == .person }
        #expect(people.count == 300)
        let first = try #require(actors.named("Anna " + Self.surname(0)))
        #expect(first.role == "Foreign Minister")
        // The full name, then the surname alone.
        #expect(first.mentions.map(\.surface) == ["Anna " + Self.surname(0), Self.surname(0)])
    }

    @Test func fourTimesAsManyPeopleTakeAboutFourTimesAsLong() throws {
        // Quadratic resolution (each surname and each role reference compared with every person)
        // took 12 to 16 times as long for four times the people.
        let small = Self.secondsToExtract(try TestArticles.parse(Self.article(people: 400)))
        let large = Self.secondsToExtract(try TestArticles.parse(Self.article(people: 1_600)))
        #expect(large < 6 * small, "400 people: \(small) s, 1,600 people: \(large) s")
    }
}

