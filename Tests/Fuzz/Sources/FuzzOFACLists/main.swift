import FuzzSupport
import OpsLens

/// OFAC legacy CSV files: the input is cut at "\n#####\n" into the main, comments, alias and
/// address files of the SDN set (first byte even) or the Consolidated set (odd), then read.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOFACLists(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzInput.bytes(data, size)
    let set: OFACFileSet = (bytes.first ?? 0) & 1 == 0 ? .sdn : .consolidated
    let parts = FuzzInput.split(bytes, on: "\n#####\n", limit: 4)
    var files: [String: [UInt8]] = [:]
    for (name, part) in zip(set.fileNames, parts) { files[name] = part }
    _ = OFACListReader.read(directory: FuzzInput.folder(files))
    return 0
}
