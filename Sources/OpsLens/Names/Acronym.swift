/// An acronym against the name it abbreviates: `CNOOC` and `CHINA NATIONAL OFFSHORE OIL CORPORATION`.
///
/// Chinese and Russian issuers are known by their initials (`CNOOC`, `CSSC`, `AVIC`). A name of one word
/// of four to ten letters (its legal form aside: `CNOOC LTD`) matches a name of two or more words when it
/// spells, in order, the initials of the other name's words as written: every distinctive word gives its
/// initial (industry and place words too), legal forms (`S.A.` → `SA`, `CO., LTD.` → `CL`), generic
/// words and single letters may give theirs or be left out, stop words give none (`CNOOC` keeps `CHINA` and `CORPORATION`;
/// `AVIC` = `AVIATION INDUSTRY CORPORATION OF CHINA` leaves out `OF CHINA`). The first word may give its first
/// two letters (`AV`). At least three words must give a letter.
enum Acronym {
    /// The score of a name against the name its acronym spells.
    static let similarity = 0.9
    /// The fewest letters an acronym has: two or three letters stand for too many names (`ITC`, `KAO`, `SAP`).
    static let minimumLength = 4
    /// The fewest words that give letters to an acronym.
    static let minimumWords = 3
    /// The most letters an acronym has.
    static let maximumLength = 10

    /// The acronym and the expanded name, when one of `left` and `right` is the acronym of the other.
    static func match(_ left: NormalizedName, _ right: NormalizedName) -> (acronym: String, expansion: String)? {
        if let acronym = acronym(of: left), spells(acronym, right) { return (acronym, right.original) }
        if let acronym = acronym(of: right), spells(acronym, left) { return (acronym, left.original) }
        return nil
    }

    /// The name's only word, when it may be an acronym: Latin letters, four to ten of them.
    static func acronym(of name: NormalizedName) -> String? {
        guard name.tokens.count == 1, let token = name.tokens.first, token.kind == .word else { return nil }
        let count = token.text.utf8.count
        return count >= minimumLength && count <= maximumLength ? token.text : nil
    }

    /// One word of an expansion as the acronym reads it.
    struct Initial {
        var first: UInt8
        var second: UInt8
        /// Whether the word may be left out (not distinctive).
        var optional: Bool
    }

    /// The words of `name` as written, with whether each may be left out of an acronym.
    static func initials(of name: NormalizedName) -> [Initial] {
        NameNormalizer.rawWords(name.original).compactMap { word in
            var bytes = word.text.utf8.makeIterator()
            guard let first = bytes.next(), first >= 0x61 && first <= 0x7A || first >= 0x30 && first <= 0x39 else { return nil }
            let entry = OrgWords.lexiconFilter.mayContain(word.text) ? OrgWords.lexicon[word.text] : nil
            if entry?.isStopword == true { return nil }  // acronyms leave out `of`, `the`, `and`
            return Initial(first: first, second: bytes.next() ?? 0, optional: !isDistinctive(word.text))
        }
    }

    /// Whether a word must give its initial: a word of two or more letters that is neither a stop word,
    /// a generic word (`china`, `group`), a legal-form word nor a number.
    static func isDistinctive(_ word: String) -> Bool {
        guard word.utf8.count >= 2, word.utf8.contains(where: { $0 >= 0x61 }) else { return false }
        if OrgWords.lexiconFilter.mayContain(word), let entry = OrgWords.lexicon[word] {
            return !entry.isStopword && entry.weight > OrgWords.genericWeight
        }
        return !NameNormalizer.legalWords.contains(word)
    }

    /// Whether `acronym` spells the initials of `name` (see ``Acronym``).
    static func spells(_ acronym: String, _ name: NormalizedName) -> Bool {
        guard !name.tokens.isEmpty, name.tokens.count + name.legalForms.count >= 2 else { return false }
        let letters = Array(acronym.utf8)
        guard mayHaveInitials(letters, name) else { return false }
        let words = initials(of: name)
        guard words.count >= 2, words.count <= 24 else { return false }
        return spells(letters, words)
    }

    /// A cheap test before reading the words as written: the name has enough words for the letters, and
    /// its distinctive normalised words (industry and place words too) give their initials in order.
    static func mayHaveInitials(_ letters: [UInt8], _ name: NormalizedName) -> Bool {
        var words = 0, inWord = false
        for byte in name.original.utf8 {
            let isLetter = byte >= 0x80 || byte >= 0x30 && byte <= 0x39 || (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            if isLetter && !inWord { words += 1 }
            inWord = isLetter
        }
        guard letters.count <= words + 1 else { return false }
        var position = 0
        for token in name.tokens where token.kind == .word && token.weight > OrgWords.genericWeight && token.text.utf8.count >= 2 {
            guard let first = token.text.utf8.first else { continue }
            while position < letters.count, letters[position] != first { position += 1 }
            guard position < letters.count else { return false }
            position += 1
        }
        return true
    }

    /// Whether `letters` are the initials of `words`, each word giving its initial (or, the first to give
    /// one, its first two letters) or, when optional, nothing; at least ``minimumWords`` words give.
    static func spells(_ letters: [UInt8], _ words: [Initial]) -> Bool {
        // reach[i][j]: the first i letters spelt by the first j words, giving the most words so far.
        let rows = letters.count + 1, columns = words.count + 1
        var given = [Int](repeating: -1, count: rows * columns)
        given[0] = 0
        for j in 0..<words.count {
            let word = words[j]
            for i in 0..<rows where given[i * columns + j] >= 0 {
                let count = given[i * columns + j]
                if word.optional { given[i * columns + j + 1] = max(given[i * columns + j + 1], count) }
                guard i < letters.count, letters[i] == word.first else { continue }
                given[(i + 1) * columns + j + 1] = max(given[(i + 1) * columns + j + 1], count + 1)
                if count == 0, i + 1 < letters.count, word.second != 0, letters[i + 1] == word.second {
                    given[(i + 2) * columns + j + 1] = max(given[(i + 2) * columns + j + 1], count + 1)
                }
            }
        }
        return given[rows * columns - 1] >= minimumWords
    }

    /// The acronyms a name of two or more words is most often known by, for looking it up: the initials of
    /// all its words as written, of all but the stop words, and of its distinctive words with and without
    /// the others of its normalised words.
    static func likelyAcronyms(of name: NormalizedName) -> [String] {
        guard name.tokens.count + name.legalForms.count >= 2 else { return [] }
        let raw = NameNormalizer.rawWords(name.original)
        var all: [UInt8] = [], withoutStopwords: [UInt8] = [], tokens: [UInt8] = []
        for word in raw {
            guard let first = word.text.utf8.first else { continue }
            all.append(first)
            let entry = OrgWords.lexiconFilter.mayContain(word.text) ? OrgWords.lexicon[word.text] : nil
            if entry?.isStopword != true { withoutStopwords.append(first) }
        }
        for token in name.tokens { if let first = token.text.utf8.first { tokens.append(first) } }
        var result: [String] = []
        for letters in [all, withoutStopwords, tokens] where letters.count >= minimumLength && letters.count <= maximumLength {
            let text = String(decoding: letters, as: UTF8.self)
            if !result.contains(text) { result.append(text) }
        }
        return result
    }
}
