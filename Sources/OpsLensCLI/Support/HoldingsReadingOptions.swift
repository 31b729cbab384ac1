import ArgumentParser
import Foundation
import OpsLens

/// Options that say how to read holdings files when OpsLens should not guess.
struct HoldingsReadingOptions: ParsableArguments {
    @Option(help: "Field delimiter: , ; | or tab (detected when omitted).")
    var delimiter: String?

    @Option(help: "Text encoding: UTF-8, UTF-16LE, UTF-16BE or Windows-1252 (detected when omitted).")
    var encoding: String?

    @Option(help: "Decimal separator in numbers: . or , (detected when omitted).")
    var decimalSeparator: String?

    @Option(help: "1-based line of the header row; 0 for a file without a header (found when omitted).")
    var headerLine: Int?

    @Option(name: .customLong("column"), help: ArgumentHelp(
        "Name a column: ROLE=HEADER or ROLE=POSITION (repeatable).",
        discussion: "Roles: \(HoldingColumn.allCases.map(\.rawValue).joined(separator: ", ")).",
        valueName: "role=header"))
    var columns: [String] = []

    @Option(help: "A YAML mapping file with the settings above (see README).")
    var mapping: String?

    @Option(help: "Portfolio name for files without a portfolio column (default: the file's name).")
    var portfolio: String?

    @OptionGroup(title: "Limits") var limits: ReadLimitOptions

    /// The reader options these flags describe.
    func readOptions() throws -> HoldingsReadOptions {
        var options = HoldingsReadOptions()
        if let mapping {
            let size = (try? FileManager.default.attributesOfItem(atPath: mapping))?[.size] as? Int ?? 0
            if size > ReadLimits.standard.yamlBytes {
                throw HoldingsError(.tooLarge, file: mapping, "the mapping file is \(size) bytes; a YAML file may have \(ReadLimits.standard.yamlBytes)")
            }
            guard let yaml = try? String(contentsOfFile: mapping, encoding: .utf8) else {
                throw HoldingsError(.unreadable, file: mapping, "cannot read the mapping file")
            }
            options = try HoldingsReadOptions(mappingFile: mapping, yaml: yaml)
        }
        if let delimiter {
            let character: Character? = delimiter == "tab" || delimiter == "\\t" ? "\t" : (delimiter.count == 1 ? delimiter.first : nil)
            guard let character, ",;|\t".contains(character) else {
                throw ValidationError("--delimiter must be one of , ; | or tab, not \"\(delimiter)\"")
            }
            options.delimiter = character
        }
        if let encoding {
            guard let value = TextEncoding.allCases.first(where: { $0.rawValue.lowercased() == encoding.lowercased() }) else {
                throw ValidationError("--encoding must be one of \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            options.encoding = value
        }
        if let decimalSeparator {
            guard decimalSeparator == "." || decimalSeparator == "," else {
                throw ValidationError("--decimal-separator must be . or ,")
            }
            options.decimalSeparator = decimalSeparator.first
        }
        if let headerLine { options.headerLine = headerLine }
        for text in columns {
            let (column, reference) = try HoldingsReadOptions.columnAssignment(text)
            options.columns[column] = reference
        }
        if let portfolio { options.portfolio = portfolio }
        options.limits = try limits.readLimits
        return options
    }
}
