#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Market positions by exchange name exactly as written, found by a one-word fingerprint and a
/// byte comparison instead of hashing the whole name: holdings files repeat one exchange
/// column value on every row.
struct ExactNameTable: Sendable {
    private struct Fingerprint: WordHashable, Sendable {
        var hashWord: UInt64
    }

    private var names: [[UInt8]] = []
    private var markets: [Int] = []
    private var table = KeyTable<Fingerprint>()

    /// A table of `(name, market position)` pairs; the first pair for a name wins.
    init(_ pairs: [(String, Int)]) {
        for (name, market) in pairs {
            var name = name
            guard name.withUTF8({ index(of: $0) }) == nil else { continue }
            table.append(names.count, for: Fingerprint(hashWord: name.withUTF8(Self.fingerprint)))
            names.append(name.withUTF8 { Array($0) })
            markets.append(market)
        }
    }

    /// The market position for `name` written exactly as listed, or `nil`.
    func market(_ name: String) -> Int? {
        var name = name
        return name.withUTF8 { bytes in index(of: bytes).map { markets[$0] } }
    }

    private func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        table.values(for: Fingerprint(hashWord: Self.fingerprint(bytes)))?.first { index in
            names[index].count == bytes.count && names[index].withUnsafeBufferPointer { name in
                bytes.isEmpty || memcmp(name.baseAddress!, bytes.baseAddress!, bytes.count) == 0
            }
        }
    }

    /// The length and up to eight bytes from each end, mixed into one word.
    private static func fingerprint(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var head: UInt64 = 0, tail: UInt64 = 0
        for offset in 0..<min(8, bytes.count) {
            head = head << 8 | UInt64(bytes[offset])
            tail = tail << 8 | UInt64(bytes[bytes.count - 1 - offset])
        }
        return head ^ (tail &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(bytes.count) << 56
    }
}
