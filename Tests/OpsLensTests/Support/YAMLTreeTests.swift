import Testing
import Yams
import OpsLens

@Suite("Strict YAML trees")
struct YAMLTreeTests {
    @Test("locates a syntax error and names the keys a mapping gives twice")
    func syntaxErrors() {
        #expect(throws: YAMLTree.SyntaxError.self) { try YAMLTree.compose("a: \"open\nb: 1\n") }
        do {
            _ = try YAMLTree.compose("a: 1\nb: 2\na: 3\n")
            Issue.record("a duplicate key was accepted")
        } catch {
            #expect(error.duplicateKeys == ["a"])
            #expect(error.line != nil)
        }
    }

    @Test("keeps scalars as written and checks keys against the allowed ones with a suggestion")
    func entries() throws {
        let root = try #require(try YAMLTree.compose("country: NO\nheaderLne: 3\nempty: ~\n"))
        let entries = YAMLTree.entries(try #require(root.mapping), allowed: ["country", "headerLine", "empty"])
        #expect(entries.map(\.key) == ["country", "headerLne", "empty"])
        #expect(entries.map(\.isAllowed) == [true, false, true])
        #expect(YAMLTree.text(entries[0].value) == "NO")
        #expect(entries[1].didYouMean == " (did you mean \"headerLine\"?)")
        #expect(YAMLTree.isNull(entries[2].value))
        #expect(YAMLTree.shape(of: root) == "a set of keys")
    }
}
