/// A party in the ownership network an engine screens through: a loaded list entry, a legal
/// entity known by its LEI, or one known only by name.
public enum OwnershipParty: Hashable, Sendable {
    /// The entry's key in the `ScreeningIndex`.
    case entry(Int)
    case lei(String)
    /// A name an in-house file gives that no loaded entry has (upper-cased).
    case name(String)
}
