import FuzzSupport
import OpsLens

/// Identifier and ticker parsing: the input is a code, optionally followed by "|" and an exchange.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIdentifiers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let parts = FuzzInput.split(FuzzInput.bytes(data, size), on: "|", limit: 2)
    let code = String(decoding: parts[0], as: UTF8.self)
    let exchange = parts.count > 1 ? String(decoding: parts[1], as: UTF8.self) : nil
    _ = SecurityIdentifier.normalize(code)
    _ = SecurityIdentifier.classify(code)
    for kind in IdentifierKind.allCases { _ = SecurityIdentifier(code, kind: kind) }
    _ = CodeClassification.classify(code, exchange: exchange)
    _ = Ticker.parse(code, exchange: exchange)
    _ = Ticker.parse(code)
    return 0
}
