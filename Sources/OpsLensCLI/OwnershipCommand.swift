import ArgumentParser
import Foundation
import OpsLens

/// `opslens ownership`: whether parties are restricted through ownership, with the paths.
struct OwnershipCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ownership",
        abstract: "Show whether parties are restricted through ownership links, and the paths that explain it.",
        discussion: """
        Links are read from GLEIF Level 2 relationship files (RR-CDF CSV): child LEI → parent \
        LEI, consolidation and branch relationships counting as control. Scopes: listed-only \
        (NS-CMIC: links explain, never widen), aggregated (OFAC 50% rule: blocked parties \
        together own 50% or more, directly or through parties blocked by the rule), controlled \
        (in-house: more than 50% or a control link, transitively). Exits 0 whatever the \
        verdicts are; 2 on usage or input errors.
        """
    )

    @Option(name: .customLong("gleif"), help: "A GLEIF RR-CDF CSV file of relationships (repeatable).")
    var gleifFiles: [String]

    @Option(name: .customLong("listed"), help: "A listed party's LEI (repeatable).")
    var listed: [String]

    @Option(help: "How far a listing reaches: listed-only, aggregated or controlled.")
    var scope: OwnershipScope = .listedOnly

    @OptionGroup var output: TextOrJSONOption

    @Option(help: "The most paths to show per party.")
    var maxPaths: Int = 8

    @Argument(help: "The parties (LEIs) to assess.")
    var parties: [String]

    func validate() throws {
        guard !gleifFiles.isEmpty else { throw ValidationError("Give at least one --gleif file.") }
        guard !parties.isEmpty else { throw ValidationError("Give at least one party to assess.") }
        guard maxPaths > 0 else { throw ValidationError("--max-paths must be at least 1.") }
    }

    func run() throws {
        var links: [OwnershipLink<String>] = []
        for path in gleifFiles { links += try GLEIFRelationshipReader.read(.file(path)).relationships.links }
        let assessment = OwnershipGraph(links).assess(listed: listed.map { $0.uppercased() }, scope: scope)
        let verdicts = parties.map { assessment.verdict(for: $0.uppercased(), maxPaths: maxPaths) }
        switch output.format {
        case .text: print(Self.text(verdicts), terminator: "")
        case .json: print(try Self.json(verdicts))
        }
    }

    static func basis(_ basis: OwnershipVerdict<String>.Basis) -> (name: String, percent: Double?) {
        switch basis {
        case .listed: ("listed", nil)
        case .aggregatedOwnership(let percent): ("aggregated-ownership", percent)
        case .controlled: ("controlled", nil)
        case .notRestricted(let percent): ("not-restricted", percent)
        }
    }

    static func text(_ verdicts: [OwnershipVerdict<String>]) -> String {
        verdicts.map { verdict in
            let (name, percent) = basis(verdict.basis)
            var lines = ["\(verdict.node): \(verdict.isRestricted ? "RESTRICTED" : "not restricted") (\(name)"
                + (percent.map { ", blocked parties own \($0)%" } ?? "") + ")"]
            lines += verdict.paths.map { "  \($0)" }
            return lines.joined(separator: "\n") + "\n"
        }.joined()
    }

    private struct VerdictJSON: Encodable {
        struct Link: Encodable {
            var child: String, parent: String, percent: Double?, control: Bool, source: String
        }
        var party: String, scope: String, restricted: Bool, basis: String, blockedOwnership: Double?, paths: [[Link]]
    }

    static func json(_ verdicts: [OwnershipVerdict<String>]) throws -> String {
        let objects = verdicts.map { verdict in
            let (name, percent) = basis(verdict.basis)
            return VerdictJSON(party: verdict.node, scope: verdict.scope.rawValue, restricted: verdict.isRestricted,
                               basis: name, blockedOwnership: percent, paths: verdict.paths.map { path in
                path.links.map { .init(child: $0.child, parent: $0.parent, percent: $0.percent, control: $0.isControl, source: $0.source) }
            })
        }
        return try JSONOutput.string(objects)
    }
}

extension OwnershipScope: ExpressibleByArgument {
    /// The short names of the command line (`aggregated`, `controlled`) or a rule file's words.
    public init?(argument: String) {
        switch argument {
        case "aggregated": self = .aggregatedOwnership
        case "controlled": self = .controlledSubsidiaries
        default: self.init(rawValue: argument)
        }
    }

    public static var allValueStrings: [String] { ["listed-only", "aggregated", "controlled"] }
}
