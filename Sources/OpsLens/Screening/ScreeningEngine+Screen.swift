import Foundation
import Synchronization

extension ScreeningEngine {
    /// Screens every holding of the request's inputs, applies waivers and the baseline, and judges the result.
    ///
    /// - Parameters:
    ///   - request: What to screen, as of when, with which waivers, baseline and fail-on level.
    ///   - now: The current time as ISO 8601 text (the run's only non-deterministic input).
    ///   - progress: Called now and then with how far the run has got.
    /// - Throws: `InputError` for an input that cannot be read as holdings at all.
    public func screen(_ request: ScreeningRequest, now: () -> String = ScreeningEngine.currentTime,
                       progress: ((ScreeningProgress) -> Void)? = nil) throws -> ScreeningOutcome {
        var report = try screenHoldings(request, now: now, progress: progress)
        if let waivers = request.waivers ?? defaultWaivers { report = report.applying(waivers.waivers) }
        if let baseline = request.baseline { report = baseline.compare(report) }
        return ScreeningOutcome(report: report, failOn: request.failOn)
    }

    /// The current time, ISO 8601.
    public static func currentTime() -> String {
        ISO8601DateFormatter().string(from: Date())
    }

    /// The report of every holding, before waivers and baseline.
    ///
    /// One input is read on as many threads as the request allows; several inputs are screened
    /// side by side, one per thread, and reported in the order given, so the report is the same
    /// for every number of threads.
    private func screenHoldings(_ request: ScreeningRequest, now: () -> String,
                                progress: ((ScreeningProgress) -> Void)?) throws -> ScreeningReport {
        let startedAt = now()
        let inputs = request.holdings
        let names = NameMatchCache(index: index, nameLengthCompared: request.readOptions.limits.nameCharacters)
        let sizes = inputs.map(\.size)
        var status = ScreeningProgress(file: 0, files: inputs.count, bytesRead: 0, bytesTotal: sizes.reduce(0, +), holdings: 0)
        let threads = max(1, request.threads ?? ProcessInfo.processInfo.activeProcessorCount)
        var screened: [ScreenedInput] = []
        if inputs.count > 1 && threads > 1 {
            screened = try screenSideBySide(inputs, request, names: names, threads: threads) { done in
                status.file = done.count
                status.bytesRead = done.map { sizes[$0] }.reduce(0, +)
                progress?(status)
            }
        } else {
            for (position, input) in inputs.enumerated() {
                let bytesBefore = status.bytesRead
                status.file = position + 1
                screened.append(try screenInput(input, request, names: names, threads: threads) { bytes in
                    status.bytesRead = bytesBefore + bytes
                    progress?(status)
                })
                status.bytesRead = bytesBefore + sizes[position]
                status.holdings += screened[position].holdings
                progress?(status)
            }
        }
        status.holdings = screened.map(\.holdings).reduce(0, +)
        progress?(status)
        var findings = screened.flatMap(\.findings)
        let order = Dictionary(inputs.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { first, _ in first })
        findings.sort { left, right in
            (order[left.holding.file] ?? 0, left.holding.line, -left.severity.rank, left.rule?.id ?? "", left.id)
                < (order[right.holding.file] ?? 0, right.holding.line, -right.severity.rank, right.rule?.id ?? "", right.id)
        }
        let run = RunInfo(toolVersion: OpsLensVersion.current, asOf: request.asOf, startedAt: startedAt,
                          finishedAt: now(), inputs: screened.map(\.stamp), rules: ruleStamps(), lists: listStamps(),
                          matcher: MatcherStamp(version: Self.matcherVersion, matchThreshold: index.thresholds.match,
                                                reviewThreshold: index.thresholds.review),
                          ownership: ownershipFiles.isEmpty ? nil : ownershipFiles)
        return ScreeningReport(run: run, findings: findings, rejected: screened.flatMap(\.rejected))
    }

    /// What screening one input gave.
    private struct ScreenedInput: Sendable {
        var findings: [Finding] = []
        var rejected: [RejectedInput] = []
        var stamp: InputStamp
        var holdings: Int
    }

    /// Screens one input, reading a large file on `threads` threads; with one thread, the names
    /// met are kept in `local`, the caller's thread's cache, when it gives one.
    private func screenInput(_ input: InputSource, _ request: ScreeningRequest, names: NameMatchCache, threads: Int,
                             local: NameMatchCache.Local? = nil, progress: ((Int) -> Void)?) throws -> ScreenedInput {
        let screener = screener(asOf: request.asOf)
        let reader = HoldingsReader(options: request.readOptions, threads: threads)
        var findings: [Finding] = []
        // Resolution runs on the reading threads; findings are made here, in file order.
        let report = try reader.read(input, preparing: {
            let cache = local ?? NameMatchCache.Local(cache: names)
            return { holding in
                let matches = self.withIssuerLEIMatches(holding, names.index.resolve(holding, byName: cache.entityMatches(for:)))
                // A holding nothing matched may still be owned by a listed party through its issuer's LEI.
                return matches.isEmpty && !self.mayBeOwned(holding) ? nil : matches
            }
        }, progress: progress) { holding, matches in
            findings += screener.findings(for: holding, matches: matches)
        }
        var rejected: [RejectedInput] = []
        var occurrences: [String: Int] = [:]
        for row in report.rejected {
            rejected.append(RejectedInput(file: input.name, line: row.line, reason: row.reason))
            occurrences[row.content, default: 0] += 1
            findings.append(Self.dataFinding(input: input, row: row, occurrence: occurrences[row.content]!,
                                             portfolio: request.readOptions.portfolio))
        }
        let stamp = InputStamp(path: input.name, sha256: report.sha256, rowsRead: report.lines,
                               holdings: report.holdings, holdingLines: report.holdingLines, skipped: report.skipped,
                               rejected: report.rejected.count, rejectedLines: report.rejectedLines)
        return ScreenedInput(findings: findings, rejected: rejected, stamp: stamp, holdings: report.holdings)
    }

    /// Screens `inputs` on `threads` threads, one input per thread at a time, and returns what each
    /// gave in the order given; `finished` is called on the caller's thread with the positions
    /// done so far. The first input (in the order given) that fails is what is thrown.
    private func screenSideBySide(_ inputs: [InputSource], _ request: ScreeningRequest, names: NameMatchCache, threads: Int,
                                  finished: ([Int]) -> Void) throws -> [ScreenedInput] {
        let state = Mutex(SideBySide(results: Array(repeating: nil, count: inputs.count)))
        let done = DispatchSemaphore(value: 0)
        let workers = min(threads, inputs.count)
        for _ in 0..<workers {
            Thread { [self] in
                // One cache per thread for all its inputs: a portfolio's issuers recur in the others.
                let local = NameMatchCache.Local(cache: names)
                while let position = state.withLock({ $0.claim() }) {
                    let result = Result {
                        try screenInput(inputs[position], request, names: names, threads: 1, local: local, progress: nil)
                    }
                    state.withLock { $0.results[position] = result }
                    done.signal()
                }
            }.start()
        }
        var finishedPositions: [Int] = []
        for _ in inputs.indices {
            done.wait()
            finishedPositions = state.withLock { state in state.results.indices.filter { state.results[$0] != nil } }
            finished(finishedPositions)
        }
        return try state.withLock { state in try state.results.map { try $0!.get() } }
    }

    /// The work shared by the threads of `screenSideBySide`.
    private struct SideBySide: Sendable {
        var next = 0
        var results: [Result<ScreenedInput, any Error>?]

        /// The next input's position, or `nil` when every input is taken.
        mutating func claim() -> Int? {
            guard next < results.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    /// A `data` finding for a row that could not be screened.
    ///
    /// Its id comes from what the row holds, not from its line, so that it keeps its id (and
    /// its waiver) when rows are added above it; `occurrence` counts rows with the same values
    /// in the file (1 for the first).
    static func dataFinding(input: InputSource, row: RejectedRow, occurrence: Int, portfolio: String?) -> Finding {
        let holding = HoldingReference(file: input.name, line: row.line, portfolio: portfolio ?? input.stem)
        let rowKey = occurrence == 1 ? "row-\(row.content)" : "row-\(row.content)-\(occurrence)"
        return Finding(id: Finding.fingerprint(ruleId: FindingFingerprint.dataRule, holding: holding, entityId: rowKey),
                       severity: .data, holding: holding,
                       action: "The row could not be screened: \(row.reason). Fix it and screen the file again.")
    }

    /// The rules in force, with the SHA-256 of the file each comes from.
    public func ruleStamps() -> [RuleStamp] {
        let digests = Dictionary(book.files.map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first })
        return book.rules.map { rule in
            let digest = digests[rule.location.file] ?? ""
            return RuleStamp(id: rule.id, version: digest.isEmpty ? "preset" : String(digest.prefix(12)), sha256: digest)
        }
    }

    /// The lists in force, with their publishers, publication dates, files' SHA-256 and vintages.
    public func listStamps() -> [ListStamp] {
        book.lists.map(ListStamp.init)
    }
}

extension ListStamp {
    /// The stamp of a loaded list: publisher, publication date, entries, files with their SHA-256, vintage.
    init(_ list: RestrictedList) {
        self.init(id: list.id, publisher: list.provenance.publisher,
                  publicationDate: list.provenance.publicationDate?.description, entities: list.entities.count,
                  files: list.files, vintage: list.vintage)
    }
}

extension InputSource {
    /// The input's size in bytes, as far as it is known before reading (0 for standard input).
    var size: Int {
        switch content {
        case .file(let path): (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        case .bytes(let bytes): bytes.count
        case .standardInput: 0
        }
    }
}
