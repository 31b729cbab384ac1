/// Finds the header row of a holdings file and maps its columns to roles.
struct HeaderRecognizer {
    let explicitColumns: [HoldingColumn: ColumnReference]

    /// The roles of a header row's cells, or `nil` when the row does not look like a header.
    ///
    /// A header names at least two different roles, one of which identifies the security, or
    /// contains every header text the explicit mapping names.
    func roles(ofCandidate cells: [String]) -> [Int: HoldingColumn]? {
        let explicitNames = explicitColumns.values.compactMap { reference -> String? in
            if case .header(let text) = reference { return HeaderText.normalize(text) } else { return nil }
        }
        if !explicitNames.isEmpty && explicitNames.allSatisfy(cells.map(HeaderText.normalize).contains) {
            return try? roles(ofHeader: cells, line: 0, file: "")
        }
        let guessed = guessedRoles(cells)
        let distinct = Set(guessed.values)
        guard distinct.count >= 2 || (cells.count == 1 && distinct.count == 1),
              distinct.contains(where: \.identifiesSecurity) else { return nil }
        return explicitColumns.isEmpty ? guessed : try? roles(ofHeader: cells, line: 0, file: "")
    }

    /// The roles of the header's cells: guessed from synonyms, then overridden by the explicit mapping.
    ///
    /// - Throws: `HoldingsError` when the explicit mapping names a column the header lacks.
    func roles(ofHeader cells: [String], line: Int, file: String) throws(HoldingsError) -> [Int: HoldingColumn] {
        var roles = guessedRoles(cells)
        for (column, reference) in explicitColumns.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let index: Int
            switch reference {
            case .position(let position):
                guard position <= max(cells.count, 1) || cells.isEmpty else {
                    throw HoldingsError(.unknownColumn, file: file, line: line,
                                        "the mapping puts \(column.rawValue) in column \(position), but the header has \(cells.count) columns")
                }
                index = position - 1
            case .header(let text):
                guard let found = cells.firstIndex(where: { HeaderText.normalize($0) == HeaderText.normalize(text) }) else {
                    throw HoldingsError(.unknownColumn, file: file, line: line,
                                        "the mapping names column \"\(text)\" for \(column.rawValue), but the header has only: \(cells.joined(separator: ", "))")
                }
                index = found
            }
            roles = roles.filter { $0.value != column }
            roles[index] = column
        }
        return roles
    }

    /// Each role goes to the column whose header is its most preferred synonym.
    private func guessedRoles(_ cells: [String]) -> [Int: HoldingColumn] {
        var best: [HoldingColumn: (index: Int, rank: Int)] = [:]
        for (index, cell) in cells.enumerated() {
            guard let (column, rank) = HeaderText.role(of: cell) else { continue }
            if let current = best[column], current.rank <= rank { continue }
            best[column] = (index, rank)
        }
        return Dictionary(uniqueKeysWithValues: best.map { ($0.value.index, $0.key) })
    }

    /// What a header is expected to contain, for error messages.
    static let expectation = "a header row naming the columns, e.g. Ticker, ISIN, CUSIP, SEDOL, FIGI, LEI or Name, "
        + "with Quantity/Shares, Market Value, Weight (%), Currency, Exchange"
}
