import Foundation
import Testing
@testable import OpsLens

@Suite("OFAC's program field")
struct OFACProgramsTests {
    /// The splitting by Foundation the byte-level reader replaced.
    static func byFoundation(_ field: String) -> [String] {
        guard field.contains("] [") || field.hasPrefix("[") else { return [field] }
        return field.components(separatedBy: "] [")
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")) }
            .filter { !$0.isEmpty }
    }

    @Test("is split into programs as OFAC writes them, and as Foundation split it on random fields")
    func splitsLikeFoundation() {
        #expect(OFACListReader.programs("SDGT] [IRGC] [IFSR") == ["SDGT", "IRGC", "IFSR"])
        #expect(OFACListReader.programs("NS-CMIC") == ["NS-CMIC"])
        #expect(OFACListReader.programs("[CMIC-EO13959]") == ["CMIC-EO13959"])
        var random = SplitMix(state: 47)
        let alphabet = Array("[] A-Z1é".unicodeScalars)
        for _ in 0..<3_000 {
            let field = String(String.UnicodeScalarView((0..<random.below(14)).map { _ in alphabet[random.below(alphabet.count)] }))
            #expect(OFACListReader.programs(field) == Self.byFoundation(field), "\(field)")
        }
    }
}
