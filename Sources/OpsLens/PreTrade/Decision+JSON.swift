/// A decision as one compact line of JSON, written directly: the hot path of `check --orders -`.
///
/// The bytes are those `JSONEncoder` gives with `[.sortedKeys, .withoutEscapingSlashes]` for the
/// `Codable` conformance (tests compare the two); keys are written here in ascending order.
extension Decision: JSONWritable {
    /// The decision as one line of JSON, without a line break.
    public var jsonLine: String {
        var json = JSONWriter()
        write(to: &json)
        return json.text
    }

    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("decision", verdict.rawValue)
            json.field("divestment", divestment)
            json.field("findings", findings)
            json.field("order", order)
            json.field("overrides", overrides)
            json.field("position", position)
            json.field("reason", reason)
            json.field("resolved", resolved)
            json.field("tradeDate", tradeDate.description)
        }
    }

    /// A line that is not an order, as JSON: `{"decision":"error","error":…,"line":N}`.
    public static func writeError(_ error: String, line: Int, to json: inout JSONWriter) {
        json.object { json in
            json.field("decision", "error")
            json.field("error", error)
            json.field("line", line)
        }
    }
}

extension Decision.Resolution: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("divestment", divestment)
            json.field("divestmentDate", divestmentDate)
            json.field("effectiveDate", effectiveDate)
            json.field("entity", entity)
            json.field("listingDate", listingDate)
            json.field("method", method)
            json.field("overriddenBy", overriddenBy)
            json.field("phase", phase)
            json.field("reason", reason)
            json.field("restriction", restriction)
            json.field("rule", rule)
            json.field("score", score)
            json.field("verdict", verdict.rawValue)
        }
    }
}

extension Order: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("currency", currency)
            json.field("id", id)
            json.field("isName", isName)
            json.field("portfolio", portfolio)
            json.field("price", price)
            json.field("quantity", quantity)
            json.field("security", security)
            json.field("side", side.rawValue)
            json.field("tradeDate", tradeDate?.description)
        }
    }
}

extension OrderOverride: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("approvedAt", approvedAt)
            json.field("approvedBy", approvedBy)
            json.field("expiresAt", expiresAt)
            json.field("id", id)
            json.field("orderId", orderId)
            json.field("portfolio", portfolio)
            json.field("reason", reason)
            json.field("rule", rule)
            json.field("security", security)
        }
    }
}

extension PositionCheck: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("held", held)
            json.field("lines", lines)
            json.field("selling", selling)
        }
    }
}
