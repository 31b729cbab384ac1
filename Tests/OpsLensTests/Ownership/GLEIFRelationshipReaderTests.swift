import Testing
import OpsLens

@Suite("GLEIF Level 2 relationship reader")
struct GLEIFRelationshipReaderTests {
    typealias Fixture = GLEIFRelationshipFixture

    static let read = Result { try GLEIFRelationshipReader.read(Array(Fixture.csv.utf8)) }

    @Test("active LEI-to-LEI relationships become links from child to parent")
    func links() throws {
        let links = try Self.read.get().links
        #expect(links.map(\.child) == [Fixture.child, Fixture.child, Fixture.branch, Fixture.fund])
        #expect(links.map(\.parent) == [Fixture.parent, Fixture.ultimate, Fixture.parent, Fixture.manager])
        #expect(links.map(\.source) == [
            "GLEIF RR IS_DIRECTLY_CONSOLIDATED_BY", "GLEIF RR IS_ULTIMATELY_CONSOLIDATED_BY",
            "GLEIF RR IS_INTERNATIONAL_BRANCH_OF", "GLEIF RR IS_FUND-MANAGED_BY",
        ])
        #expect(links.map(\.percent) == [75, nil, nil, nil])
        #expect(links.map(\.isControl) == [true, true, true, false])
    }

    @Test("inactive, annulled and incomplete records are skipped with their line and reason")
    func skipped() throws {
        let skipped = try Self.read.get().skipped
        #expect(skipped.map(\.line) == [4, 9, 10, 11])
        #expect(skipped[0].reason == "relationship is INACTIVE")
        #expect(skipped[1].reason == "registration is ANNULLED")
        #expect(skipped[2].reason == "no start or end node")
        #expect(skipped[3].reason.contains("NATURAL_PERSON"))
    }

    @Test("the links feed the ownership graph: consolidated subsidiaries and branches are controlled")
    func intoGraph() throws {
        let graph = OwnershipGraph(try Self.read.get().links)
        let controlled = graph.assess(listed: [Fixture.parent, Fixture.fund], scope: .controlledSubsidiaries)
        #expect(controlled.restricted == [Fixture.parent, Fixture.child, Fixture.branch, Fixture.fund])
        #expect(controlled.verdict(for: Fixture.child).paths.map(\.description)
            == ["\(Fixture.child) —75%, control (GLEIF RR IS_DIRECTLY_CONSOLIDATED_BY)→ \(Fixture.parent)"])
        let listedOnly = graph.assess(listed: [Fixture.parent], scope: .listedOnly)
        #expect(!listedOnly.isRestricted(Fixture.child))
        #expect(listedOnly.verdict(for: Fixture.child).paths.count == 1)
        #expect(graph.assess(listed: [Fixture.parent], scope: .aggregatedOwnership).isRestricted(Fixture.child))
    }

    @Test("a header without a required column is an error naming it")
    func missingColumn() {
        let csv = "Relationship.StartNode.NodeID,Relationship.RelationshipType\nA,B\n"
        #expect {
            try GLEIFRelationshipReader.read(Array(csv.utf8))
        } throws: { error in
            let error = error as? GLEIFReadError
            return error?.code == .missingColumn && error?.line == 1
                && error?.message.contains("Relationship.EndNode.NodeID") == true
        }
    }

    @Test("an empty file and an unterminated quote are errors", arguments: [
        ("", GLEIFReadError.Code.empty), ("\n\n", .empty),
        (Fixture.header + "\nA,LEI,\"B,LEI,IS_DIRECTLY_CONSOLIDATED_BY\n", .unterminatedQuote),
    ])
    func structuralErrors(csv: String, code: GLEIFReadError.Code) {
        #expect { try GLEIFRelationshipReader.read(Array(csv.utf8)) } throws: { ($0 as? GLEIFReadError)?.code == code }
    }

    @Test("the minimal three columns are enough")
    func minimal() throws {
        let csv = "Relationship.EndNode.NodeID,Relationship.StartNode.NodeID,Relationship.RelationshipType\r\nP,c,IS_DIRECTLY_CONSOLIDATED_BY\r\n"
        let links = try GLEIFRelationshipReader.read(Array(csv.utf8)).links
        #expect(links == [OwnershipLink(child: "C", parent: "P", source: "GLEIF RR IS_DIRECTLY_CONSOLIDATED_BY", isControl: true,
                                         location: SourceLocation(file: "GLEIF file", line: 2))])
    }

    @Test("a percentage outside 0–100 is an error with its line and column", arguments: ["125.00", "-1", "abc"])
    func percentOutOfRange(amount: String) {
        let csv = Fixture.csv.replacingOccurrences(of: ",75.00,", with: ",\(amount),")
        #expect {
            try GLEIFRelationshipReader.read(Array(csv.utf8), file: "rr.csv")
        } throws: { error in
            let error = error as? GLEIFReadError
            return error?.code == .badOwnershipValue && error?.line == 2 && error?.column == 13
                && error?.description.hasPrefix("rr.csv:2:13: expected a percentage from 0 to 100, found '\(amount)'") == true
        }
    }
}
