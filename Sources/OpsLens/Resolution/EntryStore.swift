/// The entries of a screening index, by key: held in memory, or decoded one by one from a
/// compiled rule book the first time each is asked for.
///
/// A pre-trade check of one order touches a handful of entries out of thousands; decoding
/// only those is what lets a compiled rule book start in milliseconds.
public struct EntryStore: RandomAccessCollection, Sendable {
    enum Storage: Sendable {
        case memory([ScreeningIndex.Entry])
        /// `count` entries, each given by `entry` when first asked for (a compiled rule book decodes it then).
        case decodedOnUse(count: Int, entry: @Sendable (Int) -> ScreeningIndex.Entry)
    }

    let storage: Storage

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .memory(let entries): entries.count
        case .decodedOnUse(let count, _): count
        }
    }

    public subscript(key: Int) -> ScreeningIndex.Entry {
        switch storage {
        case .memory(let entries): entries[key]
        case .decodedOnUse(_, let entry): entry(key)
        }
    }
}
