import Foundation
import Testing

/// `--gleif` and `--isin-lei` on the commands that screen, through the built binary, on the
/// GLEIF-format fixtures of `Tests/OpsLensTests/Ownership/Fixtures`.
@Suite("Screening commands with ownership data")
struct ScreenOwnershipTests {
    static let fixtures = "Tests/OpsLensTests/Ownership/Fixtures"

    static func path(_ name: String) -> String {
        OpsLensProcess.packageRoot.appendingPathComponent("\(fixtures)/\(name)").path
    }

    static func screen(gleif: String = "gleif-rr.csv", _ extra: [String] = []) throws -> OpsLensProcess.Result {
        try OpsLensProcess.run(["screen", path("holdings.csv"), "--rules", path("rules"), "--ofac", path("ofac"),
                                "--gleif", path(gleif), "--isin-lei", path("isin-lei.csv"), "--as-of", "2024-12-31"] + extra)
    }

    @Test("screen blocks holdings owned 50% or more by blocked persons and shows each path with file and line")
    func screenText() throws {
        let result = try Self.screen()
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("Summary: 7 findings (7 open, 0 waived): block 4, warn 1, info 2"))
        #expect(result.stdout.contains("ownership: blocked persons own 55% of the issuer in the aggregate"))
        #expect(result.stdout.contains("(GLEIF RR IS_DIRECTLY_CONSOLIDATED_BY, \(Self.path("gleif-rr.csv")):8)"))
    }

    @Test("a relationship file with a percentage above 100 stops the run with exit 2, naming line and column")
    func malformedRelationshipFile() throws {
        let result = try Self.screen(gleif: "gleif-rr-bad-percent.csv")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(Self.path("gleif-rr-bad-percent.csv")):4:13: expected a percentage from 0 to 100, found '125.00'"))
    }

    @Test("a relationship file that does not exist stops the run with exit 2")
    func missingFile() throws {
        let result = try Self.screen(gleif: "no-such-file.csv")
        #expect(result.status == 2)
        #expect(result.stderr.contains("no-such-file.csv"))
    }

    @Test("check decides an order for an ISIN-only issuer owned by a blocked person: block")
    func check() throws {
        let result = try OpsLensProcess.run(["check", "--order", "BUY 100 XS1000000015", "--rules", Self.path("rules"), "--ofac", Self.path("ofac"),
                                             "--gleif", Self.path("gleif-rr.csv"), "--isin-lei", Self.path("isin-lei.csv"),
                                             "--as-of", "2024-12-31"])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasPrefix("BLOCK  BUY 100 XS1000000015 on 2024-12-31: BUY of ALPHA BLOCKED HOLDINGS LIMITED (ofac-sdn:9101) "
                                         + "(owned 50% or more by blocked persons) blocked"))
    }
}
