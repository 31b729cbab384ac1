/// Turns any issuer or listed-party name into the words that identify it.
///
/// One function for list names and holding names alike, in this order:
/// 1. Unicode NFKC, case folding, diacritics and width removed, Cyrillic transliterated to Latin (and a
///    transliterated word that is another romanisation of a known organisation or legal-form word respelt
///    as it: `КОМПАНЙ` → `company`); apostrophes join, other punctuation separates, Han/Kana/Hangul runs
///    stay in their script.
/// 2. Listing noise stripped from the end (`CLASS A`, `H SHS`, `-W`, `SPONSORED ADR`, `ORD`, `PREF`)
///    and `144A`/`REG S` anywhere; runs of single letters glued (`A-B-C` → `abc`).
/// 3. Legal forms (``LegalForms``) removed and kept aside as compare forms; a last word cut by a
///    file's column width (`LT`, `LIMI`) is recognised as a legal form.
/// 4. Stopwords dropped, abbreviations folded (``OrgWords/synonyms``: `GRP` → `group`), and each word
///    weighted (``OrgWords/weight(of:)``).
public struct NameNormalizer: Sendable {
    /// Names at least this long may have been cut by a holdings file's column width (iShares cuts at 34).
    public static let truncationWidth = 30

    /// Creates a normaliser.
    public init() {}

    /// Normalises one name.
    ///
    /// - Parameter name: a name as written in a list or a holdings file.
    /// - Returns: the name's words, weights and legal forms.
    public func normalize(_ name: String) -> NormalizedName {
        var words: [RawWord] = []
        var legal: [String] = []
        for word in Self.rawWords(Self.bounded(name)) {
            if word.isCJK {
                Self.splitCJK(word, into: &words, legalForms: &legal)
            } else {
                words.append(word)
            }
        }
        let obfuscated = words.contains { $0.obfuscated }
        let transliterated = words.contains { $0.transliterated }
        if transliterated { Self.respellTransliterated(&words) }
        if words.count > Self.maximumWords { words.removeLast(words.count - Self.maximumWords) }
        // A qualifier in parentheses after the name (`X LTD H (EUROPE)`) stands outside its listing noise and legal form.
        var qualifiers: [RawWord] = []
        while let last = words.last, last.inParentheses, words.contains(where: { !$0.inParentheses }) {
            qualifiers.insert(words.removeLast(), at: 0)
        }
        Self.stripListingNoise(&words)
        Self.glueSingleLetters(&words)
        if transliterated { Self.respellTransliterated(&words) }  // glued letters too: `К.В.` → `kv` → `cv`
        NumberWords.fold(&words)
        Self.repairOrganisationWords(&words)
        let mayBeTruncated = name.utf8.count >= Self.truncationWidth
        if mayBeTruncated, let last = words.last, !last.isCJK, words.count > 1,
           let form = Self.truncatedLegalForm(last.text) {
            words.removeLast()
            legal.append(form)
        }
        Self.stripLegalForms(&words, into: &legal)
        if !qualifiers.isEmpty {
            Self.glueSingleLetters(&qualifiers)
            Self.stripLegalForms(&qualifiers, into: &legal)  // `(PTY)`, `(L.L.C.)`
            words += qualifiers
        }
        var tokens: [NameToken] = []
        tokens.reserveCapacity(words.count)
        for (index, word) in words.enumerated() {
            let entry = OrgWords.lexiconFilter.mayContain(word.text) ? OrgWords.lexicon[word.text] : nil
            if entry?.isStopword == true { continue }
            let abbreviated = word.dotAfter || (mayBeTruncated && index == words.count - 1)
            var token: NameToken
            if let entry {
                token = entry.token
                token.mayBeAbbreviated = abbreviated
            } else {
                token = Self.token(word.text, abbreviated: abbreviated && !word.isCJK)
            }
            // A qualifier in parentheses (`X (SCHWEIZ) AG`) says where or which, rarely who.
            if word.inParentheses { token.weight = min(token.weight, OrgWords.qualifierWeight) }
            token.transliterated = word.transliterated
            tokens.append(token)
        }
        if legal.count > 1 {
            legal.sort()
            legal = legal.enumerated().filter { $0.offset == 0 || legal[$0.offset - 1] != $0.element }.map(\.element)
        }
        return NormalizedName(original: name, tokens: tokens, legalForms: legal, isObfuscated: obfuscated)
    }

    /// The longest prefix of a name that is compared, in UTF-8 bytes: longer names are not names, and
    /// a bounded length keeps the cost of a comparison bounded whatever a file holds.
    public static let maximumLength = 256
    /// The most words of a name that are compared (``WordAlignment`` tracks 64 a side).
    static let maximumWords = 48

    /// `name` cut to at most ``maximumLength`` bytes, at a character boundary.
    static func bounded(_ name: String) -> String {
        guard name.utf8.count > maximumLength else { return name }
        var length = 0
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            length += UTF8.width(scalar)
            if length > maximumLength { break }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    static func token(_ text: String, abbreviated: Bool) -> NameToken {
        var allDigits = true, allASCII = true
        for byte in text.utf8 {
            if byte >= 0x80 { allASCII = false }
            if byte < 0x30 || byte > 0x39 { allDigits = false }
        }
        if allDigits { return NameToken(text: text, kind: .number, weight: OrgWords.distinctiveWeight) }
        if text.utf8.count == 1 {  // an initial (GEORGE W BUSH) says little
            return NameToken(text: text, kind: allASCII ? .word : .script, weight: allASCII ? OrgWords.genericWeight : OrgWords.distinctiveWeight)
        }
        // Every generic, place and industry word is in the lexicon, so any other word is distinctive.
        return NameToken(text: text, kind: allASCII ? .word : .script, weight: OrgWords.distinctiveWeight,
                         mayBeAbbreviated: abbreviated && allASCII)
    }

    /// Strips `-W`, trailing listing phrases and single share-class letters, then `144A`/`REG S` anywhere.
    static func stripListingNoise(_ words: inout [RawWord]) {
        var changed = true
        while changed, words.count > 1 {
            changed = false
            if let last = words.last, last.hyphenBefore, ListingNoise.hyphenSuffixes.contains(last.text) {
                words.removeLast(); changed = true; continue
            }
            let count = words.count
            let last = words[count - 1].text
            if ListingNoise.trailingFilter.mayContain(last) {
                for phrase in ListingNoise.trailingByLastWord[last] ?? [] where phrase.count < count && matches(phrase, words, at: count - phrase.count) {
                    words.removeLast(phrase.count); changed = true; break
                }
            }
            if !changed, last.utf8.count == 1 {
                for phrase in ListingNoise.trailingByLastWord["*"] ?? [] where phrase.count < count && matches(phrase, words, at: count - phrase.count) {
                    words.removeLast(phrase.count); changed = true; break
                }
            }
            if !changed, ListingNoise.isShareClassLetter(words[count - 1].text), words[count - 2].text.utf8.count > 1 {
                words.removeLast(); changed = true
            }
        }
        words.removeAll { $0.text.utf8.count == 4 && ListingNoise.anywhere.contains($0.text) }
        for phrase in ListingNoise.anywherePhrases {
            var index = 0
            while index + phrase.count <= words.count {
                if matches(phrase, words, at: index) { words.removeSubrange(index..<index + phrase.count) } else { index += 1 }
            }
        }
    }

    private static func matches(_ phrase: [String], _ words: [RawWord], at start: Int) -> Bool {
        for (offset, part) in phrase.enumerated() {
            let text = words[start + offset].text
            if part == "*" {
                guard text.utf8.count == 1 else { return false }
            } else if part != text {
                return false
            }
        }
        return true
    }

    /// Glues runs of two or more single Latin letters into one word (`A B C` → `abc`, `S A` → `sa`).
    static func glueSingleLetters(_ words: inout [RawWord]) {
        guard zip(words, words.dropFirst()).contains(where: { $0.text.utf8.count == 1 && $1.text.utf8.count == 1 }) else { return }
        var result: [RawWord] = []
        result.reserveCapacity(words.count)
        var index = 0
        while index < words.count {
            var end = index
            while end < words.count, !words[end].isCJK, words[end].text.utf8.count == 1,
                  words[end].text.utf8.first.map({ $0 >= 0x61 && $0 <= 0x7A }) == true {
                end += 1
            }
            if end - index >= 2 {
                var glued = words[index]
                glued.text = words[index..<end].map(\.text).joined()
                glued.dotAfter = false
                result.append(glued)
                index = end
            } else {
                result.append(words[index])
                index += 1
            }
        }
        words = result
    }

    /// The legal form that `word` would be if a file's column width cut it short (`lt`, `limi`, `corpo`).
    static func truncatedLegalForm(_ word: String) -> String? {
        guard word.utf8.count >= 2 else { return nil }
        for (full, form) in [("limited", "ltd"), ("ltd", "ltd"), ("corporation", "corp"), ("company", "co"), ("incorporated", "inc")]
        where full.count > word.count && full.hasPrefix(word) {
            return form
        }
        return nil
    }
}
