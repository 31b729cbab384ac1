/// Why a curated entry (not published by the list's publisher) exists, and what it ties to.
///
/// Example: OFAC lists `SENSETIME GROUP LIMITED` (33114) with a Hong Kong C.R. number, while the
/// HKEX-listed issuer of 0020 is `SenseTime Group Inc.` (Cayman); a curated entry ties the two.
public struct Curation: Hashable, Sendable, Codable {
    /// The published entry this one stands for (`ofac-consolidated:33114`), when it is a mapping.
    public var sameAs: String?
    /// The reasoning, in prose.
    public var reasoning: String
    /// Documents and URLs the reasoning rests on.
    public var sources: [String]

    public init(sameAs: String? = nil, reasoning: String, sources: [String]) {
        self.sameAs = sameAs
        self.reasoning = reasoning
        self.sources = sources
    }
}
