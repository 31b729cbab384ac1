import Testing
@testable import OpsLens

@Suite("Header texts and the delimiter sniffer")
struct HeaderTextTests {
    /// The normalisation by characters, which the byte-level path for ASCII must equal.
    static func byCharacters(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "%") }).joined(separator: " ")
    }

    @Test("ASCII headers normalise byte by byte exactly as by characters, and others still by characters")
    func asciiPathEqualsTheCharacterPath() {
        var random = SplitMix(state: 43)
        let alphabet = Array("aZ09 %_-./()#,;\t\"'Market Value (USD)".utf8)
        for _ in 0..<2_000 {
            let text = String(decoding: (0..<random.below(24)).map { _ in alphabet[random.below(alphabet.count)] }, as: UTF8.self)
            #expect(HeaderText.normalize(text) == Self.byCharacters(text), "\(text)")
        }
        for text in ["Poids (%)", "Währung", "ISIN-Code", "Market Value (€)", "  Name  "] {
            #expect(HeaderText.normalize(text) == Self.byCharacters(text))
        }
    }

    @Test("one pass counts the fields of every candidate delimiter as a pass per delimiter would")
    func onePassCountsEveryDelimiter() {
        let text = "Fund Holdings as of,\"Mar 10, 2022\"\n\nTicker;Name|x\tISIN\r\nA,\"B;C\nD\",E\n1;2;3\n"
        let counts = LayoutSniffer.fieldCounts(in: Array(text.utf8), delimiters: LayoutSniffer.candidateDelimiters, maximumLines: 500)
        #expect(counts[0] == [2, 1, 3, 1])
        #expect(counts[1] == [1, 2, 1, 3])
        #expect(counts[2] == [1, 2, 1, 1])
        #expect(counts[3] == [1, 2, 1, 1])
        #expect(LayoutSniffer.fieldCounts(in: Array(text.utf8), delimiters: [UInt8(ascii: ",")], maximumLines: 2) == [[2, 1]])
    }
}
