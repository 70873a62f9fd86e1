import NewsActors
import Testing

/// Clubs, firms, newspapers and bodies found by the shape of their names and the words around them
/// (issue 14, items 1-2), not by a list. Sentences written for these tests.
@Suite struct OrganizationContextTests {
    @Test(arguments: [
        // Only a team takes "who" after a place's name.
        ("Surrey, who thrashed their visitors by an innings, stay second in the table.", "Surrey"),
        // A word of standing in a competition before it.
        ("The day ended with a narrow win for champions Leicester in the west.", "Leicester"),
        // A match noun and "over" before it.
        ("The home side sealed a 30-12 victory over Gloucester on Sunday.", "Gloucester"),
        // A club word after its possessive and a nationality.
        ("Derbyshire's Australian captain is conceding nothing in the title race.", "Derbyshire"),
    ])
    func aPlaceThatPlaysIsAClub(text: String, name: String) throws {
        let actors = try TestArticles.actors(in: text)
        #expect(actors.first { $0.name == name || $0.mentions.contains { $0.surface == name } }?.kind == .organization,
            "\(actors.described)")
        #expect(actors.names(.place).isDisjoint(with: [name]), "\(actors.described)")
    }

    @Test func aPlaceIsTheClubNamedAfterItExceptWhereItIsAPlace() throws {
        let actors = try TestArticles.actors(
            in: """
                The Denver Broncos beat the Oakland Raiders 21-14 on Sunday.

                Marcus Hale scored twice for Denver in the second half.

                In Denver, fans celebrated long into the night.
                """)
        let club = try #require(actors.named("Denver Broncos"), "\(actors.described)")
        #expect(club.kind == .organization)
        #expect(club.mentions.map(\.surface) == ["Denver Broncos", "Denver"])
        #expect(actors.named("Denver")?.kind == .place, "\(actors.described)")
        #expect(actors.named("Denver")?.mentions.count == 1)
    }

    @Test func aCompanysLegalEndingClosesItsName() throws {
        let actors = try TestArticles.actors(in: "Shares in Harlow Motor Corp of South Korea fell on Monday.")
        #expect(actors.named("Harlow Motor Corp")?.kind == .organization, "\(actors.described)")
        #expect(actors.named("South Korea")?.kind == .place, "\(actors.described)")
    }

    @Test func aCompanyNamedWithoutItsLegalEndingIsTheSameCompany() throws {
        let actors = try TestArticles.actors(
            in: """
                Brenner Controls Inc won the contract on Tuesday, analysts said.

                Magna, Brenner Controls and Lear have all bid for such work before.
                """)
        let company = try #require(actors.named("Brenner Controls Inc"), "\(actors.described)")
        #expect(company.kind == .organization)
        #expect(company.mentions.count == 2)
        #expect(actors.names(.person).isEmpty, "\(actors.described)")
    }

    @Test(arguments: [
        ("Shares in Porter's Holdings Inc rose sharply on Friday.", "Porter's Holdings Inc"),
        ("A spokesman for the Toronto Grain Traders' Association said prices would rise.",
         "Toronto Grain Traders' Association"),
    ])
    func aPossessiveInsideAnOrganisationsNameStaysInIt(text: String, name: String) throws {
        let actors = try TestArticles.actors(in: text)
        #expect(actors.named(name)?.kind == .organization, "\(actors.described)")
    }

    @Test func aNameBeforeANewspaperNounIsANewspaper() throws {
        let actors = try TestArticles.actors(in: "But Dnevni Glas newspaper said the talks had failed.")
        #expect(actors.named("Dnevni Glas")?.kind == .organization, "\(actors.described)")
        #expect(actors.names(.person).isEmpty, "\(actors.described)")
    }

    @Test func anAbbreviationInBracketsAfterANameIsAnOrganisation() throws {
        let actors = try TestArticles.actors(
            in: "The Lake Region Monitors (LRM) said on Friday that the water was safe.")
        #expect(actors.names(.organization).contains("LRM") || actors.contains {
            $0.kind == .organization && $0.mentions.contains { $0.surface == "LRM" }
        }, "\(actors.described)")
    }

    @Test func aPlaceClosesABodysNameGrownThroughOfOrFor() throws {
        let actors = try TestArticles.actors(
            in: "The Council for Trade and Cooperation in Asia met on Monday, and the Bank of England in London said nothing.")
        #expect(actors.named("Council for Trade and Cooperation in Asia")?.kind == .organization, "\(actors.described)")
        #expect(actors.named("Bank of England")?.kind == .organization, "\(actors.described)")
        #expect(actors.named("London")?.kind == .place, "\(actors.described)")
    }

    @Test func aRegionBeforeAnotherCountrysPartyNamesAPartyOfItsOwn() throws {
        let actors = try TestArticles.actors(in: "A spokesman for the Kurdistan Democratic Party said the talks would go on.")
        #expect(actors.named("Kurdistan Democratic Party")?.kind == .organization, "\(actors.described)")
        #expect(actors.named("Democratic Party") == nil, "\(actors.described)")
    }
}
