import Crypto
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Reads a text input (a file, bytes, standard input) in chunks as UTF-8 bytes (or raw Windows-1252), whatever it was written in.
///
/// The encoding is detected from the first chunk: a byte-order mark decides, UTF-16 is
/// transcoded to UTF-8, the UTF-8 BOM is dropped, and bytes that are not valid UTF-8 are
/// passed through unchanged for the caller to decode as Windows-1252.
final class TextSource {
    let path: String
    private(set) var encoding: TextEncoding = .utf8
    /// The first chunk, already in UTF-8 (or Windows-1252) form, for sniffing the layout.
    private(set) var firstChunk: [UInt8] = []
    /// How many raw bytes of the file have been read so far.
    private(set) var bytesRead = 0
    /// Whether the first chunk is the whole file.
    private(set) var isWholeFile = false

    /// The open input; `FileSegments` reads a large regular file through its descriptor.
    private var input: RawInput
    /// The open file, when the input is one.
    var descriptor: Int32? { input.descriptor }
    /// How many raw bytes at the start of the file are a byte-order mark that was dropped.
    private(set) var dataStart = 0
    /// The SHA-256 of every raw byte read so far (the whole file once the last chunk is read).
    private var hasher = SHA256()
    private let chunkSize: Int
    private var transcoder: UTF16Transcoder?
    private var deliveredFirstChunk = false
    /// The most bytes read before the input is refused (a pipe has no size to check up front).
    private let maximumBytes: Int

    /// Opens `source` and reads its first chunk.
    ///
    /// - Throws: `InputError` when the input cannot be opened or read, or is larger than `maximumBytes`.
    init(_ source: InputSource, chunkSize: Int = 1 << 18, encoding forcedEncoding: TextEncoding? = nil,
         maximumBytes: Int = .max) throws(InputError) {
        self.path = source.name
        self.chunkSize = chunkSize
        self.maximumBytes = maximumBytes
        input = try source.reader()
        var status = stat()
        if let descriptor = input.descriptor, fstat(descriptor, &status) == 0, Int(status.st_size) > maximumBytes {
            throw tooLarge(Int(status.st_size))
        }
        var first = try readRaw()
        // Read on until the chunk is full, so a slow pipe still gives a useful sniffing window.
        while first.count < chunkSize {
            let more = try readRaw()
            if more.isEmpty { isWholeFile = true; break }
            first += more
        }
        encoding = forcedEncoding ?? first.withUnsafeBytes { TextEncoding.detect(prefix: $0, isWholeFile: isWholeFile) }
        dataStart = min(first.count, forcedEncoding == nil ? encoding.byteOrderMarkLength : 0)
        first.removeFirst(dataStart)
        firstChunk = convert(first, isLast: isWholeFile)
    }

    /// The next chunk of UTF-8 (or Windows-1252) bytes; empty at the end of the file.
    func nextChunk() throws(InputError) -> [UInt8] {
        if !deliveredFirstChunk {
            deliveredFirstChunk = true
            return firstChunk
        }
        if isWholeFile { return [] }
        let raw = try readRaw()
        return convert(raw, isLast: raw.isEmpty)
    }

    private func convert(_ raw: [UInt8], isLast: Bool) -> [UInt8] {
        switch encoding {
        case .utf16LE, .utf16BE:
            if transcoder == nil { transcoder = UTF16Transcoder(bigEndian: encoding == .utf16BE) }
            var output: [UInt8] = []
            raw.withUnsafeBytes { transcoder!.transcode($0, into: &output) }
            if isLast { transcoder!.finish(into: &output) }
            return output
        case .utf8, .utf8BOM, .windows1252:
            return raw
        }
    }

    /// The size of the file when it can be read in independent byte ranges: a regular file whose
    /// encoding needs no transcoding (UTF-8 or Windows-1252). `nil` for pipes and UTF-16.
    var splittableSize: Int? {
        guard encoding != .utf16LE && encoding != .utf16BE else { return nil }
        var status = stat()
        guard let descriptor, fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(status.st_size)
    }

    /// The SHA-256 of the file's bytes, lower-case hex; complete once the last chunk has been read.
    var sha256: String {
        FileDigest.hex(hasher.finalize())
    }

    private func tooLarge(_ size: Int) -> InputError {
        InputError(.tooLarge, file: path, "the file is larger than \(describeBytes(maximumBytes)) (at least \(size) bytes), "
                   + "the most read (--max-file-size)")
    }

    private func readRaw() throws(InputError) -> [UInt8] {
        let chunk = try input.next(upTo: chunkSize)
        bytesRead += chunk.count
        if bytesRead > maximumBytes { throw tooLarge(bytesRead) }
        hasher.update(data: chunk)
        return chunk
    }
}
