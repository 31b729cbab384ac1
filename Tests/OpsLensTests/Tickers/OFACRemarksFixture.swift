import Foundation
@testable import OpsLens

/// The remarks of the December 2025 consolidated (non-SDN) list, with `cons_comments.csv`
/// spill-over appended, read from `../shared/data/ofac/cons-2025-12/` through the CSV layer.
enum OFACRemarksFixture {
    /// The folder holding `cons_prim.csv` and `cons_comments.csv`.
    static let folder: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { break }
        }
        return url.deletingLastPathComponent().appendingPathComponent("shared/data/ofac/cons-2025-12")
    }()

    /// Remarks by `ent_num`, spill-over appended with no separator (DOMAIN.md §1.6).
    static let remarks: [String: String] = {
        var remarks: [String: String] = [:]
        for record in records(of: "cons_prim.csv") where record.count >= 12 {
            remarks[record[0]] = record[11]
        }
        for record in records(of: "cons_comments.csv") where record.count >= 2 {
            remarks[record[0], default: ""] += record[1]
        }
        return remarks
    }()

    /// Every value of a remarks segment `<key> <value>` or `alt. <key> <value>`, in file order
    /// within each entry, as (ent_num, value).
    static func values(of key: String) -> [(entity: String, value: String)] {
        var values: [(String, String)] = []
        for entity in remarks.keys.sorted(by: { Int($0) ?? 0 < Int($1) ?? 0 }) {
            for segment in remarks[entity]!.components(separatedBy: "; ") {
                var segment = segment.trimmingCharacters(in: .whitespaces)
                if segment.hasSuffix(".") { segment.removeLast() }
                if segment.hasPrefix("alt. ") { segment.removeFirst(5) }
                guard segment.hasPrefix(key + " ") else { continue }
                values.append((entity, String(segment.dropFirst(key.count + 1))))
            }
        }
        return values
    }

    private static func records(of file: String) -> [[String]] {
        let data = (try? Data(contentsOf: folder.appendingPathComponent(file))) ?? Data()
        let parser = CSVParser(delimiter: UInt8(ascii: ","))
        var batch = CSVRecordBatch()
        data.withUnsafeBytes { parser.parse($0, into: &batch) }
        _ = parser.finish(into: &batch)
        return batch.records.map { record in
            (record.firstField..<record.firstField + record.fieldCount).map { field in
                batch.withField(field) { String(decoding: $0, as: UTF8.self) }
            }
        }
    }
}
