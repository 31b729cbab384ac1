/// Organisation words and legal forms written apart, together or with a typo, brought back to their spelling.
extension NameNormalizer {
    /// Repairs organisation words (``OrgWords``) and one-word legal forms in `words`:
    /// parts written apart are joined (`TECHNO LOGY`, `CORPO RATION`), a word written on to the name is
    /// split off (`HUAWEITECHNOLOGIES`, `NICELTD`), and a misspelling by one edit is corrected
    /// (`AKTIENGESELSHAFT`, `LIABIITY`, `EECTRONICS`).
    static func repairOrganisationWords(_ words: inout [RawWord]) {
        var index = 0
        while index < words.count {
            let word = words[index]
            guard !word.isCJK, word.text.utf8.first.map({ $0 >= 0x61 && $0 <= 0x7A }) == true else { index += 1; continue }
            if index + 1 < words.count, !words[index + 1].isCJK, !word.dotAfter,
               let first = word.text.utf8.first, mayBeOrganisationWord(firstByte: first, length: word.text.utf8.count + words[index + 1].text.utf8.count) {
                let joined = word.text + words[index + 1].text
                if isOrganisationWord(joined), !(isOrganisationWord(word.text) && isOrganisationWord(words[index + 1].text)) {
                    words[index].text = joined
                    words[index].dotAfter = words[index + 1].dotAfter
                    words.remove(at: index + 1)
                    continue
                }
            }
            if !isOrganisationWord(word.text) {
                if let corrected = correctedOrganisationWord(word.text) {
                    words[index].text = corrected
                } else if let (head, tail) = splitOrganisationWord(word.text) {
                    var first = word, second = word
                    first.text = head
                    first.dotAfter = false
                    second.text = tail
                    second.hyphenBefore = false
                    words.replaceSubrange(index...index, with: [first, second])
                    index += 1
                }
            }
            index += 1
        }
    }

    /// False when no organisation word or one-word legal form starts with `firstByte` and has `length` bytes.
    static func mayBeOrganisationWord(firstByte: UInt8, length: Int) -> Bool {
        OrgWords.lexiconFilter.mayContain(firstByte: firstByte, length: length)
            || organisationSpellingFilter.mayContain(firstByte: firstByte, length: length)
    }

    /// Whether `word` is an organisation word or a one-word legal form.
    static func isOrganisationWord(_ word: String) -> Bool {
        (OrgWords.lexiconFilter.mayContain(word) && OrgWords.lexicon[word] != nil)
            || (organisationSpellingFilter.mayContain(word) && oneWordLegalForms.contains(word))
    }

    /// The organisation word that `word` (not one itself) ends with, split off: a name word of at least
    /// four letters, then one of ``joinableTails`` or a legal form of at least three letters
    /// (`huawei` + `technologies`, `nice` + `ltd`). A short name word that is itself an organisation
    /// word keeps the whole (`PETROCHINA`); compound words stay whole (`MICROELECTRONICS`, `SBERBANK`).
    static func splitOrganisationWord(_ word: String) -> (String, String)? {
        let bytes = Array(word.utf8)
        guard bytes.count >= 7, bytes.count <= 40, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        for cut in 4...(bytes.count - 3) where splitTailFilter.mayContain(firstByte: bytes[cut], length: bytes.count - cut) {
            let tail = String(decoding: bytes[cut...], as: UTF8.self)
            let isLegal = oneWordLegalForms.contains(tail) && LegalForms.removableAnywhere.contains(tail)
            guard isLegal || joinableTails.contains(tail) else { continue }
            let head = String(decoding: bytes[..<cut], as: UTF8.self)
            if cut < 6, isOrganisationWord(head) { continue }
            return (head, tail)
        }
        return nil
    }

    /// The organisation word or legal form of six or more letters that `word` is one edit from, if any (a
    /// first letter replaced only in words of eight or more letters).
    static func correctedOrganisationWord(_ word: String) -> String? {
        guard word.utf8.count >= 6, word.utf8.count <= 30, word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        var found: String?
        NameIndex.forEachDeletionHash(of: word) { hash in
            guard found == nil else { return }
            organisationDeletions.forEachWord(withHash: hash) { candidate in
                let spelling = organisationSpellings[Int(candidate)]
                // A first letter replaced makes a place of a name too easily (`MEHRAN` → `tehran`): only in long words.
                guard spelling.utf8.first == word.utf8.first || spelling.utf8.count != word.utf8.count || word.utf8.count >= 8 else { return }
                if TokenSimilarity.editDistance(word, spelling, limit: 1) != nil { found = spelling }
            }
        }
        return found
    }

    /// Organisation words that names run on to (`HUAWEITECHNOLOGIES`, `GEELY AUTOMOBILEHOLDINGS`).
    static let joinableTails: Set<String> = [
        "technology", "technologies", "holding", "holdings", "group", "international", "industries", "industrial",
        "company", "corporation", "limited", "enterprises", "services", "trading",
    ]

    /// Whether a word may be one of ``joinableTails`` or ``LegalForms/removableAnywhere``.
    static let splitTailFilter = WordFilter(joinableTails.union(LegalForms.removableAnywhere))

    /// The one-word legal-form spellings (`ltd`, `aktiengesellschaft`).
    static let oneWordLegalForms: Set<String> = Set(legalPhrases.filter { $0.words.count == 1 }.map { $0.words[0] })

    /// Every organisation word and one-word legal form of six or more Latin letters, for corrections.
    static let organisationSpellings: [String] = Set(OrgWords.lexicon.filter { !$0.value.isStopword }.keys).union(oneWordLegalForms)
        .filter { $0.utf8.count >= 6 && $0.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } }.sorted()

    static let organisationSpellingFilter = WordFilter(oneWordLegalForms)

    /// The deletion hashes of ``organisationSpellings`` (each word and each word less one letter) → the first
    /// word (in sorted order) with that hash: one word per hash.
    static let organisationDeletions: DeletionTable = {
        var table: [UInt64: Int32] = [:]
        for (index, spelling) in organisationSpellings.enumerated() {
            NameIndex.forEachDeletionHash(of: spelling) { hash in
                if table[hash] == nil { table[hash] = Int32(index) }
            }
        }
        return DeletionTable(table.map { (hash: $0.key, word: $0.value) })
    }()
}
