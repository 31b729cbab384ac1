/// Guesses a file's delimiter and decimal separator from its first bytes.
enum LayoutSniffer {
    static let candidateDelimiters: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")]

    /// The delimiter whose field count is the same on the most lines (at least two fields).
    ///
    /// Preamble lines of an ETF download (`Fund Holdings as of,"Mar 10, 2022"`) disagree with
    /// the table below them, and the table wins because it has more lines.
    static func delimiter(in bytes: [UInt8]) -> UInt8 {
        var best = (delimiter: UInt8(ascii: ","), agreeing: 0, fields: 0)
        let countsByCandidate = fieldCounts(in: bytes, delimiters: candidateDelimiters, maximumLines: 500)
        for (candidate, lines) in zip(candidateDelimiters, countsByCandidate) {
            var counts: [Int: Int] = [:]
            for fields in lines where fields > 1 {
                counts[fields, default: 0] += 1
            }
            guard let (fields, agreeing) = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { continue }
            if (agreeing, fields) > (best.agreeing, best.fields) { best = (candidate, agreeing, fields) }
        }
        return best.delimiter
    }

    /// Fields per logical line for each of `delimiters`, in one pass, honouring quotes (a quoted
    /// line break does not end a line); at most `maximumLines` lines.
    static func fieldCounts(in bytes: [UInt8], delimiters: [UInt8], maximumLines: Int) -> [[Int]] {
        var result = Array(repeating: [Int](), count: delimiters.count)
        var fields = Array(repeating: 1, count: delimiters.count)
        var inQuotes = false, lineHasContent = false, lines = 0
        var position = [Int](repeating: -1, count: 256)
        for (index, delimiter) in delimiters.enumerated() { position[Int(delimiter)] = index }
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle(); lineHasContent = true; continue }
            if inQuotes { continue }
            if byte == 0x0A || byte == 0x0D {
                if lineHasContent {
                    for index in delimiters.indices { result[index].append(fields[index]) }
                    lines += 1
                }
                if lines >= maximumLines { break }
                for index in delimiters.indices { fields[index] = 1 }
                lineHasContent = false
            } else {
                let index = position[Int(byte)]
                if index >= 0 { fields[index] += 1 }
                lineHasContent = true
            }
        }
        return result
    }

    /// `,` when the numbers in the file are written with decimal commas, `.` otherwise.
    static func decimalSeparator(in bytes: [UInt8], delimiter: UInt8) -> UInt8 {
        if delimiter == UInt8(ascii: ",") { return UInt8(ascii: ".") }
        var commaVotes = 0, pointVotes = 0
        var cell: [UInt8] = []
        func vote() {
            defer { cell.removeAll(keepingCapacity: true) }
            guard cell.contains(where: { (0x30...0x39).contains($0) }),
                  cell.allSatisfy({ (0x30...0x39).contains($0) || ".,-+() '%\"".utf8.contains($0) }) else { return }
            let digits = cell.filter { $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: " ") }
            let lastComma = digits.lastIndex(of: UInt8(ascii: ","))
            let lastPoint = digits.lastIndex(of: UInt8(ascii: "."))
            switch (lastComma, lastPoint) {
            case let (comma?, point?): if comma > point { commaVotes += 1 } else { pointVotes += 1 }
            case let (comma?, nil):
                let commas = digits.filter { $0 == UInt8(ascii: ",") }.count
                let trailing = digits[(comma + 1)...].filter { (0x30...0x39).contains($0) }.count
                if commas == 1 && trailing != 3 { commaVotes += 1 } else if commas > 1 { pointVotes += 1 }
            case let (nil, point?):
                let points = digits.filter { $0 == UInt8(ascii: ".") }.count
                let trailing = digits[(point + 1)...].filter { (0x30...0x39).contains($0) }.count
                if points == 1 && trailing != 3 { pointVotes += 1 } else if points > 1 { commaVotes += 1 }
            case (nil, nil): break
            }
        }
        for byte in bytes {
            if byte == delimiter || byte == 0x0A || byte == 0x0D { vote() } else { cell.append(byte) }
        }
        return commaVotes > pointVotes ? UInt8(ascii: ",") : UInt8(ascii: ".")
    }
}
