import Foundation

/// One screening run: holdings files in, a `ScreeningReport` out, every decision stamped with
/// the lists, rules, thresholds and dates that produced it.
public struct ScreeningRun: Sendable {
    public let screener: Screener
    public var readOptions: HoldingsReadOptions
    /// The matcher version stamped into reports; bump it when matching changes behaviour.
    public static let matcherVersion = "opslens-matcher/2"

    public init(screener: Screener, readOptions: HoldingsReadOptions = HoldingsReadOptions()) {
        self.screener = screener
        self.readOptions = readOptions
    }

    /// Screens every holding of `paths`.
    ///
    /// - Parameters:
    ///   - paths: Holdings files, in the order they are reported.
    ///   - now: The current time as ISO 8601 text (the run's only non-deterministic input).
    ///   - progress: Called now and then with how far the run has got.
    /// - Throws: `HoldingsError` for a file that cannot be read as holdings at all.
    public func screen(_ paths: [String], now: () -> String, progress: ((ScreeningProgress) -> Void)? = nil) throws -> ScreeningReport {
        let startedAt = now()
        var findings: [Finding] = []
        var rejected: [RejectedInput] = []
        var inputs: [InputStamp] = []
        let reader = HoldingsReader(options: readOptions)
        let screener = self.screener, names = NameMatchCache(index: screener.index)
        let sizes = paths.map { path in (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
        var status = ScreeningProgress(file: 0, files: paths.count, bytesRead: 0, bytesTotal: sizes.reduce(0, +), holdings: 0)
        for (position, path) in paths.enumerated() {
            let bytesBefore = status.bytesRead
            status.file = position + 1
            // Resolution runs on the reading threads; findings are made here, in file order.
            let report = try reader.read(path, preparing: {
                let cache = NameMatchCache.Local(cache: names)
                return { holding in
                    let matches = names.index.identifierMatches(holding)
                    if !matches.isEmpty { return matches }
                    guard let candidates = cache.matches(for: holding), !candidates.isEmpty else { return nil }
                    let nameMatches = names.index.nameEntityMatches(holding, candidates)
                    return nameMatches.isEmpty ? nil : nameMatches
                }
            }, progress: { bytes in
                status.bytesRead = bytesBefore + bytes
                progress?(status)
            }) { holding, matches in
                findings += screener.findings(for: holding, matches: matches)
            }
            status.bytesRead = bytesBefore + sizes[position]
            status.holdings += report.holdings
            progress?(status)
            var occurrences: [String: Int] = [:]
            for row in report.rejected {
                rejected.append(RejectedInput(file: path, line: row.line, reason: row.reason))
                occurrences[row.content, default: 0] += 1
                findings.append(Self.dataFinding(path: path, row: row, occurrence: occurrences[row.content]!, portfolio: readOptions.portfolio))
            }
            inputs.append(InputStamp(path: path, sha256: report.sha256, rowsRead: report.lines,
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
    ///
    /// Its id comes from what the row holds, not from its line, so that it keeps its id (and
    /// its waiver) when rows are added above it; `occurrence` counts rows with the same values
    /// in the file (1 for the first).
    static func dataFinding(path: String, row: RejectedRow, occurrence: Int, portfolio: String?) -> Finding {
        let holding = HoldingReference(file: path, line: row.line,
                                       portfolio: portfolio ?? HoldingsRecordInterpreter.fileStem(path))
        let rowKey = occurrence == 1 ? "row-\(row.content)" : "row-\(row.content)-\(occurrence)"
        return Finding(id: Finding.fingerprint(ruleId: FindingFingerprint.dataRule, holding: holding, entityId: rowKey),
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
