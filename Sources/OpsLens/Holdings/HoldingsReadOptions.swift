/// How to read a holdings file when OpsLens should not (or cannot) guess.
public struct HoldingsReadOptions: Hashable, Sendable {
    /// The field delimiter; detected when `nil`.
    public var delimiter: Character?
    /// The text encoding; detected when `nil`.
    public var encoding: TextEncoding?
    /// The decimal separator, `.` or `,`; detected when `nil`.
    public var decimalSeparator: Character?
    /// The 1-based physical line of the header; `0` for a file with no header; found when `nil`.
    public var headerLine: Int?
    /// Columns named explicitly, overriding (or, without a header, replacing) the guessed mapping.
    public var columns: [HoldingColumn: ColumnReference]
    /// The portfolio for files with no portfolio column; the file's name when `nil`.
    public var portfolio: String?
    /// How large a file, row, value or header may be.
    public var limits: ReadLimits

    public init(delimiter: Character? = nil, encoding: TextEncoding? = nil, decimalSeparator: Character? = nil,
                headerLine: Int? = nil, columns: [HoldingColumn: ColumnReference] = [:], portfolio: String? = nil,
                limits: ReadLimits = .standard) {
        self.limits = limits
        self.delimiter = delimiter
        self.encoding = encoding
        self.decimalSeparator = decimalSeparator
        self.headerLine = headerLine
        self.columns = columns
        self.portfolio = portfolio
    }
}

/// A column named by its header text or by its 1-based position.
public enum ColumnReference: Hashable, Sendable, CustomStringConvertible {
    case header(String)
    case position(Int)

    /// Reads `"3"` as position 3 and anything else as header text.
    public init(_ text: String) {
        if let position = Int(text), position > 0 { self = .position(position) } else { self = .header(text) }
    }

    public var description: String {
        switch self {
        case .header(let text): "\"\(text)\""
        case .position(let position): "column \(position)"
        }
    }
}
