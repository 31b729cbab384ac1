import FuzzSupport
import OpsLens

/// Bytes → holdings: the reader must not crash, hang or lose a line. An odd first byte reads
/// with tiny limits, so that the paths of over-long values, rows and headers are taken too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHoldingsReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzInput.bytes(data, size)
    var options = HoldingsReadOptions()
    if let first = bytes.first, first & 1 == 1 {
        options.limits = ReadLimits(lineBytes: 200, fieldBytes: 40, columns: 12, lines: 500)
    }
    guard let report = try? HoldingsReader(options: options).read(.bytes(bytes, name: "fuzz.csv"), { _ in }) else { return 0 }
    if !report.linesAddUp { fatalError("lines do not add up: \(report.lines) = \(report.holdingLines) + \(report.skipped) + \(report.rejectedLines)") }
    // The line count must be the file's, for the encodings that keep the bytes as they are.
    if report.encoding != .utf16LE && report.encoding != .utf16BE {
        let start = report.encoding == .utf8BOM ? 3 : 0
        let expected = FuzzInput.physicalLines(bytes[start...])
        if report.lines != expected { fatalError("\(report.lines) lines read, the file has \(expected)") }
    }
    return 0
}
