/// A company registration or tax number published for an entry, with its issuing country.
public struct RegistrationNumber: Hashable, Sendable, Codable {
    /// The scheme as published: `Unified Social Credit Code (USCC)`, `C.R. No.`, `Tax ID No.`, …
    public var scheme: String
    public var value: String
    /// The country in the trailing parentheses, e.g. `Hong Kong`.
    public var country: String?
    /// Any text after the country (`issued 06 Aug 1997`), kept verbatim.
    public var note: String?

    public init(scheme: String, value: String, country: String? = nil, note: String? = nil) {
        self.scheme = scheme
        self.value = value
        self.country = country
        self.note = note
    }
}
