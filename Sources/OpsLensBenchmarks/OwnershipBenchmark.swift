import Foundation
import OpsLens

/// `opslens-bench ownership [ROWS] [RELATIONSHIPS] [LOOKUPS]`: loading GLEIF's files at full size.
///
/// Writes, in a temporary folder, an ISIN→LEI file in GLEIF's `LEI,ISIN` layout of `ROWS` rows
/// (default 9,000,000, the daily full file's size; ISINs in random order) and a Level 2
/// relationship file in the RR-CDF CSV layout of `RELATIONSHIPS` records (default 500,000, each
/// with a percentage), then reports the time and the process's peak memory of loading each,
/// building the ownership graph, and ISIN lookups per second (`LOOKUPS`, half of them absent).
enum OwnershipBenchmark {
    static func run(_ arguments: ArraySlice<String>) throws {
        let numbers = arguments.compactMap { Int($0) }
        let rows = numbers.first ?? 9_000_000, relationships = numbers.dropFirst().first ?? 500_000
        let lookups = numbers.dropFirst(2).first ?? 5_000_000
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("opslens-bench-gleif-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var random = SplitMix64(seed: 18)
        let (isinFile, present) = try writeISINLEIFile(rows: rows, in: folder, random: &random)
        let relationshipFile = try writeRelationshipFile(records: relationships, in: folder, random: &random)
        let size = { (path: String) in ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1_000_000 }
        print("generated: \(rows) ISIN→LEI rows (\(size(isinFile)) MB), \(relationships) relationship records (\(size(relationshipFile)) MB)")
        print("peak memory before loading: \(PeakMemory.bytes() / 1_000_000) MB")

        var cpu = cpuSeconds()
        func cpuSince() -> Double { defer { cpu = cpuSeconds() }; return cpuSeconds() - cpu }
        let (map, mapSeconds) = try measure { try ISINLEIMap(.file(isinFile)) }
        print(String(format: "ISIN→LEI load: %.2f s wall, %.2f s CPU, %d rows, peak memory %d MB", mapSeconds, cpuSince(), map.count,
                     PeakMemory.bytes() / 1_000_000))
        let (read, relationshipSeconds) = try measure { try GLEIFRelationshipReader.read(.file(relationshipFile)) }
        print(String(format: "relationships load: %.2f s wall, %.2f s CPU, %d links, peak memory %d MB", relationshipSeconds, cpuSince(),
                     read.relationships.links.count, PeakMemory.bytes() / 1_000_000))
        let (graph, graphSeconds) = measure { OwnershipGraph(read.relationships.links) }
        print(String(format: "ownership graph: %.2f s wall, %.2f s CPU, %d parties", graphSeconds, cpuSince(), graph.parties.count))

        let (engine, engineSeconds) = try measure {
            try ScreeningEngine.load(rulesDirectory: nil, gleifFiles: [relationshipFile], isinLEIFile: isinFile)
        }
        print(String(format: "engine with both files (loaded again): %.2f s wall, %.2f s CPU", engineSeconds, cpuSince()))
        let (_, screenerSeconds) = measure { engine.screener(asOf: CalendarDate(iso: "2025-01-01")!) }
        print(String(format: "its rules applied through the links on one date: %.2f s wall, %.2f s CPU, peak memory %d MB",
                     screenerSeconds, cpuSince(), PeakMemory.bytes() / 1_000_000))
        let absent = (0..<present.count).map { _ in isin(&random) }
        let (found, lookupSeconds) = measure {
            var found = 0
            for index in 0..<lookups {
                let isin = index.isMultiple(of: 2) ? present[index % present.count] : absent[index % absent.count]
                found += map.leis(forISIN: isin).count
            }
            return found
        }
        print(String(format: "ISIN lookups: %.0f /s (%d lookups, %d found), peak memory %d MB", Double(lookups) / lookupSeconds,
                     lookups, found, PeakMemory.bytes() / 1_000_000))
    }

    /// The CPU time this process has used (what a busy shared machine inflates least).
    private static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)

    private static func code(_ count: Int, _ random: inout SplitMix64) -> [UInt8] {
        (0..<count).map { _ in alphabet[Int(random.next() % 36)] }
    }

    /// An ISIN-shaped code: two letters, nine letters or digits, a digit.
    private static func isin(_ random: inout SplitMix64) -> String {
        let letters = alphabet[10...]
        let country = [letters[10 + Int(random.next() % 26)], letters[10 + Int(random.next() % 26)]]
        return String(decoding: country + code(9, &random) + [alphabet[Int(random.next() % 10)]], as: UTF8.self)
    }

    private static func lei(_ random: inout SplitMix64) -> [UInt8] {
        code(18, &random) + [alphabet[Int(random.next() % 10)], alphabet[Int(random.next() % 10)]]
    }

    /// Writes `LEI,ISIN` rows; returns the path and a sample of the ISINs written.
    private static func writeISINLEIFile(rows: Int, in folder: String, random: inout SplitMix64) throws -> (String, [String]) {
        let path = folder + "/ISIN_LEI.csv"
        let writer = try ChunkedWriter(path)
        writer.append(Array("LEI,ISIN\r\n".utf8))
        var sample: [String] = []
        let every = max(1, rows / 65_536)
        var issuer = lei(&random)
        for row in 0..<rows {
            if random.next() % 3 == 0 { issuer = lei(&random) }  // an issuer has a few ISINs
            let isin = isin(&random)
            if row % every == 0 { sample.append(isin) }
            writer.append(issuer + [0x2C] + Array(isin.utf8) + [0x0D, 0x0A])
        }
        try writer.close()
        return (path, sample)
    }

    /// Writes RR-CDF records with GLEIF's columns: children up to a pool of parents, with a percentage.
    private static func writeRelationshipFile(records: Int, in folder: String, random: inout SplitMix64) throws -> String {
        let path = folder + "/rr-golden-copy.csv"
        let writer = try ChunkedWriter(path)
        let header = [
            "Relationship.StartNode.NodeID", "Relationship.StartNode.NodeIDType", "Relationship.EndNode.NodeID",
            "Relationship.EndNode.NodeIDType", "Relationship.RelationshipType", "Relationship.RelationshipStatus",
            "Relationship.Period.1.startDate", "Relationship.Period.1.endDate", "Relationship.Period.1.periodType",
            "Relationship.Qualifiers.1.QualifierDimension", "Relationship.Qualifiers.1.QualifierCategory",
            "Relationship.Quantifiers.1.MeasurementMethod", "Relationship.Quantifiers.1.QuantifierAmount",
            "Relationship.Quantifiers.1.QuantifierUnits", "Registration.InitialRegistrationDate", "Registration.LastUpdateDate",
            "Registration.RegistrationStatus", "Registration.NextRenewalDate", "Registration.ManagingLOU",
            "Registration.ValidationSources", "Registration.ValidationDocuments", "Registration.ValidationReference",
        ]
        writer.append(Array((header.joined(separator: ",") + "\r\n").utf8))
        let parents = (0..<max(1, records / 5)).map { _ in lei(&random) }
        for _ in 0..<records {
            let type = random.next() % 2 == 0 ? "IS_DIRECTLY_CONSOLIDATED_BY" : "IS_ULTIMATELY_CONSOLIDATED_BY"
            let percent = "\(20 + random.next() % 81).00"
            let row = "\(String(decoding: lei(&random), as: UTF8.self)),LEI,\(String(decoding: parents[Int(random.next() % UInt64(parents.count))], as: UTF8.self)),LEI,"
                + "\(type),ACTIVE,2018-01-01T00:00:00Z,,ACCOUNTING_PERIOD,,,ACCOUNTING_CONSOLIDATION,\(percent),PERCENTAGE,"
                + "2018-03-01T00:00:00Z,2025-03-01T00:00:00Z,PUBLISHED,2026-03-01T00:00:00Z,5493001KJTIIGC8Y1R12,"
                + "FULLY_CORROBORATED,ACCOUNTS_FILING,\r\n"
            writer.append(Array(row.utf8))
        }
        try writer.close()
        return path
    }
}

/// Appends bytes to a file through a 4 MB buffer.
private final class ChunkedWriter {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    init(_ path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        buffer.reserveCapacity(4 << 20)
    }

    func append(_ bytes: [UInt8]) {
        buffer += bytes
        if buffer.count >= 4 << 20 { flush() }
    }

    private func flush() {
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        flush()
        try handle.close()
    }
}
