import Synchronization

/// Name matches worked out once per distinct holding name and shared by the reading threads.
///
/// Holdings repeat issuers, so each distinct name is matched against the index once per run.
/// Each thread keeps the names it has met in a `NameTable` of its own (no lock on the per-holding
/// path) in front of one dictionary shared under a lock; a name neither has seen is matched by
/// the thread that meets it. Two threads meeting a new name at once may both match it: the
/// result is the same, and it is rarer and cheaper than making one wait for the other.
///
/// The judgement of a name's matches on a holding's facts (``NameEvidence``) is kept per thread
/// too, by the name and the facts it reads: holdings of one issuer repeat those as well.
final class NameMatchCache: Sendable {
    let index: ScreeningIndex
    /// How many characters of a name are compared (`ReadLimits.nameCharacters`).
    let nameLengthCompared: Int
    private let shared = Mutex<[String: [NameMatch]]>([:])

    init(index: ScreeningIndex, nameLengthCompared: Int = ReadLimits.standard.nameCharacters) {
        self.index = index
        self.nameLengthCompared = nameLengthCompared
    }

    /// One thread's view of the cache. Its tables have no lock: a `Local` is used by one thread
    /// at a time — made by the reading thread that uses it, or kept by a thread across the inputs
    /// it screens one after another (hence `@unchecked`).
    struct Local: @unchecked Sendable {
        let cache: NameMatchCache
        private let seen = NameTable<NameMatch>()
        private let judged = NameTable<EntityMatch>()
        private let key = JudgementKey()

        init(cache: NameMatchCache) {
            self.cache = cache
        }

        /// What the holding's name resolves to, judged on the holding's facts; `[]` when nothing.
        func entityMatches(for holding: Holding) -> [EntityMatch] {
            guard let candidates = matches(for: holding), !candidates.isEmpty else { return [] }
            key.fill(from: holding)
            if let known = key.bytes.withUnsafeBufferPointer({ judged.matches(forUTF8: $0) }) { return known }
            let matches = cache.index.nameEntityMatches(holding, candidates, nameLengthCompared: cache.nameLengthCompared)
            judged.add(key.bytes, matches)
            return matches
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

/// The bytes of what a name match is judged on (``ScreeningIndex/evidence(for:against:comparison:)``):
/// the name, the facts the evidence reads (`ScreeningIndex.evidenceFields`), and whether the holding
/// carries identifiers. One buffer per thread, refilled for each holding.
final class JudgementKey {
    private(set) var bytes: [UInt8] = []
    private static let fields: [HoldingText] = [.name] + ScreeningIndex.evidenceFields

    init() {
        bytes.reserveCapacity(256)
    }

    func fill(from holding: Holding) {
        bytes.removeAll(keepingCapacity: true)
        for field in Self.fields {
            // 0xFF never occurs in UTF-8: a field's end cannot be mistaken for a byte of the next.
            _ = holding.withUTF8(field) { bytes.append(contentsOf: $0) }
            bytes.append(0xFF)
        }
        bytes.append(ScreeningIndex.hasIdentifiers(holding) ? 1 : 0)
    }
}
