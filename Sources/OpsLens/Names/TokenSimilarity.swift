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
    /// and letters of one ``soundClass`` differ by no edit (similarity ``soundAlikeSimilarity``). Words that
    /// differ only by romanisation (``PhoneticKey``) compare by their keys in the same way.
    public static func compare(_ a: NameToken, _ b: NameToken) -> (similarity: Double, kind: PairKind, edits: Int)? {
        if a.text == b.text { return (1, .exact, 0) }
        guard a.kind == .word, b.kind == .word else { return nil }
        let aCount = a.text.utf8.count, bCount = b.text.utf8.count
        let (short, long) = aCount <= bCount ? (a, b) : (b, a)
        let shortCount = min(aCount, bCount)
        if short.mayBeAbbreviated, shortCount >= 3, long.text.utf8.starts(with: short.text.utf8) {
            return (abbreviationSimilarity, .abbreviation, 0)
        }
        // Another romanisation of the same word (KHAMSHO/HAMSHO, ILDZHIN/ILJIN): compared by how it sounds.
        let romanised = mayDifferInRomanisation(a, b)
        if romanised, a.phonetic == b.phonetic { return (soundAlikeSimilarity, .typo, 0) }
        if let typo = typo(a.text, b.text) { return typo }
        return romanised ? typo(a.phonetic, b.phonetic) : nil
    }

    /// Whether two words may pair through their ``PhoneticKey``s: one is spelt otherwise than its key, the
    /// keys start with the same letter and are equal (of ``minimumPhoneticLength`` letters or more) or
    /// long and close enough in length for a typo.
    static func mayDifferInRomanisation(_ a: NameToken, _ b: NameToken) -> Bool {
        guard a.romanised || b.romanised, a.phonetic.utf8.first == b.phonetic.utf8.first else { return false }
        let aCount = a.phonetic.utf8.count, bCount = b.phonetic.utf8.count
        if aCount == bCount, a.phonetic == b.phonetic {
            // Short Latin words differ by one sound too often (KONE/CONE, ELISA/ELLISSA); a transliterated one was written for the sound.
            return a.transliterated || b.transliterated
                || aCount >= minimumPhoneticLength && min(a.text.utf8.count, b.text.utf8.count) >= minimumLatinPhoneticLength
        }
        return min(aCount, bCount) >= minimumTypoLength && abs(aCount - bCount) <= (max(aCount, bCount) >= 9 ? 2 : 1)
    }

    /// The shortest ``PhoneticKey`` by which two different words pair when their keys are equal and one was
    /// transliterated (`ДЖОЙЙ`/`JOYY`).
    public static let minimumPhoneticLength = 3
    /// The shortest Latin words (neither transliterated) that pair by equal keys (`HODORKOVSKII`/`KHODORKOVSKY`).
    public static let minimumLatinPhoneticLength = 6

    /// Two different spellings as a typo: the similarity and the number of edits, or nil.
    private static func typo(_ a: String, _ b: String) -> (similarity: Double, kind: PairKind, edits: Int)? {
        let aCount = a.utf8.count, bCount = b.utf8.count
        let shortCount = min(aCount, bCount), longCount = max(aCount, bCount)
        let allowed = longCount >= 9 ? 2 : 1
        guard shortCount >= minimumTypoLength, longCount - shortCount <= allowed,
              let edits = editDistance(a, b, limit: allowed) else { return nil }
        var similarity = edits == 0 ? soundAlikeSimilarity : 1 - 0.5 * Double(edits) / Double(longCount)
        let aLast = a.utf8.last.map { soundClass[Int($0)] }, bLast = b.utf8.last.map { soundClass[Int($0)] }
        if aLast != bLast || shortCount < 7 {
            guard edits < 2 else { return nil }  // two edits and another ending: another word (CLOUDWALK/CLOUDWATCH)
            similarity = min(similarity, shortCount < 6 ? fiveLetterTypoSimilarity : weakTypoSimilarity)
        }
        return (similarity, .typo, edits)
    }

    /// The most a typo scores when the words end differently (`ATLANTIA`/`ATLANTIC`, `FORTUM`/`FORTUN`: another
    /// name more often than a slip) or the shorter has fewer than seven letters (`NIDEC`/`NIOEC`, `SAFRAN`/`SAIRAN`): below
    /// ``NameScorer/strongTypoSimilarity``, so such a pair alone does not make a match, and it counts less.
    public static let weakTypoSimilarity = 0.65

    /// A typo in a word of five letters (reached only through ``PhoneticKey``s): below review, whatever else pairs.
    public static let fiveLetterTypoSimilarity = 0.5

    /// What a typo in a short word (six letters) that ends as the other does (`VEOJIA`/`VEOLIA`,
    /// `GENTIG`/`GENTING`) counts beside another distinctive word that paired exactly or nearly
    /// (``WordAlignment``): believable there, another name when it is the only evidence (`NIDEC`/`NIOEC`).
    public static let shortTypoSimilarity = 0.8

    /// Whether a typo pair is one of ``shortTypoSimilarity``: one edit, the shorter word of six letters or fewer,
    /// the same ending.
    static func isShortTypo(_ a: NameToken, _ b: NameToken, edits: Int) -> Bool {
        let aCount = a.text.utf8.count, bCount = b.text.utf8.count
        return edits == 1 && min(aCount, bCount) < 7
            && a.text.utf8.last.map { soundClass[Int($0)] } == b.text.utf8.last.map { soundClass[Int($0)] }
    }

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
