/// The markets OpsLens knows, looked up by MIC, exchange name, Bloomberg code or RIC suffix.
public enum MarketDirectory {
    /// The market with this MIC (or, for a country composite, this country code).
    public static func market(mic: String) -> Market? { index(anyCaseMIC: mic).map { all[$0] } }

    /// The market an exchange column or an exchange prefix names, e.g.
    /// "Hong Kong Exchanges And Clearing Ltd", `HKG` or `XHKG` → XHKG.
    ///
    /// Case, punctuation and repeated spaces do not matter; a MIC is accepted too.
    public static func market(exchangeName: String) -> Market? { index(exchangeName: exchangeName).map { all[$0] } }

    /// The market a Bloomberg exchange code names (`HK`, `C2`, `US`, …).
    ///
    /// `CN` is Canada here; `Ticker.parse(_:exchange:)` reads `CN` and `CH` before a six-digit
    /// number as a Shanghai or Shenzhen A-share.
    public static func market(bloombergCode: String) -> Market? {
        ShortCode(bloombergCode).flatMap { index(bloombergCode: $0) }.map { all[$0] }
    }

    /// The market a Reuters or Yahoo suffix names (`HK`, `SS`, `SZ`, …).
    public static func market(ricSuffix: String) -> Market? {
        ShortCode(ricSuffix).flatMap { index(ricSuffix: $0) }.map { all[$0] }
    }

    /// Each market's code style, by position in `all`, for lookups that must not copy a `Market`.
    static let codeStyles: [Market.CodeStyle] = all.map(\.codeStyle)

    /// The position in `all` of `market`.
    @inline(__always)
    static func index(of market: Market) -> Int? {
        market.directoryIndex >= 0 ? market.directoryIndex : byMIC[market.mic]
    }

    /// Every distinct ticker scope, in directory order (`Market.tickerScope`).
    static let scopes: [String] = {
        var seen: Set<String> = []
        return all.map(\.tickerScope).filter { seen.insert($0).inserted }
    }()

    /// For each market in `all`, the position of its ticker scope in `scopes`.
    static let scopeIndex: [UInt16] = all.map { market in UInt16(scopes.firstIndex(of: market.tickerScope)!) }

    /// The position in `all` of the market an exchange name, prefix or MIC names.
    static func index(exchangeName: String) -> Int? {
        if let index = byExactName.market(exchangeName) { return index }
        let key = normalizedName(exchangeName)
        return byName[key] ?? byMIC[key.uppercased()]
    }

    /// The position in `all` of the market a Bloomberg code names.
    @inline(__always)
    static func index(bloombergCode: ShortCode) -> Int? { byBloomberg[bloombergCode] }

    /// The position in `all` of the market a RIC or Yahoo suffix names.
    @inline(__always)
    static func index(ricSuffix: ShortCode) -> Int? { byRIC[ricSuffix] }

    /// The position in `all` of the market with this MIC.
    static func index(mic: String) -> Int? { byMIC[mic] }

    /// The position in `all` of the market with this MIC in any case, as `market(mic:)` finds it.
    ///
    /// MICs are usually written upper-case already, so that is tried before upper-casing.
    static func index(anyCaseMIC mic: String) -> Int? { byMIC[mic] ?? byMIC[mic.uppercased()] }

    static func normalizedName(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }

    private static let byMIC: [String: Int] = firstIndexes(all.indices.map { (all[$0].mic, $0) })
    private static let byName: [String: Int] = firstIndexes(
        all.indices.flatMap { index in all[index].names.map { (normalizedName($0), index) } })
    /// Names exactly as listed, upper-cased and lower-cased, so columns as written skip normalisation.
    private static let byExactName = ExactNameTable(
        all.indices.flatMap { index in
            (all[index].names + [all[index].mic]).flatMap { [($0, index), ($0.uppercased(), index), ($0.lowercased(), index)] }
        })
    private static let byBloomberg = ShortCodeTable(all.indices.flatMap { index in all[index].bloombergCodes.map { ($0, index) } })
    private static let byRIC = ShortCodeTable(all.indices.flatMap { index in all[index].ricSuffixes.map { ($0, index) } })

    private static func firstIndexes<Key: Hashable>(_ pairs: [(Key, Int)]) -> [Key: Int] {
        Dictionary(pairs, uniquingKeysWith: { first, _ in first })
    }
}
