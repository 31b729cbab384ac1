import Synchronization

/// What the pre-trade check uses of the screening engine: one resolution path for a holding and
/// the findings for what it resolved to on any date. The lists are indexed once; a screener per
/// trade date shares that index.
final class PreTradeScreening: Sendable {
    let book: RuleBook
    let index: ScreeningIndex
    private let screeners = Mutex<[CalendarDate: Screener]>([:])

    init(book: RuleBook, index: ScreeningIndex) {
        self.book = book
        self.index = index
    }

    /// The list entries `holding` refers to, exactly as `screen` resolves a row.
    func resolve(_ holding: Holding) -> [EntityMatch] {
        index.resolve(holding, nameMatches: index.nameMatches)
    }

    /// The findings for `holding`, given what it resolved to, under the rules in force on `date`.
    func findings(for holding: Holding, matches: [EntityMatch], asOf date: CalendarDate) -> [Finding] {
        guard !matches.isEmpty else { return [] }
        return screener(on: date).findings(for: holding, matches: matches)
    }

    private func screener(on date: CalendarDate) -> Screener {
        if let screener = screeners.withLock({ $0[date] }) { return screener }
        let screener = Screener(book: book, index: index, asOf: date)
        screeners.withLock { $0[date] = screener }
        return screener
    }
}
