/// A decision as one compact line of JSON: the hot path of `check --orders -`. The bytes are those
/// of its `Codable` form with sorted keys (`SortedJSONEncoder`).
extension Decision {
    /// The decision as one line of JSON, without a line break.
    public var jsonLine: String {
        var json = JSONWriter()
        write(to: &json)
        return json.text
    }

    /// Writes the decision after what `json` holds. A decision's numbers come from parsed orders
    /// and positions, so they are finite; a non-finite one would be written as `null`.
    public func write(to json: inout JSONWriter) {
        do {
            try SortedJSONEncoder().encode(self, into: &json)
        } catch {
            json.null()
        }
    }

    /// A line that is not an order, as JSON: `{"decision":"error","error":…,"line":N}`.
    public static func writeError(_ error: String, line: Int, to json: inout JSONWriter) {
        json.object { json in
            json.key("decision")
            json.string("error")
            json.key("error")
            json.string(error)
            json.key("line")
            json.number(line)
        }
    }
}
