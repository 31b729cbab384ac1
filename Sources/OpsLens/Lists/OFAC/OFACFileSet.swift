/// The two OFAC legacy CSV file sets: the SDN list and the Consolidated (non-SDN) list.
///
/// Both use the same four layouts; only the file names and the list id differ.
public enum OFACFileSet: String, Hashable, Sendable, Codable, CaseIterable {
    case sdn
    case consolidated

    /// The list id given to entities of this set: `ofac-sdn` or `ofac-consolidated`.
    public var listID: String {
        switch self {
        case .sdn: "ofac-sdn"
        case .consolidated: "ofac-consolidated"
        }
    }

    /// The main file (required): one record per entry.
    public var mainFile: String { self == .sdn ? "sdn.csv" : "cons_prim.csv" }
    /// The strong aliases.
    public var aliasFile: String { self == .sdn ? "alt.csv" : "cons_alt.csv" }
    /// The addresses.
    public var addressFile: String { self == .sdn ? "add.csv" : "cons_add.csv" }
    /// The remarks spill-over.
    public var commentsFile: String { self == .sdn ? "sdn_comments.csv" : "cons_comments.csv" }

    /// The file names in reading order.
    public var fileNames: [String] { [mainFile, commentsFile, aliasFile, addressFile] }

    /// Fields per record in `file`.
    func columnCount(of file: String) -> Int {
        switch file {
        case mainFile: 12
        case aliasFile: 5
        case addressFile: 6
        default: 2
        }
    }
}
