import Foundation
import NewsTestSupport
import Testing

@testable import NewsArchive

/// One actor per entity across an archive of BBC articles (issue 14): the articles of the corpus that
/// name the examples a new user met, ingested, then re-extracted, so that what later articles
/// establish informs earlier ones. Skips when ../shared/corpus/bbc is absent (a fresh clone).
@Suite(
    .serialized,
    .enabled(if: Fixtures.hasBBCCorpus, "needs ../shared/corpus/bbc beside the checkout (absent on a fresh clone)"))
struct BBCActorTests {
    /// An archive, and the text of each of its articles by id.
    struct Archive {
        var store: ArchiveStore
        var texts: [Int: (folder: String, text: String)]
        var seedID: Int
    }

    /// Words whose articles go in: every article of the corpus that names an example (a few hundred
    /// of the 2,225, so that ingest takes seconds), and the seed article.
    static let words = [
        "Arsenal", "Chelsea", "Manchester United", "LSE", "Rio", "Kasabian", "Blair Witch", "Deutsche Boerse", "Bush",
        "IAAF", "Kenteris", "Ernst", "Rooney", "Open",
    ]

    nonisolated(unsafe) static let archive: Result<Archive, any Error> = Result {
        let folder = try TemporaryFolder()
        keep.append(folder)
        let store = try ArchiveStore(path: folder.path("bbc.sqlite"))
        let (files, _, _) = IngestInput.expand([Fixtures.bbcCorpus])
        var texts: [String: (folder: String, text: String)] = [:]
        var inputs: [IngestInput] = [.file(path: Fixtures.ukraineArticle)]
        for case .file(let path) in files {
            let text = try String(contentsOfFile: path, encoding: .isoLatin1)
            guard words.contains(where: text.contains) else { continue }
            texts[path] = (URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent, text)
            inputs.append(.file(path: path))
        }
        var byID: [Int: (folder: String, text: String)] = [:]
        var seedID = 0
        try store.ingest(inputs, progress: { result in
            if let id = result.articleID, let text = texts[result.path] { byID[id] = text }
            if result.path == Fixtures.ukraineArticle { seedID = result.articleID ?? 0 }
        })
        _ = try store.reextract()
        return Archive(store: store, texts: byID, seedID: seedID)
    }
    nonisolated(unsafe) private static var keep: [TemporaryFolder] = []

    private var archive: Archive { get throws { try Self.archive.get() } }

    /// The ids of the articles whose text matches `pattern` (a regular expression).
    private func articles(naming pattern: String, in folder: String? = nil) throws -> Set<Int> {
        let expression = try NSRegularExpression(pattern: pattern)
        return Set(
            try archive.texts.filter { _, article in
                (folder == nil || article.folder == folder)
                    && expression.firstMatch(in: article.text, range: NSRange(article.text.startIndex..., in: article.text)) != nil
            }.keys)
    }

    /// The actors of `kind` named `name`, most mentioned first.
    private func actors(_ name: String, _ kind: String? = nil) throws -> [ActorSummary] {
        try archive.store.actors(kind: kind).filter { $0.name == name }
    }

    /// The articles holding a mention of `name` (of `kind`) written `surface` (any surface if nil).
    private func articles(mentioning name: String, _ kind: String, as surface: String? = nil) throws -> Set<Int> {
        guard let actor = try actors(name, kind).first else { return [] }
        return Set(
            try archive.store.mentions(ofActor: actor.id).filter { surface == nil || $0.asWritten == surface }.map(\.articleID))
    }

    @Test(arguments: [("Arsenal", "\\bArsenal\\b"), ("Manchester United", "\\bManchester United\\b"), ("Chelsea", "(?<!Kensington and )\\bChelsea\\b")])
    func aClubIsOneOrganisationFoundInTheArticlesThatNameIt(club: String, pattern: String) throws {
        let naming = try articles(naming: pattern)
        let found = try articles(mentioning: club, "organization")
        #expect(naming.count >= 40)
        let missed = naming.subtracting(found)
        #expect(missed.count * 10 <= naming.count, "\(club) is no actor in articles \(missed.sorted()) of \(naming.count)")
        for kind in ["person", "place"] {
            #expect(try actors(club, kind).isEmpty, "\(club) is also a \(kind)")
        }
    }

    @Test func lseInBusinessNewsIsTheLondonStockExchange() throws {
        let business = try articles(naming: "\\bLSE\\b", in: "business")
        #expect(business.count >= 8)
        #expect(try articles(mentioning: "London Stock Exchange", "organization", as: "LSE").isSuperset(of: business))
        #expect(try articles(mentioning: "London School of Economics", "organization", as: "LSE").isDisjoint(with: business))
    }

    @Test func bushGeorgeWBushAndGeorgeBushAreOneActor() throws {
        #expect(try actors("Bush", "person").isEmpty)
        #expect(try actors("George Bush", "person").isEmpty)
        let bush = try #require(try actors("George W Bush", "person").first)
        #expect(bush.aliases.contains("Bush") && bush.aliases.contains("George Bush"))
        let naming = try articles(naming: "\\b(President|Mr|George W|George) Bush\\b")
        #expect(try articles(mentioning: "George W Bush", "person").isSuperset(of: naming))
    }

    @Test func iaafIsOneActor() throws {
        #expect(try actors("IAAF").isEmpty)
        // Not "IAAF World Cross Country Championships": there it is part of an event's name.
        let naming = try articles(naming: "\\bIAAF\\b(?! [A-Z])")
        let found = try articles(mentioning: "International Association of Athletics Federations", "organization", as: "IAAF")
        #expect(found == naming, "IAAF is another actor in articles \(naming.subtracting(found).sorted())")
    }

    @Test func kenterisIsOnePersonInTheArticlesThatNameHim() throws {
        let naming = try articles(naming: "\\bKenteris\\b")
        let found = try articles(mentioning: "Kostas Kenteris", "person")
        #expect(naming.subtracting(found).count <= 2, "missed in \(naming.subtracting(found).sorted())")
        #expect(try actors("Kenteris").isEmpty)
    }

    /// Deutsche Boerse (an exchange, once made a person by "Deutsche Boerse said"), Kasabian (a band,
    /// named after Linda Kasabian): an organisation in every article naming it, never a person.
    @Test(arguments: [("Deutsche Boerse", "\\bDeutsche Boerse\\b", 8), ("Kasabian", "(?<!Linda )\\bKasabian\\b", 3)])
    func isAnOrganisationNotAPerson(name: String, pattern: String, articleCount: Int) throws {
        let naming = try articles(naming: pattern)
        #expect(naming.count >= articleCount)
        #expect(try articles(mentioning: name, "organization").isSuperset(of: naming))
        #expect(try actors(name, "person").isEmpty)
    }

    @Test func rioFerdinandIsAPersonNotRioDeJaneiro() throws {
        let naming = try articles(naming: "\\bRio Ferdinand\\b")
        #expect(!naming.isEmpty)
        #expect(try articles(mentioning: "Rio Ferdinand", "person").isSuperset(of: naming))
        #expect(try articles(mentioning: "Rio de Janeiro", "place").isDisjoint(with: naming))
    }

    @Test func worksAreNotPeople() throws {
        for work in ["Blair Witch Project", "The Blair Witch Project"] {
            #expect(try actors(work, "person").isEmpty)
        }
    }

    @Test(arguments: ["Jose Open", "Open", "United", "Ernst", "Wayne Rooneys"])
    func noFragments(name: String) throws {
        let found = try actors(name)
        #expect(found.isEmpty, "\(found.map(\.kind))")
    }

    @Test func theSeedsNinePeopleRolesAndPlacesAreUnchangedAmongTheBBCArticles() throws {
        let store = try archive.store
        let inSeed = try store.actors(inArticle: try archive.seedID)
        let people = inSeed.filter { $0.kind == "person" }
        #expect(
            Set(people.map(\.name)) == [
                "Donald Trump", "Marco Rubio", "Jonathan Powell", "Bjoern Seibert", "Geoffrey van Leeuwen", "JD Vance",
                "Emmanuel Macron", "Keir Starmer", "Friedrich Merz",
            ])
        #expect(people.allSatisfy { $0.role != nil }, "\(people.filter { $0.role == nil }.map(\.name))")
        for (name, role, country) in [
            ("Donald Trump", "President", "United States"), ("Emmanuel Macron", "President", "France"),
            ("Keir Starmer", "Prime Minister", "United Kingdom"), ("Friedrich Merz", "Chancellor", "Germany"),
            ("JD Vance", "Vice President", "United States"), ("Jonathan Powell", "National Security Adviser", "United Kingdom"),
        ] {
            let person = try #require(try actors(name, "person").first)
            #expect(person.roles == [role] && person.country == country, "\(person)")
        }
        #expect(
            Set(inSeed.filter { $0.kind == "place" }.map(\.name)).isSuperset(of: [
                "Ukraine", "Russia", "Finland", "France", "Germany", "Italy", "United Kingdom", "United States", "Washington",
            ]))
    }
}
