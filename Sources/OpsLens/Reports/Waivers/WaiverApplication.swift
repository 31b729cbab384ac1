import Foundation

extension ScreeningReport {
    /// Applies approved waivers as of a date.
    ///
    /// A finding named by a waiver in force on `date` becomes `waived` with that waiver attached (the one
    /// expiring last, when several are). A finding named only by waivers not in force is open, with a note
    /// saying which waiver expired (or is not yet approved). Any other finding is open: the given waivers
    /// replace whatever waived the findings before, so applying them again gives the same report. Waivers
    /// that name no finding become `staleWaivers`. The summary is recomputed.
    ///
    /// - Parameters:
    ///   - waivers: The waivers, e.g. `WaiverFile.waivers`.
    ///   - date: The as-of date; defaults to the run's `asOf`.
    /// - Returns: The report with waivers applied.
    public func applying(_ waivers: [Waiver], asOf date: CalendarDate? = nil) -> ScreeningReport {
        let date = date ?? run.asOf
        var result = self
        var used = Set<Int>()
        // Waivers by fingerprint are looked up; only those by portfolio + security + rule are tried one by one.
        let byFingerprint = Dictionary(grouping: waivers.indices.filter { waivers[$0].findingId != nil },
                                       by: { waivers[$0].findingId!.lowercased() })
        let byKey = waivers.indices.filter { waivers[$0].findingId == nil }
        for index in result.findings.indices {
            var finding = result.findings[index]
            finding.status = .open
            finding.waiver = nil
            let matching = ((byFingerprint[finding.id.lowercased()] ?? []) + byKey.filter { waivers[$0].matches(finding) })
                .sorted()
            used.formUnion(matching)
            let inForce = matching.map { waivers[$0] }.filter { $0.isInForce(on: date) }
            if let waiver = inForce.max(by: { ($0.expiresAt ?? .distantFuture) < ($1.expiresAt ?? .distantFuture) }) {
                finding.status = .waived
                finding.waiver = waiver
            } else {
                for waiver in matching.map({ waivers[$0] }) {
                    if waiver.approvedAt > date {
                        finding.addNote("Waiver \(waiver.id) was approved on \(waiver.approvedAt), after the as-of date "
                                        + "\(date); it does not apply.")
                    } else {
                        finding.addNote("Waiver \(waiver.id) expired on \(waiver.expiresAt?.description ?? "?"); the finding is open "
                                        + "again as of \(date).")
                    }
                }
            }
            result.findings[index] = finding
        }
        result.staleWaivers = waivers.indices.filter { !used.contains($0) }.map { waivers[$0] }
        result.refreshSummary()
        return result
    }
}
