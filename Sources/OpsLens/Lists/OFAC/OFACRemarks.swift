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
        if body.utf8.last == UInt8(ascii: ".") { body = body.dropLast() }
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
        if key.hasBytePrefix("alt. ") || key.hasBytePrefix("Alt. ") { key = key.dropFirst(5) }
        // Most segments (DOB, POB, nationality, …) start with a letter no known key starts with.
        guard let first = key.utf8.first, keyInitials.contains(first) else { return false }

        if let weak = weakAlias(in: key) {
            entity.aliases.append(EntityAlias(name: weak.name, kind: weak.kind, strength: .weak, location: entity.location))
            return true
        }
        if let rest = value(of: key, after: "Equity Ticker ") {
            entity.equityTickers.append(rest)
            return true
        }
        if let rest = value(of: key, after: "Issuer Name ") {
            entity.issuerNames.append(rest)
            return true
        }
        if let rest = value(of: key, after: "Target Type ") {
            entity.targetType = rest
            return true
        }
        if let rest = value(of: key, after: "Linked To: ") {
            entity.parents.append(ParentLink(name: rest, origin: .published, relation: .linkedTo))
            return true
        }
        for (prefix, kind) in identifierKeys {
            guard let rest = value(of: key, after: prefix) else { continue }
            let (code, country, _) = splitCountry(rest)
            let identifier = ListedIdentifier(kind: kind, published: code)
            if identifier.parsed == nil, kind == .lei {  // `Legal Entity Number 851683897 (Netherlands)`: a national number
                entity.registrations.append(RegistrationNumber(scheme: "Legal Entity Number", value: code, country: country))
                return true
            }
            if identifier.parsed == nil {
                problems.append(Problem(code: .badIdentifier,
                                        message: "entry \(entity.sourceID): \(kind.rawValue.uppercased()) '\(code)' has the wrong shape; kept as published",
                                        isError: false))
            }
            if !entity.identifiers.contains(where: { $0.kind == kind && $0.value == identifier.value }) {
                entity.identifiers.append(identifier)
            }
            return true
        }
        if let date = programDate(in: key, entity: entity, problems: &problems) {
            if let date { entity.programDates.append(date) }
            return date != nil
        }
        for scheme in registrationSchemes {
            guard let rest = value(of: key, after: scheme + " ") else { continue }
            let (number, country, note) = splitCountry(rest)
            entity.registrations.append(RegistrationNumber(scheme: scheme, value: number, country: country, note: note))
            return true
        }
        return false
    }

    /// The first bytes of every key `interpret` knows.
    private static let keyInitials: Set<UInt8> = {
        let keys = ["a.k.a. '", "f.k.a. '", "n.k.a. '", "Equity Ticker ", "Issuer Name ", "Target Type ", "Linked To: "]
            + identifierKeys.map(\.0) + dateKeys.map(\.0) + registrationSchemes
        return Set(keys.compactMap(\.utf8.first))
    }()

    private static let identifierKeys: [(String, IdentifierKind)] = [
        ("ISIN ", .isin), ("Legal Entity Number ", .lei), ("CUSIP ", .cusip), ("SEDOL ", .sedol), ("FIGI ", .figi),
    ]

    /// Registration and tax number keys, as OFAC writes them.
    static let registrationSchemes = [
        "Unified Social Credit Code (USCC)", "C.R. No.", "Company Number", "Business Registration Number",
        "Business Registration Document #", "Tax ID No.", "Registration Number", "Registration ID",
        "Commercial Registry Number", "Chamber of Commerce Number", "Government Gazette Number",
        "Public Registration Number", "Enterprise Number", "LE Number", "Trade License No.",
        "Certificate of Incorporation Number", "Company ID:", "Identification Number",
    ]

    private static let dateKeys: [(String, ProgramDate.Kind)] = [
        ("Listing Date (", .listing), ("Effective Date (", .effective),
        ("Purchase/Sales For Divestment Date (", .divestment),
    ]

    /// A dated segment: `Listing Date (CMIC) 10 Dec 2021` or `Effective Date (EO 14024 Directive 3): 26 Mar 2022`.
    ///
    /// - Returns: `nil` when the segment is not a date segment; `.some(nil)` when it is one whose
    ///   date does not parse (a problem is recorded).
    private static func programDate(in key: Substring, entity: ListEntity, problems: inout [Problem]) -> ProgramDate?? {
        for (prefix, kind) in dateKeys where key.hasBytePrefix(prefix) {
            let afterPrefix = key.dropFirst(prefix.count)
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
        return nil
    }

    /// `a.k.a. 'NAME'` (also `f.k.a.` and `n.k.a.`).
    private static func weakAlias(in key: Substring) -> (name: String, kind: EntityAlias.Kind)? {
        for (prefix, kind) in [("a.k.a. '", EntityAlias.Kind.aka), ("f.k.a. '", .fka), ("n.k.a. '", .nka)]
        where key.hasBytePrefix(prefix) && key.hasByteSuffix("'") && key.utf8.count > prefix.utf8.count + 1 {
            let name = String(key.dropFirst(prefix.count).dropLast().trimmingSpaces())
            return name.isEmpty ? nil : (name, kind)
        }
        return nil
    }

    private static func value(of key: Substring, after prefix: String) -> String? {
        guard key.hasBytePrefix(prefix) else { return nil }
        let rest = key.dropFirst(prefix.count)
        // Keep inner spacing as published (`002389  CN`); trim only the ends.
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
