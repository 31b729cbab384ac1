/// Numbers and ordinals written as words, read as digits: `FORTY-FOUR` → `44`, `FIRST` and `1ST` → `1`.
///
/// Names must agree on their numbers (``NameScorer/numberMismatchCap``), so a number must compare the
/// same however it is written. Tens and units next to each other add up (`TWENTY ONE`, `TWENTY-FIRST`);
/// `HUNDRED` multiplies what stands before it.
enum NumberWords {
    /// Reads the number words and ordinals of `words` as digits, in place.
    static func fold(_ words: inout [RawWord]) {
        guard words.contains(where: { value(of: $0.text) != nil }) else { return }
        var result: [RawWord] = []
        result.reserveCapacity(words.count)
        var index = 0
        while index < words.count {
            guard let first = value(of: words[index].text) else {
                result.append(words[index])
                index += 1
                continue
            }
            var total = first.value, end = index + 1
            func number(at position: Int) -> Int? { position < words.count ? value(of: words[position].text)?.value : nil }
            if first.isWord, total < 10, number(at: end) == 100 {  // ONE HUNDRED
                total *= 100
                end += 1
            }
            if first.isWord, total >= 20, total % 10 == 0, let unit = number(at: end), unit < 10 {  // FORTY-FOUR, TWENTY-FIRST
                total += unit
                end += 1
            }
            var word = words[index]
            word.text = String(total)
            result.append(word)
            index = end
        }
        words = result
    }

    /// The number a word stands for, and whether it is spelt out (rather than `1st`).
    static func value(of word: String) -> (value: Int, isWord: Bool)? {
        guard let first = word.utf8.first else { return nil }
        if (0x30...0x39).contains(first) {
            // 1st, 2nd, 3rd, 4th, 21st: digits and an ordinal ending.
            let digits = word.utf8.prefix { (0x30...0x39).contains($0) }
            guard digits.count < word.utf8.count, digits.count <= 6,
                  ["st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count))) else { return nil }
            return Int(String(decoding: digits, as: UTF8.self)).map { ($0, false) }
        }
        guard filter.mayContain(word) else { return nil }
        return spelled[word].map { ($0, true) }
    }

    private static let spelled: [String: Int] = {
        let cardinals = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        let ordinals = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                        "nineteenth"]
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        let tenths = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"]
        var table: [String: Int] = ["hundred": 100, "hundredth": 100]
        for (value, word) in cardinals.enumerated() where value > 0 { table[word] = value }
        for (value, word) in ordinals.enumerated() where value > 0 { table[word] = value }
        for (offset, word) in tens.enumerated() { table[word] = 20 + 10 * offset }
        for (offset, word) in tenths.enumerated() { table[word] = 20 + 10 * offset }
        return table
    }()

    /// Whether a word may be a number word (a quick test before the table).
    static let filter = WordFilter(spelled.keys)
}
