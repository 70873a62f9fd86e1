import NewsActors
import Testing

/// People, clubs and firms found by the words around a name, whether or not a list holds its words
/// (issue 14). Sentences written for these tests.
@Suite struct ContextEvidenceTests {
    private func describe(_ actors: [ExtractedActor]) -> String {
        actors.map { "\($0.name) (\($0.kind))" }.joined(separator: ", ")
    }

    @Test(arguments: [
        // A lower-case role of sport or the arts before a name no list holds.
        ("The only goal came from striker Tomasz Wrzesniewski in the second half.", "Tomasz Wrzesniewski"),
        ("The new play is by playwright Dagny Oyelaran, who lives in Leeds.", "Dagny Oyelaran"),
        // A role's plural before a list of names: both are people.
        ("The federation suspended sprinters Dimitra Kolovou and Petros Axarlis on Monday.", "Dimitra Kolovou"),
        ("The federation suspended sprinters Dimitra Kolovou and Petros Axarlis on Monday.", "Petros Axarlis"),
        // A demonym or a country's possessive before the name.
        ("The race was won by Kenyan Kiprotich Mutai in a new course record.", "Kiprotich Mutai"),
        ("She finished ahead of Canada's Oksana Brunelle by two seconds.", "Oksana Brunelle"),
        // An age in commas.
        ("The coach praised Kovalenko, 24, for his composure in the final.", "Kovalenko"),
        // A given name and a person's context outweigh a last word that often ends a firm's name.
        ("The documentary is narrated by actress Janet Press, who grew up in Hull.", "Janet Press"),
    ])
    func findsThePerson(text: String, name: String) throws {
        let actors = try TestArticles.actors(in: text)
        #expect(actors.named(name)?.kind == .person, "\(describe(actors))")
    }

    @Test func namesInAListWithAPersonArePeople() throws {
        let actors = try TestArticles.actors(
            in: "Guests at the opening included Oksana Vlierden, Thomas Hardwick and Priya Kelkarova.")
        #expect(actors.names(.person) == ["Oksana Vlierden", "Thomas Hardwick", "Priya Kelkarova"], "\(describe(actors))")
    }

    @Test func aTitleInAListIsNoPerson() throws {
        let actors = try TestArticles.actors(
            in: "The jury also praised the Lanterns of the Silent Valley and Michael Osgood for their work.")
        #expect(actors.names(.person) == ["Michael Osgood"], "\(describe(actors))")
    }

    @Test func aGivenNameAloneIsThePersonWhoBearsIt() throws {
        let actors = try TestArticles.actors(
            in: """
                Ingrid Kvalheim won the race in Oslo on Sunday.

                Afterwards I spoke to Ingrid about the course, and Ingrid said it had been hard.
                """)
        let person = try #require(actors.named("Ingrid Kvalheim"), "\(describe(actors))")
        #expect(person.mentions.count == 3)
        #expect(actors.names(.person) == ["Ingrid Kvalheim"])
    }

    @Test func aGivenNameRepeatedWithoutASurnameIsAPerson() throws {
        let actors = try TestArticles.actors(
            in: """
                It was not one of Ingrid's best races. I was speaking to Ingrid in the week before it.
                If Ingrid had dropped out, people would have talked.
                """)
        #expect(actors.named("Ingrid")?.kind == .person, "\(describe(actors))")
    }

    @Test func aRoleWordWrittenCapitalisedIsNoRole() throws {
        let actors = try TestArticles.actors(in: "In China, the Boxer Rising began in 1899.")
        #expect(actors.names(.person).isEmpty, "\(describe(actors))")
    }

    @Test func namesJoinedByAnAmpersandAreOneFirm() throws {
        let actors = try TestArticles.actors(in: "Auditors from Hollis & Marchetti signed off the accounts on Friday.")
        #expect(actors.named("Hollis & Marchetti")?.kind == .organization, "\(describe(actors))")
        #expect(actors.names(.person).isEmpty)
    }

    @Test(arguments: [
        ("Manchester United won 2-0 at home on Saturday.", "Manchester United"),
        ("The striker left Real Madrid in the summer.", "Real Madrid"),
        ("He threw for 300 yards as the Philadelphia Eagles won again.", "Philadelphia Eagles"),
        ("The midfielder has signed a new contract with Norwich City this week.", "Norwich City"),
        // A region before a team's plural name; a city before a plural demonym.
        ("The pitcher struck out nine as the Colorado Rockies won again.", "Colorado Rockies"),
        ("A two-run homer in the ninth lifted the Cleveland Indians to a 4-3 win.", "Cleveland Indians"),
    ])
    func aClubNamedAfterItsCityIsOneOrganisation(text: String, name: String) throws {
        let actors = try TestArticles.actors(in: text)
        #expect(actors.named(name)?.kind == .organization, "\(describe(actors))")
        #expect(actors.names(.place).isEmpty, "\(describe(actors))")
    }

    @Test(arguments: [
        // A plural name after "the" that no list knows: a team, a band.
        ("The Marlowes rallied for a 5-4 victory over the Tarpons on Sunday night.", ["Marlowes", "Tarpons"]),
        ("Fans queued overnight to see the Velvet Harriers play their last gig.", ["Velvet Harriers"]),
    ])
    func aPluralNameAfterTheIsAGroup(text: String, names: [String]) throws {
        let actors = try TestArticles.actors(in: text)
        for name in names { #expect(actors.named(name)?.kind == .organization, "\(describe(actors))") }
    }

    @Test(arguments: [
        // Events, peoples and a title's last words are no group.
        "Tickets for the Paralympics went on sale as the Kurds marked a holiday.",
        "Fans of the Lord of the Rings queued for the new film.",
    ])
    func eventsPeoplesAndTitlesAreNoGroups(text: String) throws {
        let actors = try TestArticles.actors(in: text)
        #expect(actors.names(.organization).isEmpty, "\(describe(actors))")
    }

    @Test(arguments: [
        // A settlement's noun before "of" a name, or an area's after it.
        ("Troops advanced to within ten miles of the northern town of Kalvera on Monday.", "Kalvera"),
        ("The factory is based in the eastern province of Huaxian, officials said.", "Huaxian"),
        ("Flights were diverted to Orlavik airport after the storm.", "Orlavik"),
        ("Three residents of the Dravno village were hurt in the shelling.", "Dravno"),
    ])
    func aSettlementNounMakesAPlace(text: String, name: String) throws {
        let actors = try TestArticles.actors(in: text)
        #expect(actors.named(name)?.kind == .place, "\(describe(actors))")
    }

    @Test(arguments: [
        // An industry's word ends a firm's name, not a person's.
        ("Shares in Tarnaka Electric Power rose after the results.", "Tarnaka Electric Power"),
        ("The contract went to Varuna Cement, the country's biggest producer.", "Varuna Cement"),
    ])
    func anIndustryWordEndsAFirm(text: String, name: String) throws {
        let actors = try TestArticles.actors(in: text)
        #expect(actors.named(name)?.kind == .organization, "\(describe(actors))")
        #expect(actors.names(.person).isEmpty, "\(describe(actors))")
    }

    @Test func aForeignNamesakeOfAListedBodyIsABodyOfItsOwn() throws {
        let actors = try TestArticles.actors(
            in: "Police raided the offices of the Indonesian Democratic Party, and the Democratic Party in Washington protested.")
        #expect(actors.named("Indonesian Democratic Party")?.kind == .organization, "\(describe(actors))")
        #expect(actors.named("Democratic Party")?.kind == .organization, "\(describe(actors))")
        #expect(!actors.names(.place).contains("Indonesia"), "\(describe(actors))")
    }

    @Test func anAbbreviationInBracketsAfterABodysNameIsABody() throws {
        let actors = try TestArticles.actors(
            in: "A spokesman for the Popular Liberation Army (EPL) denied the report on Monday.")
        #expect(actors.named("Popular Liberation Army")?.kind == .organization, "\(describe(actors))")
        #expect(actors.named("EPL")?.kind == .organization, "\(describe(actors))")
    }

    @Test func aPersonsPossessiveBeforeAClubsPlayersStaysAPerson() throws {
        let actors = try TestArticles.actors(in: "The rain fell as Graham Pettifer's Wales players left the pitch.")
        #expect(actors.named("Graham Pettifer")?.kind == .person, "\(describe(actors))")
    }

    @Test func aPlaceThatPlaysIsAClubInEveryMention() throws {
        let actors = try TestArticles.actors(
            in: """
                Leicestershire beat Somerset by an innings on Friday, while rivals Essex and Surrey closed in.

                Surrey captain Ian Ward made 80. Rain is forecast in Leicestershire on Saturday.
                """)
        for club in ["Leicestershire", "Somerset", "Essex", "Surrey"] {
            #expect(actors.named(club)?.kind == .organization, "\(club): \(describe(actors))")
        }
        #expect(actors.named("Leicestershire")?.mentions.count == 2)
        #expect(actors.names(.place).isEmpty, "\(describe(actors))")
        #expect(actors.named("Ian Ward")?.kind == .person)
    }

    @Test func aCityOpeningACouncilStaysInItsName() throws {
        let actors = try TestArticles.actors(in: "The plan was approved by Portsmouth City Council on Tuesday.")
        #expect(actors.named("Portsmouth City Council")?.kind == .organization, "\(describe(actors))")
    }
}

extension ContextEvidenceTests {
    @Test func aNameRightAfterAtIsAPlaceUnlessItSaysOtherwise() throws {
        let actors = try TestArticles.actors(
            in: "The fee was agreed after he impressed on trial at Hafnar Lane last month. "
                + "Critics took a swipe at Michael Hall over the plan. They drew 1-1 at Dunmore Rovers.")
        #expect(actors.named("Hafnar Lane")?.kind == .place, "\(describe(actors))")
        #expect(actors.named("Michael Hall")?.kind == .person, "\(describe(actors))")
        #expect(actors.named("Dunmore Rovers")?.kind != .place, "\(describe(actors))")
    }
}
