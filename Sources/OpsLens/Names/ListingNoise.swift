/// Share-class and listing words that holdings files add to an issuer's name (`CLASS A`, `H SHS`, `ADR`).
///
/// They say which security was bought, not who issued it, so ``NameNormalizer`` strips them from the end
/// of a name (and `144A`, `REG S` wherever they stand) before anything is compared.
enum ListingNoise {
    /// Phrases stripped from the end of a name, repeatedly; `*` stands for any single letter or digit.
    static let trailingPhrases: [[String]] = [
        ["sponsored", "adr"], ["spon", "adr"], ["spons", "adr"], ["unsponsored", "adr"], ["adr"], ["ads"], ["gdr"],
        ["adr", "*"], ["class", "*"], ["cl", "*"], ["cls", "*"], ["ser", "*"], ["series", "*"], ["*", "shs"],
        ["*", "share"], ["*", "shares"], ["shs"], ["ord"], ["ord", "shs"], ["ordinary"], ["ordinary", "shares"],
        ["pref"], ["pfd"], ["prf"], ["preferred"], ["preference"], ["pref", "shs"], ["npv"], ["nvdr"], ["units"],
        ["unit"], ["rights"], ["rts"], ["wts"], ["warrants"], ["dr"], ["reit"], ["non", "voting"], ["nv", "pref"],
        ["when", "issued"], ["wi"], ["reg"], ["registered"], ["regs"], ["reg", "s"], ["144a"],
    ]

    /// ``trailingPhrases`` keyed by their last word (`*` for those ending in any single character).
    static let trailingByLastWord: [String: [[String]]] = Dictionary(grouping: trailingPhrases) { $0.last! }

    /// Whether a word may end one of ``trailingPhrases`` (other than by `*`).
    static let trailingFilter = WordFilter(trailingPhrases.map { $0.last! })

    /// Single words stripped wherever they stand: Rule 144A and Regulation S markers.
    static let anywhere: Set<String> = ["144a", "regs"]

    /// Phrases stripped wherever they stand.
    static let anywherePhrases: [[String]] = [["reg", "s"], ["rule", "144a"]]

    /// Hong Kong counter suffixes written after a hyphen (`MEITUAN-W`, `BILIBILI-SW`).
    static let hyphenSuffixes: Set<String> = ["w", "sw", "s", "r", "b", "u", "p"]

    /// Single letters that stand for a share class when they end a name (`CRRC CORP LTD H`).
    static func isShareClassLetter(_ word: String) -> Bool {
        word.utf8.count == 1 && word.utf8.first.map { $0 >= 0x61 && $0 <= 0x7A } == true
    }
}
