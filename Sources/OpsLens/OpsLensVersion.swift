/// The version of OpsLens, stamped into every report.
public enum OpsLensVersion {
    public static let current = "0.1.0"
}
