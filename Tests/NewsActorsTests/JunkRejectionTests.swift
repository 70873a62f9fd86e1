import NewsActors
import Testing

/// Capitalised words that name nobody must not become actors.
@Suite struct JunkRejectionTests {
    @Test(arguments: [
        "Europe to carry \"Lion’s Share\"\n\n"
            + "While plans remain fluid, officials said Europe would lead. Options include air defence.",
        "Allies gather in Washington\n\nThe chiefs of defence met in Washington between Tuesday and Thursday.",
        "Chancellor Defends Budget As Opposition Attacks\n\nThe chancellor said the tax rises were needed.",
        "\"Workers Deserve Better than this,\" she said. Unions reacted angrily. Rivals warned on profits.",
        "Growth would be \"Slower Than Hoped\", the report said. However, Shares rose.",
        "The Road Safety Bill and the Marshall Plan were debated in the Commons.",
        "She said her faith in God had not been shaken. Overbooking can lead to bumping.",
        "Supporters said it would fight on. He starred in Closer and in Notes on a Scandal.",
        "The team lost the Grand Slam decider. Fans of the Red Arrows watched the Great Lakes ferry.",
    ])
    func noPersonAndNoUnknownNameIsMade(text: String) throws {
        let actors = try TestArticles.actors(in: text)
        #expect(actors.names(.person).isEmpty, "\(actors.names(.person))")
        let junk: Set = [
            "Lion", "Share", "While", "Options", "Allies", "Defends Budget", "Opposition", "Workers Deserve Better",
            "Unions", "Rivals", "Slower", "Hoped", "Shares", "However", "Road Safety Bill", "Marshall Plan", "God",
            "Overbooking", "Supporters", "Closer", "Notes",
        ]
        #expect(Set(actors.map(\.name)).isDisjoint(with: junk), "\(actors.map(\.name))")
    }

    @Test func trailerRemovedByCleaningYieldsNoActor() throws {
        let text = """
            Ministers meet in London

            Prime Minister Keir Starmer met ministers in London on Monday to discuss the budget.

            You may also like
            Fast service connecting major Buddhist sites: PM Modi to flag off Koderma–Vaishali MEMU train today
            Lalu Yadav attacks PM Modi's Gaya visit
            """
        let actors = try TestArticles.actors(in: text)
        #expect(actors.names(.person) == ["Keir Starmer"])
        #expect(!actors.map(\.name).contains { $0.contains("Modi") || $0.contains("Lalu") || $0.contains("Gaya") })
    }
}
