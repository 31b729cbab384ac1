import Foundation

/// Reads an order written on one line: the short form or a JSON object.
///
/// Short form: `SIDE QUANTITY SECURITY [key=value]...`, e.g. `BUY 1000 0020 HK`,
/// `SELL 500 US0378331005 id=T-42 account=GLOBAL-EQ-02 date=2022-03-01 price=4.2 currency=HKD`,
/// or a quoted issuer name: `BUY 100 "SenseTime Group"`. The security may hold spaces (`0020 HK`);
/// trailing `key=value` words give the optional fields (keys as in JSON or a CSV header).
///
/// JSON: `{"side": "BUY", "quantity": 1000, "security": "0020 HK", "id": "T-42", "portfolio": "…",
/// "tradeDate": "2022-03-01", "price": 4.2, "currency": "HKD"}`, or `"name"` instead of `"security"`.
public enum OrderParser {
    /// Parses one line.
    ///
    /// - Parameters:
    ///   - text: the order.
    ///   - source: what to name in errors (`--order 2`, `standard input`).
    ///   - line: the line to name in errors.
    /// - Throws: `OrderError` saying which field is wrong and what it takes.
    public static func parse(_ text: String, source: String, line: Int? = nil) throws(OrderError) -> Order {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("{") { return try parseJSON(trimmed, source: source, line: line) }
        return try parseShortForm(trimmed, source: source, line: line)
    }

    /// `SIDE QUANTITY SECURITY [key=value]...`.
    static func parseShortForm(_ text: String, source: String, line: Int?) throws(OrderError) -> Order {
        var words = try self.words(of: text, source: source, line: line)
        guard words.count >= 3 else {
            throw OrderError(.badOrder, file: source, line: line,
                             "\"\(text)\" is not an order; expected SIDE QUANTITY SECURITY, e.g. BUY 1000 0020 HK or SELL 500 \"SenseTime Group\"")
        }
        var fields = OrderFields()
        fields.set(.side, words[0].text, column: 1)
        fields.set(.quantity, words[1].text, column: 2)
        // Optional fields: trailing key=value words.
        while let last = words.last, words.count > 3, !last.quoted, let equals = last.text.firstIndex(of: "=") {
            let key = String(last.text[..<equals]), value = String(last.text[last.text.index(after: equals)...])
            guard let field = OrderFields.Field.named(key), ![.side, .quantity, .security, .name].contains(field) else {
                throw OrderError(.badOrderField, file: source, line: line, column: words.count,
                                 "unknown field \"\(key)\"; expected id, account, portfolio, date, price or currency"
                                 + Suggestion.didYouMean(key, among: ["id", "account", "portfolio", "date", "price", "currency"]))
            }
            fields.set(field, value, column: words.count)
            words.removeLast()
        }
        let security = words[2...]
        if security.count == 1, let only = security.first, only.quoted {
            fields.set(.name, only.text, column: 3)
        } else if let quoted = security.first(where: \.quoted) {
            throw OrderError(.badOrderField, file: source, line: line, column: 3,
                             "security: a quoted name must be the whole security, not \"\(quoted.text)\" among other words")
        } else {
            fields.set(.security, security.map(\.text).joined(separator: " "), column: 3)
        }
        return try fields.order(source: source, line: line)
    }

    /// A JSON object with the order's fields.
    static func parseJSON(_ text: String, source: String, line: Int?) throws(OrderError) -> Order {
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
                throw OrderError(.badOrder, file: source, line: line, "an order in JSON is an object: {\"side\": \"BUY\", …}")
            }
            object = parsed
        } catch let error as OrderError {
            throw error
        } catch {
            throw OrderError(.badOrder, file: source, line: line, "not valid JSON: \(error.localizedDescription)")
        }
        var fields = OrderFields()
        for key in object.keys.sorted() {
            guard let field = OrderFields.Field.named(key) else {
                throw OrderError(.badOrderField, file: source, line: line, "unknown key \"\(key)\""
                                 + Suggestion.didYouMean(key, among: OrderFields.Field.allCases.map(\.rawValue)))
            }
            switch object[key] {
            case let text as String: fields.set(field, text)
            case let number as NSNumber where field == .quantity || field == .price || field == .id:
                fields.set(field, number.stringValue)
            case is NSNull: continue
            default:
                throw OrderError(.badOrderField, file: source, line: line, "\(field.rawValue): expected "
                                 + (field == .quantity || field == .price ? "a number" : "text"))
            }
        }
        return try fields.order(source: source, line: line)
    }

    /// Words separated by spaces; a double-quoted word may hold spaces (`""` inside is a quote).
    private static func words(of text: String, source: String, line: Int?) throws(OrderError) -> [(text: String, quoted: Bool)] {
        var words: [(text: String, quoted: Bool)] = []
        var characters = Array(text)[...]
        while let first = characters.first {
            if first == " " || first == "\t" { characters.removeFirst(); continue }
            if first == "\"" {
                characters.removeFirst()
                var word = ""
                var closed = false
                while let next = characters.popFirst() {
                    if next == "\"" {
                        if characters.first == "\"" { characters.removeFirst(); word.append("\""); continue }
                        closed = true
                        break
                    }
                    word.append(next)
                }
                guard closed else {
                    throw OrderError(.badOrder, file: source, line: line, column: words.count + 1, "a quoted name has no closing quote")
                }
                words.append((word, true))
            } else {
                var word = ""
                while let next = characters.first, next != " ", next != "\t" { word.append(next); characters.removeFirst() }
                words.append((word, false))
            }
        }
        return words
    }
}
