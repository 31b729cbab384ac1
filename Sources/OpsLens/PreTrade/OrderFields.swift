/// The fields an order has, by name, with the names a CSV header or JSON key may use for each.
///
/// One builder for every way an order is written — short form, JSON object, CSV row — so each
/// field is checked once, the same way, with the same message.
struct OrderFields {
    /// A field of an order.
    enum Field: String, CaseIterable {
        case side, quantity, security, name, portfolio, id, tradeDate, price, currency

        /// Header or key texts that mean this field, compared after `HeaderText.normalize`.
        var synonyms: [String] {
            switch self {
            case .side: ["side", "action", "buy sell", "direction", "transaction type"]
            case .quantity: ["quantity", "qty", "shares", "units", "amount"]
            case .security: ["security", "identifier", "ticker", "symbol", "isin", "cusip", "sedol", "figi", "lei"]
            case .name: ["name", "security name", "issuer", "issuer name", "description"]
            case .portfolio: ["portfolio", "account", "fund"]
            case .id: ["id", "order id", "orderid", "order"]
            case .tradeDate: ["tradedate", "trade date", "date"]
            case .price: ["price", "limit price"]
            case .currency: ["currency", "ccy"]
            }
        }

        /// The field a header or key names, if any.
        static func named(_ text: String) -> Field? { lookup[HeaderText.normalize(text)] }

        private static let lookup: [String: Field] = {
            var table: [String: Field] = [:]
            for field in allCases {
                for synonym in field.synonyms { table[HeaderText.normalize(synonym)] = field }
            }
            return table
        }()

        /// Every name a key may have, for did-you-mean suggestions.
        static let allNames = allCases.flatMap(\.synonyms)
    }

    /// Field values as written, trimmed; empty values are left out.
    var values: [Field: String] = [:]
    /// Where each field was found (a CSV column or short-form word), for error messages.
    var columns: [Field: Int] = [:]

    /// Sets `field` unless it is already set (the first identifier column given wins).
    mutating func set(_ field: Field, _ text: String, column: Int? = nil) {
        let value = Self.trimmed(text)
        guard !value.isEmpty, values[field] == nil else { return }
        values[field] = value
        if let column { columns[field] = column }
    }

    /// The order these fields describe.
    ///
    /// - Parameters:
    ///   - source: the file or `--order N` to name in errors.
    ///   - line: the line to name in errors.
    /// - Throws: `OrderError` naming the field and what it takes.
    func order(source: String, line: Int?) throws(OrderError) -> Order {
        func fail(_ field: Field, _ message: String) -> OrderError {
            OrderError(.badOrderField, file: source, line: line, column: columns[field], "\(field.rawValue): \(message)")
        }
        guard let sideText = values[.side] else {
            throw OrderError(.badOrder, file: source, line: line, "the order has no side (BUY, SELL, SHORT, COVER or REINVEST)")
        }
        guard let side = Order.Side(rawValue: sideText.uppercased()) else {
            throw fail(.side, "\"\(sideText)\" is not a side; expected BUY, SELL, SHORT, COVER or REINVEST"
                       + Suggestion.didYouMean(sideText.uppercased(), among: Order.Side.allCases.map(\.rawValue)))
        }
        guard let quantityText = values[.quantity] else {
            throw OrderError(.badOrder, file: source, line: line, "the order has no quantity")
        }
        guard let quantity = Self.number(quantityText), quantity > 0 else {
            throw fail(.quantity, "\"\(quantityText)\" is not a quantity; expected a number above zero, e.g. 1000 or 1,000")
        }
        let security: String, isName: Bool
        switch (values[.security], values[.name]) {
        case (let code?, _): (security, isName) = (code, false)
        case (nil, let name?): (security, isName) = (name, true)
        case (nil, nil):
            throw OrderError(.badOrder, file: source, line: line,
                             "the order names no security; expected an identifier, a ticker with its market (0020 HK) or a quoted name")
        }
        var tradeDate: CalendarDate?
        if let text = values[.tradeDate] {
            guard let date = CalendarDate(iso: text) else { throw fail(.tradeDate, "\"\(text)\" is not a date; expected YYYY-MM-DD") }
            tradeDate = date
        }
        var price: Double?
        if let text = values[.price] {
            guard let value = Self.number(text), value >= 0 else { throw fail(.price, "\"\(text)\" is not a price; expected a number") }
            price = value
        }
        let order = Order(side: side, quantity: quantity, security: security, isName: isName, portfolio: values[.portfolio],
                          id: values[.id], tradeDate: tradeDate, price: price, currency: values[.currency]?.uppercased())
        do {
            _ = try order.securityCode()
        } catch {
            throw fail(isName ? .name : .security, error.message)
        }
        return order
    }

    /// `text` without the spaces and tabs around it (in plain Swift: this runs for every field of every order).
    static func trimmed(_ text: some StringProtocol) -> String {
        let isBlank = { (character: Character) in character == " " || character == "\t" || character == "\u{A0}" }
        guard let first = text.firstIndex(where: { !isBlank($0) }), let last = text.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(text[first...last])
    }

    /// A number written with optional thousands commas (`1,000.5`).
    static func number(_ text: String) -> Double? {
        let plain = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "_") }
            ? String(text.filter { $0 != "," && $0 != "_" }) : text
        guard let value = Double(plain), value.isFinite else { return nil }
        return value
    }
}
