/// A problem that stops reading a GLEIF relationship file (`.empty`, `.missingColumn`, `.unterminatedQuote`),
/// with the file and line it is on.
public typealias GLEIFReadError = InputError
