extension NameNormalizer {
    /// One spelling of a legal form, cut into folded words.
    struct LegalPhrase {
        var words: [String]
        var compareForm: String
    }

    /// The spellings of ``LegalForms/forms`` and of ``LegalForms/rigourForms``, folded like names, longest first.
    ///
    /// OpsLens's own forms come first; a rigour form that shares a spelling with one of them compares as
    /// that form (rigour's `Aktiengesellschaft` and its misspellings compare as `ag`), any other as its
    /// own folded compare form.
    static let legalPhrases: [LegalPhrase] = {
        var seen: [[String]: String] = [:]
        var phrases: [LegalPhrase] = []
        func folded(_ spelling: String) -> [String] {
            var words = rawWords(spelling)
            glueSingleLetters(&words)
            return words.map(\.text)
        }
        for form in LegalForms.forms {
            for spelling in form.spellings {
                let texts = folded(spelling)
                guard !texts.isEmpty, seen[texts] == nil else { continue }
                seen[texts] = form.compareForm
                phrases.append(LegalPhrase(words: texts, compareForm: form.compareForm))
            }
        }
        for form in LegalForms.rigourForms {
            let spellings = form.spellings.map(folded).filter { !$0.isEmpty }
            let compareForm = spellings.lazy.compactMap { seen[$0] }.first ?? folded(form.compareForm).joined()
            guard !compareForm.isEmpty else { continue }
            for texts in spellings where seen[texts] == nil {
                seen[texts] = compareForm
                phrases.append(LegalPhrase(words: texts, compareForm: compareForm))
            }
        }
        return phrases.sorted { $0.words.count > $1.words.count }
    }()

    /// Every word of every legal phrase (`joint`, `stock`, `sa`).
    static let legalWords: Set<String> = Set(legalPhrases.flatMap(\.words))

    /// The phrases indexed by their last word (for stripping from the end).
    static let legalPhrasesByLastWord: [String: [LegalPhrase]] = Dictionary(grouping: legalPhrases) { $0.words.last! }
    /// Whether a word may end a legal phrase.
    static let legalLastWordFilter = WordFilter(legalPhrases.map { $0.words.last! })
    /// Whether a word may start a legal phrase.
    static let legalFirstWordFilter = WordFilter(legalPhrases.map { $0.words.first! })

    /// The phrases indexed by their first word (for stripping from the start and the middle).
    static let legalPhrasesByFirstWord: [String: [LegalPhrase]] = Dictionary(grouping: legalPhrases) { $0.words.first! }

    /// Removes legal forms from `words`, appending their compare forms to `legal`.
    ///
    /// Any spelling is removed from the end (repeatedly: `CO LTD`); from the start only spellings of
    /// several words, ``LegalForms/leadingForms`` and ``LegalForms/removableAnywhere``; from the middle
    /// only spellings of several words and ``LegalForms/removableAnywhere``.
    static func stripLegalForms(_ words: inout [RawWord], into legal: inout [String]) {
        // From the end.
        while let last = words.last, !last.isCJK, legalLastWordFilter.mayContain(last.text), let phrase = legalPhrasesByLastWord[last.text]?.first(where: {
            $0.words.count <= words.count && zip($0.words, words[(words.count - $0.words.count)...]).allSatisfy { $0 == $1.text }
        }) {
            words.removeLast(phrase.words.count)
            legal.append(phrase.compareForm)
        }
        // From the start and the middle.
        var index = 0
        while index < words.count {
            let isStart = index == 0
            guard legalFirstWordFilter.mayContain(words[index].text) else { index += 1; continue }
            let candidates = legalPhrasesByFirstWord[words[index].text] ?? []
            let phrase = candidates.first { phrase in
                guard index + phrase.words.count <= words.count,
                      zip(phrase.words, words[index...]).allSatisfy({ $0 == $1.text }) else { return false }
                if phrase.words.count > 1 { return true }
                let word = phrase.words[0]
                return LegalForms.removableAnywhere.contains(word) || (isStart && LegalForms.leadingForms.contains(word))
            }
            if let phrase {
                words.removeSubrange(index..<index + phrase.words.count)
                legal.append(phrase.compareForm)
            } else {
                index += 1
            }
        }
    }

    /// Han, Kana and Hangul words that are organisation words, with their canonical Latin form
    /// (an empty form drops the word: `股份` only says "shares").
    static let cjkOrgWords: [(spelling: String, canonical: String)] = [
        ("集团", "group"), ("集團", "group"), ("控股", "holding"), ("科技", "technology"), ("技术", "technology"),
        ("技術", "technology"), ("国际", "international"), ("國際", "international"), ("实业", "industry"),
        ("實業", "industry"), ("工业", "industry"), ("工業", "industry"), ("电子", "elec"), ("電子", "elec"),
        ("通信", "communications"), ("银行", "bank"), ("銀行", "bank"), ("投资", "investment"), ("投資", "investment"),
        ("发展", "development"), ("發展", "development"), ("股份", ""), ("グループ", "group"), ("ホールディングス", "holding"),
        ("그룹", "group"), ("홀딩스", "holding"),
    ]

    /// Prefixes of CJK runs that are organisation words (`中国` = china).
    static let cjkLeadingWords: [(spelling: String, canonical: String)] = [("中国", "china"), ("中國", "china")]

    /// Cuts a CJK run into its distinctive core, its organisation words and its legal forms.
    ///
    /// `商汤集团股份有限公司` → `商汤` + `group`, legal form `ltd`; `株式会社日立製作所` → `日立製作所`, `kk`.
    static func splitCJK(_ word: RawWord, into words: inout [RawWord], legalForms legal: inout [String]) {
        var run = Substring(word.text)
        var trailing: [RawWord] = []
        var leading: [RawWord] = []
        var changed = true
        while changed, !run.isEmpty {
            changed = false
            for (spelling, form) in LegalForms.cjkSpellings {
                if run.hasSuffix(spelling) {
                    run = run.dropLast(spelling.count); legal.append(form); changed = true; break
                }
                if run.hasPrefix(spelling) {
                    run = run.dropFirst(spelling.count); legal.append(form); changed = true; break
                }
            }
            if changed { continue }
            for (spelling, canonical) in cjkOrgWords where run.count > spelling.count && run.hasSuffix(spelling) {
                run = run.dropLast(spelling.count)
                if !canonical.isEmpty { trailing.insert(RawWord(text: canonical), at: 0) }
                changed = true
                break
            }
            if changed { continue }
            for (spelling, canonical) in cjkLeadingWords where run.count > spelling.count && run.hasPrefix(spelling) {
                run = run.dropFirst(spelling.count)
                leading.append(RawWord(text: canonical))
                changed = true
                break
            }
        }
        if run == "株" || run == "주" {
            legal.append("kk")
            run = ""
        }
        words.append(contentsOf: leading)
        if !run.isEmpty { words.append(RawWord(text: String(run), isCJK: true)) }
        words.append(contentsOf: trailing)
    }
}
