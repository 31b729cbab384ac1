import FuzzSupport
import OpsLens

/// The name normaliser, on any text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNameNormalizer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    _ = NameNormalizer().normalize(String(decoding: FuzzInput.bytes(data, size), as: UTF8.self))
    return 0
}
