/// The built-in rules for OFAC folders given with `--ofac`, by program.
///
/// - `CMIC-EO13959` (Consolidated list): NS-CMIC semantics, no 50% rule, listed entities only.
/// - SDN list, every program: blocked, with the 50% rule.
/// - Other Consolidated programs (SSI `UKRAINE-EO13662`, `NS-PLC`, `RUSSIA-EO14024`, …) are not
///   investment restrictions, so no preset covers them; a rule in `Rules/` can.
public enum OFACPresets {
    /// The NS-CMIC preset (`preset.ofac-ns-cmic`).
    public static let nsCMIC = Rule(
        id: "preset.ofac-ns-cmic",
        title: "NS-CMIC list: purchases and sales of publicly traded securities prohibited (E.O. 13959 as amended by E.O. 14032)",
        restriction: .noPurchaseOrSale, severity: .block,
        lists: [OFACFileSet.consolidated.listID], programs: ["CMIC-EO13959"],
        timing: .nsCMIC, subsidiaries: .listedOnly,
        provenance: Provenance(publisher: "U.S. Treasury OFAC",
                               legalAuthority: "E.O. 13959 as amended by E.O. 14032; 31 CFR part 586; OFAC FAQ 857 (no 50% rule)",
                               program: "NS-CMIC", sourceURL: "https://ofac.treasury.gov/faqs/857"),
        notes: "Holding is not prohibited (FAQ 1046). Sales solely to divest are allowed until the divestment date.",
        location: SourceLocation(file: "preset"))

    /// The SDN preset (`preset.ofac-sdn`).
    public static let sdn = Rule(
        id: "preset.ofac-sdn",
        title: "SDN list: blocked, including entities owned 50% or more in the aggregate by blocked persons",
        restriction: .blocked, severity: .block,
        lists: [OFACFileSet.sdn.listID], programs: [],
        timing: .listing, subsidiaries: .aggregatedOwnership,
        provenance: Provenance(publisher: "U.S. Treasury OFAC", legalAuthority: "IEEPA and program executive orders; OFAC FAQ 398, 401 (50% rule)",
                               program: "SDN", sourceURL: "https://ofac.treasury.gov/faqs/401"),
        location: SourceLocation(file: "preset"))

    /// The presets for the file sets loaded.
    public static func rules(for sets: [OFACFileSet]) -> [Rule] {
        sets.flatMap { set -> [Rule] in set == .sdn ? [sdn] : [nsCMIC] }
    }

    /// The provenance of a list read from an `--ofac` folder.
    static func provenance(for set: OFACFileSet) -> Provenance {
        Provenance(publisher: "U.S. Treasury OFAC",
                   program: set == .sdn ? "SDN" : "Consolidated (non-SDN) lists",
                   sourceURL: "https://sanctionslistservice.ofac.treas.gov/")
    }

    static func title(for set: OFACFileSet) -> String {
        set == .sdn ? "OFAC Specially Designated Nationals (SDN) list" : "OFAC Consolidated (non-SDN) list"
    }
}
