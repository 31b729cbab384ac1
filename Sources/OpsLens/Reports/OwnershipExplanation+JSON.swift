extension OwnershipExplanation: JSONWritable {
    /// The explanation as `JSONEncoder` with `.sortedKeys` writes it, for the decision writer.
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("aggregatePercent", aggregatePercent)
            json.field("links", links)
            json.field("reason", reason)
            json.field("restricted", restricted)
            json.field("scope", scope)
            json.field("threshold", threshold)
        }
    }
}

extension OwnershipExplanation.Step: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("child", child)
            json.field("control", control)
            json.field("file", file)
            if let line { json.field("line", line) }
            json.field("parent", parent)
            json.field("percent", percent)
            json.field("relationship", relationship)
        }
    }
}
