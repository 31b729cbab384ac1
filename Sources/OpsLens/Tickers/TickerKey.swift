/// The key a ticker is indexed by: its canonical code and the scope the code is unique in.
///
/// The scope is the market's MIC, or a country composite (`US`, `DE`, `CA`, `KR`, `TW`) where
/// every venue of the country shares one set of symbols (`Market.tickerScope`).
public struct TickerKey: Hashable, Sendable, CustomStringConvertible, WordHashable {
    let packedCode: PackedCode
    let scopeIndex: UInt16

    init(packedCode: PackedCode, scopeIndex: UInt16) {
        self.packedCode = packedCode
        self.scopeIndex = scopeIndex
    }

    public static func == (lhs: TickerKey, rhs: TickerKey) -> Bool {
        lhs.scopeIndex == rhs.scopeIndex && lhs.packedCode == rhs.packedCode
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(hashWord) }

    var hashWord: UInt64 { packedCode.mixedWords &+ UInt64(scopeIndex) &* 0x1656_67B1_9E37_79F9 }

    /// The canonical code, e.g. `20` for SenseTime on HKEX.
    public var code: String { packedCode.string }

    /// The MIC or country composite the code is unique in, e.g. `XHKG` or `US`.
    public var scope: String { MarketDirectory.scopes[Int(scopeIndex)] }

    /// `scope:code`, e.g. `XHKG:20`.
    public var description: String { "\(scope):\(code)" }
}
