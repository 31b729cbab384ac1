import Testing
@testable import OpsLens

@Suite("ListChanges: what changed between two vintages of a list")
struct ListChangesTests {
    static func entity(_ id: String, _ name: String, programs: [String] = ["SDGT"], list: String = "ofac-sdn") -> ListEntity {
        var entity = ListEntity(listID: list, sourceID: id, type: .organisation, name: name, location: SourceLocation(file: "test"))
        entity.programs = programs
        return entity
    }

    @Test("an entry only in the newer vintage is added, one only in the older removed, matched by list and source id")
    func addedAndRemoved() {
        let older = [Self.entity("10", "ALPHA"), Self.entity("2", "BETA"), Self.entity("7", "GAMMA", list: "ofac-consolidated")]
        let newer = [Self.entity("2", "BETA"), Self.entity("11", "DELTA", programs: ["IRGC"]), Self.entity("7", "GAMMA")]
        let changes = ListChanges(from: older, to: newer)
        #expect(changes.added.map(\.sourceID) == ["7", "11"])
        #expect(changes.added.map(\.listID) == ["ofac-sdn", "ofac-sdn"])
        #expect(changes.removed.map(\.listID) == ["ofac-consolidated", "ofac-sdn"])
        #expect(changes.removed.map(\.sourceID) == ["7", "10"])
        #expect(changes.changed.isEmpty)
        #expect(changes.programCounts == [ListChanges.ProgramCount(program: "IRGC", added: 1),
                                          ListChanges.ProgramCount(program: "SDGT", added: 1, removed: 2)])
    }

    @Test("names, aliases, identifiers, programs and CMIC dates are compared field by field")
    func fieldsCompared() throws {
        var before = Self.entity("33114", "SENSETIME GROUP LIMITED", programs: ["CMIC-EO13959"], list: "ofac-consolidated")
        before.aliases = [EntityAlias(name: "SENSETIME GROUP LTD"), EntityAlias(name: "SENSETIME", strength: .weak)]
        before.identifiers = [ListedIdentifier(kind: .isin, published: "KYG8062F1034")]
        before.programDates = [ProgramDate(program: "CMIC", kind: .listing, date: CalendarDate(iso: "2021-12-10")!)]
        var after = before
        after.name = "SENSETIME GROUP LTD."
        after.aliases = [EntityAlias(name: "SENSETIME", strength: .weak), EntityAlias(name: "SENSETIME GROUP INC")]
        after.equityTickers = ["0020 HK"]
        after.programs = ["CMIC-EO13959", "SDGT"]
        after.programDates = [ProgramDate(program: "CMIC", kind: .listing, date: CalendarDate(iso: "2021-12-16")!)]
        let changes = ListChanges(from: [before, Self.entity("1", "SAME")], to: [Self.entity("1", "SAME"), after])
        #expect(changes.added.isEmpty && changes.removed.isEmpty)
        let change = try #require(changes.changed.first)
        #expect(changes.changed.count == 1)
        #expect(change.fields.map(\.field) == [.name, .aliases, .identifiers, .programs, .dates])
        let fields = Dictionary(uniqueKeysWithValues: change.fields.map { ($0.field, $0) })
        #expect(fields[.name]?.before == ["SENSETIME GROUP LIMITED"])
        #expect(fields[.name]?.after == ["SENSETIME GROUP LTD."])
        #expect(fields[.aliases]?.added == ["SENSETIME GROUP INC"])
        #expect(fields[.aliases]?.removed == ["SENSETIME GROUP LTD"])
        #expect(fields[.identifiers]?.added == ["ticker 0020 HK"])
        #expect(fields[.identifiers]?.removed == [])
        #expect(fields[.programs]?.added == ["SDGT"])
        #expect(fields[.dates]?.removed == ["CMIC listing 2021-12-10"])
        #expect(fields[.dates]?.added == ["CMIC listing 2021-12-16"])
        #expect(change.programs == ["CMIC-EO13959", "SDGT"])
        #expect(changes.programCounts.map(\.program) == ["CMIC-EO13959", "SDGT"])
        #expect(changes.restricted(to: "SDGT").changed.count == 1)
        #expect(changes.restricted(to: "IRGC").isEmpty)
    }

    @Test("a reordering of aliases or programs is not a change")
    func reorderingIsNoChange() {
        var before = Self.entity("5", "X", programs: ["A", "B"])
        before.aliases = [EntityAlias(name: "P"), EntityAlias(name: "Q")]
        var after = before
        after.programs = ["B", "A"]
        after.aliases = [EntityAlias(name: "Q"), EntityAlias(name: "P")]
        #expect(ListChanges(from: [before], to: [after]).isEmpty)
    }

    @Test("when one vintage has no strong aliases at all (no alias file), only weak aliases are compared, and it says so")
    func missingAliasFile() throws {
        var before = Self.entity("5", "X")
        before.aliases = [EntityAlias(name: "WEAK", strength: .weak)]
        var after = before
        after.aliases.append(EntityAlias(name: "STRONG"))
        let changes = ListChanges(from: [before], to: [after])
        #expect(changes.isEmpty)
        let uncompared = try #require(changes.uncompared.first)
        #expect(uncompared.listID == "ofac-sdn" && uncompared.field == .aliases)
        #expect(uncompared.reason.contains("older vintage has no strong aliases"))
    }
}
