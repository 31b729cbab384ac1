extension HoldingsRecordInterpreter {
    /// Reads one record below the header: a holding, or a skipped or rejected line.
    mutating func interpretData(_ record: CSVRecordBatch.Record, _ fields: CSVFields,
                                _ body: (consuming Holding) throws -> Void) throws {
        guard let layout else { return }
        let first = record.firstField, count = record.fieldCount
        let lines = (record.firstLine, record.lastLine)

        var nonBlank = 0, firstNonBlank = -1
        for index in 0..<count where !FieldDecoder.trimmed(fields[first + index]).isEmpty {
            nonBlank += 1
            if firstNonBlank < 0 { firstNonBlank = index }
            if nonBlank == 2 { break }
        }
        if nonBlank == 0 {
            report.skip(lines.0, lines.1, count <= 1 ? .blank : .emptyRow)
            return
        }
        let headerWidth = layout.headerCells.count
        if nonBlank == 1 && headerWidth > 1 && firstNonBlank == 0 && isProse(FieldDecoder.trimmed(fields[first])) {
            report.skip(lines.0, lines.1, .note)
            return
        }
        if headerWidth > 0 && count == headerWidth && isRepeatedHeader(first: first, fields) {
            report.skip(lines.0, lines.1, .repeatedHeader)
            return
        }
        if isTotalRow(first: first, count: count, firstNonBlank: firstNonBlank, fields, layout) {
            report.skip(lines.0, lines.1, .totalRow)
            return
        }
        if headerWidth > 0 && count > headerWidth {
            if let extra = (headerWidth..<count).first(where: { !FieldDecoder.trimmed(fields[first + $0]).isEmpty }) {
                report.reject(lines.0, lines.1, column: extra + 1,
                              "expected \(headerWidth) fields as in the header on line \(layout.headerLine ?? 0), found \(count): "
                              + "a delimiter inside an unquoted value?")
                return
            }
        }
        if count <= layout.lastRoleIndex {
            let missing = layout.roles.first { $0.index >= count }!
            report.reject(lines.0, lines.1, column: count + 1,
                          "expected \(max(headerWidth, layout.lastRoleIndex + 1)) fields, found \(count): "
                          + "the row stops before column \(missing.index + 1) (\(columnName(missing.index)))")
            return
        }
        var holding = Holding(file: path, line: record.firstLine, portfolio: portfolio)
        rowMarketIndex = nil
        for (column, index) in layout.roles {
            let bytes = FieldDecoder.trimmed(fields[first + index])
            if let problem = assign(bytes, to: column, of: &holding, line: record.firstLine) {
                report.reject(lines.0, lines.1, column: index + 1, "column \(index + 1) (\(columnName(index))): \(problem)")
                return
            }
        }
        guard holding.name != nil || holding.ticker != nil || holding.isin != nil || holding.cusip != nil
                || holding.sedol != nil || holding.figi != nil || holding.lei != nil else {
            report.reject(lines.0, lines.1, "no identifier or name: expected a Ticker, ISIN, CUSIP, SEDOL, FIGI, LEI or Name value")
            return
        }
        repairIdentifiers(of: &holding)
        report.holdings += 1
        report.holdingLines += lines.1 - lines.0 + 1
        try body(holding)
    }

    /// Stores a value in the holding; returns what was wrong with it, if anything.
    private mutating func assign(_ bytes: UnsafeBufferPointer<UInt8>, to column: HoldingColumn,
                                 of holding: inout Holding, line: Int) -> String? {
        if bytes.isEmpty { return nil }
        switch column {
        case .quantity, .marketValue, .weight:
            switch numbers.parse(bytes) {
            case .null: return nil
            case .number(let value):
                switch column {
                case .quantity: holding.quantity = value
                case .marketValue: holding.marketValue = value
                default: holding.weight = value
                }
                return nil
            case .invalid:
                let separator = numbers.decimalSeparator == UInt8(ascii: ",") ? "decimal comma" : "decimal point"
                return "expected a number (with a \(separator)), found \"\(decoder.text(bytes, line: line))\""
            }
        case .ticker, .isin, .cusip, .sedol, .figi, .lei, .currency:
            if Self.isNullMarker(bytes) { return nil }
            var value = decoder.upperText(bytes, line: line)
            switch column {
            case .ticker:
                if value.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 }) {
                    value = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
                }
                holding.ticker = value
            case .isin: holding.isin = Self.compact(value, bytes)
            case .cusip: holding.cusip = Self.compact(value, bytes)
            case .sedol: holding.sedol = Self.compact(value, bytes)
            case .figi: holding.figi = Self.compact(value, bytes)
            case .lei: holding.lei = Self.compact(value, bytes)
            default: holding.currency = value
            }
            return nil
        case .name, .exchange, .location, .assetClass, .portfolio:
            if Self.isNullMarker(bytes) { return nil }
            // Issuer names are too many to share cheaply (a lookup among thousands misses the
            // cache more than a new string costs); exchanges, countries and classes are few.
            let value = column == .name ? decoder.text(bytes, line: line) : decoder.internedText(bytes, line: line)
            switch column {
            case .name: holding.name = value
            case .exchange:
                holding.exchange = value
                let market = market(ofExchange: value, bytes)
                rowMarketIndex = market.index
                holding.mic = market.mic
            case .location: holding.location = value
            case .assetClass: holding.assetClass = value
            default: holding.portfolio = value
            }
            return nil
        }
    }

    /// The market an exchange column names (its position in `MarketDirectory.all` and its MIC),
    /// looked up once per distinct exchange text.
    private mutating func market(ofExchange name: String, _ bytes: UnsafeBufferPointer<UInt8>) -> (index: Int?, mic: String?) {
        let key = StringInterner.hash(bytes)
        if let cached = marketsByExchange[key], cached.name == name { return (cached.marketIndex, cached.mic) }
        let index = MarketDirectory.index(exchangeName: name)
        let mic = index.map { MarketDirectory.all[$0].mic }
        marketsByExchange[key] = (name, index, mic)
        return (index, mic)
    }

    /// An identifier without the spaces and dashes some files put in it (most have none).
    private static func compact(_ value: String, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        bytes.contains { $0 == 0x20 || $0 == UInt8(ascii: "-") || $0 >= 0x80 } ? SecurityIdentifier.normalize(value) : value
    }

    /// Restores leading zeros where the market or a check digit makes it unambiguous.
    private mutating func repairIdentifiers(of holding: inout Holding) {
        if let index = rowMarketIndex, let ticker = holding.ticker, ticker.utf8.count < 6 || ticker.utf8.first == UInt8(ascii: "0"),
           let repair = IdentifierRepair.ticker(ticker, market: MarketDirectory.all[index]) {
            holding.ticker = repair.repaired
            record(repair, on: &holding)
        }
        if let sedol = holding.sedol, sedol.utf8.count < 7, let repair = IdentifierRepair.sedol(sedol) {
            holding.sedol = repair.repaired
            record(repair, on: &holding)
        }
        if let cusip = holding.cusip, cusip.utf8.count < 9, let repair = IdentifierRepair.cusip(cusip) {
            holding.cusip = repair.repaired
            record(repair, on: &holding)
        }
    }

    private mutating func record(_ repair: Repair, on holding: inout Holding) {
        holding.repairs.append(repair)
        report.note(repair, line: holding.line)
    }

    private func columnName(_ index: Int) -> String {
        guard let layout, index < layout.headerCells.count, !layout.headerCells[index].isEmpty else {
            return layout?.roles.first { $0.index == index }?.column.rawValue ?? "unnamed"
        }
        return layout.headerCells[index]
    }

    /// Text that reads like a sentence (a disclaimer or note), not a code, a name or garbage.
    private func isProse(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 20, bytes.count <= 1 << 20 else { return false }
        var spaces = 0, letters = 0
        for byte in bytes {
            if byte == 0x20 { spaces += 1 } else if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { letters += 1 }
        }
        return spaces >= 3 && letters * 2 >= bytes.count
    }

    private func isRepeatedHeader(first: Int, _ fields: CSVFields) -> Bool {
        guard let layout else { return false }
        for (index, expected) in layout.headerBytes.enumerated() {
            let actual = FieldDecoder.trimmed(fields[first + index])
            guard actual.count == expected.count,
                  zip(actual, expected).allSatisfy({ ($0 | 0x20) == ($1 | 0x20) }) else { return false }
        }
        return true
    }

    /// A row whose first value starts with "Total" and that carries no identifier.
    private func isTotalRow(first: Int, count: Int, firstNonBlank: Int, _ fields: CSVFields, _ layout: Layout) -> Bool {
        let lead = FieldDecoder.trimmed(fields[first + firstNonBlank])
        guard lead.count >= 5, zip(lead.prefix(5), "total".utf8).allSatisfy({ ($0 | 0x20) == $1 }) else { return false }
        if lead.count > 5, (lead[5] | 0x20) >= UInt8(ascii: "a") && (lead[5] | 0x20) <= UInt8(ascii: "z") { return false }
        for (column, index) in layout.roles where index < count && index != firstNonBlank {
            switch column {
            case .ticker, .isin, .cusip, .sedol, .figi, .lei:
                let value = FieldDecoder.trimmed(fields[first + index])
                if !value.isEmpty && !Self.isNullMarker(value) { return false }
            default: continue
            }
        }
        return true
    }

    /// `-`, `--`, `N/A` and similar stand for "no value".
    static func isNullMarker(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.count {
        case 1: bytes[0] == UInt8(ascii: "-")
        case 2: (bytes[0] == UInt8(ascii: "-") && bytes[1] == UInt8(ascii: "-"))
            || ((bytes[0] | 0x20) == UInt8(ascii: "n") && (bytes[1] | 0x20) == UInt8(ascii: "a"))
        case 3: (bytes[0] | 0x20) == UInt8(ascii: "n") && bytes[1] == UInt8(ascii: "/") && (bytes[2] | 0x20) == UInt8(ascii: "a")
        default: false
        }
    }

    /// Explains an unterminated quoted field and rejects the lines it swallowed.
    mutating func rejectUnterminated(_ record: CSVRecordBatch.Record) {
        report.reject(record.firstLine, record.lastLine, column: record.fieldCount,
                      "a quoted field in column \(record.fieldCount) opens on this row and is never closed: "
                      + "the \(record.lastLine - record.firstLine + 1) lines from here to the end of the file could not be read")
    }

    static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
