extension SynonymTable {
    /// The groups a new archive starts with (a migration seeds them into the database, where the
    /// owner can edit them). Chosen for news about politics and conflict; members are matched by stem,
    /// so `back` also covers `backs`, `backed` and `backing`, and hyphenated members are phrases.
    public static let defaultGroups: [[String]] = [
        ["back", "endorse", "support", "champion", "favour", "favor"],
        ["oppose", "reject", "rule out", "refuse", "dismiss"],
        ["leader", "president", "prime minister", "chancellor", "premier", "head of state", "head of government"],
        ["minister", "secretary"],
        ["troops", "soldiers"],
        ["deploy", "send", "dispatch"],
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
