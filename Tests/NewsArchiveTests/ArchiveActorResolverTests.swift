import NewsActors
import NewsIngest
import Testing

@testable import NewsArchive

/// Which stored actor an article's actor joins, decided from the known actors alone (no archive).
struct ArchiveActorResolverTests {
    /// An actor of one article, mentioned as `surfaces` (in that order, one sentence each).
    private func found(
        _ name: String, _ kind: ActorKind, _ surfaces: [String]? = nil, role: String? = nil, from start: Int = 0
    ) -> PreparedActor {
        PreparedActor(
            ExtractedActor(name: name, kind: kind, role: role, mentions: mentions(surfaces ?? [name], from: start)))
    }

    private func mentions(_ surfaces: [String], from start: Int = 0) -> [ActorMention] {
        surfaces.enumerated().map { offset, surface in
            let begin = start + offset * 100
            return ActorMention(
                sentencePosition: offset, sectionPosition: 0,
                range: TextRange(start: begin, end: begin + surface.unicodeScalars.count), surface: surface)
        }
    }

    private func unresolved(_ name: String, standsAlone: Bool = true, isMidSentence: Bool = true) -> UnresolvedName {
        UnresolvedName(
            name: name, mentions: mentions([name, name], from: 10_000), standsAlone: standsAlone,
            isMidSentence: isMidSentence)
    }

    /// A resolver knowing `actors` (name, kind, articles, aliases beside the name) by id from 1.
    private func resolver(_ actors: [(String, String, Int, [String])], naming: [String: Int] = [:]) -> ArchiveActorResolver {
        var known: [String: [KnownActor]] = [:]
        for (index, (name, kind, articles, aliases)) in actors.enumerated() {
            let actor = KnownActor(id: index + 1, key: ActorKey(name: name, kind: kind), articles: articles)
            for alias in Set(aliases + [name]) { known[alias, default: []].append(actor) }
        }
        var resolver = ArchiveActorResolver(known: { known[$0] ?? [] })
        resolver.articlesNaming = naming
        return resolver
    }

    private func names(_ actors: [PreparedActor]) -> [String] {
        actors.map { "\($0.actor.name) (\($0.actor.kind.rawValue))" }
    }

    private let bushes: [(String, String, Int, [String])] = [
        ("George W Bush", "person", 26, ["Bush", "Mr Bush"]), ("George Bush", "person", 6, ["Bush"]),
        ("Kate Bush", "person", 2, ["Bush"]),
    ]

    @Test func aSurnameAloneJoinsTheFullNameMostArticlesUse() {
        let resolved = resolver(bushes).resolve([found("Bush", .person, ["Mr Bush", "Bush"])])
        #expect(names(resolved) == ["George W Bush (person)"])
        #expect(resolved[0].aliases.contains("Mr Bush") && resolved[0].aliases.contains("Bush"))
        #expect(resolved[0].actor.mentions.map(\.surface) == ["Mr Bush", "Bush"])
    }

    @Test func aSurnameSeveralPeopleShareStaysItself() {
        let browns: [(String, String, Int, [String])] = [
            ("Gordon Brown", "person", 82, ["Brown"]), ("Wes Brown", "person", 4, ["Brown"]),
            ("Dan Brown", "person", 4, ["Brown"]), ("James Brown", "person", 14, ["Brown"]),
        ]
        #expect(names(resolver(browns).resolve([found("Brown", .person)])) == ["Brown (person)"])
    }

    @Test func aTitleOfTheOtherGenderKeepsASurnameFromAFullName() {
        let known = resolver([("Beverley Knight", "person", 3, ["Knight"])])
        #expect(names(known.resolve([found("Knight", .person, ["Mr Knight"])])) == ["Knight (person)"])
        #expect(names(known.resolve([found("Knight", .person, ["Ms Knight"])])) == ["Beverley Knight (person)"])
    }

    @Test func aFullNameJoinsTheSpellingMoreArticlesUse() {
        let known = resolver(bushes)
        #expect(names(known.resolve([found("George Bush", .person, ["George Bush", "Bush"])])) == ["George W Bush (person)"])
        #expect(names(known.resolve([found("George W Bush", .person)])) == ["George W Bush (person)"])
        #expect(names(known.resolve([found("Laura Bush", .person)])) == ["Laura Bush (person)"])
        #expect(ArchiveActorResolver.isVariant("George W. Bush", of: "George Bush"))
        #expect(ArchiveActorResolver.isVariant("J.D. Vance", of: "JD Vance"))
        #expect(!ArchiveActorResolver.isVariant("George Bush", of: "Kate Bush"))
    }

    @Test func anAbbreviationJoinsTheNameItSpellsThatATextGaveIt() {
        let known = resolver([
            ("International Association of Athletics Federations", "organization", 5, ["IAAF"]),
            ("IAAF Council", "organization", 1, ["IAAF"]),
        ])
        #expect(
            names(known.resolve([found("IAAF", .organization)]))
                == ["International Association of Athletics Federations (organization)"])
        #expect(names(resolver([]).resolve([found("IAAF", .organization)])) == ["IAAF (organization)"])
    }

    @Test func aOneWordPersonWithNothingButItsShapeJoinsTheClubOfThatName() {
        let known = resolver([("Chelsea", "organization", 18, []), ("Chelsea", "person", 18, [])])
        #expect(names(known.resolve([found("Chelsea", .person)])) == ["Chelsea (organization)"])
        #expect(names(known.resolve([found("Chelsea", .person, ["Ms Chelsea"])])) == ["Chelsea (person)"])
        let fewer = resolver([("Chelsea", "organization", 3, []), ("Chelsea", "person", 18, [])])
        #expect(names(fewer.resolve([found("Chelsea", .person)])) == ["Chelsea (person)"])
        // With a role, or as a place: only for an organisation far more articles established.
        let clubs = resolver([("Chelsea", "organization", 50, []), ("Chelsea", "person", 4, []), ("Chelsea", "place", 2, [])])
        #expect(names(known.resolve([found("Chelsea", .person, role: "Leader")])) == ["Chelsea (person)"])
        #expect(names(clubs.resolve([found("Chelsea", .person, role: "Leader")])) == ["Chelsea (organization)"])
        #expect(names(clubs.resolve([found("Chelsea", .place)])) == ["Chelsea (organization)"])
        let exchanges = resolver([("Deutsche Boerse", "organization", 4, []), ("Deutsche Boerse", "person", 3, [])])
        #expect(names(exchanges.resolve([found("Deutsche Boerse", .person)])) == ["Deutsche Boerse (organization)"])
        let people = resolver([("George Michael", "organization", 4, []), ("George Michael", "person", 3, [])])
        #expect(names(people.resolve([found("George Michael", .person)])) == ["George Michael (person)"])
        let cities = resolver([("Liverpool", "organization", 50, []), ("Liverpool", "place", 2, [])])
        #expect(names(cities.resolve([found("Liverpool", .place)])) == ["Liverpool (place)"], "a place the gazetteer lists")
    }

    @Test func anUnresolvedNameJoinsTheActorEnoughArticlesEstablished() {
        let known: [(String, String, Int, [String])] = [
            ("Arsenal", "organization", 17, []), ("Arsenal", "person", 1, []), ("Kostas Kenteris", "person", 10, ["Kenteris"]),
            ("Year", "organization", 3, []), ("Jose Open", "person", 1, ["Open"]),
        ]
        let naming = ["Arsenal": 53, "Kenteris": 16, "Year": 400, "Open": 300]
        let resolver = resolver(known, naming: naming)
        let resolved = resolver.resolve([], unresolved: ["Arsenal", "Kenteris", "Year", "Open"].map { unresolved($0) })
        #expect(names(resolved) == ["Arsenal (organization)", "Kostas Kenteris (person)"])
        #expect(resolved.allSatisfy { !$0.isFoundByArticle })
        #expect(resolved[0].actor.mentions.count == 2)
        // Part of a longer name, or without the articles using it counted: nothing.
        #expect(resolver.resolve([], unresolved: [unresolved("Arsenal", standsAlone: false)]).isEmpty)
        #expect(self.resolver(known).resolve([], unresolved: [unresolved("Arsenal")]).isEmpty)
        #expect(resolver.namesToCount([unresolved("Arsenal"), unresolved("Nobody")]).map(\.name) == ["Arsenal"])
    }

    @Test func anOrganisationOfThatNameOutweighsPeopleOfThatSurname() {
        let known = resolver(
            [("Kasabian", "organization", 1, []), ("Linda Kasabian", "person", 1, [])], naming: ["Kasabian": 4])
        #expect(names(known.resolve([], unresolved: [unresolved("Kasabian")])) == ["Kasabian (organization)"])
    }

    @Test func aNameThatOnlyOpensSentencesJoinsOnlyAnOrganisation() {
        let known = resolver(
            [("Arsenal", "organization", 17, []), ("Gary Speed", "person", 6, ["Speed"])], naming: ["Arsenal": 53, "Speed": 20])
        let resolved = known.resolve(
            [], unresolved: [unresolved("Arsenal", isMidSentence: false), unresolved("Speed", isMidSentence: false)])
        #expect(names(resolved) == ["Arsenal (organization)"])
    }

    @Test func actorsUsersCorrectedStayAsTheyAre() {
        var known = resolver(bushes)
        known.corrected = [ActorKey(name: "Bush", kind: "person")]
        #expect(names(known.resolve([found("Bush", .person)])) == ["Bush (person)"])
    }

    @Test func actorsThatBecomeOneAreJoined() {
        let known = resolver(bushes + [("Arsenal", "organization", 17, [])], naming: ["Arsenal": 20])
        let resolved = known.resolve(
            [found("George W Bush", .person, ["George W Bush"]), found("Bush", .person, ["Bush", "Bush"], from: 50)],
            unresolved: [unresolved("Arsenal")])
        #expect(names(resolved) == ["George W Bush (person)", "Arsenal (organization)"])
        #expect(resolved[0].actor.mentions.map(\.range.start) == [0, 50, 150])
    }
}
