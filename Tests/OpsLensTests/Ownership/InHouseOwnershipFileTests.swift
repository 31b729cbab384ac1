import Foundation
import OpsLens
import Testing

@Suite("In-house ownership files")
struct InHouseOwnershipFileTests {
    static let header = "child,parent,percent,controlled,source,as_of\n"

    static func read(_ text: String) throws -> [OwnershipLink<PartyReference>] {
        try InHouseOwnershipFile.read(.bytes(Array(text.utf8), name: "house.ownership.csv")).links
    }

    static func error(_ text: String) -> String? {
        do { _ = try read(text); return nil } catch { return String(describing: error) }
    }

    @Test("reads parties by LEI, list entry and name, with share, control, source, date and line")
    func links() throws {
        let links = try Self.read(Self.header + """
        lei:5493OPSLENSISS700045,entry:house-test:epsilon,35,true,"Shareholders' agreement, clause 4",2024-06-30
        name:Zeta Supply GmbH,lei:5493OPSLENSISS700045,100%,,Commercial register extract,
        """)
        #expect(links.map(\.child) == [.lei("5493OPSLENSISS700045"), .name("Zeta Supply GmbH")])
        #expect(links.map(\.parent) == [.entry("house-test:epsilon"), .lei("5493OPSLENSISS700045")])
        #expect(links.map(\.percent) == [35, 100])
        #expect(links.map(\.isControl) == [true, false])
        #expect(links.map(\.source) == ["in-house: Shareholders' agreement, clause 4", "in-house: Commercial register extract"])
        #expect(links.map(\.asOf) == [CalendarDate(iso: "2024-06-30"), nil])
        #expect(links.map { $0.location?.line } == [2, 3])
    }

    @Test("bad values are errors with file, line, column and what was expected")
    func badValues() {
        let row = { (values: String) in Self.header + values + "\n" }
        #expect(Self.error(row("lei:5493OPSLENSISS700045,entry:a:b,120,,src,")) ==
            "house.ownership.csv:2:3: a percentage must be from 0 to 100, found 120")
        #expect(Self.error(row("lei:5493OPSLENSISS700045,entry:a:b,-5,,src,")) ==
            "house.ownership.csv:2:3: a percentage must be from 0 to 100, found -5")
        #expect(Self.error(row("lei:5493OPSLENSISS700099,entry:a:b,50,,src,"))?.hasPrefix(
            "house.ownership.csv:2:1: expected the child as lei:<valid LEI>") == true)
        #expect(Self.error(row("name:A,B,50,,src,"))?.hasPrefix("house.ownership.csv:2:2: expected the parent") == true)
        #expect(Self.error(row("name:A,name:B,,,src,")) == "house.ownership.csv:2:3: a link needs a percent or controlled: true")
        #expect(Self.error(row("name:A,name:B,50,maybe,src,")) == "house.ownership.csv:2:4: expected true or false, found 'maybe'")
        #expect(Self.error(row("name:A,name:B,50,,,")) ==
            "house.ownership.csv:2:5: expected where the link was found (a document, a URL)")
        #expect(Self.error(row("name:A,name:B,50,,src,30/06/2024")) ==
            "house.ownership.csv:2:6: expected a date YYYY-MM-DD, found '30/06/2024'")
        #expect(Self.error("child,parent,percnt,source\n") ==
            "house.ownership.csv:1:3: unknown column 'percnt' (did you mean \"percent\"?); expected child, parent, percent, controlled, source, as_of")
    }
}
