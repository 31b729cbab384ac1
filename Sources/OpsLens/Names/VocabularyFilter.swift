/// One bit per word of a vocabulary, at the FNV-1a hash of its bytes: "certainly not in it" without the
/// string hashing of a dictionary lookup. Most words of a holding name, and most pairs of its adjacent
/// words written together, are in no listed name.
struct VocabularyFilter: Sendable {
    private let bits: [UInt64]
    private let mask: Int

    /// A filter of `words`, with 16 bits per word (about one "maybe" in sixteen for a word not held).
    init(_ words: some Collection<String>) {
        var count = 64
        while count < words.count * 16 { count <<= 1 }
        var bits = [UInt64](repeating: 0, count: count / 64)
        for word in words {
            let bit = Self.bit(Self.hash(word), count - 1)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.bits = bits
        mask = count - 1
    }

    /// False when `word` is certainly not in the vocabulary.
    func mayContain(_ word: String) -> Bool {
        isSet(Self.bit(Self.hash(word), mask))
    }

    /// False when `first` and `second` written together are certainly not in the vocabulary.
    func mayContain(_ first: String, joinedWith second: String) -> Bool {
        isSet(Self.bit(Self.hash(second, continuing: Self.hash(first)), mask))
    }

    private func isSet(_ bit: Int) -> Bool { bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }

    private static func bit(_ hash: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask }

    private static func hash(_ word: String, continuing start: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var hash = start
        for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
