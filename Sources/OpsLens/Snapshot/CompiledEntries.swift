import Foundation
import Synchronization

/// The entries of a compiled rule book, each decoded from the snapshot's bytes the first time it
/// is asked for and kept.
final class CompiledEntries: Sendable {
    /// The snapshot's bytes; entry `key` lies at `offsets[key]..<offsets[key + 1]`.
    private let bytes: Data
    private let offsets: [Int]
    /// The list id of each key.
    private let listIDs: [String]
    private let decoded = Mutex<[Int: ScreeningIndex.Entry]>([:])

    init(bytes: Data, offsets: [Int], listIDs: [String]) {
        self.bytes = bytes
        self.offsets = offsets
        self.listIDs = listIDs
    }

    var count: Int { listIDs.count }

    func entry(_ key: Int) -> ScreeningIndex.Entry {
        if let entry = decoded.withLock({ $0[key] }) { return entry }
        let entity = bytes.withUnsafeBytes { bytes in
            // The snapshot's checksum matched when it was loaded: bytes that do not decode are a bug.
            do {
                return try PositionalDecoder.decode(ListEntity.self, from: UnsafeRawBufferPointer(rebasing: bytes[offsets[key]..<offsets[key + 1]]))
            } catch {
                fatalError("compiled rule book: entry \(key) does not decode: \(error)")
            }
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
