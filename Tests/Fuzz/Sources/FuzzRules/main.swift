import FuzzSupport
import OpsLens

/// Rule and list files: the input is cut at "\n---8<---\n" into a rule file and a list file in a
/// rules folder, which is loaded as `opslens screen --rules` would.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRules(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let parts = FuzzInput.split(FuzzInput.bytes(data, size), on: "\n---8<---\n", limit: 2)
    var files = ["rules/fuzz.yaml": parts[0]]
    if parts.count > 1 { files["lists/fuzz.yaml"] = parts[1] }
    _ = RuleBookLoader.read(rulesDirectory: FuzzInput.folder(files))
    return 0
}
