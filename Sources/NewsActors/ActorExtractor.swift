import NewsIngest

/// Finds the people, organisations and places an article mentions, offline, from word lists
/// compiled into the module (see `Gazetteer/`) and the shape of the text.
///
/// ```swift
/// let article = try ArticleParser().parse(text, fileName: "story.txt")
/// for actor in ActorExtractor().extract(from: article) {
///     print(actor.name, actor.kind, actor.role ?? "-", actor.mentions.count)
/// }
/// ```
///
/// Rules, in short:
/// - Names come from the gazetteer (countries with short forms, places, organisations) or from runs
///   of capitalised words with particles ("van", "von der", "al-", "bin"); a run is kept only with
///   evidence of what it names: a title ("Mr", "Sir"), a role before it ("French President") or in
///   an apposition (", the UK national security adviser,"), a known given name, an organisation
///   word ("Group", "Commission"), a cue such as "firm X", "X said it", "economist at X", "in X",
///   or "X said" for a name of two or three words. A lone capitalised word is never an actor by its
///   shape alone, so sentence-initial words, title-case headlines and quoted phrases ("Lion’s
///   Share") yield nothing unless they name an actor the article establishes.
/// - Roles are kept as written per mention and normalised per actor: qualifiers (country,
///   demonym, organisation) are taken out ("French President" → "President", country France).
/// - Within the article, a surname or partial name is the one person bearing it (titles' gender
///   tells apart people sharing a surname; an ambiguous surname stays unresolved; "band Kasabian"
///   is no surname), a word of an organisation's name the one it begins or ends (of several, the
///   one named twice as often), an abbreviation the name the article spells out ("London Stock
///   Exchange (LSE)") before the gazetteer's, and a role reference ("the US president") the one
///   person holding that role.
/// - A name after "the", "a" or "an" is no person ("The Blair Witch Project"), unless it opens with
///   a given name and modifies a noun ("the Marc Dutroux case"); a place's short name before a name
///   word is no place ("Rio Ferdinand").
/// - Names the article cannot type are returned unresolved (`extractAll(from:)`), for an archive
///   that knows them from other articles.
/// - A demonym ("French") is not a mention of the place: it gives a role its country. A country
///   name used as a qualifier ("US President") is a mention of the place.
/// - Only `sections` are read, so text that cleaning removed never yields an actor.
///
/// Extraction is linear in the article's length; the word lists load once per process.
public struct ActorExtractor: Sendable {
    private let gazetteer: Gazetteer

    public init() {
        gazetteer = .shared
    }

    /// The actors `article` mentions, in order of first mention.
    public func extract(from article: ParsedArticle) -> [ExtractedActor] {
        extractAll(from: article).actors
    }

    /// The actors `article` mentions, and the names it leaves unresolved (see `ArticleActors`).
    public func extractAll(from article: ParsedArticle) -> ArticleActors {
        let body = Self.scalars(of: article.body)
        let units = TextUnit.units(of: article, bodyCount: body.count)
        var candidates: [Candidate] = []
        // One token array serves every unit in turn: emptied, it keeps its memory, so that the units
        // allocate, grow and free no arrays of their own.
        var tokens: [Token] = []
        for (index, unit) in units.enumerated() {
            tokens.removeAll(keepingCapacity: true)
            Tokenizer.appendTokens(in: body[unit.range], to: &tokens)
            gazetteer.annotate(&tokens, body: body)
            let scanner = UnitScanner(
                gazetteer: gazetteer, tokens: tokens, unit: index, isHeadline: unit.isHeadline, body: body)
            scanner.appendCandidates(to: &candidates)
        }
        return ActorResolver(gazetteer: gazetteer, candidates: candidates, units: units, body: body).actors()
    }

    /// The Unicode scalars of `text`: `Array(text.unicodeScalars)`, several times faster. The
    /// array is sized once from the UTF-8 length (an upper bound), and the UTF-8, which a `String`
    /// guarantees valid, is decoded by hand with a fast path for ASCII.
    private static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { utf8 in
            [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { buffer, count in
                var index = 0
                count = 0
                while index < utf8.count {
                    // A run of ASCII, the bulk of most articles: found eight bytes at a time, then
                    // widened in a loop simple enough for the compiler to vectorise.
                    var runEnd = index
                    while runEnd + 8 <= utf8.count,
                        UnsafeRawPointer(utf8.baseAddress! + runEnd).loadUnaligned(as: UInt64.self)
                            & 0x8080_8080_8080_8080 == 0
                    {
                        runEnd += 8
                    }
                    while runEnd < utf8.count, utf8[runEnd] < 0x80 { runEnd += 1 }
                    let source = utf8.baseAddress! + index
                    let target = buffer.baseAddress! + count
                    for offset in 0..<(runEnd - index) { target[offset] = Unicode.Scalar(source[offset]) }
                    count += runEnd - index
                    index = runEnd
                    guard index < utf8.count else { break }
                    let lead = UInt32(utf8[index])
                    var value: UInt32
                    var length: Int
                    switch lead {
                    case 0..<0x80: (value, length) = (lead, 1)
                    case 0xC0..<0xE0: (value, length) = (lead & 0x1F, 2)
                    case 0xE0..<0xF0: (value, length) = (lead & 0x0F, 3)
                    default: (value, length) = (lead & 0x07, 4)
                    }
                    for continuation in 1..<length {
                        value = value << 6 | UInt32(utf8[index + continuation] & 0x3F)
                    }
                    buffer[count] = Unicode.Scalar(value)!
                    count += 1
                    index += length
                }
            }
        }
    }
}
