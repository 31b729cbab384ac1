import Foundation
import Testing

@Suite("opslens ownership")
struct OwnershipCommandTests {
    /// Synthetic LEI-like keys: S is 60% owned by P and controls nothing; T is consolidated by S.
    static let csv = """
    Relationship.StartNode.NodeID,Relationship.EndNode.NodeID,Relationship.RelationshipType,Relationship.RelationshipStatus,Relationship.Quantifiers.1.QuantifierAmount,Relationship.Quantifiers.1.QuantifierUnits
    S,P,IS_DIRECTLY_CONSOLIDATED_BY,ACTIVE,60,PERCENTAGE
    T,S,IS_DIRECTLY_CONSOLIDATED_BY,ACTIVE,,
    U,P,IS_FUND-MANAGED_BY,ACTIVE,,

    """

    static func file() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("opslens-rr-\(UUID().uuidString).csv")
        try Data(csv.utf8).write(to: url)
        return url.path
    }

    @Test("listed-only explains a subsidiary without restricting it")
    func listedOnly() throws {
        let result = try OpsLensProcess.run(["ownership", "--gleif", try Self.file(), "--listed", "P", "T", "P"])
        #expect(result.status == 0)
        #expect(result.stdout == """
        T: not restricted (not-restricted)
          T —control (GLEIF RR IS_DIRECTLY_CONSOLIDATED_BY)→ S —60%, control (GLEIF RR IS_DIRECTLY_CONSOLIDATED_BY)→ P
        P: RESTRICTED (listed)

        """)
    }

    @Test("the controlled scope restricts, and JSON carries the path with shares and sources")
    func controlledJSON() throws {
        let result = try OpsLensProcess.run(["ownership", "--gleif", try Self.file(), "--listed", "P",
                                             "--scope", "controlled", "--format", "json", "T", "U"])
        #expect(result.status == 0)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(objects.map { $0["restricted"] as? Bool } == [true, false])
        #expect(objects[0]["basis"] as? String == "controlled")
        let path = try #require((objects[0]["paths"] as? [[[String: Any]]])?.first)
        #expect(path.map { $0["parent"] as? String } == ["S", "P"])
        #expect(path.map { $0["percent"] as? Double } == [nil, 60])
    }

    @Test("a missing file is an input error", arguments: [
        ["ownership", "--gleif", "/no/such/file.csv", "--listed", "P", "T"],
        ["ownership", "--listed", "P", "T"],
    ])
    func errors(arguments: [String]) throws {
        let result = try OpsLensProcess.run(arguments)
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
    }
}
