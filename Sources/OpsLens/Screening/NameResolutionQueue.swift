import Dispatch

/// Resolves holding names once per distinct name, in batches spread over every core.
///
/// Holdings repeat issuers, so each distinct name is queried once per run. A holding whose name
/// is new waits in a bounded batch; when the batch is full (or the file ends) the new names are
/// queried in parallel and the waiting holdings are handed on, in the order they arrived.
struct NameResolutionQueue {
    let index: ScreeningIndex
    /// How many holdings may wait for their names before a batch is resolved.
    static let batchSize = 32_768
    private var cache: [NameKey: [NameMatch]] = [:]
    private var waiting: [Holding] = []
    private var newNames: [String] = []
    private var queued = Set<String>()

    init(index: ScreeningIndex) {
        self.index = index
    }

    /// Hands `holding` with its name matches to `emit`, now when its name is known, else after the next batch.
    mutating func submit(_ holding: Holding, _ emit: (Holding, [EntityMatch]) -> Void) {
        guard let name = holding.name else { return emit(holding, []) }
        if let known = cache[NameKey(name)] { return emit(holding, index.nameEntityMatches(holding, known)) }
        waiting.append(holding)
        if queued.insert(name).inserted { newNames.append(name) }
        if waiting.count >= Self.batchSize { flush(emit) }
    }

    /// Resolves the names waiting and hands their holdings on.
    mutating func flush(_ emit: (Holding, [EntityMatch]) -> Void) {
        guard !waiting.isEmpty else { return }
        for (name, matches) in zip(newNames, resolveInParallel(newNames)) { cache[NameKey(name)] = matches }
        for holding in waiting { emit(holding, index.nameEntityMatches(holding, cache[NameKey(holding.name!)] ?? [])) }
        waiting.removeAll(keepingCapacity: true)
        newNames.removeAll(keepingCapacity: true)
        queued.removeAll(keepingCapacity: true)
    }

    private func resolveInParallel(_ names: [String]) -> [[NameMatch]] {
        let index = self.index
        var results = [[NameMatch]](repeating: [], count: names.count)
        let workers = min(max(1, names.count / 256), 8)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var position = worker
                while position < names.count {
                    output[position] = index.nameMatches(names[position])
                    position += workers
                }
            }
        }
        return results
    }
}

/// A holding name as a cache key, hashed by one word of its bytes.
///
/// The name cache is looked up once per holding. `String`'s own hashing feeds every byte
/// through SipHash; `StringInterner.hash` reads eight bytes at a time and leaves SipHash one
/// word. Equality is `String`'s, which is immediate for the shared strings the reader interns.
struct NameKey: Hashable {
    let name: String

    init(_ name: String) {
        self.name = name
    }

    static func == (left: NameKey, right: NameKey) -> Bool { left.name == right.name }

    func hash(into hasher: inout Hasher) {
        let word = name.utf8.withContiguousStorageIfAvailable(StringInterner.hash)
            ?? Array(name.utf8).withUnsafeBufferPointer(StringInterner.hash)
        hasher.combine(word)
    }
}
