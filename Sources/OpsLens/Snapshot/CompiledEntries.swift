import Synchronization

/// The entries of a compiled rule book, each decoded from the snapshot's bytes the first time it
/// is asked for and kept.
final class CompiledEntries: Sendable {
    /// The snapshot's bytes; entry `key` lies at `offsets[key]..<offsets[key + 1]`.
    private let file: MappedFile
    private let offsets: [Int]
    /// The list id of each key.
    private let listIDs: [String]
    private let decoded = Mutex<[Int: ScreeningIndex.Entry]>([:])

    init(file: MappedFile, offsets: [Int], listIDs: [String]) {
        self.file = file
        self.offsets = offsets
        self.listIDs = listIDs
    }

    var count: Int { listIDs.count }

    func entry(_ key: Int) -> ScreeningIndex.Entry {
        if let entry = decoded.withLock({ $0[key] }) { return entry }
        let entity: ListEntity
        // The snapshot's checksum matched when it was loaded: bytes that do not decode are a bug.
        do {
            entity = try PositionalDecoder.decode(ListEntity.self, from: UnsafeRawBufferPointer(rebasing: file.bytes[offsets[key]..<offsets[key + 1]]))
        } catch {
            fatalError("compiled rule book: entry \(key) does not decode: \(error)")
        }
        let entry = ScreeningIndex.Entry(listID: listIDs[key], entity: entity)
        decoded.withLock { $0[key] = entry }
        return entry
    }

    /// Every entry, decoded.
    func all() -> [ScreeningIndex.Entry] {
        (0..<count).map(entry)
    }
}
