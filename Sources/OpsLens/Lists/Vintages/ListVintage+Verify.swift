import Foundation

extension ListVintage {
    /// The vintage whose folder is `directory`, when it has a manifest and is named `YYYY-MM-DD`
    /// (else the manifest's own date is used).
    public static func at(_ directory: String) -> ListVintage? {
        let trimmed = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let manifest = (trimmed as NSString).appendingPathComponent(VintageManifest.fileName)
        guard FileManager.default.fileExists(atPath: manifest) else { return nil }
        let date = CalendarDate(iso: (trimmed as NSString).lastPathComponent)
            ?? (try? VintageManifest(contentsOf: manifest)).flatMap { CalendarDate(iso: $0.date) }
        return date.map { ListVintage(date: $0, directory: trimmed) }
    }

    /// Checks the files read from this vintage against its manifest: a file whose SHA-256 differs
    /// from the one recorded at download was changed since, and the vintage must not be trusted.
    public func verify(_ files: [OFACList.File]) -> [ListLoadError] {
        let manifest: VintageManifest
        do { manifest = try self.manifest() } catch let failure as ListLoadFailure { return failure.errors } catch { return [] }
        let recorded = Dictionary(manifest.files.map { ($0.name, $0.sha256) }, uniquingKeysWith: { first, _ in first })
        return files.compactMap { file in
            let name = (file.path as NSString).lastPathComponent
            guard let expected = recorded[name] else {
                return ListLoadError(.hashMismatch, "\(name) is not in the vintage manifest \(manifestPath)", at: SourceLocation(file: file.path))
            }
            guard expected != file.sha256 else { return nil }
            return ListLoadError(.hashMismatch,
                                 "\(name): SHA-256 is \(file.sha256), but the vintage manifest recorded \(expected) when it was downloaded",
                                 at: SourceLocation(file: file.path))
        }
    }
}
