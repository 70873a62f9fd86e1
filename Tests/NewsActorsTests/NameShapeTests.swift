import NewsActors
import Testing

/// Names from the shape of the text: particles, titles, given names, context cues.
@Suite struct NameShapeTests {
    @Test(arguments: [
        ("Also present was Ursula von der Leyen, who flew in from Brussels.", "Ursula von der Leyen"),
        ("Qatari minister Mohammed bin Abdulrahman al-Thani met him in Doha.", "Mohammed bin Abdulrahman al-Thani"),
        ("Saudi Foreign Minister Faisal bin Farhan arrived on Sunday.", "Faisal bin Farhan"),
        ("Aviation analyst Nick Van den Brul of BNP Paribas was cautious.", "Nick Van den Brul"),
        ("The report was welcomed by Colin Asplin on Monday.", "Colin Asplin"),
        ("Ms Hewitt told the seminar the plan was vital.", "Hewitt"),
        ("Former Tory Treasurer Lord Ashcroft declined to comment.", "Lord Ashcroft"),
        ("The move angered Mr Houston, the party said.", "Houston"),
        ("Labour's Yvette Cooper said she found it hard.", "Yvette Cooper"),
        ("The Shadow Secretary of State, Theresa May, said the plans were old.", "Theresa May"),
        // Two unknown name words mid-sentence, with no given name on the list and no title.
        ("The second round went to Tarik Osmanlar in front of a home crowd.", "Tarik Osmanlar"),
        // A name's hyphenated syllable stays in the name.
        ("North Korean leader Kim Jong-il met the envoy in Pyongyang.", "Kim Jong-il"),
    ])
    func findsThePerson(text: String, name: String) throws {
        let actors = try TestArticles.actors(in: text)
        #expect(actors.named(name)?.kind == .person, "\(actors.map { "\($0.name) (\($0.kind))" })")
    }

    @Test(arguments: [
        ("Shares in drinks firm Allied Domecq rose 4%.", "Allied Domecq", ActorKind.organization),
        ("Maersk, the Danish shipping group, said it would keep sailing.", "Maersk", .organization),
        ("Shares in Pernod fell. Pernod said it was seeking acquisitions.", "Pernod", .organization),
        (
            "Robert Sinche, head of currency strategy at Standard Life Bank in New York, spoke.", "Standard Life Bank",
            .organization
        ),
        (
            "Women earn less, according to the Equal Opportunities Commission (EOC). The EOC said so.",
            "Equal Opportunities Commission", .organization
        ),
        ("He will tour Manchester, Liverpool, Basingstoke, Shrewsbury and Torbay.", "Basingstoke", .place),
        ("The speech was given in Gateshead on Sunday.", "Gateshead", .place),
        ("The building on George Street has been derelict for years.", "George Street", .place),
        // A compound after a place keeps the place ("Moscow-led"), as before.
        ("A Moscow-led force stayed in the region for years.", "Moscow", .place),
        // A region before "City" opens the city's name.
        ("The convention moved to Iowa City in the spring.", "Iowa City", .place),
        ("The report came from the news agency Interfax on Tuesday.", "Interfax", .organization),
    ])
    func findsTheOrganisationOrPlace(text: String, name: String, kind: ActorKind) throws {
        let actors = try TestArticles.actors(in: text)
        #expect(actors.named(name)?.kind == kind, "\(actors.map { "\($0.name) (\($0.kind))" })")
    }

    @Test func abbreviationInBracketsIsTheSameOrganisation() throws {
        let actors = try TestArticles.actors(
            in: "Women earn less, according to the Equal Opportunities Commission (EOC). The EOC said so.")
        let commission = try #require(actors.named("Equal Opportunities Commission"))
        #expect(commission.mentions.map(\.surface) == ["Equal Opportunities Commission", "EOC", "EOC"])
        #expect(actors.named("EOC") == nil)
    }

    @Test func unnamedCollectiveIsNeverAPerson() throws {
        let actors = try TestArticles.actors(
            in: "However, Germany’s powerful soldiers’ union warned Thursday that troops would be needed.")
        #expect(actors.names(.person).isEmpty)
        #expect(actors.named("Germany")?.kind == .place)
    }
}
