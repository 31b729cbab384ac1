import Crypto

/// Stable ids for findings: the same rule, portfolio, security and list entry give the same id in every run.
///
/// The id is the first 20 hex digits (80 bits) of the SHA-256 of a versioned, separator-joined key, so waivers
/// and baselines can refer to a finding across runs. It changes when any part of the key changes, e.g. when a
/// holdings file starts giving an ISIN for a security it used to give only a ticker for.
public enum FindingFingerprint {
    /// Hex digits kept from the digest.
    public static let length = 20
    /// The rule id used for data findings, which have no rule.
    public static let dataRule = "data"

    /// The fingerprint of one holding × rule × list entry.
    ///
    /// - Parameters:
    ///   - rule: The rule id (`FindingFingerprint.dataRule`, optionally with a reason code, for data findings).
    ///   - portfolio: The portfolio the holding belongs to.
    ///   - security: The holding's security key, e.g. `isin:US0378331005` (see `HoldingReference.securityKey`).
    ///   - entity: The list entry's id; empty for data findings.
    /// - Returns: `length` lowercase hex digits.
    public static func id(rule: String, portfolio: String, security: String, entity: String) -> String {
        // U+001F (unit separator) cannot occur in ids, so no two keys join to the same text.
        let key = ["opslens.finding/v1", rule, portfolio, security, entity].joined(separator: "\u{1F}")
        let digest = SHA256.hash(data: Array(key.utf8))
        return String(FileDigest.hex(digest).prefix(length))
    }
}

extension Finding {
    /// The fingerprint of a finding about `holding` under `ruleId` for the list entry `entityId`.
    ///
    /// - Parameters:
    ///   - ruleId: The rule's id, or `FindingFingerprint.dataRule` for a data finding.
    ///   - holding: The holding; its portfolio and security key enter the fingerprint.
    ///   - entityId: The list entry's id, or `nil` for data findings.
    /// - Returns: The id to give the finding.
    public static func fingerprint(ruleId: String, holding: HoldingReference, entityId: String?) -> String {
        FindingFingerprint.id(rule: ruleId, portfolio: holding.portfolio, security: holding.securityKey,
                              entity: entityId ?? "")
    }
}
