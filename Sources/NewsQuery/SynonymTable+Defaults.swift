extension SynonymTable {
    /// The groups a new archive starts with (migrations seed them into the database, where the owner
    /// can edit them). Chosen for news about politics and conflict; members are matched by stem, so
    /// `back` also covers `backs`, `backed` and `backing`, and hyphenated members are phrases.
    ///
    /// The groups of verbs widen a query word only where the query uses it as a verb (`back taxes` is
    /// not `support taxes`), and `leader` widens to its kinds while each kind stands for itself
    /// (`chancellor` is not `president`): see `SynonymTable.Member`.
    public static let defaultGroups: [[Member]] = [
        Member.verbs("back", "endorse", "support", "champion", "favour", "favor"),
        Member.verbs("oppose", "reject", "rule out", "refuse", "dismiss"),
        Member.kinds(
            of: "leader", "president", "prime minister", "chancellor", "premier", "head of state",
            "head of government"),
        ["minister", "secretary"],
        ["troops", "soldiers"],
        Member.verbs("deploy", "send", "dispatch"),
        ["peacekeeping", "peace-keeping"],
        ["ceasefire", "cease-fire", "truce", "armistice"],
        ["agreement", "deal", "accord", "treaty", "pact"],
        ["talks", "negotiations", "dialogue"],
        ["guarantee", "assurance", "pledge"],
        ["attack", "strike", "assault", "offensive", "raid"],
        ["sanctions", "embargo"],
        ["aid", "assistance"],
        ["election", "vote", "ballot", "poll"],
        ["company", "firm", "business", "corporation"],
        ["country", "nation"],
        ["us", "united states", "usa", "america"],
        ["uk", "united kingdom", "britain"],
        ["eu", "european union"],
        ["kyiv", "kiev"],
    ]
}
