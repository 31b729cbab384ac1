import Foundation
import OpsLens
import Testing

@Suite("One screening engine for every front end")
struct ScreeningEngineTests {
    static let engine = Result { try ScreeningEngine.load(rulesDirectory: TestFiles.repository("Rules")) }
    static let sample = TestFiles.repository("Portfolios/emerging-asia-etf.csv")

    static func findings(_ outcome: ScreeningOutcome) -> [String] {
        outcome.report.findings.map { "\($0.id) \($0.severity) \($0.status) \($0.holding.file):\($0.holding.line)" }
    }

    @Test("screens uploaded bytes exactly as the file they came from, under the name given")
    func screensBytesLikeTheFile() throws {
        let engine = try Self.engine.get()
        let asOf = CalendarDate(iso: "2022-06-30")!
        let fromFile = try engine.screen(ScreeningRequest(holdings: [.file(Self.sample)], asOf: asOf), now: { "" })
        let bytes = try #require(FileManager.default.contents(atPath: Self.sample))
        let upload = InputSource.bytes(bytes, name: Self.sample)
        let fromBytes = try engine.screen(ScreeningRequest(holdings: [upload], asOf: asOf), now: { "" })
        #expect(!fromFile.report.findings.isEmpty)
        #expect(Self.findings(fromBytes) == Self.findings(fromFile))
        #expect(fromBytes.report.run.inputs == fromFile.report.run.inputs)
    }

    @Test("takes the portfolio name from the caller, not from a temporary file's name, so fingerprints and waivers hold")
    func namesThePortfolio() throws {
        let engine = try Self.engine.get()
        let bytes = try #require(FileManager.default.contents(atPath: Self.sample))
        var options = HoldingsReadOptions()
        options.portfolio = "emerging-asia-etf"
        let asOf = CalendarDate(iso: "2022-06-30")!
        let named = try engine.screen(ScreeningRequest(holdings: [.bytes(bytes, name: "upload-7f3a.csv")], asOf: asOf,
                                                       readOptions: options), now: { "" })
        let fromFile = try engine.screen(ScreeningRequest(holdings: [.file(Self.sample)], asOf: asOf), now: { "" })
        #expect(named.report.findings.map(\.id) == fromFile.report.findings.map(\.id))
        #expect(named.report.findings.allSatisfy { $0.holding.file == "upload-7f3a.csv" })
    }

    @Test("screens many dates with one index: SenseTime's NS-CMIC phases follow the as-of date")
    func screensManyDates() throws {
        let engine = try Self.engine.get()
        func severities(_ date: String) throws -> [Severity] {
            let request = ScreeningRequest(holdings: [.file(Self.sample)], asOf: CalendarDate(iso: date)!, failOn: .warn)
            return try engine.screen(request, now: { "" }).report.findings
                .filter { $0.rule?.id == "ns-cmic" && $0.entity?.sourceId == "33114" }.map(\.severity)
        }
        #expect(try severities("2021-12-01").isEmpty, "not yet listed")
        #expect(try severities("2022-01-15") == [.warn], "listed, purchases not yet prohibited")
        #expect(try severities("2022-06-30") == [.block])
    }

    @Test("decides the verdict at the fail-on level")
    func decidesTheVerdict() throws {
        let engine = try Self.engine.get()
        let request = { (failOn: FailOn) in
            ScreeningRequest(holdings: [.file(Self.sample)], asOf: CalendarDate(iso: "2022-06-30")!, failOn: failOn)
        }
        let blocked = try engine.screen(request(.block), now: { "" })
        #expect(blocked.report.findings.contains { $0.severity == .block && $0.status == .open })
        #expect(blocked.exitCode == 1 && blocked.fails)
        #expect(try engine.screen(request(.never), now: { "" }).exitCode == 0)
        let beforeAnyListing = ScreeningRequest(holdings: [.file(Self.sample)], asOf: CalendarDate(iso: "2020-01-01")!)
        #expect(try engine.screen(beforeAnyListing, now: { "" }).exitCode == 0)
    }

    @Test("applies a rules folder's waivers.yml like a waivers.yaml, and refuses a folder with both")
    func readsEitherWaiverFileName() throws {
        let waiver = """
        - finding: 0123456789abcdef0123
          justification: test
          approvedBy: tester
          approvedAt: 2022-01-01
          expires: 2022-12-31
        """
        let folder = try TestData.folder(text: ["waivers.yml": waiver])
        let engine = try ScreeningEngine.load(rulesDirectory: folder)
        #expect(engine.defaultWaivers?.waivers.count == 1)
        let both = try TestData.folder(text: ["waivers.yml": waiver, "waivers.yaml": waiver])
        #expect(throws: InputError.self) { try ScreeningEngine.load(rulesDirectory: both) }
    }

    @Test("resolves a holding by the same path that screening takes")
    func resolvesLikeScreening() throws {
        let engine = try Self.engine.get()
        let (holdings, _) = try HoldingsReader().readAll(Self.sample)
        let asOf = CalendarDate(iso: "2022-06-30")!
        let one = holdings.flatMap { engine.findings(for: $0, matches: engine.resolve($0), asOf: asOf) }
        let screened = try engine.screen(ScreeningRequest(holdings: [.file(Self.sample)], asOf: asOf, waivers: WaiverFile(path: "none", waivers: [])),
                                         now: { "" })
        #expect(one.map(\.id) == screened.report.findings.map(\.id))
    }
}
