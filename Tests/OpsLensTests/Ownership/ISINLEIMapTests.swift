import Foundation
import OpsLens
import Testing

@Suite("GLEIF's ISIN-to-LEI mapping file")
struct ISINLEIMapTests {
    static func map(_ text: String) throws -> ISINLEIMap {
        try ISINLEIMap(.bytes(Array(text.utf8), name: "isin-lei.csv"))
    }

    @Test("maps ISINs to their issuers' LEIs, whatever the row order and column order")
    func lookups() throws {
        let map = try Self.map("ISIN,LEI\r\nUS0378331005,HWUPKR0MPOU8FGXBT394\r\nDE0007164600,529900D6BF99LW9R2E68\r\n"
                               + "us5949181045,inr2euhyp3xlk6yi9g16\r\n")
        #expect(map.count == 3)
        #expect(map.leis(forISIN: "US0378331005") == ["HWUPKR0MPOU8FGXBT394"])
        #expect(map.leis(forISIN: "US5949181045") == ["INR2EUHYP3XLK6YI9G16"])
        #expect(map.leis(forISIN: "de0007164600") == ["529900D6BF99LW9R2E68"])
        #expect(map.leis(forISIN: "GB0002634946").isEmpty)
        #expect(map.leis(forISIN: "not an isin").isEmpty)
    }

    @Test("an ISIN mapped twice gives both LEIs")
    func duplicates() throws {
        let map = try Self.map("LEI,ISIN\nHWUPKR0MPOU8FGXBT394,US0378331005\n529900D6BF99LW9R2E68,US0378331005\n")
        #expect(Set(map.leis(forISIN: "US0378331005")) == ["HWUPKR0MPOU8FGXBT394", "529900D6BF99LW9R2E68"])
    }

    @Test("a malformed row stops the load naming its line and column and what was expected")
    func malformed() {
        #expect {
            try Self.map("LEI,ISIN\nHWUPKR0MPOU8FGXBT394,US0378331005\nHWUPKR0MPOU8FGXBT39,US0378331005\n")
        } throws: { String(describing: $0) == "isin-lei.csv:3:1: expected an LEI (20 letters and digits), found 'HWUPKR0MPOU8FGXBT39'" }
        #expect {
            try Self.map("LEI,ISIN\nHWUPKR0MPOU8FGXBT394,US03783310-5\n")
        } throws: { String(describing: $0) == "isin-lei.csv:2:2: expected an ISIN (12 letters and digits), found 'US03783310-5'" }
        #expect { try Self.map("LEI;ISIN\n") } throws: { ($0 as? InputError)?.code == .missingColumn }
        #expect { try Self.map("") } throws: { ($0 as? InputError)?.code == .empty }
    }
}
