import OpsLens
import Testing

@Suite("List changes in the quarterly report, over real OFAC vintages")
struct QuarterlyListChangesTests {
    @Test("SDN Jul 2021 → 10 Dec 2021 against the real ACWI download: the added ALDAR PROPERTIES entry touches its holding")
    func sdnVintagesTouchACWI() throws {
        let rules = TestFiles.repository("Rules")
        let engine = try ScreeningEngine.load(rulesDirectory: rules, ofacDirectories: [TestFiles.shared("ofac/sdn-2021-12-10")])
        let previous = try RuleBookLoader.load(rulesDirectory: rules, ofacDirectories: [TestFiles.shared("ofac/sdn-2021-07")]).lists
        let acwi = InputSource(name: "ishares_ACWI_2022-03-10.csv", content: .file(TestFiles.shared("holdings/ishares_ACWI_2022-03-10.csv")))
        let request = QuarterlyRequest(period: ReportingPeriod(quarter: "2022Q1")!, snapshots: [SnapshotInput(source: acwi)],
                                       previousLists: previous)
        let report = try engine.quarterlyReport(request, now: { "" })
        let changes = try #require(report.listChanges)
        // The same counts as the vintage diff itself (ListChangesVintageTests); the rules folder's own lists are
        // the same in both vintages and add nothing.
        #expect(changes.changes.added.count == 409 && changes.changes.removed.count == 239)
        #expect(Set(changes.changes.added.map(\.listID)) == ["ofac-sdn"])
        let aldar = try #require(changes.touchingHoldings.first { $0.entry.sourceID == "33282" })
        #expect(aldar.kind == .added && aldar.entry.name == "ALDAR PROPERTIES")
        #expect(aldar.holdings.map(\.security) == ["ticker:ALDAR XADS"])
        #expect(aldar.holdings.first?.snapshotDates == ["2022-03-10"])
        #expect(report.snapshots.first?.dateSource == "file")
        #expect(report.portfolios.first?.listChangesTouchingHoldings == changes.touchingHoldings.count)
        #expect(report.run.previousLists?.contains { $0.id == "ofac-sdn" } == true)
        let markdown = QuarterlyReportFormat.markdown.render(report)
        #expect(markdown.contains("| added | ALDAR PROPERTIES \\[ofac-sdn 33282\\]"))
    }
}
