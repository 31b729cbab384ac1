/// How far a screening run has got, for a progress bar.
public struct ScreeningProgress: Hashable, Sendable {
    /// The 1-based position of the file being read, and how many files there are.
    public var file: Int
    public var files: Int
    /// Bytes read so far over all files, and their total size.
    public var bytesRead: Int
    public var bytesTotal: Int
    /// Holdings screened in the files finished so far.
    public var holdings: Int

    /// The share of the bytes read, from 0 to 1.
    public var fraction: Double {
        bytesTotal > 0 ? min(1, Double(bytesRead) / Double(bytesTotal)) : Double(file) / Double(max(files, 1))
    }
}
