import NewsActors
import Testing

/// Roles before a name and in appositions: kept as written per mention, normalised per actor.
@Suite struct RoleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var name: String
        var role: String
        var country: String?
        var roleAsWritten: String
        var testDescription: String { text }
    }

    @Test(arguments: [
        Case(
            text: "French President Emmanuel Macron backed the plan on Monday.", name: "Emmanuel Macron",
            role: "President", country: "France", roleAsWritten: "French President"),
        Case(
            text: "The talks included UK national security adviser Jonathan Powell and others.",
            name: "Jonathan Powell",
            role: "National Security Adviser", country: "United Kingdom",
            roleAsWritten: "UK national security adviser"),
        Case(
            text: "US secretary of state and national security Adviser Marco Rubio held a call.", name: "Marco Rubio",
            role: "Secretary of State and National Security Adviser", country: "United States",
            roleAsWritten: "US secretary of state and national security Adviser"),
        Case(
            text: "It was attended by Nato secretary general’s chief of staff Geoffrey van Leeuwen on Friday.",
            name: "Geoffrey van Leeuwen", role: "Chief of Staff", country: nil,
            roleAsWritten: "Nato secretary general’s chief of staff"),
        Case(
            text: "Jonathan Powell, the UK national security adviser, flew to Kyiv.", name: "Jonathan Powell",
            role: "National Security Adviser", country: "United Kingdom",
            roleAsWritten: "UK national security adviser"),
        Case(
            text: "British Prime Minister Keir Starmer spoke first.", name: "Keir Starmer", role: "Prime Minister",
            country: "United Kingdom", roleAsWritten: "British Prime Minister"),
        Case(
            text: "The talks were led by Spain's director general for Europe, Jose Maria Pons.",
            name: "Jose Maria Pons",
            role: "Director General", country: "Spain", roleAsWritten: "Spain's director general for Europe"),
        Case(
            text: "Shares rose, said Paul Sheard, economist at Lehman Brothers in Tokyo.", name: "Paul Sheard",
            role: "Economist", country: nil, roleAsWritten: "economist"),
    ])
    func roleIsNormalisedPerActorAndKeptPerMention(_ example: Case) throws {
        let actors = try TestArticles.actors(in: example.text)
        let person = try #require(actors.named(example.name), "\(actors.map(\.name))")
        #expect(person.kind == .person)
        #expect(person.role == example.role)
        #expect(person.country == example.country)
        #expect(person.mentions.first?.roleAsWritten == example.roleAsWritten)
    }

    @Test func roleDoesNotCrossAPossessiveName() throws {
        let actors = try TestArticles.actors(in: "Defence Secretary Geoff Hoon's Ashfield seat is under threat.")
        #expect(actors.named("Geoff Hoon")?.role == "Defence Secretary")
        #expect(actors.named("Ashfield")?.kind != .person)
    }
}
