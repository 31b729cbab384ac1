extension NameNormalizer {
    /// Respells transliterated words that are another romanisation of a known organisation, legal-form or
    /// listing word (``PhoneticKey``): `КОМПАНЙ` → `kompani` → `company`, `ИНК` → `inc`, `ГМБХ` → `gmbh`,
    /// `ТХЕ` → `the`, `С.А. ДЕ К.В.` → `s a de cv`. Then they are stripped, folded and weighted as the Latin
    /// words are: a name written in Cyrillic after its Latin original keeps its legal form and its generic words.
    /// A word that is itself a spelling of a legal form is respelt only as one of OpsLens's own words.
    static func respellTransliterated(_ words: inout [RawWord]) {
        for index in words.indices where words[index].transliterated {
            let text = words[index].text
            guard !(OrgWords.lexiconFilter.mayContain(text) && OrgWords.lexicon[text] != nil),
                  let spelling = romanisedSpellings[PhoneticKey.of(text)], spelling.word != text,
                  spelling.isOwn || !legalWords.contains(text) else { continue }
            words[index].text = spelling.word
        }
    }

    /// ``PhoneticKey`` → the known word with that key: OpsLens's own words (``OrgWords/lexicon``, the words
    /// of ``LegalForms/forms`` and of ``ListingNoise``) before the other words of the legal forms, then the
    /// shortest, then the first alphabetically.
    static let romanisedSpellings: [String: (word: String, isOwn: Bool)] = {
        let own = Set(OrgWords.lexicon.keys).union(ListingNoise.trailingPhrases.joined())
            .union(LegalForms.forms.flatMap { $0.spellings.flatMap { rawWords($0).map(\.text) } })
        var spellings: [String: (word: String, isOwn: Bool)] = [:]
        for word in own.union(legalWords) where word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) {
            let key = PhoneticKey.of(word)
            guard key.utf8.count >= 2 else { continue }
            let isOwn = own.contains(word)
            if let existing = spellings[key],
               (existing.isOwn ? 0 : 1, existing.word.utf8.count, existing.word) < (isOwn ? 0 : 1, word.utf8.count, word) { continue }
            spellings[key] = (word, isOwn)
        }
        return spellings
    }()
}
