import Foundation

/// A `multipart/form-data` body split into its parts (RFC 7578): uploaded files and text fields.
///
/// File names are kept only as names for reports: never used as paths (only the last path
/// component is kept, without control characters).
struct MultipartForm {
    struct Part {
        var name: String
        var fileName: String?
        var bytes: ArraySlice<UInt8>
    }

    var parts: [Part]

    /// The uploaded files, in order.
    var files: [Part] { parts.filter { $0.fileName != nil } }

    /// The text of the field `name`, if the form has one.
    func field(_ name: String) -> String? {
        parts.first { $0.fileName == nil && $0.name == name }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    /// The boundary named by a `multipart/form-data` content type, or `nil` for any other type.
    static func boundary(contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
        for piece in pieces.dropFirst() where piece.lowercased().hasPrefix("boundary=") {
            let value = piece.dropFirst("boundary=".count)
            return String(value.count >= 2 && value.hasPrefix("\"") && value.hasSuffix("\"") ? value.dropFirst().dropLast() : value)
        }
        return nil
    }

    /// Splits `body` at `boundary`.
    ///
    /// - Throws: `APIError` (400) for a body that is not well-formed multipart.
    init(body: [UInt8], boundary: String) throws {
        let delimiter = Array(("--" + boundary).utf8)
        let malformed = APIError.badRequest("the multipart body is malformed", code: "bad-multipart")
        guard !boundary.isEmpty, var position = Self.find(delimiter, in: body, from: 0) else { throw malformed }
        parts = []
        while true {
            position += delimiter.count
            // "--" after a delimiter ends the body.
            if body.count >= position + 2, body[position] == UInt8(ascii: "-"), body[position + 1] == UInt8(ascii: "-") { return }
            guard let headersStart = Self.skipLineBreak(body, position),
                  let headersEnd = Self.find(Array("\r\n\r\n".utf8), in: body, from: headersStart) else { throw malformed }
            let contentStart = headersEnd + 4
            guard let next = Self.find(Array("\r\n".utf8) + delimiter, in: body, from: contentStart) else { throw malformed }
            let headers = String(decoding: body[headersStart..<headersEnd], as: UTF8.self)
            guard let disposition = Self.disposition(headers) else { throw malformed }
            parts.append(Part(name: disposition.name, fileName: disposition.fileName, bytes: body[contentStart..<next]))
            position = next + 2
        }
    }

    /// The field name and file name of a part's `Content-Disposition` header.
    private static func disposition(_ headers: String) -> (name: String, fileName: String?)? {
        for line in headers.split(separator: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1)
            guard pair.count == 2, pair[0].lowercased() == "content-disposition" else { continue }
            let parameters = parameters(String(pair[1]))
            return (parameters["name"] ?? "", parameters["filename"].map(safeFileName))
        }
        return nil
    }

    /// `key="value"` parameters of a header value, keys in lower case.
    private static func parameters(_ value: String) -> [String: String] {
        var result: [String: String] = [:]
        var rest = Substring(value)
        while let equals = rest.firstIndex(of: "=") {
            let key = rest[..<equals].split(separator: ";").last?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            rest = rest[rest.index(after: equals)...]
            var parameter = ""
            if rest.first == "\"" {
                rest = rest.dropFirst()
                var escaped = false
                while let character = rest.first {
                    rest = rest.dropFirst()
                    if escaped { parameter.append(character); escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { break } else { parameter.append(character) }
                }
            } else {
                let end = rest.firstIndex(of: ";") ?? rest.endIndex
                parameter = rest[..<end].trimmingCharacters(in: .whitespaces)
                rest = rest[end...]
            }
            result[key] = parameter
        }
        return result
    }

    /// The last path component of a client's file name, without control characters: a name, never a path.
    static func safeFileName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init))
        let trimmed = String(clean.prefix(200))
        return trimmed.isEmpty || trimmed == "." || trimmed == ".." ? "upload.csv" : trimmed
    }

    private static func skipLineBreak(_ body: [UInt8], _ position: Int) -> Int? {
        guard body.count >= position + 2, body[position] == 13, body[position + 1] == 10 else { return nil }
        return position + 2
    }

    /// The first position of `needle` in `haystack` at or after `start` (libc's `memchr` and `memcmp`).
    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, start >= 0 else { return nil }
        return haystack.withUnsafeBytes { bytes in
            needle.withUnsafeBytes { pattern in
                guard let base = bytes.baseAddress, let pattern = pattern.baseAddress else { return nil }
                var position = start
                while position + needle.count <= bytes.count {
                    guard let hit = memchr(base + position, Int32(first), bytes.count - position - needle.count + 1) else { return nil }
                    position = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + position, pattern, needle.count) == 0 { return position }
                    position += 1
                }
                return nil
            }
        }
    }
}
