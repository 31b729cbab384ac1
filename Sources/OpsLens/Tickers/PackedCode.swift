/// Up to 24 printable ASCII bytes packed into three words, so that short codes (tickers,
/// ISINs, LEIs) hash and compare as integers instead of as `String`s.
struct PackedCode: Hashable, Sendable, RandomAccessCollection {
    static let capacity = 24

    private(set) var word0: UInt64 = 0
    private(set) var word1: UInt64 = 0
    private(set) var word2: UInt64 = 0
    /// The number of bytes packed.
    private(set) var count = 0

    init() {}

    /// Packs `bytes`, upper-casing ASCII letters.
    ///
    /// - Returns: `nil` when `bytes` is empty, longer than `capacity`, or holds a byte that is
    ///   not printable ASCII (space included).
    init?<C: Collection<UInt8>>(uppercasing bytes: C) {
        guard !bytes.isEmpty else { return nil }
        for byte in bytes {
            guard append(byte) else { return nil }
        }
    }

    /// Packs the UTF-8 of `string`, upper-casing ASCII letters.
    init?(_ string: String) {
        guard let packed = string.utf8.withContiguousStorageIfAvailable({ PackedCode(uppercasing: $0) })
                ?? PackedCode(uppercasing: Array(string.utf8)) else { return nil }
        self = packed
    }

    /// Appends one byte (upper-casing a letter); `false` when it is not printable ASCII or the code is full.
    @inline(__always)
    mutating func append(_ byte: UInt8) -> Bool {
        guard byte > 0x20, byte < 0x7F, count < PackedCode.capacity else { return false }
        let value = UInt64(byte >= 0x61 && byte <= 0x7A ? byte &- 0x20 : byte)
        let shift = UInt64((count & 7) &* 8)
        switch count >> 3 {
        case 0: word0 |= value << shift
        case 1: word1 |= value << shift
        default: word2 |= value << shift
        }
        count &+= 1
        return true
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    /// The byte at `offset` (0-based, less than `count`).
    @inline(__always)
    subscript(offset: Int) -> UInt8 {
        let word = switch offset >> 3 {
        case 0: word0
        case 1: word1
        default: word2
        }
        return UInt8(truncatingIfNeeded: word >> UInt64((offset & 7) &* 8))
    }

    /// The three words folded into one; the bytes are printable, so the words alone decide equality.
    @inline(__always)
    var mixedWords: UInt64 { word0 ^ (word1 &* 0x9E37_79B9_7F4A_7C15) ^ (word2 &* 0xC2B2_AE3D_27D4_EB4F) }

    static func == (lhs: PackedCode, rhs: PackedCode) -> Bool {
        lhs.word0 == rhs.word0 && lhs.word1 == rhs.word1 && lhs.word2 == rhs.word2
    }

    /// One `combine` instead of four: hashing dominates index lookups.
    func hash(into hasher: inout Hasher) { hasher.combine(mixedWords) }

    /// The packed bytes as a string.
    var string: String { String(decoding: Array(self), as: UTF8.self) }
}
