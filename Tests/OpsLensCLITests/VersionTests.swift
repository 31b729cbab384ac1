import Testing

@Suite("The opslens binary")
struct VersionTests {
    @Test("prints its version")
    func printsItsVersion() throws {
        let result = try OpsLensProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("0.1.0"))
    }

    @Test("exits with code 2 on an unknown option")
    func exitsWithTwoOnUsageError() throws {
        let result = try OpsLensProcess.run(["--no-such-option"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no-such-option"))
    }

    @Test("the commands that take a day share one --as-of option")
    func sharedAsOf() throws {
        for command in [["screen"], ["rules", "list"], ["rules", "entity"], ["check"]] {
            let result = try OpsLensProcess.run(command + ["--help"])
            #expect(result.stdout.contains("--as-of <YYYY-MM-DD>"), "\(command)")
        }
    }
}
