/// What OpsLens understood of one holdings file, and where every physical line went.
///
/// Every line ends up in a holding, a skipped span or a rejected row, so
/// `lines == holdingLines + skipped + rejectedLines` always holds.
public struct HoldingsFileReport: Hashable, Sendable, Codable {
    public var path: String
    /// The SHA-256 of the file's bytes, lower-case hex.
    public var sha256 = ""
    public var encoding: TextEncoding
    /// The field delimiter: `,`, `;`, a tab or `|`.
    public var delimiter: String
    /// The decimal separator numbers were read with: `.` or `,`.
    public var decimalSeparator: String
    /// The 1-based line of the header row; `nil` for a file read without a header.
    public var headerLine: Int?
    public var columns: [ColumnAssignment]
    /// Physical lines in the file.
    public var lines: Int = 0
    public var holdings: Int = 0
    /// Physical lines covered by holdings (more than `holdings` when a quoted field spans lines).
    public var holdingLines: Int = 0
    /// Physical lines skipped: the header, preamble, footer, blank lines, repeated headers.
    public var skipped: Int = 0
    public var skippedLines: [SkippedLines] = []
    public var rejected: [RejectedRow] = []
    /// Physical lines covered by rejected rows.
    public var rejectedLines: Int = 0
    /// Repairs made to values as given (the first 10,000; `repairCount` counts them all).
    public var repairs: [RepairNote] = []
    public var repairCount: Int = 0
    public var warnings: [String] = []
    /// The date the holdings are as of, when a preamble line above the header states it
    /// (iShares' `Fund Holdings as of,"Mar 10, 2022"`); `nil` when none does.
    public var holdingsDate: CalendarDate?

    /// Whether every physical line is accounted for exactly once.
    public var linesAddUp: Bool { lines == holdingLines + skipped + rejectedLines }

    static let maximumRepairNotes = 10_000

    mutating func skip(_ first: Int, _ last: Int, _ reason: SkipReason) {
        if let previous = skippedLines.last, previous.reason == reason, previous.lastLine + 1 == first {
            skippedLines[skippedLines.count - 1].lastLine = last
        } else {
            skippedLines.append(SkippedLines(line: first, lastLine: last, reason: reason))
        }
        skipped += last - first + 1
    }

    mutating func reject(_ first: Int, _ last: Int, column: Int? = nil, _ reason: String, content: String) {
        rejected.append(RejectedRow(line: first, lastLine: last, column: column, reason: reason, content: content))
        rejectedLines += last - first + 1
    }

    /// Adds what was read from a later part of the file, whose line numbers count from `lineOffset + 1`.
    ///
    /// The result is what reading both parts in one go would have given.
    mutating func append(_ part: HoldingsFileReport, lineOffset: Int) {
        if part.lines > 0 { lines = lineOffset + part.lines }
        if let line = part.headerLine {
            headerLine = lineOffset + line
            columns = part.columns
        }
        holdings += part.holdings
        holdingLines += part.holdingLines
        for span in part.skippedLines {
            skip(lineOffset + span.line, lineOffset + span.lastLine, span.reason)
        }
        for row in part.rejected {
            rejected.append(RejectedRow(line: lineOffset + row.line, lastLine: lineOffset + row.lastLine,
                                        column: row.column, reason: row.reason, content: row.content))
        }
        rejectedLines += part.rejectedLines
        for note in part.repairs.prefix(Self.maximumRepairNotes - repairs.count) {
            repairs.append(RepairNote(line: lineOffset + note.line, field: note.field, original: note.original,
                                      repaired: note.repaired, reason: note.reason))
        }
        repairCount += part.repairCount
        warnings += part.warnings
        holdingsDate = holdingsDate ?? part.holdingsDate
    }

    mutating func note(_ repair: Repair, line: Int) {
        repairCount += 1
        if repairs.count < Self.maximumRepairNotes {
            repairs.append(RepairNote(line: line, field: repair.field, original: repair.original,
                                      repaired: repair.repaired, reason: repair.reason))
        }
    }
}

/// A column of the file and the role OpsLens gave it.
public struct ColumnAssignment: Hashable, Sendable, Codable {
    /// 1-based position of the column.
    public var index: Int
    /// The header text; empty for a file read without a header.
    public var header: String
    /// What the column holds; `nil` when OpsLens does not use it.
    public var role: HoldingColumn?
}

/// A run of physical lines that holds no position, and why.
public struct SkippedLines: Hashable, Sendable, Codable {
    public var line: Int
    public var lastLine: Int
    public var reason: SkipReason
}

/// Why lines were skipped.
public enum SkipReason: String, Hashable, Sendable, Codable {
    case preamble = "preamble above the header"
    case header = "header row"
    case blank = "blank line"
    case emptyRow = "row with no values"
    case repeatedHeader = "header repeated"
    case totalRow = "total row"
    case note = "note or disclaimer text"
}

/// A row that could not be read as a holding, and why.
public struct RejectedRow: Hashable, Sendable, Codable {
    public var line: Int
    public var lastLine: Int
    /// 1-based column of the offending value, when one value is to blame.
    public var column: Int?
    public var reason: String
    /// What the row holds, as the first 16 hex digits of the SHA-256 of its values: the same
    /// row gives the same digest wherever it moves in the file (see `ScreeningEngine.dataFinding`).
    public var content: String
}

/// A repair, with the line of the holding it was made on.
public struct RepairNote: Hashable, Sendable, Codable {
    public var line: Int
    public var field: HoldingColumn
    public var original: String
    public var repaired: String
    public var reason: String
}
