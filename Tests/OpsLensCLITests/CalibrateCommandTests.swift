import Foundation
import Testing

@Suite("opslens calibrate")
struct CalibrateCommandTests {
    @Test("prints precision, recall and F1 per threshold and recommends one, on the labelled fixture")
    func calibratesTheFixture() throws {
        let result = try OpsLensProcess.run(["calibrate", "--pairs", "Tests/OpsLensTests/Names/Fixtures/name-pairs.csv"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("threshold  precision  recall  f1"))
        #expect(result.stdout.contains("\n0.850     1.000      0.990"))
        #expect(result.stdout.contains("recommended threshold: 0.8"))
        #expect(result.stdout.contains("current threshold: 0.850 (review from 0.650)"))
    }

    @Test("counts a small file exactly")
    func smallFile() throws {
        let path = try MatchCommandTests.temporaryFile("name1,name2,is_match\nLUKOIL OIL COMP,LUKOIL OIL COMPANY,1\nGEORGE BUSH,GEORGE HABBASH,0\nCLOUDWLAK TECHNOLOGY,CLOUDWALK TECHNOLOGY,1\n")
        let result = try OpsLensProcess.run(["calibrate", "--pairs", path])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("pairs: 3 (2 labelled match, 1 labelled no-match)\n"))
        #expect(result.stdout.contains("\n0.850     1.000      1.000   1.000  2    0    0    1\n"))
        #expect(result.stdout.contains("recommended threshold: 0.940 (precision 1.000, recall 1.000, f1 1.000)"))
    }

    @Test("exits with code 2 without an is_match column or with a bad label", arguments: [
        "name1,name2\nA,B\n",
        "name1,name2,is_match\nA,B,perhaps\n",
    ])
    func badFiles(text: String) throws {
        let path = try MatchCommandTests.temporaryFile(text)
        let result = try OpsLensProcess.run(["calibrate", "--pairs", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is_match"))
    }
}
