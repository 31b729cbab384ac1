/// An order that cannot be checked, with where it came from and what was expected.
///
/// `file` names the source — a CSV path, `standard input`, or `--order 2` for the second order
/// given on the command line — `line` its line, `column` the CSV column or short-form word.
public typealias OrderError = InputError

extension InputError.Code {
    /// An order's text or JSON does not have the shape of an order.
    public static let badOrder = Self(name: "bad-order")
    /// A field of an order has a value that is not what the field takes.
    public static let badOrderField = Self(name: "bad-order-field")
}
