import Foundation
import OpsLens

/// JSON as OpsLens prints it: sorted keys, no escaped slashes; pretty unless one value a line.
enum JSONOutput {
    /// `value` as JSON text, pretty-printed or (`compact`) on one line, without a final line break.
    static func string<T: Encodable>(_ value: T, compact: Bool = false) throws -> String {
        String(decoding: try data(value, compact: compact), as: UTF8.self)
    }

    /// `value` as JSON bytes.
    static func data<T: Encodable>(_ value: T, compact: Bool = false) throws -> Data {
        Data(try SortedJSONEncoder(pretty: !compact).encode(value))
    }

    /// Prints `value` as pretty JSON and a line break on standard output.
    static func print<T: Encodable>(_ value: T) throws {
        Swift.print(try string(value))
    }
}
