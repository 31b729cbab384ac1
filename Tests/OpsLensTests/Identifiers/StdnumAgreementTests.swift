import Testing
import OpsLens

@Suite("Agreement with python-stdnum 2.2")
struct StdnumAgreementTests {
    @Test("ISIN validity", arguments: StdnumVectors.isin)
    func isin(vector: StdnumVector) { expectAgreement(vector, .isin) }

    @Test("CUSIP validity", arguments: StdnumVectors.cusip)
    func cusip(vector: StdnumVector) { expectAgreement(vector, .cusip) }

    @Test("SEDOL validity", arguments: StdnumVectors.sedol)
    func sedol(vector: StdnumVector) { expectAgreement(vector, .sedol) }

    @Test("FIGI validity", arguments: StdnumVectors.figi)
    func figi(vector: StdnumVector) { expectAgreement(vector, .figi) }

    @Test("LEI validity", arguments: StdnumVectors.lei)
    func lei(vector: StdnumVector) { expectAgreement(vector, .lei) }

    @Test("every vector table holds valid and invalid values")
    func tablesAreBalanced() {
        for table in [StdnumVectors.isin, StdnumVectors.cusip, StdnumVectors.sedol, StdnumVectors.figi, StdnumVectors.lei] {
            #expect(table.count > 150)
            #expect(table.filter(\.isValid).count > 30)
            #expect(table.filter { !$0.isValid }.count > 30)
        }
    }

    private func expectAgreement(_ vector: StdnumVector, _ kind: IdentifierKind,
                                 sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let identifier = SecurityIdentifier(vector.value, kind: kind)
        #expect(identifier != nil, "shape rejected", sourceLocation: sourceLocation)
        #expect(identifier?.isValid == vector.isValid, sourceLocation: sourceLocation)
    }
}
