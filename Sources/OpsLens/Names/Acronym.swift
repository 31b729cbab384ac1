/// An acronym against the name it abbreviates: `CNOOC` and `CHINA NATIONAL OFFSHORE OIL CORPORATION`.
///
/// Chinese and Russian issuers are known by their initials (`CNOOC`, `CSSC`, `AVIC`). A name of one word
/// of two to ten letters matches a name of three or more words when it spells their initials, in order,
/// optionally followed by the initials (or the short compare form) of the legal forms: `MISA` =
/// `MEDAL INVERSIONES S.A.`. Stopwords were dropped by the normaliser, as acronyms drop them.
enum Acronym {
    /// The score of a name against the name its acronym spells.
    static let similarity = 0.9

    /// The acronym and the expanded name, when one of `left` and `right` is the acronym of the other.
    static func match(_ left: NormalizedName, _ right: NormalizedName) -> (acronym: String, expansion: String)? {
        if let acronym = acronym(of: left), spells(acronym, right) { return (acronym, right.text) }
        if let acronym = acronym(of: right), spells(acronym, left) { return (acronym, left.text) }
        return nil
    }

    /// The name's only word, when it may be an acronym: Latin letters, two to ten of them.
    private static func acronym(of name: NormalizedName) -> String? {
        guard name.tokens.count == 1, let token = name.tokens.first, token.kind == .word else { return nil }
        let count = token.text.utf8.count
        return count >= 2 && count <= 10 ? token.text : nil
    }

    /// Whether `acronym` spells the initials of `name`'s three or more words (and perhaps its legal forms).
    private static func spells(_ acronym: String, _ name: NormalizedName) -> Bool {
        guard name.tokens.count >= 3, name.tokens.count <= 10, name.tokens.allSatisfy({ $0.kind == .word }) else { return false }
        let initials = String(name.tokens.compactMap { $0.text.first })
        guard acronym.hasPrefix(initials) else { return false }
        let rest = acronym.dropFirst(initials.count)
        if rest.isEmpty { return true }
        let forms = name.legalForms
        return rest == String(forms.compactMap(\.first)) || rest == forms.joined()
    }
}
