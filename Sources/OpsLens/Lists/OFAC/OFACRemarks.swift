/// Reads the OFAC Remarks field into the entity's identifiers, tickers, dates, parents,
/// registration numbers and weak aliases.
///
/// Remarks are `"; "`-separated segments ending in `.`; a repeated key is written `alt. <Key>`.
/// Segments OpsLens does not interpret are kept verbatim in `otherRemarks`, never dropped.
struct OFACRemarks {
    /// A problem found in one segment (a bad date, an identifier of the wrong shape).
    struct Problem {
        var code: ListLoadError.Code
        var message: String
        var isError: Bool
    }

    /// Interprets `text` (the remarks with any comments spill-over appended) into `entity`.
    static func apply(_ text: String, to entity: inout ListEntity) -> [Problem] {
        var problems: [Problem] = []
        var body = Substring(text)
        if body.utf8.last == UInt8(ascii: ".") { body = body.droppingLastByte() }
        for piece in body.splitOnSemicolonSpace() {
            let segment = piece.trimmingSpaces()
            if segment.isEmpty { continue }
            if !interpret(segment, into: &entity, problems: &problems) {
                entity.otherRemarks.append(String(segment))
            }
        }
        return problems
    }

    /// Returns whether `segment` was understood (and so need not be kept as text).
    private static func interpret(_ segment: Substring, into entity: inout ListEntity, problems: inout [Problem]) -> Bool {
        var key = segment
        if let rest = key.droppingBytePrefix("alt. ") ?? key.droppingBytePrefix("Alt. ") { key = rest }
        // Most segments (DOB, POB, nationality, …) start with a byte no known key starts with.
        guard let first = key.utf8.first else { return false }
        for (prefix, meaning) in keysByInitial[Int(first)] {
            guard let rest = key.droppingBytePrefix(prefix) else { continue }
            switch meaning {
            case .weakAlias(let kind):
                guard let name = quotedName(rest) else { continue }
                entity.aliases.append(EntityAlias(name: name, kind: kind, strength: .weak, location: entity.location))
            case .equityTicker:
                guard let value = trimmedValue(rest) else { continue }
                entity.equityTickers.append(value)
            case .issuerName:
                guard let value = trimmedValue(rest) else { continue }
                entity.issuerNames.append(value)
            case .targetType:
                guard let value = trimmedValue(rest) else { continue }
                entity.targetType = value
            case .linkedTo:
                guard let value = trimmedValue(rest) else { continue }
                entity.parents.append(ParentLink(name: value, origin: .published, relation: .linkedTo))
            case .identifier(let kind):
                guard let value = trimmedValue(rest) else { continue }
                addIdentifier(value, kind: kind, to: &entity, problems: &problems)
            case .date(let kind):
                guard let date = programDate(rest, prefix: prefix, kind: kind, entity: entity, problems: &problems) else { continue }
                guard let date else { return false }
                entity.programDates.append(date)
            case .registration(let scheme):
                guard let value = trimmedValue(rest) else { continue }
                let (number, country, note) = splitCountry(value)
                entity.registrations.append(RegistrationNumber(scheme: scheme, value: number, country: country, note: note))
            }
            return true
        }
        return false
    }

    /// What a key means.
    private enum Meaning {
        case weakAlias(EntityAlias.Kind)
        case equityTicker, issuerName, targetType, linkedTo
        case identifier(IdentifierKind)
        case date(ProgramDate.Kind)
        case registration(String)
    }

    /// Every key OpsLens interprets, in the order they are tried.
    private static let keys: [(prefix: String, meaning: Meaning)] =
        [("a.k.a. '", .weakAlias(.aka)), ("f.k.a. '", .weakAlias(.fka)), ("n.k.a. '", .weakAlias(.nka)),
         ("Equity Ticker ", .equityTicker), ("Issuer Name ", .issuerName), ("Target Type ", .targetType),
         ("Linked To: ", .linkedTo),
         ("ISIN ", .identifier(.isin)), ("Legal Entity Number ", .identifier(.lei)), ("CUSIP ", .identifier(.cusip)),
         ("SEDOL ", .identifier(.sedol)), ("FIGI ", .identifier(.figi)),
         ("Listing Date (", .date(.listing)), ("Effective Date (", .date(.effective)),
         ("Purchase/Sales For Divestment Date (", .date(.divestment))]
        + registrationSchemes.map { ($0 + " ", .registration($0)) }

    /// The keys by their first byte: a segment is tried only against keys that can match it.
    private static let keysByInitial: [[(prefix: String, meaning: Meaning)]] = {
        var table = Array(repeating: [(prefix: String, meaning: Meaning)](), count: 256)
        for key in keys { table[Int(key.prefix.utf8.first!)].append(key) }
        return table
    }()

    /// A published identifier, or a national number published under the LEI key.
    private static func addIdentifier(_ value: String, kind: IdentifierKind, to entity: inout ListEntity, problems: inout [Problem]) {
        let (code, country, _) = splitCountry(value)
        let identifier = ListedIdentifier(kind: kind, published: code)
        if identifier.parsed == nil, kind == .lei {  // `Legal Entity Number 851683897 (Netherlands)`: a national number
            entity.registrations.append(RegistrationNumber(scheme: "Legal Entity Number", value: code, country: country))
            return
        }
        if identifier.parsed == nil {
            problems.append(Problem(code: .badIdentifier,
                                    message: "entry \(entity.sourceID): \(kind.rawValue.uppercased()) '\(code)' has the wrong shape; kept as published",
                                    isError: false))
        }
        if !entity.identifiers.contains(where: { $0.kind == kind && $0.value == identifier.value }) {
            entity.identifiers.append(identifier)
        }
    }

    /// Registration and tax number keys, as OFAC writes them.
    static let registrationSchemes = [
        "Unified Social Credit Code (USCC)", "C.R. No.", "Company Number", "Business Registration Number",
        "Business Registration Document #", "Tax ID No.", "Registration Number", "Registration ID",
        "Commercial Registry Number", "Chamber of Commerce Number", "Government Gazette Number",
        "Public Registration Number", "Enterprise Number", "LE Number", "Trade License No.",
        "Certificate of Incorporation Number", "Company ID:", "Identification Number",
    ]

    /// A dated segment after its key: `CMIC) 10 Dec 2021` or `EO 14024 Directive 3): 26 Mar 2022`.
    ///
    /// - Returns: `nil` when the segment is not a date segment; `.some(nil)` when it is one whose
    ///   date does not parse (a problem is recorded).
    private static func programDate(_ afterPrefix: Substring, prefix: String, kind: ProgramDate.Kind, entity: ListEntity,
                                    problems: inout [Problem]) -> ProgramDate?? {
        guard let close = afterPrefix.firstIndex(of: ")") else { return nil }
        let program = String(afterPrefix[..<close])
        var rest = afterPrefix[afterPrefix.index(after: close)...]
        if rest.hasBytePrefix(":") { rest = rest.dropFirst() }
        let dateText = String(rest.trimmingSpaces())
        guard program == "CMIC" || program.hasPrefix("EO ") else { return nil }
        if dateText.isEmpty || dateText.count > 20 { return nil }  // prose mentioning the key, not a date
        guard let date = CalendarDate(ofac: dateText) else {
            problems.append(Problem(code: .badDate,
                                    message: "entry \(entity.sourceID): '\(prefix)\(program))' has '\(dateText)', which is not a date like '10 Dec 2021'",
                                    isError: true))
            return .some(nil)
        }
        return ProgramDate(program: program, kind: kind, date: date)
    }

    /// The name in `NAME'` (what follows `a.k.a. '`); `nil` when it is not quoted or is empty.
    private static func quotedName(_ rest: Substring) -> String? {
        guard rest.utf8.count > 1, rest.hasByteSuffix("'") else { return nil }
        let name = String(rest.droppingLastByte().trimmingSpaces())
        return name.isEmpty ? nil : name
    }

    /// The value after a key with its ends trimmed; inner spacing is kept as published (`002389  CN`).
    private static func trimmedValue(_ rest: Substring) -> String? {
        let trimmed = rest.trimmingSpaces()
        return trimmed.isEmpty ? nil : String(trimmed)
    }

    /// Splits `91110000710934369E (China) issued 2001` into number, country and note.
    private static func splitCountry(_ text: String) -> (String, String?, String?) {
        guard let open = text.range(of: " ("), let close = text[open.upperBound...].firstIndex(of: ")") else {
            return (text, nil, nil)
        }
        let number = String(text[..<open.lowerBound])
        let country = String(text[open.upperBound..<close])
        let note = String(text[text.index(after: close)...].trimmingSpaces())
        return (number, country, note.isEmpty ? nil : note)
    }
}
