/// Reads the ticker notations of DOMAIN.md §4 from bytes, with no allocation on the common path.
///
/// Notations: Bloomberg (`0020 HK`, `20 HK Equity`, `600760 CH`, OFAC's `002389  CN` and
/// `603019CN`), Reuters/Yahoo (`0020.HK`, `600760.SS`), exchange-prefixed (`HKG:0020`,
/// `SEHK:20`, `XHKG:20`) and a bare local code whose market comes from an exchange column.
enum TickerParser {
    /// A parsed ticker: canonical code, market (a position in `MarketDirectory.all`), repairs made.
    struct Parsed {
        var code: PackedCode
        var market: Int?
        var restoredLeadingZeros: Bool
    }

    static let shanghai = MarketDirectory.index(mic: "XSHG")!
    static let shenzhen = MarketDirectory.index(mic: "XSHE")!
    static let beijing = MarketDirectory.index(mic: "BJSE")!
    static let canada = MarketDirectory.index(mic: "CA")!
    private static let bloombergCN = ShortCode("CN")!
    private static let bloombergCH = ShortCode("CH")!

    /// Parses `text`; `exchange` (a position in `MarketDirectory.all`) is the market when the
    /// text names none.
    ///
    /// - Returns: `nil` when the text is empty, names a market OpsLens does not know in a
    ///   notation that must name one (`FOO:123`, `123 ZZ`), or the code has characters no
    ///   ticker uses.
    static func parse(_ text: UnsafeBufferPointer<UInt8>, exchange: Int?) -> Parsed? {
        var start = 0, end = text.count
        trim(text, &start, &end)
        stripYellowKey(text, start, &end)
        guard start < end else { return nil }

        var codeStart = start, codeEnd = end
        var market: Int?
        if let colon = firstIndex(of: UInt8(ascii: ":"), in: text, start, end) {
            codeStart = colon + 1
            trim(text, &codeStart, &codeEnd)
            var prefixEnd = colon
            trim(text, &start, &prefixEnd)
            guard let prefixMarket = prefixMarket(text, start, prefixEnd) else { return nil }
            market = prefixMarket
        } else if let space = lastIndex(of: UInt8(ascii: " "), in: text, start, end) {
            codeEnd = space
            trim(text, &codeStart, &codeEnd)
            guard codeStart < codeEnd, firstIndex(of: UInt8(ascii: " "), in: text, codeStart, codeEnd) == nil,
                  let code = ShortCode(text, space + 1, end),
                  let bloomberg = bloombergMarket(code, text, codeStart, codeEnd) else { return nil }
            market = bloomberg
        } else if let dot = lastIndex(of: UInt8(ascii: "."), in: text, start, end), end - dot <= 4, dot > start,
                  let suffix = ShortCode(text, dot + 1, end),
                  let ric = MarketDirectory.index(ricSuffix: suffix) {
            codeEnd = dot
            market = ric
        } else if end - start > 2, isLetter(text[end - 1]), isLetter(text[end - 2]),
                  allDigits(text, start, end - 2),
                  let code = ShortCode(text, end - 2, end),
                  let bloomberg = bloombergMarket(code, text, start, end - 2) {
            codeEnd = end - 2  // OFAC's `603019CN`: a number run into its market code
            market = bloomberg
        }
        return canonical(text, codeStart, codeEnd, market: market ?? exchange)
    }

    /// The canonical code of `text[start..<end]` on `market`: Hong Kong numbers lose their
    /// leading zeros, six-digit markets get stripped zeros back.
    static func canonical(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, market: Int?) -> Parsed? {
        guard start < end else { return nil }
        for offset in start..<end where !isCodeByte(text[offset]) { return nil }
        let style = market.map { MarketDirectory.codeStyles[$0] } ?? .verbatim
        var code = PackedCode()
        var restored = false
        let numeric = allDigits(text, start, end)
        switch style {
        case .hongKong where numeric:
            var first = start
            while first < end - 1, text[first] == UInt8(ascii: "0") { first += 1 }
            guard text[first] != UInt8(ascii: "0") else { return nil }
            for offset in first..<end { _ = code.append(text[offset]) }
        case .sixDigits where numeric && end - start < 6:
            for _ in 0..<(6 - (end - start)) { _ = code.append(UInt8(ascii: "0")) }
            for offset in start..<end { _ = code.append(text[offset]) }
            restored = true
        default:
            for offset in start..<end {
                guard code.append(text[offset]) else { return nil }
            }
        }
        return Parsed(code: code, market: market, restoredLeadingZeros: restored)
    }

    /// The market a Bloomberg code names for the code `text[start..<end]`: `CN` and `CH` before
    /// a number of up to six digits are A-shares (Shanghai for 6xxxxx and 9xxxxx, Shenzhen for
    /// 0xxxxx, 2xxxxx and 3xxxxx, Beijing for 4xxxxx and 8xxxxx); otherwise `CN` is Canada.
    static func bloombergMarket(_ marketCode: ShortCode, _ text: UnsafeBufferPointer<UInt8>,
                                _ start: Int, _ end: Int) -> Int? {
        guard marketCode == bloombergCN || marketCode == bloombergCH else {
            return MarketDirectory.index(bloombergCode: marketCode)
        }
        guard end - start <= 6, allDigits(text, start, end) else {
            return marketCode == bloombergCN ? canada : nil
        }
        let leading = end - start == 6 ? text[start] : UInt8(ascii: "0")
        switch leading {
        case UInt8(ascii: "6"), UInt8(ascii: "9"): return shanghai
        case UInt8(ascii: "0"), UInt8(ascii: "2"), UInt8(ascii: "3"): return shenzhen
        case UInt8(ascii: "4"), UInt8(ascii: "8"): return beijing
        default: return nil
        }
    }

    /// The market an exchange prefix names (`HKG`, `SEHK`, `XHKG`, `NASDAQ`, or a Bloomberg code).
    private static func prefixMarket(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard start < end else { return nil }
        let prefix = String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
        if let market = MarketDirectory.index(exchangeName: prefix) { return market }
        return ShortCode(prefix).flatMap { MarketDirectory.index(bloombergCode: $0) }
    }

    /// Drops Bloomberg's yellow key (` Equity`, any case) from the end.
    private static func stripYellowKey(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: inout Int) {
        let key: StaticString = " EQUITY"
        let length = key.utf8CodeUnitCount
        guard end - start > length else { return }
        for offset in 0..<length {
            let byte = text[end - length + offset]
            let upper = byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
            guard upper == key.utf8Start[offset] else { return }
        }
        end -= length
        var unused = start
        trim(text, &unused, &end)
    }

    /// Narrows `start..<end` past spaces, tabs, line breaks and no-break spaces (UTF-8 C2 A0).
    @inline(__always)
    static func trim(_ text: UnsafeBufferPointer<UInt8>, _ start: inout Int, _ end: inout Int) {
        while start < end {
            if isBlank(text[start]) { start += 1 } else if text[start] == 0xC2, start + 1 < end, text[start + 1] == 0xA0 { start += 2 } else { break }
        }
        while start < end {
            if isBlank(text[end - 1]) { end -= 1 } else if text[end - 1] == 0xA0, end - 2 >= start, text[end - 2] == 0xC2 { end -= 2 } else { break }
        }
    }

    @inline(__always)
    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    @inline(__always)
    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }

    /// Letters, digits and the punctuation tickers use (`TECK/B`, `BRK.B`, `BF-B`, `M&M`).
    @inline(__always)
    private static func isCodeByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "_")
    }

    @inline(__always)
    static func allDigits(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard start < end else { return false }
        for offset in start..<end where !(0x30...0x39).contains(text[offset]) { return false }
        return true
    }

    @inline(__always)
    private static func firstIndex(of byte: UInt8, in text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var offset = start
        while offset < end { if text[offset] == byte { return offset }; offset += 1 }
        return nil
    }

    @inline(__always)
    private static func lastIndex(of byte: UInt8, in text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var offset = end - 1
        while offset >= start { if text[offset] == byte { return offset }; offset -= 1 }
        return nil
    }
}
