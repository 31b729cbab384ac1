import Foundation
@testable import OpsLens
import Testing

/// The full SDN (July 2021) and Consolidated (December 2025) lists, indexed as screening indexes them.
private let screening: ScreeningIndex = {
    let book = try! RuleBookLoader.load(rulesDirectory: nil,
                                        ofacDirectories: [TestData.ofac("sdn-2021-07"), TestData.ofac("cons-2025-12")])
    return ScreeningIndex(lists: book.lists)
}()

/// Which names a query scores: a name that would match must never be lost to names that share its words.
@Suite("Name index candidates")
struct NameIndexCandidateTests {
    /// More than twelve listed names contain `gazprom` (Gazprom Neft, Gazprom Burenie, Gazprom Dobycha …),
    /// all sharing the query's one word: the exact name must still be scored and come first.
    @Test("finds the Gazprom entry a holding names among the many Gazprom subsidiaries", arguments: [
        ("GAZPROM", "17250"),
        ("PJSC GAZPROM", "17250"),
        ("GAZPROM PAO", "17250"),
        ("GAZPROM NEFT", "17143"),
        ("GAZPROM NEFT PJSC", "17143"),
    ])
    func findsGazprom(holding: String, sourceID: String) throws {
        let best = try #require(screening.nameMatches(holding).first)
        #expect(screening[best.key].entity.sourceID == sourceID, "\(holding) → \(best.name)")
        #expect(best.decision == .match && best.score == 1)
    }

    /// `NORTHWIND` shares its only word with forty other names; it must be found wherever the list puts it.
    @Test("finds a name equal to the query among forty names sharing its word, wherever it is listed", arguments: [0, 20, 40])
    func findsTheExactName(position: Int) throws {
        var names = Self.northwindNames.map { "NORTHWIND \($0) LLC" }
        names.insert("NORTHWIND LLC", at: position)
        let index = NameIndex(entries: names.enumerated().map { (key: $0.offset, name: $0.element, isWeak: false) })
        for query in ["NORTHWIND", "Northwind, L.L.C.", "NORTHWIND LIMITED LIABILITY COMPANY"] {
            let best = try #require(index.query(query).first, "\(query)")
            #expect(best.key == position && best.score == 1, "\(query) → \(best.name)")
        }
    }

    /// The query covers all of `NORTHWIND GROUP` but the distinctive word alone (`group` weighs little),
    /// and only half of each other name: the closer name is scored, whatever the list order.
    @Test("finds a name the query covers almost entirely among forty names sharing its word", arguments: [0, 40])
    func findsTheClosestName(position: Int) throws {
        var names = Self.northwindNames.map { "NORTHWIND \($0)" }
        names.insert("NORTHWIND GROUP", at: position)
        let index = NameIndex(entries: names.enumerated().map { (key: $0.offset, name: $0.element, isWeak: false) })
        let best = try #require(index.query("NORTHWIND").first)
        #expect(best.key == position && best.decision == .match)
    }

    /// In a small list a word can be held by more than a tenth of the names; it still votes when the
    /// only rarer word is a typo variant of it (`NORTHWINDS`).
    @Test("finds names holding a common query word even when a rarer typo of it is listed")
    func commonWordWithRareTypo() throws {
        let names = Self.northwindNames.map { "NORTHWIND \($0)" } + ["NORTHWINDS", "NORTHWIND GROUP"]
        let index = NameIndex(entries: names.enumerated().map { (key: $0.offset, name: $0.element, isWeak: false) })
        let best = try #require(index.query("NORTHWIND").first)
        #expect(best.name == "NORTHWIND GROUP" && best.decision == .match)
    }

    /// The same party is often listed several times (SDN, Consolidated, an in-house list): each listing
    /// is a finding of its own, however many there are.
    @Test("returns every listing of a name, not only the first twelve")
    func returnsEveryListing() {
        let names = (0..<30).map { (key: $0, name: "NORTHWIND TRADING LLC", isWeak: false) }
            + Self.northwindNames.enumerated().map { (key: 100 + $0.offset, name: "NORTHWIND \($0.element) TRADING", isWeak: false) }
        let index = NameIndex(entries: names)
        let results = index.query("NORTHWIND TRADING", limit: 100)
        #expect(results.filter { $0.score == 1 }.map(\.key) == Array(0..<30))
    }

    /// The bound decides which names are scored: if it were ever below a score, a match could be lost.
    /// Compared: holdings names and every twentieth list name against the names sharing a word or a typo.
    @Test("never bounds a listed name's score below what the scorer gives it")
    func boundIsAnUpperBound() throws {
        let index = screening.names
        var queries: [String] = []
        for file in ["holdings/ishares_ACWI_2022-03-10.csv", "holdings/ishares_EEM_2022-03_excel-resaved.csv"] {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: TestFiles.shared(file))))
            let rows = CSVTable(bytes).rows
            let header = try #require(rows.firstIndex { $0.fields.first == "Ticker" })
            queries += rows[(header + 1)...].compactMap { $0.fields.count > 3 ? $0.fields[1] : nil }
        }
        queries += index.entries.enumerated().filter { $0.offset % 20 == 0 && !$0.element.isWeak }.map(\.element.name)
        var compared = 0
        for query in Set(queries) {
            let name = index.scorer.normalizer.normalize(query)
            let query = index.boundQuery(of: name)
            var listed = Set<Int32>()
            for word in query.words where word.id >= 0 { listed.formUnion(index.postings[Int(word.id)].prefix(200)) }
            for token in name.tokens where NameIndex.allowsTypos(token.text) {
                NameIndex.forEachDeletionHash(of: token.text) { hash in
                    index.deletions.forEachWord(withHash: hash) { listed.formUnion(index.postings[Int($0)].prefix(50)) }
                }
            }
            for entry in listed {
                let score = index.scorer.score(name, index.normalized[Int(entry)])
                let bound = index.scoreBound(name, query, entry: entry)
                #expect(score <= bound + NameIndex.boundTolerance, "\(query) vs \(index.entries[Int(entry)].name)")
                compared += 1
            }
        }
        #expect(compared > 100_000)
    }

    /// The bound rules pairs out by their phonetic keys' length and letters alone: every listed name
    /// respelt in another romanisation (`kh` → `h`, `ts` → `c`, `y` → `i`, `w` → `v`, `ck` → `k`, a letter
    /// doubled or dropped) must still be bounded at or above what the scorer gives it.
    @Test("never bounds a name respelt in another romanisation below its score")
    func boundHoldsForRomanisations() {
        let index = screening.names
        let respellings = [("kh", "h"), ("ts", "c"), ("y", "i"), ("w", "v"), ("ck", "k"), ("ss", "s"), ("j", "dzh"), ("x", "ks")]
        var compared = 0, reachedByKey = 0
        for (offset, entry) in index.entries.enumerated() where offset % 5 == 0 && !entry.isWeak {
            let listed = index.normalized[offset]
            for (from, to) in respellings {
                let words = listed.tokens.map(\.text)
                guard words.contains(where: { $0.contains(from) }) else { continue }
                let respelt = words.map { $0.replacingOccurrences(of: from, with: to) }.joined(separator: " ")
                let name = index.scorer.normalizer.normalize(respelt)
                let score = index.scorer.score(name, listed)
                let bound = index.scoreBound(name, index.boundQuery(of: name), entry: Int32(offset))
                #expect(score <= bound + NameIndex.boundTolerance, "\(respelt) vs \(entry.name)")
                compared += 1
                if score >= index.scorer.thresholds.review, name.tokens.map(\.text) != words { reachedByKey += 1 }
            }
        }
        #expect(compared > 1_000)
        #expect(reachedByKey > 100)
    }

    /// The labelled pairs' second names listed among the full lists' names: the index must return each
    /// pair the scorer puts at or above review, with the scorer's score, however crowded its words are
    /// (scoring twelve candidates per query, the index lost ten more, among them `GAZPROM ADR REG S`,
    /// `PAO NOVATEK GDR`, `VTB BANK ORD` and `MOBILE CHINA LTD`, all scoring 1). One is missed by design:
    /// candidates are gathered through whole words and their typos, not through abbreviations, and
    /// `TELECOM` (the last word of a name that may have been cut) shares no word with `TELECOMMUNICATIONS`.
    @Test("finds every labelled pair the scorer puts at or above review, among the full lists' names")
    func findsLabelledPairs() throws {
        let pairs = try NamePairsFile.parse(Array(try Data(contentsOf: NameFixtures.labelledPairs)), requireLabels: true)
        let first = 1_000_000
        let index = NameIndex(entries: screening.names.entries.map { (key: $0.key, name: $0.name, isWeak: $0.isWeak) }
            + pairs.enumerated().map { (key: first + $0.offset, name: $0.element.name2, isWeak: false) })
        var expected = 0
        var missed: [String] = []
        for (offset, pair) in pairs.enumerated() {
            let score = index.scorer.compare(pair.name1, pair.name2).score
            guard score >= index.scorer.thresholds.review else { continue }
            expected += 1
            let found = index.query(pair.name1, limit: 100).first { $0.key == first + offset }
            if found == nil { missed.append(pair.name1) } else { #expect(found?.score == score, "\(pair.name1) ~ \(pair.name2)") }
        }
        #expect(expected == 216)
        #expect(missed == ["CHINA TELECOM CORPORATION LIMITED"])
    }

    /// Typos, abbreviations, words written together and reordered words, in both directions.
    @Test("returns what scoring every listed name would return", arguments: [
        "GREATWALL MOTOR", "GREAT WALL MOTOR CO", "GREAT WALL", "SENSTIME GROUP", "SENSETIME", "HIKVISION DIGITAL TECHNOL.",
        "DIGITAL HIKVISION", "NORTHWIND", "NORTHWIND TRADING", "NORTHWND TRADING", "TRADING", "CHINA GROUP", "AVIC", "BANK VTB",
    ])
    func equalsScoringEveryName(query: String) {
        let names = ["GREAT WALL MOTOR COMPANY LIMITED", "GREATWALL MOTOR", "GREAT WALL", "SENSETIME GROUP LIMITED", "SENSETIME",
                     "HIKVISION DIGITAL TECHNOLOGY CO LTD", "HANGZHOU HIKVISION DIGITAL TECHNOLOGY", "CHINA GROUP", "CHINA TRADING GROUP",
                     "VTB BANK PJSC", "BANK VTB", "AVIC", "AVIC INTERNATIONAL HOLDING CORPORATION LIMITED", "NORTHWIND TRADING LIMITED"]
            + Self.northwindNames.map { "NORTHWIND \($0) TRADING" }
        let index = NameIndex(entries: names.enumerated().map { (key: $0.offset, name: $0.element, isWeak: $0.element == "AVIC") })
        let name = index.scorer.normalizer.normalize(query)
        var best: [Int: Double] = [:]
        for (entry, listed) in index.entries.enumerated() {
            let score = index.scorer.score(name, index.normalized[entry], exactOnly: listed.isWeak)
            if score >= index.scorer.thresholds.review { best[listed.key] = max(best[listed.key] ?? 0, score) }
        }
        let results = index.query(query, limit: 100)
        #expect(Dictionary(uniqueKeysWithValues: results.map { ($0.key, $0.score) }) == best)
    }

    /// Forty distinctive words to go with `NORTHWIND`.
    static let northwindNames = [
        "ALDER", "BIRCH", "CEDAR", "DOGWOOD", "ELM", "FIR", "GINKGO", "HAZEL", "IRONWOOD", "JUNIPER",
        "KATSURA", "LARCH", "MAPLE", "NUTMEG", "OAK", "POPLAR", "QUINCE", "ROWAN", "SPRUCE", "TAMARACK",
        "UMBRELLA", "VIBURNUM", "WALNUT", "XYLOSMA", "YEW", "ZELKOVA", "ACACIA", "BAOBAB", "CYPRESS", "DAMSON",
        "EUCALYPTUS", "FIG", "GUAVA", "HEMLOCK", "ILEX", "JACARANDA", "KAPOK", "LINDEN", "MAGNOLIA", "NECTARINE",
    ]
}
