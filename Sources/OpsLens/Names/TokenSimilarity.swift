/// How two words paired, and how alike they are.
public enum PairKind: String, Sendable, Hashable, Codable {
    /// The same word after normalisation (including folded abbreviations: `GRP` = `GROUP`).
    case exact
    /// The same word with one or two typing errors (`SENSTIME` ~ `SENSETIME`).
    case typo
    /// One word is the start of the other and was cut short (`ELECTR.`, a name cut at the column width).
    case abbreviation
    /// One word is two adjacent words of the other written together (`GREATWALL` = `GREAT WALL`).
    case joined
    /// One name is a single word that spells the initials of the other (`CNOOC`; see ``Acronym``).
    case acronym
}

/// Word-level similarity: which pairs are allowed and how much each is worth.
public enum TokenSimilarity {
    /// The similarity of an abbreviation to the word it starts.
    public static let abbreviationSimilarity = 0.9
    /// The shortest word that may pair with a typo; shorter words pair only when equal.
    public static let minimumTypoLength = 6

    /// The similarity of two tokens in [0, 1] and how they paired, or nil when they may not pair.
    ///
    /// Numbers and non-Latin words pair only when equal. Latin words of at least six letters pair
    /// when one edit apart, wherever the edit is (the first letter too), and two when the longer has
    /// nine or more letters; each edit costs half the edit's share of the longer word (`1 − 0.5·edits/length`),
    /// and letters of one ``soundClass`` differ by no edit (similarity ``soundAlikeSimilarity``).
    public static func compare(_ a: NameToken, _ b: NameToken) -> (similarity: Double, kind: PairKind, edits: Int)? {
        if a.text == b.text { return (1, .exact, 0) }
        guard a.kind == .word, b.kind == .word else { return nil }
        let aCount = a.text.utf8.count, bCount = b.text.utf8.count
        let (short, long) = aCount <= bCount ? (a, b) : (b, a)
        let shortCount = min(aCount, bCount), longCount = max(aCount, bCount)
        if short.mayBeAbbreviated, shortCount >= 3, long.text.utf8.starts(with: short.text.utf8) {
            return (abbreviationSimilarity, .abbreviation, 0)
        }
        let allowed = longCount >= 9 ? 2 : 1
        guard shortCount >= minimumTypoLength, longCount - shortCount <= allowed,
              let edits = editDistance(a.text, b.text, limit: allowed) else { return nil }
        var similarity = edits == 0 ? soundAlikeSimilarity : 1 - 0.5 * Double(edits) / Double(longCount)
        let aLast = a.text.utf8.last.map { soundClass[Int($0)] }, bLast = b.text.utf8.last.map { soundClass[Int($0)] }
        if aLast != bLast || shortCount < 7 {
            guard edits < 2 else { return nil }  // two edits and another ending: another word (CLOUDWALK/CLOUDWATCH)
            similarity = min(similarity, weakTypoSimilarity)
        }
        return (similarity, .typo, edits)
    }

    /// The most a typo scores when the words end differently (`ATLANTIA`/`ATLANTIC`, `FORTUM`/`FORTUN`: another
    /// name more often than a slip) or the shorter has fewer than seven letters (`NIDEC`/`NIOEC`, `SAFRAN`/`SAIRAN`): below
    /// ``NameScorer/strongTypoSimilarity``, so such a pair alone does not make a match, and it counts less.
    public static let weakTypoSimilarity = 0.65

    /// Letters that transliterations write for one sound, folded to one class: `c`/`k`/`q`, `i`/`y`/`j`, `v`/`w`
    /// (`KOMMERCHESKIY` ~ `COMMERCHESKIJ`, `TEKHNOLOGII` ~ `TECHNOLOGII`). Swapping one for another costs no edit.
    static let soundClass: [UInt8] = (0...255).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "c"), UInt8(ascii: "q"): UInt8(ascii: "k")
        case UInt8(ascii: "y"), UInt8(ascii: "j"): UInt8(ascii: "i")
        case UInt8(ascii: "w"): UInt8(ascii: "v")
        default: UInt8(byte)
        }
    }

    /// The similarity of two different words that differ only in letters of one ``soundClass``.
    public static let soundAlikeSimilarity = 0.95

    /// The optimal string alignment distance, or nil past `limit`; letters of one ``soundClass`` count as equal.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int? {
        EditDistance.between(a, b, limit: limit, folding: soundClass)
    }
}
