import Testing
import OpsLens

@Suite("CSV writer")
struct CSVWriterTests {
    @Test("neutralises text a spreadsheet would run as a formula, in both quoting modes")
    func neutralises() {
        for quoting in [CSVWriter.Quoting.always, .whenNeeded] {
            let line = CSVWriter(quoting: quoting).line([.text("=1+2"), .text("@SUM(A1)"), .bare("-3")])
            #expect(line == (quoting == .always ? "\"'=1+2\",\"'@SUM(A1)\",-3\n" : "'=1+2,'@SUM(A1),-3\n"))
        }
    }

    @Test("quotes only where needed when asked to, and writes empty cells bare")
    func quotesWhenNeeded() {
        let writer = CSVWriter(quoting: .whenNeeded)
        #expect(writer.line([.text("a,b"), .text("plain"), .text(nil), .text("say \"hi\"")]) == "\"a,b\",plain,,\"say \"\"hi\"\"\"\n")
    }
}
