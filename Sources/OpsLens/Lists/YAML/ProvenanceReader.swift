extension Provenance {
    static let yamlKeys = ["publisher", "legal_authority", "program", "source_url", "publication_date", "retrieved_date", "curated"]

    /// Reads a `provenance:` mapping; `publisher` is required.
    static func read(_ object: YAMLObject?) -> Provenance? {
        guard let object else { return nil }
        let publisher = object.string("publisher", required: true)
        let provenance = Provenance(publisher: publisher ?? "", legalAuthority: object.string("legal_authority"),
                                    program: object.string("program"), sourceURL: object.string("source_url"),
                                    publicationDate: object.date("publication_date"), retrievedDate: object.date("retrieved_date"),
                                    curated: object.boolean("curated") ?? false)
        return publisher == nil ? nil : provenance
    }
}
