import OpsLens
import Testing

@Suite("Reading holdings in other encodings and layouts")
struct HoldingsReaderEncodingTests {
    private let reader = HoldingsReader()
    private let text = "Ticker\tName\tShares\tExchange\n0700\tTENCENT HOLDINGS 騰訊\t1000\tHong Kong Exchanges And Clearing Ltd\n"

    private func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += bigEndian ? pair.reversed() : pair
        }
        return bytes
    }

    @Test("reads Excel's UTF-16 \"Unicode text\" with tabs", arguments: [false, true])
    func readsUTF16(bigEndian: Bool) throws {
        let (holdings, report) = try reader.readAll(try TestFiles.temporary(utf16(text, bigEndian: bigEndian)))
        #expect(report.encoding == (bigEndian ? .utf16BE : .utf16LE))
        #expect(report.delimiter == "\t")
        #expect(holdings.first?.name == "TENCENT HOLDINGS 騰訊")
        #expect(holdings.first?.ticker == "700")
    }

    @Test("reads Windows-1252 bytes and says so")
    func readsWindows1252() throws {
        // "Société Générale €" with é = 0xE9 and € = 0x80, as Windows-1252 writes them.
        var bytes = Array("ISIN;Security Name;Nominal\nFR0000130809;Soci".utf8)
        bytes += [0xE9] + Array("t".utf8) + [0xE9] + Array(" G".utf8) + [0xE9] + Array("n".utf8) + [0xE9]
        bytes += Array("rale ".utf8) + [0x80] + Array(";1.000\n".utf8)
        let (holdings, report) = try reader.readAll(try TestFiles.temporary(bytes))
        #expect(report.encoding == .windows1252)
        #expect(report.warnings.contains { $0.contains("Windows-1252") })
        #expect(holdings.first?.name?.hasPrefix("Société Générale") == true)
        #expect(holdings.first?.name?.contains("€") == true)
    }

    @Test("reads a pipe-delimited file")
    func readsPipes() throws {
        let (holdings, report) = try reader.readAll(try TestFiles.temporary("ISIN|Name|Quantity\nUS0378331005|APPLE INC|10\n"))
        #expect(report.delimiter == "|")
        #expect(holdings.first?.isin == "US0378331005")
    }

    @Test("takes an explicit mapping for a layout it cannot guess")
    func takesExplicitMapping() throws {
        let path = try TestFiles.temporary("Code,Desc,Qty\n700,TENCENT,5\n")
        let options = HoldingsReadOptions(columns: [.ticker: .header("Code"), .name: .header("Desc"), .quantity: .position(3)])
        let (holdings, report) = try HoldingsReader(options: options).readAll(path)
        #expect(report.headerLine == 1)
        #expect(holdings.first?.ticker == "700")
        #expect(holdings.first?.quantity == 5)
    }

    @Test("reads a file without a header by column positions")
    func readsHeaderlessFile() throws {
        let path = try TestFiles.temporary("700,TENCENT,5\n941,CHINA MOBILE,6\n")
        let options = HoldingsReadOptions(headerLine: 0, columns: [.ticker: .position(1), .name: .position(2), .quantity: .position(3)])
        let (holdings, report) = try HoldingsReader(options: options).readAll(path)
        #expect(report.headerLine == nil)
        #expect(holdings.map(\.ticker) == ["700", "941"])
        #expect(report.linesAddUp)
    }

    @Test("names the mapping file line and suggests the key meant")
    func explainsBadMappingFiles() throws {
        do {
            _ = try HoldingsReadOptions(mappingFile: "map.yaml", yaml: "delimiter: \";\"\nheaderLne: 3\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 2)
            #expect(error.description.contains("did you mean \"headerLine\""))
        }
    }
}
