import Testing
@testable import OpsLens

@Suite("The SDN designations of 10 Dec 2021")
struct OFACDesigneesTests {
    @Test("the four designees are in the SDN file of that day, at their lines")
    func inTheDayFile() throws {
        let list = try #require(try OFACListReader.load(directory: TestData.ofac("sdn-2021-12-10")).first)
        let expected: [(id: String, name: String, type: EntityType, program: String, line: Int)] = [
            ("34079", "ZAKIR, Shohrat", .individual, "GLOMAG", 9122),
            ("34119", "TUNIYAZ, Erken", .individual, "GLOMAG", 9136),
            ("34020", "EUROPEAN INSTITUTE JUSTO", .organisation, "DPRK3", 9098),
            ("34021", "SOIN, Dmitriy Yurevich", .individual, "DPRK3", 9099),
        ]
        for designee in expected {
            let entity = try #require(list.entities.first { $0.sourceID == designee.id })
            #expect(entity.listID == "ofac-sdn")
            #expect(entity.name == designee.name)
            #expect(entity.type == designee.type)
            #expect(entity.programs == [designee.program])
            #expect(entity.location.line == designee.line)
        }
    }

    @Test("the derived trio gives their aliases, parents, numbers and addresses")
    func derivedTrio() throws {
        let entities = try #require(try OFACListReader.load(directory: TestData.ofac("derived/designees-2021-12-10")).first).entities
        func entity(_ id: String) throws -> ListEntity { try #require(entities.first { $0.sourceID == id }) }

        let zakir = try entity("34079")
        #expect(zakir.aliases.map(\.name) == ["ZAKIR, Shohret", "ZHAKER, Xuekelaiti", "SHOHRAT, Zakir"])
        #expect(zakir.parents.map(\.name) == ["XINJIANG PUBLIC SECURITY BUREAU"])
        #expect(zakir.parents.first?.entityReference == nil)  // the bureau is not in this extract
        #expect(zakir.parents.first?.relation == .linkedTo)  // an association, not ownership
        #expect(zakir.otherRemarks == ["DOB Aug 1953", "POB Yining City, Xinjiang, China", "nationality China", "Gender Male"])
        #expect(zakir.addresses.map(\.cityStatePostalCode) == ["Xinjiang"])

        let tuniyaz = try entity("34119")
        #expect(tuniyaz.aliases.map(\.name) == ["TUNIYAZ, Erkin", "TUNIYAZI, Arkin", "TUNIYAZI, Aierken", "TUNIAZ, Alken"])
        #expect(tuniyaz.aliases.map(\.sourceID) == ["53503", "53504", "53506", "53507"])

        let justo = try entity("34020")
        #expect(justo.aliases.map(\.name) == ["EUROPEAN INSTITUTE YUSTO", "EUROPEAN INSTITUTE JUSTO JUSTICE", "EUROPEAN INSTITUTE YUSTO JUSTICE"])
        #expect(justo.registrations == [
            RegistrationNumber(scheme: "Tax ID No.", value: "7706101758", country: "Russia"),
            RegistrationNumber(scheme: "Registration Number", value: "1027739267819", country: "Russia"),
        ])
        #expect(justo.addresses.first?.street == "Block 6, 6th Novopodmoskovnyy Lane")

        let soin = try entity("34021")
        #expect(soin.aliases.map(\.name) == ["SOIN, Dmitry Yuryevich", "SOYIN, Dmitriy Yuryevich"])
        #expect(soin.parents.first?.name == "EUROPEAN INSTITUTE JUSTO")
        #expect(soin.parents.first?.entityReference == "ofac-sdn:34020")
    }
}
