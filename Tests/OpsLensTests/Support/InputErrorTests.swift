import OpsLens
import Testing

@Suite("The input error family")
struct InputErrorTests {
    @Test("an input error prints file:line:column: message")
    func inputErrorPrintsItsPlace() {
        let error = InputError(.unreadable, file: "fund.csv", line: 3, column: 2, "cannot read")
        #expect(error.description == "fund.csv:3:2: cannot read")
        #expect(error.severity == nil && error.location == SourceLocation(file: "fund.csv", line: 3, column: 2))
    }

    @Test("a rules or list problem is an input error that also prints its level")
    func listProblemPrintsItsLevel() {
        let error: InputError = ListLoadError(.badValue, "entry 36: unknown type 'x'", at: SourceLocation(file: "sdn.csv", line: 1, column: 3))
        #expect(error.description == "sdn.csv:1:3: error: entry 36: unknown type 'x'")
        #expect(error.file == "sdn.csv" && error.line == 1 && error.column == 3 && error.code == .badValue)
        let warning = ListLoadError(.unknownEntry, "row skipped", at: SourceLocation(file: "alt.csv", line: 9), severity: .warning)
        #expect(warning.description == "alt.csv:9: warning: row skipped")
    }
}
