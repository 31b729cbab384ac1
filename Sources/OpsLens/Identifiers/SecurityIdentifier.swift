/// A security or entity identifier, normalised and checked against its check digit.
///
/// An identifier that fails its check digit is kept, not dropped: lists publish such values
/// and holdings files carry them, so `isValid` is false and `problem` says why.
public struct SecurityIdentifier: Hashable, Sendable, Codable {
    public let kind: IdentifierKind
    /// Upper-cased, with spaces, dashes and tabs removed.
    public let value: String
    /// Whether the value passes every rule of its kind (check digit, alphabet, prefix).
    public let isValid: Bool
    /// Why the value is not valid, when it is not.
    public let problem: String?

    /// Reads `text` as an identifier of `kind`.
    ///
    /// - Parameters:
    ///   - text: the identifier as written; case, spaces and dashes do not matter.
    ///   - kind: the kind to read it as.
    /// - Returns: `nil` when the shape is wrong (length, characters, where letters and digits
    ///   must be); an identifier with `isValid == false` when only a rule of the kind fails.
    public init?(_ text: String, kind: IdentifierKind) {
        let value = SecurityIdentifier.normalize(text)
        guard let problem = SecurityIdentifier.check(Array(value.utf8), kind: kind) else { return nil }
        self.kind = kind
        self.value = value
        self.isValid = problem.isEmpty
        self.problem = problem.isEmpty ? nil : problem
    }

    /// Upper-cases and removes spaces, no-break spaces, tabs and dashes.
    public static func normalize(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case " ", "-", "\t", "\u{A0}": continue
            case "a"..."z": bytes.append(UInt8(scalar.value) - 32)
            default:
                if scalar.isASCII {
                    bytes.append(UInt8(scalar.value))
                } else {
                    bytes.append(contentsOf: String(scalar).uppercased().utf8)
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Classifies `text` as the identifier kind whose shape and rules it fits best.
    ///
    /// A value that passes its kind's rules wins over one that only has the right shape. When
    /// several kinds pass, ISIN comes before CUSIP, SEDOL, FIGI and LEI, except that a value
    /// starting with `BBG` (Bloomberg's FIGI prefix) is read as a FIGI. A 9-character value
    /// with no digit before its check digit is not taken for a CUSIP.
    ///
    /// - Returns: the best reading, or `nil` when no kind has the right shape.
    public static func classify(_ text: String) -> SecurityIdentifier? {
        var candidates = IdentifierKind.allCases.compactMap { SecurityIdentifier(text, kind: $0) }
        candidates.removeAll { $0.kind == .cusip && !$0.value.utf8.dropLast().contains(where: isDigit) }
        if let first = candidates.first, first.value.hasPrefix("BBG"),
           let figi = candidates.firstIndex(where: { $0.kind == .figi && $0.isValid }) {
            return candidates[figi]
        }
        return candidates.first(where: \.isValid) ?? candidates.first
    }

    /// The problem with `bytes` read as `kind`: `nil` for the wrong shape, empty when valid.
    static func check(_ bytes: [UInt8], kind: IdentifierKind) -> String? {
        guard bytes.count == kind.length else { return nil }
        let body = bytes.dropLast(kind == .lei ? 2 : 1)
        let last = Int(bytes[bytes.count - 1]) - 48
        switch kind {
        case .isin:
            guard isAlphanumeric(bytes), isLetter(bytes[0]), isLetter(bytes[1]), isDigit(bytes[11]) else { return nil }
            guard ISINCountries.contains(bytes[0], bytes[1]) else {
                return "\(String(decoding: bytes[0...1], as: UTF8.self)) is not a country code ISINs use"
            }
            return expect(CheckDigits.isinCheckDigit(body), last, "ISIN")
        case .cusip:
            guard body.allSatisfy({ CheckDigits.cusipValue($0) != nil }), isDigit(bytes[8]) else { return nil }
            return expect(CheckDigits.cusipCheckDigit(body), last, "CUSIP")
        case .sedol:
            guard isAlphanumeric(bytes), isDigit(bytes[6]) else { return nil }
            if bytes.contains(where: CheckDigits.isVowel) { return "SEDOL codes contain no vowels" }
            if isDigit(bytes[0]), !bytes.allSatisfy(isDigit) {
                return "an old-style SEDOL is all digits and a new-style one starts with a letter"
            }
            return expect(CheckDigits.sedolCheckDigit(body), last, "SEDOL")
        case .figi:
            guard isAlphanumeric(bytes), isLetter(bytes[0]), isLetter(bytes[1]), bytes[2] == UInt8(ascii: "G"),
                  isDigit(bytes[11]) else { return nil }
            if bytes.contains(where: CheckDigits.isVowel) { return "FIGI codes contain no vowels" }
            let prefix = String(decoding: bytes[0...1], as: UTF8.self)
            if ["BS", "BM", "GG", "GB", "VG"].contains(prefix) { return "a FIGI cannot start with \(prefix)" }
            return expect(CheckDigits.figiCheckDigit(body), last, "FIGI")
        case .lei:
            guard isAlphanumeric(bytes), isDigit(bytes[18]), isDigit(bytes[19]) else { return nil }
            guard CheckDigits.mod97(bytes) != 1 else { return "" }
            let expected = CheckDigits.mod97CheckDigits(body).map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "?"
            return "LEI check digits should be \(expected), not \(String(decoding: bytes[18...19], as: UTF8.self))"
        }
    }

    private static func expect(_ expected: Int?, _ actual: Int, _ name: String) -> String {
        guard let expected else { return "\(name) contains a character outside its alphabet" }
        return expected == actual ? "" : "\(name) check digit should be \(expected), not \(actual)"
    }

    static func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
    static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
    static func isAlphanumeric(_ bytes: [UInt8]) -> Bool { bytes.allSatisfy { isLetter($0) || isDigit($0) } }
}
