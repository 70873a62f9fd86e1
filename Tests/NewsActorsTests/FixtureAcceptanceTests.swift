import NewsActors
import NewsIngest
import Testing

/// Issue 3's acceptance test on Tests/Fixtures/security-guarantees-ukraine.txt.
@Suite struct FixtureAcceptanceTests {
    let article: ParsedArticle
    let actors: [ExtractedActor]

    init() throws {
        article = try TestArticles.fixture("security-guarantees-ukraine.txt")
        actors = ActorExtractor().extract(from: article)
    }

    @Test func findsExactlyThePeopleInTheArticle() {
        #expect(
            actors.names(.person) == [
                "Donald Trump", "Marco Rubio", "Jonathan Powell", "Bjoern Seibert", "Geoffrey van Leeuwen", "JD Vance",
                "Emmanuel Macron", "Keir Starmer", "Friedrich Merz",
            ])
    }

    @Test func everyPersonHasARole() {
        for person in actors.filter({ $0.kind == .person }) {
            #expect(person.role != nil, "\(person.name) has no role")
        }
    }

    @Test(arguments: [
        ("Donald Trump", "President", "United States"),
        ("Emmanuel Macron", "President", "France"),
        ("Keir Starmer", "Prime Minister", "United Kingdom"),
        ("Friedrich Merz", "Chancellor", "Germany"),
        ("JD Vance", "Vice President", "United States"),
        ("Jonathan Powell", "National Security Adviser", "United Kingdom"),
    ])
    func normalisesRolesAndCountries(name: String, role: String, country: String) throws {
        let person = try #require(actors.named(name))
        #expect(person.role == role)
        #expect(person.country == country)
    }

    @Test func surnameAndRoleReferenceAreTrump() throws {
        let trump = try #require(actors.named("Donald Trump"))
        let surfaces = trump.mentions.map(\.surface)
        #expect(surfaces.contains("Trump"))
        #expect(surfaces.contains("The US president"))
        #expect(trump.mentions.first { $0.surface == "The US president" }?.isRoleReference == true)
        #expect(trump.mentions.first?.roleAsWritten == "US President")
    }

    @Test func findsThePlacesAndOrganisations() {
        #expect(
            actors.names(.place).isSuperset(of: [
                "Ukraine", "Russia", "Finland", "France", "Germany", "Italy", "United Kingdom", "United States",
                "Washington",
            ]))
        #expect(actors.names(.organization).isSuperset(of: ["Reuters", "Pentagon", "Nato", "European Commission"]))
    }

    @Test func findsNoJunkAndNothingFromTheTrailer() {
        let expectedPlaces: Set = [
            "Ukraine", "Russia", "Finland", "France", "Germany", "Italy", "United Kingdom", "United States",
            "Washington",
            "Europe", "Moscow", "Kyiv", "Atlantic",
        ]
        #expect(actors.names(.place).isSubset(of: expectedPlaces))
        #expect(actors.names(.organization).isSubset(of: ["Reuters", "Pentagon", "Nato", "European Commission"]))
        let allNames = actors.map(\.name)
        for junk in ["Lion", "Allies", "While", "Options", "Modi", "Lalu Yadav", "PM Modi", "La Liga"] {
            #expect(!allNames.contains(junk), "junk actor \(junk)")
        }
    }

    @Test func mentionRangesPointAtTheirSurfaceInTheBody() {
        let body = Array(article.body.unicodeScalars)
        let sentencePositions = Set(article.sentences.map(\.position))
        for mention in actors.flatMap(\.mentions) {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: body[mention.range.start..<mention.range.end])
            #expect(String(text) == mention.surface)
            #expect(mention.sentencePosition == -1 || sentencePositions.contains(mention.sentencePosition))
        }
    }

    @Test func headlineMentionsHaveNoSentence() throws {
        let trump = try #require(actors.named("Donald Trump"))
        let headline = try #require(article.sections.first { $0.headline == "Trump pushes for quick end" })
        let range = try #require(headline.headlineRange)
        let mention = try #require(
            trump.mentions.first { $0.sectionPosition == headline.position && $0.surface == "Trump" })
        #expect(mention.sentencePosition == -1)
        #expect(mention.range == TextRange(start: range.start, end: range.start + 5))
    }
}
