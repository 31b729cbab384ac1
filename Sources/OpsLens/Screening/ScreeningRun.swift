/// One screening run: holdings files in, a `ScreeningReport` out, every decision stamped with
/// the lists, rules, thresholds and dates that produced it.
public struct ScreeningRun: Sendable {
    public let screener: Screener
    public var readOptions: HoldingsReadOptions
    /// The matcher version stamped into reports; bump it when matching changes behaviour.
    public static let matcherVersion = "opslens-matcher/1"

    public init(screener: Screener, readOptions: HoldingsReadOptions = HoldingsReadOptions()) {
        self.screener = screener
        self.readOptions = readOptions
    }

    /// Screens every holding of `paths`.
    ///
    /// - Parameters:
    ///   - paths: Holdings files, in the order they are reported.
    ///   - now: The current time as ISO 8601 text (the run's only non-deterministic input).
    ///   - progress: Called with the number of holdings screened so far, now and then.
    /// - Throws: `HoldingsError` for a file that cannot be read as holdings at all.
    public func screen(_ paths: [String], now: () -> String, progress: ((Int) -> Void)? = nil) throws -> ScreeningReport {
        let startedAt = now()
        var findings: [Finding] = []
        var rejected: [RejectedInput] = []
        var inputs: [InputStamp] = []
        var names = NameResolutionQueue(index: screener.index)
        var screened = 0
        let reader = HoldingsReader(options: readOptions)
        let screener = self.screener, index = screener.index
        func emit(_ holding: Holding, _ matches: [EntityMatch]) {
            if !matches.isEmpty { findings += screener.findings(for: holding, matches: matches) }
        }
        for path in paths {
            let report = try reader.read(path) { holding in
                screened += 1
                if screened % 65_536 == 0 { progress?(screened) }
                let matches = index.identifierMatches(holding)
                guard matches.isEmpty, holding.name != nil else { return emit(holding, matches) }
                names.submit(holding, emit)
            }
            names.flush(emit)
            for row in report.rejected {
                rejected.append(RejectedInput(file: path, line: row.line, reason: row.reason))
                findings.append(Self.dataFinding(path: path, row: row, portfolio: readOptions.portfolio))
            }
            inputs.append(InputStamp(path: path, sha256: FileDigest.sha256(ofFileAt: path) ?? "", rowsRead: report.lines,
                                     holdings: report.holdings, skipped: report.skipped, rejected: report.rejected.count))
        }
        let order = Dictionary(paths.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        findings.sort { left, right in
            (order[left.holding.file] ?? 0, left.holding.line, -left.severity.rank, left.rule?.id ?? "", left.id)
                < (order[right.holding.file] ?? 0, right.holding.line, -right.severity.rank, right.rule?.id ?? "", right.id)
        }
        let run = RunInfo(toolVersion: OpsLensVersion.current, asOf: screener.asOf.description, startedAt: startedAt,
                          finishedAt: now(), inputs: inputs, rules: ruleStamps(), lists: listStamps(),
                          matcher: MatcherStamp(version: Self.matcherVersion, matchThreshold: screener.index.thresholds.match,
                                                reviewThreshold: screener.index.thresholds.review))
        return ScreeningReport(run: run, findings: findings, rejected: rejected)
    }

    /// A `data` finding for a row that could not be screened.
    static func dataFinding(path: String, row: RejectedRow, portfolio: String?) -> Finding {
        let holding = HoldingReference(file: path, line: row.line,
                                       portfolio: portfolio ?? HoldingsRecordInterpreter.fileStem(path))
        return Finding(id: Finding.fingerprint(ruleId: FindingFingerprint.dataRule, holding: holding, entityId: "line-\(row.line)"),
                       severity: .data, holding: holding,
                       action: "The row could not be screened: \(row.reason). Fix it and screen the file again.")
    }

    private func ruleStamps() -> [RuleStamp] {
        let digests = Dictionary(screener.book.files.map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first })
        return screener.book.rules.map { rule in
            let digest = digests[rule.location.file] ?? ""
            return RuleStamp(id: rule.id, version: digest.isEmpty ? "preset" : String(digest.prefix(12)), sha256: digest)
        }
    }

    private func listStamps() -> [ListStamp] {
        screener.book.lists.map { list in
            ListStamp(id: list.id, publisher: list.provenance.publisher,
                      publicationDate: list.provenance.publicationDate?.description, entities: list.entities.count,
                      files: list.files.map { FileStamp(path: $0.path, sha256: $0.sha256) })
        }
    }
}
