/// A market code of one to three letters or digits (`HK`, `C2`, `TWO`), as a number below
/// 37³ so that tables can be indexed by it without hashing.
struct ShortCode: Hashable, Sendable {
    let value: Int

    /// The code of `bytes[start..<end]`, upper-casing letters; `nil` unless 1–3 letters or digits.
    @inline(__always)
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        guard end > start, end - start <= 3 else { return nil }
        var value = 0
        for offset in start..<end {
            let byte = bytes[offset]
            let digit: Int
            switch byte {
            case 0x41...0x5A: digit = Int(byte &- 0x40)
            case 0x61...0x7A: digit = Int(byte &- 0x60)
            case 0x30...0x39: digit = Int(byte &- 0x30) &+ 27
            default: return nil
            }
            value = value &* 37 &+ digit
        }
        self.value = value
    }

    /// The code of `text`; `nil` unless 1–3 letters or digits.
    init?(_ text: String) {
        var text = text
        guard let code = text.withUTF8({ ShortCode($0, 0, $0.count) }) else { return nil }
        self = code
    }
}

/// Market positions by short code, in a flat array (37³ entries).
struct ShortCodeTable: Sendable {
    private var slots = [Int16](repeating: -1, count: 37 * 37 * 37)

    /// A table of `(code, market position)` pairs; the first pair for a code wins.
    init(_ pairs: [(String, Int)]) {
        for (code, index) in pairs {
            guard let code = ShortCode(code) else { preconditionFailure("bad market code \(code)") }
            if slots[code.value] < 0 { slots[code.value] = Int16(index) }
        }
    }

    @inline(__always)
    subscript(code: ShortCode) -> Int? {
        let slot = slots[code.value]
        return slot < 0 ? nil : Int(slot)
    }
}
