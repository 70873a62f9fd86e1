import Testing

@testable import NewsQuery

struct StanceDetectorTests {
    static let endorsement =
        "French President Emmanuel Macron and British Prime Minister Keir Starmer have both endorsed the idea of a European-led peacekeeping force , while German Chancellor Friedrich Merz has expressed cautious support."
    static let ruledOut =
        "Trump has ruled out deploying US ground troops but signalled openness to other forms of military support, such as command-and-control oversight or US airpower."

    let detector = StanceDetector()
    let synonyms = SynonymTable(groups: SynonymTable.defaultGroups)

    /// The Unicode scalar range of the first `name` in `sentence`.
    func range(of name: String, in sentence: String) throws -> Range<Int> {
        let scalars = Array(sentence.unicodeScalars)
        let nameScalars = Array(name.unicodeScalars)
        let start = try #require(
            (0...(scalars.count - nameScalars.count)).first {
                Array(scalars[$0..<$0 + nameScalars.count]) == nameScalars
            })
        return start..<start + nameScalars.count
    }

    func stance(of actor: String, in sentence: String, query: String) throws -> StanceDetector.Finding {
        let terms = SearchQuery(query, synonyms: synonyms).termGroups
        return detector.stance(ofActorAt: try range(of: actor, in: sentence), in: sentence, toward: terms)
    }

    @Test(arguments: ["Emmanuel Macron", "Keir Starmer", "Friedrich Merz"])
    func allThreeLeadersSupportTheForce(_ actor: String) throws {
        let finding = try stance(
            of: actor, in: Self.endorsement, query: "which leaders backed a European-led peacekeeping force")
        #expect(finding.stance == .supports)
    }

    @Test func citesTheCueItRestsOn() throws {
        let query = "which leaders backed a European-led force"
        #expect(try stance(of: "Macron", in: Self.endorsement, query: query).cue == "endorsed")
        #expect(try stance(of: "Merz", in: Self.endorsement, query: query).cue == "support")
    }

    @Test func trumpOpposesDeployingTroops() throws {
        let finding = try stance(of: "Trump", in: Self.ruledOut, query: "which leaders backed deploying ground troops")
        #expect(finding == StanceDetector.Finding(stance: .opposes, cue: "ruled out"))
    }

    @Test func trumpIsOpenToOtherMilitarySupport() throws {
        let finding = try stance(of: "Trump", in: Self.ruledOut, query: "who signalled openness to military support")
        #expect(finding == StanceDetector.Finding(stance: .supports, cue: "openness to"))
    }

    @Test func eachActorGetsTheCueOfItsOwnClause() throws {
        let sentence = "Macron backed the force, but Trump rejected it."
        #expect(try stance(of: "Macron", in: sentence, query: "force").stance == .supports)
        #expect(try stance(of: "Trump", in: sentence, query: "force").stance == .opposes)
    }

    @Test(arguments: [
        ("Scholz has not backed the plan.", "Scholz", Stance.opposes, "not backed"),
        ("Meloni hasn’t endorsed the plan.", "Meloni", .opposes, "hasn’t endorsed"),
        ("Macron has no plans to send troops.", "Macron", .opposes, "no plans to"),
        ("Merz refused to back the plan.", "Merz", .opposes, "refused"),
        ("Tusk warned against the plan; others were silent.", "Tusk", .opposes, "against"),
        ("Merz did not rule out sending troops.", "Merz", .neutral, "not rule out"),
        ("Sánchez dismissed the plan as premature.", "Sánchez", .opposes, "dismissed"),
    ])
    func readsCuesAndNegations(_ sentence: String, _ actor: String, _ expected: Stance, _ cue: String) throws {
        let finding = try stance(of: actor, in: sentence, query: "plan troops")
        #expect(finding == StanceDetector.Finding(stance: expected, cue: cue))
    }

    @Test func saysNeutralWithoutACue() throws {
        let sentence = "US secretary of state Marco Rubio later held a conference call with his European counterparts."
        let finding = try stance(of: "Marco Rubio", in: sentence, query: "security guarantees")
        #expect(finding == StanceDetector.Finding(stance: .neutral, cue: nil))
    }

    @Test func toleratesRangesOutsideTheSentence() {
        let finding = detector.stance(ofActorAt: 500..<510, in: "Merz backed it.", toward: [])
        #expect(finding.stance == .supports)
        #expect(detector.stance(ofActorAt: 0..<1, in: "", toward: []).stance == .neutral)
    }
}

extension StanceDetectorTests {
    @Test(arguments: [
        ("which leaders backed the force", Stance?.some(.supports)),
        ("who ruled out sending troops", .opposes),
        ("who rejected the plan", .opposes),
        ("where are the troops", nil),
    ])
    func readsTheStanceAQuestionAsksAbout(_ text: String, _ expected: Stance?) {
        #expect(detector.stance(askedBy: SearchQuery(text, synonyms: synonyms).termGroups) == expected)
    }
}
