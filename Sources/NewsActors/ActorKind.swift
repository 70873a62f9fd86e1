/// What sort of actor a name denotes.
public enum ActorKind: String, Sendable, CaseIterable {
    /// A named individual ("Emmanuel Macron").
    case person
    /// A company, party, public body, international organisation, news outlet or armed group
    /// ("Nato", "European Commission", "Reuters").
    case organization
    /// A country, region, city, sea or landmark ("United Kingdom", "Washington").
    case place
}
