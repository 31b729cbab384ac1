import ArgumentParser
import OpsLens

/// How large holdings files, rows, values and names may be (`ReadLimits`); defaults in `--help`.
struct ReadLimitOptions: ParsableArguments {
    private static let standard = ReadLimits.standard

    @Option(help: ArgumentHelp("Largest holdings file read, in bytes (K, M, G suffixes; default \(ByteSize(standard.fileBytes))).",
                               valueName: "size"))
    var maxFileSize: ByteSize?

    @Option(help: ArgumentHelp("Longest row read (default \(ByteSize(standard.lineBytes))); longer rows are rejected.", valueName: "size"))
    var maxLineSize: ByteSize?

    @Option(help: ArgumentHelp("Longest value read (default \(ByteSize(standard.fieldBytes))); rows with longer ones are rejected.",
                               valueName: "size"))
    var maxFieldSize: ByteSize?

    @Option(help: "Most values in a row (default \(standard.columns)); wider rows are rejected.")
    var maxColumns: Int?

    @Option(help: "Most lines in a holdings file (default \(standard.lines)).")
    var maxLines: Int?

    @Option(help: "Characters of a holding's name compared with the lists' names (default \(standard.nameCharacters)).")
    var maxNameLength: Int?

    /// The limits these flags describe.
    var readLimits: ReadLimits {
        get throws {
            for (name, value) in [("--max-columns", maxColumns), ("--max-lines", maxLines), ("--max-name-length", maxNameLength)] {
                if let value, value < 1 { throw ValidationError("\(name) must be at least 1") }
            }
            var limits = ReadLimits.standard
            if let maxFileSize { limits.fileBytes = maxFileSize.bytes }
            if let maxLineSize { limits.lineBytes = maxLineSize.bytes }
            if let maxFieldSize { limits.fieldBytes = maxFieldSize.bytes }
            if let maxColumns { limits.columns = maxColumns }
            if let maxLines { limits.lines = maxLines }
            if let maxNameLength { limits.nameCharacters = maxNameLength }
            return limits
        }
    }
}

/// A number of bytes written as `65536`, `64K`, `1M` or `2G` (powers of 1024).
struct ByteSize: ExpressibleByArgument, CustomStringConvertible {
    let bytes: Int

    init(_ bytes: Int) {
        self.bytes = bytes
    }

    init?(argument: String) {
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var text = argument.uppercased()
        if text.hasSuffix("IB") || text.hasSuffix("B") { text.removeLast(text.hasSuffix("IB") ? 2 : 1) }
        let multiplier = text.last.flatMap { units[$0] } ?? 1
        if multiplier > 1 { text.removeLast() }
        guard let value = Int(text), value > 0, value <= Int.max / multiplier else { return nil }
        bytes = value * multiplier
    }

    var description: String {
        for (suffix, size) in [("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10)] where bytes % size == 0 { return "\(bytes / size)\(suffix)" }
        return "\(bytes)"
    }
}
