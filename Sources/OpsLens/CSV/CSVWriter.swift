import CLibCSV

/// Writes CSV lines that are safe to open in a spreadsheet: the one CSV writer of OpsLens.
///
/// A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`, so that a
/// spreadsheet shows it instead of evaluating it as a formula; it is then quoted by libcsv's `csv_write2`,
/// always or only when it holds a delimiter, a quote or a line break. Bare cells (numbers) are written as given.
public struct CSVWriter: Sendable {
    /// When text cells are put in double quotes.
    public enum Quoting: Sendable {
        /// Every non-empty text cell.
        case always
        /// Only a cell holding a comma, a quote or a line break.
        case whenNeeded
    }

    /// A cell of a line.
    public enum Cell: Sendable {
        /// Text to neutralise and quote; nil or empty is an empty cell.
        case text(String?)
        /// A number or other text written as it is.
        case bare(String)
    }

    /// When text cells are quoted.
    public var quoting: Quoting

    /// Creates a writer that quotes text cells as `quoting` says.
    public init(quoting: Quoting = .always) {
        self.quoting = quoting
    }

    /// One line of `cells`, separated by commas and ended by a line feed.
    public func line(_ cells: [Cell]) -> String {
        cells.map(field).joined(separator: ",") + "\n"
    }

    /// One line of text cells (e.g. a header).
    public func line(_ texts: [String]) -> String {
        line(texts.map { .text($0) })
    }

    /// The text of one cell as it stands in the line.
    public func field(_ cell: Cell) -> String {
        switch cell {
        case let .text(text?) where !text.isEmpty:
            let safe = Self.neutralised(text)
            if quoting == .whenNeeded, !safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return safe
            }
            return Self.quoted(safe)
        case let .bare(text): return text
        default: return ""
        }
    }

    /// `text` with a `'` in front when a spreadsheet would read it as a formula.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return text }
        return "'" + text
    }

    /// `text` in double quotes with inner quotes doubled, by libcsv.
    public static func quoted(_ text: String) -> String {
        let source = Array(text.utf8)
        var destination = [UInt8](repeating: 0, count: 2 * source.count + 2)
        let written = source.withUnsafeBytes { sourceBytes in
            destination.withUnsafeMutableBytes { destinationBytes in
                csv_write2(destinationBytes.baseAddress, destinationBytes.count, sourceBytes.baseAddress,
                           sourceBytes.count, UInt8(ascii: "\""))
            }
        }
        return String(decoding: destination.prefix(written), as: UTF8.self)
    }
}
