import Testing
@testable import OpsLens

/// Changes between real OFAC vintages in `../shared/data/ofac`. The expected ids and counts were
/// computed independently with Python's csv module from the main files (entry numbers, names
/// and the program column split on `] [`).
@Suite("ListChanges between real OFAC vintages")
struct ListChangesVintageTests {
    static func changes(_ older: String, _ newer: String) throws -> ListChanges {
        let before = try OFACListReader.load(directory: TestData.ofac(older)).flatMap(\.entities)
        let after = try OFACListReader.load(directory: TestData.ofac(newer)).flatMap(\.entities)
        return ListChanges(from: before, to: after)
    }

    @Test("Consolidated Apr → Dec 2025: one removal, Russian oil companies gain RUSSIA-EO14024, no NS-CMIC change")
    func consolidated2025() throws {
        let changes = try Self.changes("cons-2025-04", "cons-2025-12")
        #expect(changes.added.isEmpty)
        #expect(changes.removed == [ListChanges.Entry(listID: "ofac-consolidated", sourceID: "26182", name: "KAYAKIRAN, Evren", programs: ["FSE-IR"])])
        let programChanges = changes.changed.filter { $0.fields.contains { $0.field == .programs } }
        #expect(programChanges.map(\.after.sourceID) == ["17022", "17248", "18267", "18269", "18271", "18274", "18276",
                                                         "18282", "18284", "18290", "18292", "18782"])
        for change in programChanges.dropLast() {
            #expect(change.fields.first { $0.field == .programs }?.added == ["RUSSIA-EO14024"])
        }
        let rosoboronexport = try #require(programChanges.last)
        #expect(rosoboronexport.after.name == "ROSOBORONEKSPORT OAO")
        #expect(rosoboronexport.fields.first { $0.field == .programs }?.removed == ["SYRIA"])
        let renamed = changes.changed.filter { $0.fields.contains { $0.field == .name } }
        #expect(renamed.map(\.before.name) == ["RN-KOMSOMOLSKY REFINERY LLC"])
        #expect(renamed.map(\.after.name) == ["RN KOMSOMOLSKIY REFINERY LLC"])
        // The 68 NS-CMIC entries are the same entries with the same CMIC dates in both.
        let cmic = changes.restricted(to: "CMIC-EO13959")
        #expect(cmic.added.isEmpty && cmic.removed.isEmpty)
        #expect(!cmic.changed.contains { change in change.fields.contains { $0.field == .dates || $0.field == .programs } })
        // April's copy has no cons_alt.csv, so strong aliases are not compared.
        #expect(changes.uncompared.map(\.listID) == ["ofac-consolidated"])
        let counts = Dictionary(uniqueKeysWithValues: changes.programCounts.map { ($0.program, $0) })
        #expect(counts["FSE-IR"]?.removed == 1)
        #expect(counts["RUSSIA-EO14024"].map { $0.changed >= 12 && $0.added == 0 } == true)
    }

    @Test("SDN Jul 2021 → 10 Dec 2021: 409 added, 239 removed, the founding article's designees among the added")
    func sdn2021() throws {
        let changes = try Self.changes("sdn-2021-07", "sdn-2021-12-10")
        #expect(changes.added.count == 409)
        #expect(changes.removed.count == 239)
        let added = Set(changes.added.map(\.sourceID))
        #expect(["34079", "34119", "34020", "34021"].allSatisfy(added.contains))
        #expect(changes.removed.first == ListChanges.Entry(listID: "ofac-sdn", sourceID: "2680", name: "HABBASH, George", programs: ["SDGT"]))
        let renamed = changes.changed.filter { $0.fields.contains { $0.field == .name } }.map(\.after.sourceID)
        #expect(renamed == ["2677", "4243", "6903", "6905", "6939", "7923", "8886", "12743", "23629"])
        let reprogrammed = changes.changed.filter { $0.fields.contains { $0.field == .programs } }.map(\.after.sourceID)
        #expect(reprogrammed == ["8150", "8159", "10405", "11185", "11186", "12882", "12884", "18348", "18349",
                                 "20290", "26391", "27854", "30722", "30724", "30743", "31794", "31795"])
        let counts = Dictionary(uniqueKeysWithValues: changes.programCounts.map { ($0.program, $0) })
        #expect(counts["GLOMAG"]?.added == 100)
        #expect(counts["BELARUS-EO14038"]?.added == 66)
        #expect(counts["SDNTK"]?.added == 20)
        #expect(counts["SDNTK"]?.removed == 209)
        #expect(counts["SDGT"]?.added == 59)
        #expect(counts["SDGT"]?.removed == 8)
        #expect(counts["DPRK3"]?.added == 7)
        // The December copy is the main file only: no alias file to compare strong aliases with.
        #expect(changes.uncompared.map(\.listID) == ["ofac-sdn"])
    }
}
