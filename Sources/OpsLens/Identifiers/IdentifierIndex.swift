/// Finds the entries (by integer key) that published a security or entity identifier.
///
/// Identifiers are indexed as published, valid or not (a list's bad check digit must still
/// match the same bad value in a holding). A valid US/CA or GB/IE ISIN is indexed under the
/// valid CUSIP or SEDOL it contains, so an entry that published `US91324PAE25` is found by a
/// holding's CUSIP `91324PAE2` and the other way round. Build once, then share read-only.
public struct IdentifierIndex: Sendable {
    struct Key: Equatable, Sendable, WordHashable {
        var kind: IdentifierKind
        var code: PackedCode

        var hashWord: UInt64 { code.mixedWords &+ UInt64(kind.length) &* 0x1656_67B1_9E37_79F9 }
    }

    private var table = KeyTable<Key>()

    /// An empty index.
    public init() {}

    /// The number of distinct identifiers indexed.
    public var count: Int { table.count }

    /// Records that the entry `key` published `identifier`.
    public mutating func insert(_ identifier: SecurityIdentifier, for key: Int) {
        guard let code = PackedCode(identifier.value) else { return }
        table.append(key, for: Self.key(kind: identifier.kind, code: code))
    }

    /// The entries that published `identifier` (or an ISIN, CUSIP or SEDOL equivalent to it).
    public func keys(for identifier: SecurityIdentifier) -> [Int] {
        PackedCode(identifier.value).flatMap { table.values(for: Self.key(kind: identifier.kind, code: $0)) } ?? []
    }

    /// The entries that published the identifier `text` of `kind`, read without building a
    /// `SecurityIdentifier`: case, spaces, tabs, no-break spaces and dashes are ignored.
    ///
    /// This is the fast path for holdings columns whose kind the header already says.
    public func keys(for text: String, kind: IdentifierKind) -> [Int] {
        var text = text
        return text.withUTF8 { keys(forUTF8: $0, kind: kind) }
    }

    /// The same for the identifier's UTF-8 bytes.
    func keys(forUTF8 bytes: UnsafeBufferPointer<UInt8>, kind: IdentifierKind) -> [Int] {
        guard let code = Self.normalized(bytes), code.count == kind.length else { return [] }
        return table.values(for: Self.key(kind: kind, code: code)) ?? []
    }

    /// Packs `bytes` upper-cased, skipping the separators `SecurityIdentifier.normalize` drops.
    static func normalized(_ bytes: UnsafeBufferPointer<UInt8>) -> PackedCode? {
        var code = PackedCode()
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == 0x20 || byte == 0x2D || byte == 0x09 {
                offset += 1
            } else if byte == 0xC2, offset + 1 < bytes.count, bytes[offset + 1] == 0xA0 {
                offset += 2
            } else {
                guard code.append(byte) else { return nil }
                offset += 1
            }
        }
        return code.isEmpty ? nil : code
    }

    /// The key an identifier is filed under: a valid US/CA/GB/IE ISIN under its valid national code.
    static func key(kind: IdentifierKind, code: PackedCode) -> Key {
        guard kind == .isin, code.count == 12, let national = nationalCode(ofISIN: code) else {
            return Key(kind: kind, code: code)
        }
        return national
    }

    private static func nationalCode(ofISIN isin: PackedCode) -> Key? {
        let country = (isin[0], isin[1])
        let usOrCanada = country == (0x55, 0x53) || country == (0x43, 0x41)
        let britainOrIreland = country == (0x47, 0x42) || country == (0x49, 0x45)
        guard usOrCanada || britainOrIreland, let last = digit(isin[11]),
              CheckDigits.isinCheckDigit(isin[0..<11]) == last else { return nil }
        if usOrCanada {
            guard let check = digit(isin[10]), CheckDigits.cusipCheckDigit(isin[2..<10]) == check,
                  let cusip = PackedCode(uppercasing: isin[2..<11]) else { return nil }
            return Key(kind: .cusip, code: cusip)
        }
        guard isin[2] == 0x30, isin[3] == 0x30, let check = digit(isin[10]),
              !(digit(isin[4]) != nil && isin[4..<10].contains { digit($0) == nil }),
              CheckDigits.sedolCheckDigit(isin[4..<10]) == check,
              let sedol = PackedCode(uppercasing: isin[4..<11]) else { return nil }
        return Key(kind: .sedol, code: sedol)
    }

    @inline(__always)
    private static func digit(_ byte: UInt8) -> Int? { (0x30...0x39).contains(byte) ? Int(byte &- 0x30) : nil }
}
