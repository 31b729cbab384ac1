/// Reads GLEIF Level 2 relationship records (the RR-CDF golden copy as CSV) into ownership
/// links from child LEI up to parent LEI (DOMAIN.md §2.1).
///
/// Columns are found by name in the header: `Relationship.StartNode.NodeID` (child),
/// `Relationship.EndNode.NodeID` (parent) and `Relationship.RelationshipType` are required;
/// `Relationship.RelationshipStatus`, the `NodeIDType`s, `Registration.RegistrationStatus`
/// and any `…QuantifierAmount` (with its sibling `…QuantifierUnits`) are used when present.
/// Level 2 parents are accounting-consolidation parents, so consolidation and branch links
/// are control links; a percentage is kept when a quantifier gives one.
public enum GLEIFRelationshipReader {
    /// The links read, and the records left out with the reason.
    public struct Relationships: Sendable {
        public var links: [OwnershipLink<String>] = []
        public var skipped: [SkippedRecord] = []
    }

    /// A relationship record not turned into a link.
    public struct SkippedRecord: Hashable, Sendable {
        /// The 1-based physical line the record starts on.
        public var line: Int
        public var reason: String
    }

    /// Relationship types under which the parent controls the child.
    public static let controlTypes: Set<String> = [
        "IS_DIRECTLY_CONSOLIDATED_BY", "IS_ULTIMATELY_CONSOLIDATED_BY", "IS_INTERNATIONAL_BRANCH_OF",
    ]

    /// Reads an RR-CDF CSV file held in memory.
    ///
    /// - Parameters:
    ///   - bytes: the file's bytes (UTF-8, with or without a byte-order mark).
    ///   - file: the name errors give the file.
    public static func read(_ bytes: [UInt8], file: String = "GLEIF file") throws -> Relationships {
        try read(.bytes(bytes, name: file)).relationships
    }

    /// Reads an RR-CDF CSV file with libcsv, streaming, so the golden copy's size costs only its links.
    ///
    /// - Returns: one link per active LEI-to-LEI relationship, with the file and line it is on;
    ///   inactive, annulled or incomplete records are listed in `skipped`; and the file's SHA-256.
    /// - Throws: `GLEIFReadError` when the header lacks a required column, a quote is
    ///   unterminated, or a percentage is outside 0–100 (with its line and column).
    public static func read(_ source: InputSource) throws -> (relationships: Relationships, file: FileStamp) {
        var columns: Columns?
        var result = Relationships()
        let sha256 = try CSVRecordStream.read(source) { row in
            guard let columns else {
                columns = try Columns(header: (0..<row.count).map { row.text($0) }, file: source.name, line: row.line)
                return
            }
            switch try columns.link(from: row, file: source.name) {
            case .success(let link): result.links.append(link)
            case .failure(let skip): result.skipped.append(SkippedRecord(line: row.line, reason: skip.reason))
            }
        }
        guard columns != nil else { throw GLEIFReadError(.empty, file: source.name, "no header record") }
        return (result, FileStamp(path: source.name, sha256: sha256))
    }

    private struct Skip: Error { var reason: String }

    /// Where each column the reader uses is.
    private struct Columns {
        var child: Int, parent: Int, type: Int
        var status: Int?, childType: Int?, parentType: Int?, registrationStatus: Int?
        var quantifiers: [(amount: Int, units: Int?)]

        init(header: [String], file: String, line: Int) throws(GLEIFReadError) {
            func column(_ name: String) -> Int? { header.firstIndex(of: name) }
            func required(_ name: String) throws(GLEIFReadError) -> Int {
                guard let index = column(name) else {
                    throw GLEIFReadError(.missingColumn, file: file, line: line, "the header has no \(name) column")
                }
                return index
            }
            child = try required("Relationship.StartNode.NodeID")
            parent = try required("Relationship.EndNode.NodeID")
            type = try required("Relationship.RelationshipType")
            status = column("Relationship.RelationshipStatus")
            childType = column("Relationship.StartNode.NodeIDType")
            parentType = column("Relationship.EndNode.NodeIDType")
            registrationStatus = column("Registration.RegistrationStatus")
            quantifiers = header.indices.filter { header[$0].hasSuffix("QuantifierAmount") }.map { amount in
                let prefix = header[amount].dropLast("QuantifierAmount".count)
                return (amount, column(prefix + "QuantifierUnits"))
            }
        }

        func link(from row: CSVRecordStream.Row, file: String) throws(GLEIFReadError) -> Result<OwnershipLink<String>, Skip> {
            func value(_ index: Int?) -> String { index.map { row.text($0) } ?? "" }
            let child = value(child).uppercased(), parent = value(parent).uppercased(), type = value(type)
            guard !child.isEmpty, !parent.isEmpty else { return .failure(Skip(reason: "no start or end node")) }
            guard !type.isEmpty else { return .failure(Skip(reason: "no relationship type")) }
            for (side, index) in [("start", childType), ("end", parentType)] {
                let nodeType = value(index)
                if !nodeType.isEmpty, nodeType != "LEI" { return .failure(Skip(reason: "\(side) node is a \(nodeType), not an LEI")) }
            }
            let status = value(status)
            if !status.isEmpty, status != "ACTIVE" { return .failure(Skip(reason: "relationship is \(status)")) }
            if value(registrationStatus) == "ANNULLED" { return .failure(Skip(reason: "registration is ANNULLED")) }
            var percent: Double?
            for (amount, units) in quantifiers {
                let unit = value(units), text = value(amount)
                guard unit.isEmpty || unit == "PERCENTAGE", !text.isEmpty else { continue }
                guard let number = Double(text), number.isFinite, (0...100).contains(number) else {
                    throw GLEIFReadError(.badOwnershipValue, file: file, line: row.line, column: amount + 1,
                                         "expected a percentage from 0 to 100, found '\(text)'")
                }
                percent = number
                break
            }
            return .success(OwnershipLink(child: child, parent: parent, percent: percent, source: "GLEIF RR \(type)",
                                          isControl: GLEIFRelationshipReader.controlTypes.contains(type),
                                          location: SourceLocation(file: file, line: row.line)))
        }
    }
}
