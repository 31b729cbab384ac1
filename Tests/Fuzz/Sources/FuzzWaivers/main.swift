import FuzzSupport
import OpsLens

/// Waiver files and holdings mapping files, decoded from the same text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWaivers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = String(decoding: FuzzInput.bytes(data, size), as: UTF8.self)
    _ = try? WaiverFile(yaml: text, path: "fuzz-waivers.yaml")
    _ = try? HoldingsReadOptions(mappingFile: "fuzz-mapping.yaml", yaml: text)
    return 0
}
