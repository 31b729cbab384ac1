import Foundation
import Testing

@Suite("The page at /, in headless Chromium", .serialized, .enabled(if: WebDriver.isAvailable, "needs Debian's chromium and chromium-driver"))
struct PageTests {
    @Test("uploads through the form, shows the report and the run, with no console errors")
    func uploadsThroughTheForm() throws {
        let db = FileManager.default.temporaryDirectory.appendingPathComponent("opslens-page-\(UUID().uuidString).sqlite").path
        let server = try ServedProcess(["--db", db])
        let browser = try WebDriver()
        try browser.open(server.baseURL + "/")
        try browser.type(ServeCommandTests.sample, into: "#picker")
        try browser.run("document.getElementById('asOf').value = '2022-06-30'")
        try browser.click("#submit")
        var state: [Any] = []
        let deadline = Date().addingTimeInterval(30)
        repeat {
            Thread.sleep(forTimeInterval: 0.2)
            state = try browser.run("""
                return [document.getElementById('status').textContent, document.getElementById('report').srcdoc,
                        document.getElementById('runs').children.length]
                """) as? [Any] ?? []
        } while (state.first as? String)?.hasPrefix("Run 1") != true && Date() < deadline
        #expect((state.first as? String)?.hasPrefix("Run 1: failed") == true, "\(state.first ?? "")")
        let report = state.count > 1 ? state[1] as? String ?? "" : ""
        #expect(report.contains("OpsLens screening report") && report.contains("emerging-asia-etf.csv"))
        #expect(state.count > 2 && state[2] as? Int == 1, "the run is listed")
        let screenshot = try browser.screenshot()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("opslens-page-report.png")
        try screenshot.write(to: path)
        #expect(screenshot.count > 10_000 && screenshot.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(try browser.consoleErrors() == [])
    }
}
