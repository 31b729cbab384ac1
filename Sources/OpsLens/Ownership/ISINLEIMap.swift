/// GLEIF's ISIN-to-LEI mapping (`LEI,ISIN` CSV, the daily full file of about 9 million rows):
/// the issuer's LEI of a security known only by its ISIN.
///
/// Kept packed, so that the full file fits in about 220 MB: each row is an ISIN in one word
/// (base 36: 36¹² < 2⁶⁴) and an LEI in two, sorted by ISIN and looked up by binary search.
public struct ISINLEIMap: Sendable {
    /// The file read, with its SHA-256.
    public let file: FileStamp
    /// Packed ISINs, ascending; `leis[2i]`, `leis[2i + 1]` are the packed LEI of `isins[i]`.
    private let isins: [UInt64]
    private let leis: [UInt64]

    /// The number of rows.
    public var count: Int { isins.count }

    /// Reads a mapping file with libcsv, streaming.
    ///
    /// The header must name an `LEI` and an `ISIN` column (in any order, any case). Every other
    /// row must hold a 20-character LEI and a 12-character ISIN of letters and digits.
    ///
    /// - Throws: `InputError` naming the line and column of the first malformed row, or the file
    ///   when it cannot be read or has no header.
    public init(_ source: InputSource) throws {
        var columns: (lei: Int, isin: Int)?
        var rows: [(isin: UInt64, high: UInt64, low: UInt64)] = []
        let sha256 = try CSVRecordStream.read(source) { row in
            guard let (leiColumn, isinColumn) = columns else {
                let header = (0..<row.count).map { row.text($0).uppercased() }
                guard let lei = header.firstIndex(of: "LEI"), let isin = header.firstIndex(of: "ISIN") else {
                    throw InputError(.missingColumn, file: source.name, line: row.line,
                                     "expected a header naming the LEI and ISIN columns (GLEIF's `LEI,ISIN`)")
                }
                columns = (lei, isin)
                return
            }
            guard let isin = Self.pack(row[isinColumn], length: 12) else {
                throw InputError(.badOwnershipValue, file: source.name, line: row.line, column: isinColumn + 1,
                                 "expected an ISIN (12 letters and digits), found '\(row.text(isinColumn))'")
            }
            let lei = row[leiColumn]
            guard lei.count == 20, let high = Self.pack(UnsafeBufferPointer(rebasing: lei[0..<10]), length: 10),
                  let low = Self.pack(UnsafeBufferPointer(rebasing: lei[10..<20]), length: 10) else {
                throw InputError(.badOwnershipValue, file: source.name, line: row.line, column: leiColumn + 1,
                                 "expected an LEI (20 letters and digits), found '\(row.text(leiColumn))'")
            }
            rows.append((isin, high, low))
        }
        guard columns != nil else { throw InputError(.empty, file: source.name, "expected a header `LEI,ISIN`; the file is empty") }
        rows.sort { $0.isin < $1.isin }
        isins = rows.map(\.isin)
        var leis = [UInt64]()
        leis.reserveCapacity(rows.count * 2)
        for row in rows { leis.append(row.high); leis.append(row.low) }
        self.leis = leis
        file = FileStamp(path: source.name, sha256: sha256)
    }

    /// The LEIs mapped to `isin` (usually one; none when the file does not know it).
    public func leis(forISIN isin: String) -> [String] {
        var text = isin
        guard let key = text.withUTF8({ Self.pack($0, length: 12) }) else { return [] }
        var low = 0, high = isins.count
        while low < high {
            let middle = (low + high) / 2
            if isins[middle] < key { low = middle + 1 } else { high = middle }
        }
        var found: [String] = []
        while low < isins.count, isins[low] == key {
            found.append(Self.unpack(leis[2 * low], length: 10) + Self.unpack(leis[2 * low + 1], length: 10))
            low += 1
        }
        return found
    }

    /// `bytes` (exactly `length` letters and digits, any case) as a base-36 number.
    static func pack(_ bytes: UnsafeBufferPointer<UInt8>, length: Int) -> UInt64? {
        guard bytes.count == length else { return nil }
        return digits.withUnsafeBufferPointer { digits in
            var value: UInt64 = 0
            for byte in bytes {
                let digit = digits[Int(byte)]
                guard digit < 36 else { return nil }
                value = value &* 36 &+ UInt64(digit)
            }
            return value
        }
    }

    /// Each byte's base-36 digit (`0`–`9`, `A`–`Z`, `a`–`z`), 255 for any other byte.
    private static let digits: [UInt8] = (0...255).map { byte in
        switch UInt8(byte) {
        case 0x30...0x39: UInt8(byte) - 0x30
        case 0x41...0x5A: UInt8(byte) - 0x41 + 10
        case 0x61...0x7A: UInt8(byte) - 0x61 + 10
        default: 255
        }
    }

    /// The `length` upper-case letters and digits `value` packs.
    static func unpack(_ value: UInt64, length: Int) -> String {
        var bytes = [UInt8](repeating: 0, count: length)
        var rest = value
        for position in stride(from: length - 1, through: 0, by: -1) {
            let digit = UInt8(rest % 36)
            bytes[position] = digit < 10 ? 0x30 + digit : 0x41 + digit - 10
            rest /= 36
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension InputError.Code {
    /// A value in an ownership or mapping file is not what the column expects.
    public static let badOwnershipValue = Self(name: "bad-ownership-value")
}
