/// Byte-level helpers for the ASCII structure of OFAC remarks (keys, separators, spaces):
/// much cheaper than Foundation's character-set trimming and splitting on large files.
extension Substring {
    /// Whether the text starts with `prefix`, compared byte by byte.
    func hasBytePrefix(_ prefix: String) -> Bool {
        droppingBytePrefix(prefix) != nil
    }

    /// The text after `prefix` when it starts with it (compared byte by byte), else `nil`.
    /// Counts bytes, not characters: `dropFirst(prefix.count)` walks grapheme clusters twice.
    func droppingBytePrefix(_ prefix: String) -> Substring? {
        let bytes = utf8
        var index = bytes.startIndex
        for byte in prefix.utf8 {
            guard index < bytes.endIndex, bytes[index] == byte else { return nil }
            bytes.formIndex(after: &index)
        }
        return self[index...]
    }

    /// The text without its last byte (an ASCII terminator), without counting characters.
    func droppingLastByte() -> Substring {
        isEmpty ? self : self[..<utf8.index(before: endIndex)]
    }

    /// Whether the text ends with `suffix`, compared byte by byte.
    func hasByteSuffix(_ suffix: String) -> Bool {
        utf8.count >= suffix.utf8.count && utf8.reversed().starts(with: suffix.utf8.reversed())
    }

    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> Substring {
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start = bytes.index(after: start) }
        while end > start {
            let before = bytes.index(before: end)
            guard bytes[before] == 0x20 || bytes[before] == 0x09 else { break }
            end = before
        }
        return self[start..<end]
    }

    /// The pieces between occurrences of the two-byte separator `"; "`.
    func splitOnSemicolonSpace() -> [Substring] {
        var pieces: [Substring] = []
        let bytes = utf8
        var pieceStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let next = bytes.index(after: index)
            if bytes[index] == 0x3B, next < bytes.endIndex, bytes[next] == 0x20 {
                pieces.append(self[pieceStart..<index])
                pieceStart = bytes.index(after: next)
                index = pieceStart
            } else {
                index = next
            }
        }
        pieces.append(self[pieceStart..<bytes.endIndex])
        return pieces
    }
}
