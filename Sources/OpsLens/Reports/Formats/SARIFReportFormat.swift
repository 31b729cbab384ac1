import Foundation

/// SARIF 2.1.0 for code-scanning dashboards (COMPLIANCE.md §4.3).
///
/// Rules become `tool.driver.rules` (`helpUri` = the list's source URL, when it is http(s)); findings become `results` with
/// `level` block → error, warn → warning, data and info → note, located at the holdings file and line, with the
/// finding id as `partialFingerprints`. Review findings (possible matches) have `kind: review`, and SARIF
/// requires `level: none` for any kind but `fail`; their severity is kept in `properties.severity`. Waived
/// findings carry an accepted external suppression with the waiver's expiry in its `properties`.
enum SARIFReportFormat {
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    /// The `partialFingerprints` key of the finding id.
    static let fingerprintKey = "opslensFindingId/v1"

    static func render(_ report: ScreeningReport) -> String {
        do {
            return String(decoding: try SortedJSONEncoder(pretty: true).encode(log(report)), as: UTF8.self) + "\n"
        } catch {
            preconditionFailure("a SARIF log always encodes: \(error)")
        }
    }

    static func log(_ report: ScreeningReport) -> Log {
        let rules = driverRules(report)
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let results = report.findings.map { finding in
            let ruleId = finding.rule?.id ?? FindingFingerprint.dataRule
            return result(finding, ruleId: ruleId, ruleIndex: index[ruleId] ?? 0)
        }
        var properties: [String: String] = ["asOf": report.run.asOf.description]
        if !report.staleWaivers.isEmpty {
            properties["staleWaivers"] = report.staleWaivers.map(\.id).joined(separator: ", ")
        }
        let run = Run(tool: Tool(driver: Driver(name: "OpsLens", version: report.run.toolVersion,
                                                informationUri: nil, rules: rules)),
                      invocations: [Invocation(executionSuccessful: true, startTimeUtc: report.run.startedAt,
                                               endTimeUtc: report.run.finishedAt)],
                      results: results, properties: properties)
        return Log(schema: schema, version: "2.1.0", runs: [run])
    }

    /// The rules in force, then rules only findings name, then `data` when there are data findings.
    private static func driverRules(_ report: ScreeningReport) -> [ReportingDescriptor] {
        var order: [String] = report.run.rules.map(\.id)
        var references: [String: RuleReference] = [:]
        var helpURLs: [String: String] = [:]
        for finding in report.findings {
            guard let rule = finding.rule else { continue }
            if !order.contains(rule.id) { order.append(rule.id) }
            if references[rule.id] == nil { references[rule.id] = rule }
            if helpURLs[rule.id] == nil, let url = finding.provenance?.sourceUrl, ReportText.isWebURL(url) {
                helpURLs[rule.id] = url
            }
        }
        let stamps = Dictionary(report.run.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var descriptors: [ReportingDescriptor] = []
        var seen = Set<String>()
        for id in order where seen.insert(id).inserted {
            let title = references[id]?.title ?? id
            var properties: [String: String] = [:]
            if let kind = references[id]?.kind { properties["kind"] = kind }
            if let stamp = stamps[id] {
                properties["version"] = stamp.version
                properties["sha256"] = stamp.sha256
            }
            descriptors.append(ReportingDescriptor(id: id, name: title, shortDescription: Message(text: title),
                                                   helpUri: helpURLs[id], properties: properties.isEmpty ? nil : properties))
        }
        if report.findings.contains(where: { $0.rule == nil }), !seen.contains(FindingFingerprint.dataRule) {
            let text = "Holdings that could not be screened"
            descriptors.append(ReportingDescriptor(id: FindingFingerprint.dataRule, name: text,
                                                   shortDescription: Message(text: text), helpUri: nil, properties: nil))
        }
        return descriptors
    }

    private static func result(_ finding: Finding, ruleId: String, ruleIndex: Int) -> Result {
        let kind = finding.severity == .review ? "review" : "fail"
        let level: String = switch finding.severity {
        case .block: "error"
        case .warn: "warning"
        case .review: "none"
        case .data, .info: "note"
        }
        var properties: [String: String] = ["severity": finding.severity.rawValue, "status": finding.status.rawValue,
                                            "portfolio": finding.holding.portfolio, "security": finding.holding.securityKey]
        if let entity = finding.entity {
            properties["entity"] = entity.id
            properties["entityName"] = entity.name
            properties["list"] = entity.list
        }
        if let match = finding.match {
            properties["matchMethod"] = match.method
            properties["matchScore"] = ReportText.score(match.score)
        }
        if let phase = finding.provenance?.phase { properties["phase"] = phase }
        if let firstSeen = finding.firstSeen { properties["firstSeen"] = firstSeen.description }
        let notes = (finding.match?.notes ?? []) + (finding.notes ?? []) + ReportText.ownership(finding)
        if !notes.isEmpty { properties["notes"] = notes.joined(separator: " | ") }
        let region = finding.holding.line >= 1 ? Region(startLine: finding.holding.line) : nil
        let location = Location(physicalLocation: PhysicalLocation(
            artifactLocation: ArtifactLocation(uri: uriReference(finding.holding.file)), region: region))
        let suppressions = finding.waiver.map { waiver in
            var properties = ["waiverId": waiver.id, "approvedBy": waiver.approvedBy, "approvedAt": waiver.approvedAt.description]
            if let expires = waiver.expiresAt { properties["expiresAt"] = expires.description }
            return [Suppression(kind: "external", status: "accepted", justification: waiver.justification,
                                properties: properties)]
        }
        let baselineState = finding.change.map { $0 == .new ? "new" : $0 == .unchanged ? "unchanged" : "absent" }
        return Result(ruleId: ruleId, ruleIndex: ruleIndex, kind: kind, level: level,
                      message: Message(text: ReportText.message(finding)), locations: [location],
                      partialFingerprints: [fingerprintKey: finding.id],
                      suppressions: finding.status == .waived ? suppressions : nil, baselineState: baselineState,
                      properties: properties)
    }

    /// A file path as a URI reference: characters outside RFC 3986's unreserved set and `/` percent-encoded.
    static func uriReference(_ path: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    // MARK: The SARIF objects written (only the properties OpsLens fills).

    struct Log: Encodable {
        let schema: String
        let version: String
        let runs: [Run]
        enum CodingKeys: String, CodingKey {
            case schema = "$schema", version, runs
        }
    }

    struct Run: Encodable {
        let tool: Tool
        let invocations: [Invocation]
        let results: [Result]
        let properties: [String: String]
    }

    struct Tool: Encodable {
        let driver: Driver
    }

    struct Driver: Encodable {
        let name: String
        let version: String
        let informationUri: String?
        let rules: [ReportingDescriptor]
    }

    struct Invocation: Encodable {
        let executionSuccessful: Bool
        let startTimeUtc: String
        let endTimeUtc: String
    }

    struct ReportingDescriptor: Encodable {
        let id: String
        let name: String
        let shortDescription: Message
        let helpUri: String?
        let properties: [String: String]?
    }

    struct Message: Encodable {
        let text: String
    }

    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int
        let kind: String
        let level: String
        let message: Message
        let locations: [Location]
        let partialFingerprints: [String: String]
        let suppressions: [Suppression]?
        let baselineState: String?
        let properties: [String: String]
    }

    struct Location: Encodable {
        let physicalLocation: PhysicalLocation
    }

    struct PhysicalLocation: Encodable {
        let artifactLocation: ArtifactLocation
        let region: Region?
    }

    struct ArtifactLocation: Encodable {
        let uri: String
    }

    struct Region: Encodable {
        let startLine: Int
    }

    struct Suppression: Encodable {
        let kind: String
        let status: String
        let justification: String
        let properties: [String: String]
    }
}
