import Testing
import OpsLens

@Suite("Edit distance")
struct EditDistanceTests {
    @Test("counts an adjacent transposition as one edit, and gives up past the limit")
    func distances() {
        #expect(EditDistance.between("titel", "title", limit: 2) == 1)
        #expect(EditDistance.between("justfication", "justification", limit: 2) == 1)
        #expect(EditDistance.between("kitten", "sitting", limit: 3) == 3)
        #expect(EditDistance.between("kitten", "sitting", limit: 2) == nil)
        #expect(EditDistance.between("", "abc", limit: 3) == 3)
    }

    @Test("suggests the closest allowed word for a typo, and nothing for a stranger")
    func suggestions() {
        #expect(Suggestion.closest(to: "severty", in: ["severity", "title"]) == "severity")
        #expect(Suggestion.closest(to: "zzz", in: ["severity", "title"]) == nil)
    }
}
