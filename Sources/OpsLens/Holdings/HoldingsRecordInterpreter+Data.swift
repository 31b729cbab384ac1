#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import Crypto

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
                              + "a delimiter inside an unquoted value?", content: Self.content(of: record, fields))
                return
            }
        }
        if count <= layout.lastRoleIndex {
            let missing = layout.roles.first { $0.index >= count }!
            report.reject(lines.0, lines.1, column: count + 1,
                          "expected \(max(headerWidth, layout.lastRoleIndex + 1)) fields, found \(count): "
                          + "the row stops before column \(missing.index + 1) (\(columnName(missing.index)))",
                          content: Self.content(of: record, fields))
            return
        }
        builder.begin(line: record.firstLine)
        rowMarketIndex = nil
        for (column, index) in layout.roles {
            let bytes = FieldDecoder.trimmed(fields[first + index])
            if let problem = assign(bytes, to: column, line: record.firstLine) {
                report.reject(lines.0, lines.1, column: index + 1, "column \(index + 1) (\(columnName(index))): \(problem)",
                              content: Self.content(of: record, fields))
                return
            }
        }
        guard Self.identifyingTexts.contains(where: builder.has) else {
            report.reject(lines.0, lines.1, "no identifier or name: expected a Ticker, ISIN, CUSIP, SEDOL, FIGI, LEI or Name value",
                          content: Self.content(of: record, fields))
            return
        }
        repairIdentifiers()
        report.holdings += 1
        report.holdingLines += lines.1 - lines.0 + 1
        try body(builder.build())
    }

    /// The texts of which a holding needs one at least: those of the columns that identify a security.
    private static let identifyingTexts = HoldingColumn.allCases.filter(\.identifiesSecurity).map(text(of:))

    /// Stores a value in the holding being built; returns what was wrong with it, if anything.
    private mutating func assign(_ bytes: UnsafeBufferPointer<UInt8>, to column: HoldingColumn, line: Int) -> String? {
        if bytes.isEmpty { return nil }
        switch column {
        case .quantity, .marketValue, .weight:
            switch numbers.parse(bytes) {
            case .null: return nil
            case .number(let value):
                switch column {
                case .quantity: builder.quantity = value
                case .marketValue: builder.marketValue = value
                default: builder.weight = value
                }
                return nil
            case .invalid:
                let separator = numbers.decimalSeparator == UInt8(ascii: ",") ? "decimal comma" : "decimal point"
                return "expected a number (with a \(separator)), found \"\(decoder.text(bytes, line: line))\""
            }
        case .ticker, .isin, .cusip, .sedol, .figi, .lei, .currency:
            if Self.isNullMarker(bytes) { return nil }
            let field = Self.text(of: column)
            // Most codes are plain ASCII without spaces or dashes: copied as they are (upper-cased).
            switch FieldDecoder.codeShape(bytes, dashesCount: column != .ticker) {
            case .plain: builder.set(field, bytes); return nil
            case .lowerCase: builder.setUppercased(field, bytes); return nil
            case .other: break
            }
            let value = decoder.upperText(bytes, line: line)
            switch column {
            case .ticker: builder.set(field, value.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " "))
            case .currency: builder.set(field, value)
            default: builder.set(field, Self.compact(value, bytes))
            }
            return nil
        case .name, .exchange, .location, .assetClass, .portfolio:
            if Self.isNullMarker(bytes) { return nil }
            let field = Self.text(of: column)
            if decoder.isPlainUTF8(bytes) {
                builder.set(field, bytes)
            } else {
                builder.set(field, decoder.text(bytes, line: line))
            }
            if column == .exchange {
                let market = market(ofExchange: bytes)
                rowMarketIndex = market.index
                if let mic = market.mic {
                    builder.set(.mic, mic)
                    builder.micMarketIndex = market.micMarketIndex
                }
            }
            return nil
        }
    }

    /// Where a column's value is kept in a holding.
    private static func text(of column: HoldingColumn) -> HoldingText {
        switch column {
        case .ticker: .ticker
        case .isin: .isin
        case .cusip: .cusip
        case .sedol: .sedol
        case .figi: .figi
        case .lei: .lei
        case .currency: .currency
        case .name: .name
        case .exchange: .exchange
        case .location: .location
        case .assetClass: .assetClass
        case .portfolio: .portfolio
        case .quantity, .marketValue, .weight: preconditionFailure("\(column) is a number")
        }
    }

    /// The market an exchange column names (its position in `MarketDirectory.all` and its MIC),
    /// looked up once per distinct exchange text. A file names few exchanges: they are kept in
    /// a short list, searched from the front.
    private mutating func market(ofExchange bytes: UnsafeBufferPointer<UInt8>) -> ExchangeMarket {
        for known in marketsByExchange where known.bytes.count == bytes.count {
            if known.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) {
                return known
            }
        }
        let index = MarketDirectory.index(exchangeName: decoder.text(bytes, line: builder.line))
        let mic = index.map { MarketDirectory.all[$0].mic }
        let market = ExchangeMarket(bytes: Array(bytes), index: index, mic: mic, micMarketIndex: Holding.marketIndex(ofMIC: mic))
        if marketsByExchange.count < Self.exchangesRemembered { marketsByExchange.append(market) }
        return market
    }

    /// How many distinct exchange texts a file's reading remembers.
    static let exchangesRemembered = 64

    /// An identifier without the spaces and dashes some files put in it (most have none).
    private static func compact(_ value: String, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        bytes.contains { $0 == 0x20 || $0 == UInt8(ascii: "-") || $0 >= 0x80 } ? SecurityIdentifier.normalize(value) : value
    }

    /// Restores leading zeros where the market or a check digit makes it unambiguous.
    private mutating func repairIdentifiers() {
        if let index = rowMarketIndex, let count = builder.utf8Count(.ticker), count < 6 || builder.firstByte(.ticker) == UInt8(ascii: "0"),
           builder.isAllDigits(.ticker), let repair = IdentifierRepair.ticker(builder.text(.ticker)!, market: MarketDirectory.all[index]) {
            builder.set(.ticker, repair.repaired)
            record(repair)
        }
        if let count = builder.utf8Count(.sedol), count < 7, let repair = IdentifierRepair.sedol(builder.text(.sedol)!) {
            builder.set(.sedol, repair.repaired)
            record(repair)
        }
        if let count = builder.utf8Count(.cusip), count < 9, let repair = IdentifierRepair.cusip(builder.text(.cusip)!) {
            builder.set(.cusip, repair.repaired)
            record(repair)
        }
    }

    private mutating func record(_ repair: Repair) {
        builder.append(repair)
        report.note(repair, line: builder.line)
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
        for index in layout.headerBytes.indices {
            let matches = layout.headerBytes[index].withUnsafeBufferPointer { expected in
                Self.equalIgnoringASCIICase(FieldDecoder.trimmed(fields[first + index]), expected)
            }
            if !matches { return false }
        }
        return true
    }

    /// Whether the bytes are equal with ASCII letters compared without case.
    private static func equalIgnoringASCIICase(_ actual: UnsafeBufferPointer<UInt8>, _ expected: UnsafeBufferPointer<UInt8>) -> Bool {
        guard actual.count == expected.count else { return false }
        for offset in 0..<actual.count where actual[offset] | 0x20 != expected[offset] | 0x20 { return false }
        return true
    }

    /// A row whose first value starts with "Total" and that carries no identifier.
    private func isTotalRow(first: Int, count: Int, firstNonBlank: Int, _ fields: CSVFields, _ layout: Layout) -> Bool {
        let lead = FieldDecoder.trimmed(fields[first + firstNonBlank])
        guard lead.count >= 5, lead[0] | 0x20 == UInt8(ascii: "t"), lead[1] | 0x20 == UInt8(ascii: "o"),
              lead[2] | 0x20 == UInt8(ascii: "t"), lead[3] | 0x20 == UInt8(ascii: "a"), lead[4] | 0x20 == UInt8(ascii: "l") else { return false }
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

    /// The digest of a rejected row's values (each trimmed, joined by U+001F, which no value
    /// holds after trimming), for `RejectedRow.content`.
    static func content(of record: CSVRecordBatch.Record, _ fields: CSVFields) -> String {
        var hasher = SHA256()
        for index in 0..<record.fieldCount {
            if index > 0 { hasher.update(data: [0x1F]) }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(FieldDecoder.trimmed(fields[record.firstField + index])))
        }
        return String(FileDigest.hex(hasher.finalize()).prefix(16))
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
    mutating func rejectUnterminated(_ record: CSVRecordBatch.Record, _ fields: CSVFields) {
        report.reject(record.firstLine, record.lastLine, column: record.fieldCount,
                      "a quoted field in column \(record.fieldCount) opens on this row and is never closed: "
                      + "the \(record.lastLine - record.firstLine + 1) lines from here to the end of the file could not be read",
                      content: Self.content(of: record, fields))
    }
}
