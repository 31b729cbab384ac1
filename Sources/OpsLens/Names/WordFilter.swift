/// A quick, allocation-free "may this word be in the set?" test by first byte and length.
///
/// The normaliser looks most words up in several tables (legal forms, listing noise, the lexicon); most
/// words are in none, and this filter answers "no" for them without hashing the string.
struct WordFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 256 * 32 / 64)

    init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words { insert(word) }
    }

    private static func bit(_ word: String) -> Int? {
        guard let first = word.utf8.first else { return nil }
        return Int(first) * 32 + min(word.utf8.count, 31)
    }

    private mutating func insert(_ word: String) {
        guard let bit = Self.bit(word) else { return }
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// False when no word of the set starts with `firstByte` and has `length` bytes.
    func mayContain(firstByte: UInt8, length: Int) -> Bool {
        let bit = Int(firstByte) * 32 + min(length, 31)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// False when `word` is certainly not in the set.
    func mayContain(_ word: String) -> Bool {
        guard let bit = Self.bit(word) else { return false }
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
