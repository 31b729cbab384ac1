/// One entry of a restricted list: an organisation, person, vessel or aircraft, with
/// everything the list publishes about it and where it came from.
public struct ListEntity: Hashable, Sendable, Codable {
    /// The list the entry belongs to, e.g. `ofac-sdn`, `ofac-consolidated`, or a native list id.
    public var listID: String
    /// The entry's id in its source list (OFAC `ent_num`, e.g. `33114`).
    public var sourceID: String
    public var type: EntityType
    /// The primary name as published.
    public var name: String
    /// Strong aliases (OFAC alt file) and weak aliases (OFAC remarks `a.k.a. '…'`).
    public var aliases: [EntityAlias] = []
    /// Programs as published (`CMIC-EO13959`, `SDGT`, …), in file order.
    public var programs: [String] = []
    /// OFAC's Title column (individuals), when published.
    public var title: String?
    /// Security and entity identifiers (ISIN, LEI, …), kept even when the check digit fails.
    public var identifiers: [ListedIdentifier] = []
    /// Equity tickers exactly as published (`941 HK`, `002389  CN`, `603019CN`).
    public var equityTickers: [String] = []
    /// Issuer names published in remarks (`Issuer Name …`).
    public var issuerNames: [String] = []
    /// Company registration and tax numbers.
    public var registrations: [RegistrationNumber] = []
    /// Parents named by the list (`Linked To:`) or curated with an ownership share.
    public var parents: [ParentLink] = []
    /// Listing, effective and divestment dates by program (CMIC, EO 14024 directives, …).
    public var programDates: [ProgramDate] = []
    /// `Target Type` from remarks (`Public Company`, `State-Owned Enterprise`, …).
    public var targetType: String?
    public var addresses: [EntityAddress] = []
    /// Vessel columns (call sign, type, tonnage, flag, owner), when published.
    public var vessel: VesselDetails?
    /// The full remarks text as published, spill-over from the comments file included.
    public var remarks: String?
    /// Remarks segments OpsLens does not interpret, kept verbatim (DOB, POB, nationality, …).
    public var otherRemarks: [String] = []
    /// For curated entries: what they map to and why; `nil` for entries as published.
    public var curation: Curation?
    /// The file and line of the entry's main record.
    public var location: SourceLocation

    public init(listID: String, sourceID: String, type: EntityType, name: String, location: SourceLocation) {
        self.listID = listID
        self.sourceID = sourceID
        self.type = type
        self.name = name
        self.location = location
    }

    /// The dates published for `program` (e.g. `CMIC`), when any.
    public func dates(for program: String) -> ProgramDates {
        var result = ProgramDates()
        for date in programDates where date.program == program {
            switch date.kind {
            case .listing: result.listing = date.date
            case .effective: result.effective = date.date
            case .divestment: result.divestment = date.date
            }
        }
        return result
    }

    /// The three NS-CMIC dates (listing, effective, purchase/sales for divestment).
    public var cmicDates: ProgramDates { dates(for: "CMIC") }

    /// `list:sourceID`, e.g. `ofac-consolidated:33114`: how parent links and mappings refer to it.
    public var reference: String { "\(listID):\(sourceID)" }

    /// The published ISINs.
    public var isins: [ListedIdentifier] { identifiers.filter { $0.kind == .isin } }
}

extension ListEntity {
    /// The primary name and every alias as ``NameIndex`` entries under `key`, weak aliases marked.
    ///
    /// Issuer names from remarks are not included: the screening index adds them itself.
    package func nameIndexEntries(key: Int) -> [(key: Int, name: String, isWeak: Bool)] {
        [(key, name, false)] + aliases.map { (key, $0.name, $0.strength == .weak) }
    }
}

/// What an entry names.
public enum EntityType: String, Hashable, Sendable, Codable, CaseIterable {
    case organisation, individual, vessel, aircraft

    /// Reads OFAC's `SDN_Type` (`individual`, `vessel`, `aircraft`; null means an entity).
    public init?(ofac text: String?) {
        switch text?.lowercased() {
        case nil, "", "entity": self = .organisation
        case "individual": self = .individual
        case "vessel": self = .vessel
        case "aircraft": self = .aircraft
        default: return nil
        }
    }
}

/// The vessel columns of an OFAC main record.
public struct VesselDetails: Hashable, Sendable, Codable {
    public var callSign: String?
    public var vesselType: String?
    public var tonnage: String?
    public var grossRegisteredTonnage: String?
    public var flag: String?
    public var owner: String?

    public init(callSign: String? = nil, vesselType: String? = nil, tonnage: String? = nil,
                grossRegisteredTonnage: String? = nil, flag: String? = nil, owner: String? = nil) {
        self.callSign = callSign
        self.vesselType = vesselType
        self.tonnage = tonnage
        self.grossRegisteredTonnage = grossRegisteredTonnage
        self.flag = flag
        self.owner = owner
    }

    var isEmpty: Bool {
        [callSign, vesselType, tonnage, grossRegisteredTonnage, flag, owner].allSatisfy { $0 == nil }
    }
}
