import ArgumentParser
import OpsLens

/// `opslens rules list`: the rules in force and the lists loaded, as text or JSON.
struct RulesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the rules and the lists they use.",
        discussion: "With --as-of, only rules in force that day are shown, and only entries listed by then are counted."
    )

    @OptionGroup var sources: RulesSourceOptions

    @OptionGroup var date: AsOfOption

    @OptionGroup var output: TextOrJSONOption

    struct Output: Encodable {
        struct RuleSummary: Encodable {
            var id, title, kind, severity: String
            var lists: [String]
        }
        struct ListSummary: Encodable {
            var id, publisher: String
            var files: [RestrictedList.File]
            var entities: Int
            var programs: [String: Int]
        }
        var rules: [RuleSummary]
        var lists: [ListSummary]
    }

    func run() throws {
        let book = try sources.load()
        let asOf = date.asOf
        let output = Self.summary(of: book, asOf: asOf)
        switch self.output.format {
        case .json:
            try JSONOutput.print(output)
        case .text:
            print("Rules\(asOf.map { " in force on \($0)" } ?? ""):")
            for rule in output.rules {
                print("  \(rule.id)  [\(rule.kind), \(rule.severity)]  lists: \(rule.lists.joined(separator: ", "))")
                print("      \(rule.title)")
            }
            print("Lists:")
            for list in output.lists {
                print("  \(list.id)  (\(list.publisher))  \(list.entities) entities")
                let programs = list.programs.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                if !programs.isEmpty {
                    print("      programs: " + programs.prefix(8).map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                          + (programs.count > 8 ? ", … (\(programs.count) programs)" : ""))
                }
                for file in list.files { print("      \(file.sha256)  \(file.path)") }
            }
        }
    }

    static func summary(of book: RuleBook, asOf: CalendarDate?) -> Output {
        let rules = book.rules.filter { rule in
            guard let asOf else { return true }
            return (rule.effectiveFrom.map { $0 <= asOf } ?? true) && (rule.effectiveTo.map { asOf <= $0 } ?? true)
        }
        let lists = book.lists.map { list -> Output.ListSummary in
            let entities = list.entities.filter { entity in
                guard let asOf else { return true }
                let listings = entity.programDates.filter { $0.kind == .listing }.map(\.date)
                return listings.isEmpty || listings.contains { $0 <= asOf }
            }
            var programs: [String: Int] = [:]
            for entity in entities { for program in entity.programs { programs[program, default: 0] += 1 } }
            return Output.ListSummary(id: list.id, publisher: list.provenance.publisher, files: list.files,
                                      entities: entities.count, programs: programs)
        }
        return Output(rules: rules.map { Output.RuleSummary(id: $0.id, title: $0.title, kind: $0.restriction.rawValue,
                                                            severity: $0.severity.rawValue, lists: $0.lists) },
                      lists: lists)
    }
}
