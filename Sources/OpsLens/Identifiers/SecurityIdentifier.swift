/// The kinds of security and entity identifier OpsLens understands.
public enum IdentifierKind: String, Sendable, Codable, CaseIterable {
    case isin, cusip, sedol, figi, lei
}

/// A security or entity identifier, normalised and checked against its check digit.
///
/// An identifier that fails its check digit is kept, not dropped: lists publish such values
/// and holdings files carry them, so `isValid` is false and `problem` says why.
public struct SecurityIdentifier: Hashable, Sendable, Codable {
    public let kind: IdentifierKind
    /// Trimmed and upper-cased.
    public let value: String
    public let isValid: Bool
    /// Why the value is not valid, when it is not.
    public let problem: String?

    /// Reads `text` as an identifier of `kind`; returns `nil` when the shape is wrong
    /// (length or characters), and an invalid identifier when only the check digit fails.
    public init?(_ text: String, kind: IdentifierKind) {
        let value = SecurityIdentifier.normalize(text)
        let bytes = Array(value.utf8)
        guard let check = SecurityIdentifier.check(bytes, kind: kind) else { return nil }
        self.kind = kind
        self.value = value
        self.isValid = check.isValid
        self.problem = check.isValid ? nil : check.problem
    }

    /// Upper-cases and removes spaces and dashes.
    public static func normalize(_ text: String) -> String {
        String(text.uppercased().unicodeScalars.filter { $0 != " " && $0 != "-" && $0 != "\u{A0}" && $0 != "\t" })
    }

    /// Classifies `text` as the identifier kind whose shape and check digit it fits best.
    ///
    /// A value with a valid check digit wins over one that only has the right shape.
    public static func classify(_ text: String) -> SecurityIdentifier? {
        let candidates = IdentifierKind.allCases.compactMap { SecurityIdentifier(text, kind: $0) }
        return candidates.first(where: \.isValid) ?? candidates.first
    }

    private struct Check { var isValid: Bool; var problem: String }

    private static func check(_ bytes: [UInt8], kind: IdentifierKind) -> Check? {
        let alphanumeric = bytes.allSatisfy { CheckDigits.alphanumericValue($0) != nil }
        switch kind {
        case .isin:
            guard bytes.count == 12, alphanumeric, bytes[0...1].allSatisfy(isLetter),
                  let last = digitValue(bytes[11]) else { return nil }
            let expected = CheckDigits.isinCheckDigit(Array(bytes[0..<11]))
            return Check(isValid: expected == last, problem: "ISIN check digit should be \(expected.map(String.init) ?? "?"), not \(last)")
        case .cusip:
            guard bytes.count == 9, let last = digitValue(bytes[8]),
                  bytes[0..<8].allSatisfy({ CheckDigits.alphanumericValue($0) != nil || "*@#".utf8.contains($0) }),
                  bytes[0..<8].contains(where: isDigit) else { return nil }
            let expected = CheckDigits.cusipCheckDigit(Array(bytes[0..<8]))
            return Check(isValid: expected == last, problem: "CUSIP check digit should be \(expected.map(String.init) ?? "?"), not \(last)")
        case .sedol:
            guard bytes.count == 7, alphanumeric, let last = digitValue(bytes[6]) else { return nil }
            guard let expected = CheckDigits.sedolCheckDigit(Array(bytes[0..<6])) else {
                return Check(isValid: false, problem: "SEDOL codes contain no vowels")
            }
            return Check(isValid: expected == last, problem: "SEDOL check digit should be \(expected), not \(last)")
        case .figi:
            guard bytes.count == 12, alphanumeric, bytes[0...1].allSatisfy(isLetter), bytes[2] == UInt8(ascii: "G"),
                  let last = digitValue(bytes[11]) else { return nil }
            if bytes[0..<11].contains(where: { "AEIOU".utf8.contains($0) }) {
                return Check(isValid: false, problem: "FIGI codes contain no vowels")
            }
            let prefix = String(decoding: bytes[0...1], as: UTF8.self)
            if ["BS", "BM", "GG", "GB", "VG"].contains(prefix) {
                return Check(isValid: false, problem: "a FIGI cannot start with \(prefix)")
            }
            let expected = CheckDigits.figiCheckDigit(Array(bytes[0..<11]))
            return Check(isValid: expected == last, problem: "FIGI check digit should be \(expected.map(String.init) ?? "?"), not \(last)")
        case .lei:
            guard bytes.count == 20, alphanumeric, bytes[18...19].allSatisfy(isDigit) else { return nil }
            let remainder = CheckDigits.mod97(bytes)
            return Check(isValid: remainder == 1, problem: "LEI check digits fail ISO 7064 MOD 97-10")
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
    private static func digitValue(_ byte: UInt8) -> Int? { isDigit(byte) ? Int(byte - UInt8(ascii: "0")) : nil }
}
