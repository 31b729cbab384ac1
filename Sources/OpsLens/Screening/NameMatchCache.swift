import Synchronization

/// Name matches worked out once per distinct holding name and shared by the reading threads.
///
/// Holdings repeat issuers, so each distinct name is matched against the index once per run.
/// Each thread keeps the names it has met in a `NameTable` of its own (no lock on the per-holding
/// path) in front of one dictionary shared under a lock; a name neither has seen is matched by
/// the thread that meets it. Two threads meeting a new name at once may both match it: the
/// result is the same, and it is rarer and cheaper than making one wait for the other.
final class NameMatchCache: Sendable {
    let index: ScreeningIndex
    /// How many characters of a name are compared (`ReadLimits.nameCharacters`).
    let nameLengthCompared: Int
    private let shared = Mutex<[String: [NameMatch]]>([:])

    init(index: ScreeningIndex, nameLengthCompared: Int = ReadLimits.standard.nameCharacters) {
        self.index = index
        self.nameLengthCompared = nameLengthCompared
    }

    /// One thread's view of the cache.
    struct Local {
        let cache: NameMatchCache
        private let seen = NameTable()

        init(cache: NameMatchCache) {
            self.cache = cache
        }

        /// The index's matches for the holding's name; `nil` when it has none.
        func matches(for holding: Holding) -> [NameMatch]? {
            // Most names were met before: looked up from the holding's bytes, without a `String`.
            switch holding.withUTF8(.name, { seen.matches(forUTF8: $0) }) {
            case nil: return nil
            case let known??: return known
            case .some(nil): return holding.name.map(matches(for:))
            }
        }

        /// The index's matches for `name`.
        func matches(for name: String) -> [NameMatch] {
            if let known = seen.matches(for: name) { return known }
            let matches = cache.shared.withLock { $0[name] } ?? {
                let matches = cache.index.nameMatches(name, nameLengthCompared: cache.nameLengthCompared)
                cache.shared.withLock { $0[name] = matches }
                return matches
            }()
            seen.add(name, matches)
            return matches
        }
    }
}
