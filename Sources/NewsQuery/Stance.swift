/// Where a sentence puts an actor on what a query asks about.
public enum Stance: String, Sendable, Equatable, CaseIterable {
    /// The actor backs it: endorsed, supported, pledged, signalled openness to.
    case supports
    /// The actor opposes it: ruled out, rejected, refused, warned against, has not backed.
    case opposes
    /// The sentence says neither, or the detector cannot tell.
    case neutral
}
