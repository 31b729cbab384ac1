/// Findings written directly as JSON (`JSONWriter`), byte for byte as `JSONEncoder` with sorted
/// keys writes their `Codable` form; keys in ascending order. Used by the pre-trade decisions.
extension Finding: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("action", action)
            json.field("change", change?.rawValue)
            json.field("entity", entity)
            json.field("firstSeen", firstSeen)
            json.field("holding", holding)
            json.field("id", id)
            json.field("match", match)
            json.field("notes", notes)
            json.field("provenance", provenance)
            json.field("rule", rule)
            json.field("severity", severity.rawValue)
            json.field("status", status.rawValue)
            json.field("waiver", waiver)
        }
    }
}

extension HoldingReference: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("currency", currency)
            json.field("file", file)
            json.field("identifiers", identifiers)
            json.field("line", line)
            json.field("marketValue", marketValue)
            json.field("name", name)
            json.field("portfolio", portfolio)
            json.field("quantity", quantity)
        }
    }
}

extension EntityReference: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("id", id)
            json.field("list", list)
            json.field("name", name)
            json.field("sourceId", sourceId)
        }
    }
}

extension RuleReference: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("id", id)
            json.field("kind", kind)
            json.field("title", title)
        }
    }
}

extension MatchExplanation: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("matchedName", matchedName)
            json.field("method", method)
            json.field("notes", notes)
            json.field("path", path)
            json.field("score", score)
        }
    }
}

extension FindingProvenance: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("authority", authority)
            json.field("divestmentDate", divestmentDate)
            json.field("effectiveDate", effectiveDate)
            json.field("listingDate", listingDate)
            json.field("phase", phase)
            json.field("program", program)
            json.field("publisher", publisher)
            json.field("sourceUrl", sourceUrl)
        }
    }
}

extension Waiver: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("approvedAt", approvedAt)
            json.field("approvedBy", approvedBy)
            json.field("expiresAt", expiresAt)
            json.field("findingId", findingId)
            json.field("id", id)
            json.field("justification", justification)
            json.field("portfolio", portfolio)
            json.field("rule", rule)
            json.field("security", security)
        }
    }
}
