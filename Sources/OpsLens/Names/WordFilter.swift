/// A quick, allocation-free "may this word be in the set?" test by first byte and length, and by last byte
/// and length.
///
/// The normaliser looks most words up in several tables (legal forms, listing noise, the lexicon); most
/// words are in none, and this filter answers "no" for them without hashing the string.
struct WordFilter: Sendable {
    /// Bit `byte * 32 + length` (lengths past 31 share 31): some word starts with `byte` and has that length.
    private var firsts = [UInt64](repeating: 0, count: 256 * 32 / 64)
    /// The same for the last byte.
    private var lasts = [UInt64](repeating: 0, count: 256 * 32 / 64)

    init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words { insert(word) }
    }

    private static func bit(_ byte: UInt8, _ length: Int) -> Int {
        Int(byte) * 32 + min(length, 31)
    }

    private static func isSet(_ bits: [UInt64], _ bit: Int) -> Bool {
        bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    private mutating func insert(_ word: String) {
        guard let first = word.utf8.first, let last = word.utf8.last else { return }
        let length = word.utf8.count
        let start = Self.bit(first, length), end = Self.bit(last, length)
        firsts[start >> 6] |= 1 << UInt64(start & 63)
        lasts[end >> 6] |= 1 << UInt64(end & 63)
    }

    /// False when no word of the set starts with `firstByte` and has `length` bytes.
    func mayContain(firstByte: UInt8, length: Int) -> Bool {
        Self.isSet(firsts, Self.bit(firstByte, length))
    }

    /// False when `word` is certainly not in the set.
    func mayContain(_ word: String) -> Bool {
        let utf8 = word.utf8
        guard let first = utf8.first else { return false }
        let length = utf8.count
        guard Self.isSet(firsts, Self.bit(first, length)) else { return false }
        return Self.isSet(lasts, Self.bit(utf8[utf8.index(before: utf8.endIndex)], length))
    }
}
