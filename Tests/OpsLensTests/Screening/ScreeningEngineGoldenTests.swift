import Foundation
import OpsLens
import Testing

/// The JSON reports of the sample portfolios and of the real iShares downloads, as `opslens screen`
/// printed them when run from the package root: the engine must keep giving exactly these (apart
/// from the run's timestamps) unless a change means to alter what is found.
@Suite("The screening engine's reports")
struct ScreeningEngineGoldenTests {
    static func report(_ files: [String], rules: String?, ofac: [String], asOf: String) throws -> String {
        let engine = try ScreeningEngine.load(rulesDirectory: rules.map(TestFiles.repository),
                                              ofacDirectories: ofac.map { TestFiles.shared("ofac/\($0)") })
        // Named as the command line names them, read from wherever the tests run.
        let inputs = files.map { name in
            InputSource(name: name, content: .file(name.hasPrefix("../shared/data/")
                ? TestFiles.shared(String(name.dropFirst("../shared/data/".count))) : TestFiles.repository(name)))
        }
        let request = ScreeningRequest(holdings: inputs, asOf: CalendarDate(iso: asOf)!)
        let json = ReportFormat.json.render(try engine.screen(request, now: { "" }).report)
        let root = TestFiles.packageRoot.path
        return json.replacingOccurrences(of: (root as NSString).deletingLastPathComponent + "/shared/", with: "../shared/")
            .replacingOccurrences(of: root + "/", with: "")
    }

    static func golden(_ name: String) throws -> String {
        try String(contentsOfFile: TestFiles.repository("Tests/OpsLensTests/Screening/Golden/\(name)"), encoding: .utf8)
    }

    @Test("screens the sample portfolios with the default rules as opslens screen Portfolios did")
    func samplePortfolios() throws {
        let files = ["custodian-global-equity.csv", "emerging-asia-etf.csv", "european-balanced-fund.csv"].map { "Portfolios/\($0)" }
        let json = try Self.report(files, rules: "Rules", ofac: [], asOf: "2022-06-30")
        #expect(json == (try Self.golden("portfolios-2022-06-30.json")))
    }

    @Test("screens the real iShares downloads against full SDN and Consolidated lists as before")
    func realDownloads() throws {
        let files = ["ishares_ACWI_2022-03-10.csv", "ishares_EEM_2022-03_excel-resaved.csv"].map { "../shared/data/holdings/\($0)" }
        let json = try Self.report(files, rules: "Rules", ofac: ["sdn-2021-07", "cons-2025-12"], asOf: "2022-03-10")
        #expect(json == (try Self.golden("ishares-2022-03-10.json")))
    }
}
