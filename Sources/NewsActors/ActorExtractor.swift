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
///   tells apart people sharing a surname; an ambiguous surname stays unresolved), and a role
///   reference ("the US president") is the one person holding that role.
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
        let body = Array(article.body.unicodeScalars)
        let units = TextUnit.units(of: article, body: body)
        var candidates: [Candidate] = []
        for (index, unit) in units.enumerated() {
            let scanner = UnitScanner(
                gazetteer: gazetteer, tokens: unit.tokens, unit: index, isHeadline: unit.isHeadline, body: body)
            candidates += scanner.candidates()
        }
        return ActorResolver(gazetteer: gazetteer, candidates: candidates, units: units, body: body).actors()
    }
}
