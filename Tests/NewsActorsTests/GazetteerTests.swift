import NewsActors
import Testing

/// Countries, short forms, demonyms and organisations come from the gazetteer files.
@Suite struct GazetteerTests {
    @Test(arguments: [
        ("Troops from the UK arrived.", "United Kingdom"),
        ("Britain said no.", "United Kingdom"),
        ("Officials in the US agreed.", "United States"),
        ("The U.S. economy grew.", "United States"),
        ("Talks with the Russian Federation stalled.", "Russia"),
        ("South Korea and Côte d'Ivoire signed.", "South Korea"),
        ("Ivory Coast and Côte d'Ivoire are one country.", "Ivory Coast"),
    ])
    func countryNamesResolveToOneCanonicalName(text: String, country: String) throws {
        let place = try #require(try TestArticles.actors(in: text).named(country))
        #expect(place.kind == .place)
    }

    @Test func shortAndLongFormsAreOneActor() throws {
        let actors = try TestArticles.actors(in: "Britain and the UK are the same. So are Nato and NATO.")
        #expect(actors.named("United Kingdom")?.mentions.map(\.surface) == ["Britain", "UK"])
        #expect(actors.named("Nato")?.mentions.count == 2)
    }

    @Test(arguments: [
        ("French President Emmanuel Macron spoke.", "France"),
        ("British Prime Minister Keir Starmer spoke.", "United Kingdom"),
        ("US Vice President JD Vance spoke.", "United States"),
        ("German Chancellor Friedrich Merz spoke.", "Germany"),
    ])
    func demonymsGiveTheRoleItsCountryButAreNoPlaceMention(text: String, country: String) throws {
        let actors = try TestArticles.actors(in: text)
        #expect(actors.first { $0.kind == .person }?.country == country)
        if country != "United States" {
            #expect(actors.named(country) == nil, "a demonym is not a mention of \(country)")
        }
    }

    @Test(arguments: [
        ("A Pentagon statement followed.", "Pentagon"),
        ("The Kremlin denied it.", "Kremlin"),
        ("The European Commission and the EU agreed.", "European Commission"),
        ("Reuters reported the deal.", "Reuters"),
        ("The Bank of England held rates.", "Bank of England"),
        ("The Tories attacked the plan.", "Conservative Party"),
    ])
    func knownOrganisations(text: String, name: String) throws {
        #expect(try TestArticles.actors(in: text).named(name)?.kind == .organization)
    }

    @Test func capitalsOnlyNamesNeedCapitals() throws {
        let actors = try TestArticles.actors(in: "Who knows what the WHO will say to us?")
        #expect(actors.named("World Health Organization")?.mentions.map(\.surface) == ["WHO"])
        #expect(actors.named("United States") == nil)
    }

    @Test func aListedPlaceSaysHowLargeItIs() {
        #expect(ActorNames.listedPlaceScale("South Korea") == "country")
        #expect(ActorNames.listedPlaceScale("Chennai") == "city")
        #expect(ActorNames.listedPlaceScale("Europe") == "area")
        #expect(ActorNames.listedPlaceScale("Gordon Strachan") == nil)
    }
}
