import Testing
@testable import OpsLens

@Suite("VintageAge: how old the vintage behind the loaded lists is")
struct VintageAgeTests {
    static func list(_ id: String, vintage date: String?) -> RestrictedList {
        RestrictedList(id: id, title: id, provenance: Provenance(publisher: "OFAC"), files: [], entities: [],
                       location: SourceLocation(file: id),
                       vintage: date.map { VintageStamp(date: $0, directory: "Rules/ofac/\($0)", manifestSHA256: "ab") })
    }

    @Test("the oldest vintage in use counts; lists not from a vintage do not")
    func oldest() throws {
        let today = CalendarDate(iso: "2026-12-04")!
        let age = try #require(VintageAge.oldest(in: [Self.list("a", vintage: "2026-12-01"), Self.list("b", vintage: "2025-12-19"),
                                                      Self.list("c", vintage: nil)], on: today))
        #expect(age.days == 350)
        #expect(age.description == "the OFAC lists in use are the vintage of 2025-12-19 (Rules/ofac/2025-12-19), 350 days old")
        #expect(VintageAge.oldest(in: [Self.list("c", vintage: nil)], on: today) == nil)
        #expect(VintageAge.oldest(in: [Self.list("a", vintage: "2026-12-03")], on: today)?.description.hasSuffix("1 day old") == true)
    }
}
