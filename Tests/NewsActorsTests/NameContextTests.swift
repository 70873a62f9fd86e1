import NewsActors
import Testing

/// What the words around a name say it is not: a place's short name before a surname, a surname
/// after "band", a person after "The", another body's abbreviation.
@Suite struct NameContextTests {
    @Test func aPlacesShortNameBeforeANameIsNoPlace() throws {
        let actors = try TestArticles.actors(
            in: "Glazer bid\n\nManchester United defender Rio Ferdinand said he was unsure of the bid.\n")
        #expect(actors.named("Rio Ferdinand")?.kind == .person)
        #expect(actors.named("Rio de Janeiro") == nil)
    }

    @Test func aBandIsNoSurnameOfThePersonItIsNamedAfter() throws {
        let actors = try TestArticles.actors(
            in: """
                Brit hopes

                Indie band Kasabian built up a cult following. The name was inspired by Linda Kasabian, a driver. \
                Kasabian moved to a farmhouse to record their album.
                """)
        #expect(actors.named("Kasabian")?.kind == .organization)
        #expect(actors.named("Kasabian")?.mentions.count == 2)
        #expect(actors.named("Linda Kasabian")?.mentions.map(\.surface) == ["Linda Kasabian"])
    }

    @Test func aTitleAfterTheIsNoPerson() throws {
        let actors = try TestArticles.actors(
            in: "Festival\n\nIt showed successes such as Reservoir Dogs, The Blair Witch Project and The Full Monty.\n")
        #expect(actors.names(.person).isEmpty, "\(actors.map(\.name))")
    }

    @Test func aPersonsNameModifyingANounAfterTheIsAPerson() throws {
        let actors = try TestArticles.actors(
            in: "Trial\n\nJudges ruled on the Marc Dutroux case on Monday. Marc Dutroux said nothing.\n")
        #expect(actors.named("Marc Dutroux")?.kind == .person)
    }

    @Test func aWordOfTwoOrganisationsNamesTheOneTheArticleNamesMore() throws {
        let actors = try TestArticles.actors(
            in: """
                Bid

                Shares in Manchester United rose. Manchester United said it had a proposal, and the supporters' \
                group Shareholders United opposed it. Manchester United will meet. A proposal was received by \
                David Gill, United's chief executive.
                """)
        #expect(actors.named("United") == nil, "\(actors.map(\.name))")
        #expect(actors.named("Manchester United")?.mentions.map(\.surface).contains("United") == true)
    }

    @Test func anAbbreviationOpeningALongerNameIsAnotherBodys() throws {
        let actors = try TestArticles.actors(
            in: """
                Doping

                The two task forces will report to the IAAF Council in April. An IAAF spokesman said the IAAF \
                would act.
                """)
        #expect(actors.named("IAAF Council")?.mentions.map(\.surface) == ["IAAF Council"])
    }
}
