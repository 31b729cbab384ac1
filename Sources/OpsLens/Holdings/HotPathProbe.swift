/// A benchmark probe, not an API: lets `opslens-bench hot` time the holdings reader's number
/// parsing (`NumberParser.parse`) in a release build, where `@testable import` is not available.
public enum HotPathProbe {
    /// Field values packed into one byte buffer, the way a CSV record's fields lie in its buffer.
    public struct Fields: Sendable {
        let bytes: [UInt8]
        let ends: [Int]

        public init(_ values: [String]) {
            var bytes: [UInt8] = [], ends: [Int] = []
            ends.reserveCapacity(values.count)
            for value in values {
                bytes.append(contentsOf: value.utf8)
                ends.append(bytes.count)
            }
            self.bytes = bytes
            self.ends = ends
        }

        public var count: Int { ends.count }

        func forEach(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            bytes.withUnsafeBufferPointer { all in
                var start = 0
                for end in ends {
                    body(UnsafeBufferPointer(rebasing: all[start..<end]))
                    start = end
                }
            }
        }
    }

    /// Parses every field once; returns a checksum of the outcomes (so the work is not optimised away).
    public static func parseNumbers(_ fields: Fields, decimalSeparator: UInt8) -> Double {
        let parser = NumberParser(decimalSeparator: decimalSeparator)
        var sum = 0.0, nulls = 0.0, invalid = 0.0
        fields.forEach { bytes in
            switch parser.parse(bytes) {
            case .number(let value): sum += value
            case .null: nulls += 1
            case .invalid: invalid += 1
            }
        }
        return sum + nulls * 0.5 + invalid * 0.25
    }
}
