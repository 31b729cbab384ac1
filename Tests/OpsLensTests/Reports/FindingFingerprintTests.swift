@testable import OpsLens
import Testing

@Suite("Finding fingerprints")
struct FindingFingerprintTests {
    let holding = HoldingReference(file: "a.csv", line: 3, portfolio: "EM-ASIA", name: "Hikvision",
                                   identifiers: ["isin": "CNE100000PM8", "ticker": "002415"])

    @Test("is 20 lowercase hex digits and the same in every run")
    func stableAndHex() {
        let id = Finding.fingerprint(ruleId: "ns-cmic", holding: holding, entityId: "ofac-ns-cmic:HIKVISION")
        #expect(id.count == FindingFingerprint.length)
        #expect(id.allSatisfy { "0123456789abcdef".contains($0) })
        // Pinned: a change here breaks every waiver and baseline written before it.
        #expect(id == FindingFingerprint.id(rule: "ns-cmic", portfolio: "EM-ASIA", security: "isin:CNE100000PM8",
                                            entity: "ofac-ns-cmic:HIKVISION"))
        #expect(id == "2b6ee9677e39e70016ad")
    }

    @Test("does not depend on the holding's line, name, quantity or file")
    func ignoresEvidence() {
        var moved = holding
        moved.line = 900
        moved.file = "b.csv"
        moved.name = "HIKVISION DIGITAL"
        moved.quantity = 5
        #expect(Finding.fingerprint(ruleId: "r", holding: moved, entityId: "e")
                == Finding.fingerprint(ruleId: "r", holding: holding, entityId: "e"))
    }

    @Test("changes with each part of the key", arguments: [
        ("other-rule", "EM-ASIA", "isin:CNE100000PM8", "e"),
        ("r", "OTHER", "isin:CNE100000PM8", "e"),
        ("r", "EM-ASIA", "isin:CNE000001Q93", "e"),
        ("r", "EM-ASIA", "isin:CNE100000PM8", "other-entity"),
    ])
    func changesWithKey(rule: String, portfolio: String, security: String, entity: String) {
        let base = FindingFingerprint.id(rule: "r", portfolio: "EM-ASIA", security: "isin:CNE100000PM8", entity: "e")
        #expect(FindingFingerprint.id(rule: rule, portfolio: portfolio, security: security, entity: entity) != base)
    }

    @Test("keeps parts apart, so moving text between parts changes the id")
    func separatesParts() {
        #expect(FindingFingerprint.id(rule: "ab", portfolio: "c", security: "s", entity: "e")
                != FindingFingerprint.id(rule: "a", portfolio: "bc", security: "s", entity: "e"))
    }
}
