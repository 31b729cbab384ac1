import ArgumentParser
import OpsLens

/// `opslens rules entity SOURCE-ID`: everything known about a list entry, with provenance.
struct RulesEntityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entity",
        abstract: "Show everything known about a list entry (e.g. 33114), with provenance and what applies.",
        discussion: "Curated entries that map to the entry, or name it as parent, are shown after it."
    )

    @OptionGroup var sources: RulesSourceOptions

    @Argument(help: "The entry's source id (OFAC ent_num such as 33114, or LIST:ID).")
    var sourceID: String

    @OptionGroup var date: AsOfOption

    @OptionGroup var output: TextOrJSONOption

    struct Output: Encodable {
        struct Entry: Encodable {
            var list: String
            var provenance: Provenance
            var entity: ListEntity
            var statuses: [RestrictionStatus]
        }
        var asOf: CalendarDate
        var entries: [Entry]
        var linked: [Entry]
    }

    func run() throws {
        let book = try sources.load()
        let day = date.day
        let matches = book.entities(matching: sourceID)
        guard !matches.isEmpty else {
            RulesOutput.printError("no entry '\(sourceID)' in the loaded lists (\(book.lists.map(\.id).joined(separator: ", ")))")
            throw ExitCode.inputError
        }
        // Follow links transitively: a subsidiary of a curated issuer that maps to the entry is shown too.
        var references = Set(matches.map(\.entity.reference))
        var linked: [(list: RestrictedList, entity: ListEntity)] = []
        var frontier = Array(references)
        while let reference = frontier.popLast() {
            for match in book.entities(linkedTo: reference) where !references.contains(match.entity.reference) {
                references.insert(match.entity.reference)
                linked.append(match)
                frontier.append(match.entity.reference)
            }
        }
        func entry(_ match: (list: RestrictedList, entity: ListEntity)) -> Output.Entry {
            Output.Entry(list: match.list.id, provenance: match.list.provenance, entity: match.entity,
                         statuses: book.statuses(for: match.entity, in: match.list, on: day))
        }
        let output = Output(asOf: day, entries: matches.map(entry), linked: linked.map(entry))
        if self.output.format == .json { return try JSONOutput.print(output) }
        var lines: [String] = []
        for item in output.entries { lines += Self.describe(item, asOf: day) }
        if !output.linked.isEmpty {
            lines.append("")
            lines.append("Linked entries (map to it or name it as parent):")
            for item in output.linked { lines += Self.describe(item, asOf: day).map { "  " + $0 } }
        }
        print(lines.joined(separator: "\n"))
    }

    static func describe(_ item: Output.Entry, asOf: CalendarDate) -> [String] {
        let entity = item.entity
        var lines = ["\(entity.reference)  \(entity.name)  (\(entity.type.rawValue))"]
        lines.append("  list:          \(item.list)\(item.provenance.curated ? "  [CURATED - not published by the list's publisher]" : "")")
        lines += describe(item.provenance, indent: "  ")
        lines.append("  source:        \(entity.location)")
        if !entity.programs.isEmpty { lines.append("  programs:      \(entity.programs.joined(separator: ", "))") }
        if let title = entity.title { lines.append("  title:         \(title)") }
        for alias in entity.aliases {
            lines.append("  alias:         \(alias.name)  (\(alias.kind.rawValue), \(alias.strength.rawValue)\(alias.sourceID.map { ", alt \($0)" } ?? ""))")
        }
        for program in Set(entity.programDates.map(\.program)).sorted() {
            let dates = entity.dates(for: program)
            let parts = [("listing", dates.listing), ("effective", dates.effective), ("divestment", dates.divestment)]
                .compactMap { name, date in date.map { "\(name) \($0)" } }
            lines.append("  dates (\(program)): \(parts.joined(separator: ", "))")
        }
        for identifier in entity.identifiers {
            lines.append("  \(identifier.kind.rawValue.uppercased()):          \(identifier.published)\(identifier.isValid ? "" : "  [\(identifier.problem ?? "invalid")]")")
        }
        for ticker in entity.equityTickers { lines.append("  ticker:        \(ticker)") }
        for name in entity.issuerNames { lines.append("  issuer name:   \(name)") }
        for registration in entity.registrations {
            lines.append("  registration:  \(registration.scheme) \(registration.value)\(registration.country.map { " (\($0))" } ?? "")")
        }
        for parent in entity.parents {
            var text = "  \(parent.relation == .linkedTo ? "linked to:  " : "parent:     ")   \(parent.name) [\(parent.origin.rawValue)]"
            if let reference = parent.entityReference { text += " → \(reference)" }
            if let percent = parent.ownershipPercent { text += ", owns \(percent.formatted())%" }
            if let controlled = parent.controlled { text += controlled ? ", controls" : ", no control" }
            if let source = parent.source { text += "; source: \(source)" }
            lines.append(text)
        }
        for address in entity.addresses {
            let parts = [address.street, address.cityStatePostalCode, address.country].compactMap { $0 }
            lines.append("  address:       \(parts.joined(separator: ", "))")
        }
        if let curation = entity.curation {
            if let sameAs = curation.sameAs { lines.append("  same as:       \(sameAs)  [curated mapping]") }
            lines.append("  reasoning:     \(curation.reasoning)")
            for source in curation.sources { lines.append("  curation source: \(source)") }
        }
        for other in entity.otherRemarks { lines.append("  remark:        \(other)") }
        if let remarks = entity.remarks { lines.append("  remarks:       \(remarks)") }
        if item.statuses.isEmpty {
            lines.append("  on \(asOf):  no rule applies")
        }
        for status in item.statuses {
            lines.append("  on \(asOf):  \(status.ruleID): \(status.phase.rawValue), \(status.restriction.rawValue) (\(status.severity.rawValue)) - \(status.explanation)")
        }
        return lines
    }

    static func describe(_ provenance: Provenance, indent: String) -> [String] {
        var lines = ["\(indent)publisher:     \(provenance.publisher)\(provenance.curated ? " (curated)" : "")"]
        if let authority = provenance.legalAuthority { lines.append("\(indent)authority:     \(authority)") }
        if let program = provenance.program { lines.append("\(indent)program:       \(program)") }
        if let url = provenance.sourceURL { lines.append("\(indent)source URL:    \(url)") }
        if let date = provenance.publicationDate { lines.append("\(indent)published:     \(date)") }
        if let date = provenance.retrievedDate { lines.append("\(indent)retrieved:     \(date)") }
        return lines
    }
}
extension Double {
    fileprivate func formatted() -> String {
        self == rounded() ? String(Int(self)) : String(self)
    }
}
