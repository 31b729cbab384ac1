import Testing
import OpsLens

@Suite("When a waiver is in force")
struct WaiverInForceTests {
    let waiver = Waiver(id: "W", findingId: "abc", justification: "ok", approvedBy: "me",
                        approvedAt: "2026-03-02", expiresAt: "2026-06-30")

    @Test("from its approval day through its expiry day, compared as days")
    func days() {
        #expect(!waiver.isInForce(on: CalendarDate(iso: "2026-03-01")!))
        #expect(waiver.isInForce(on: CalendarDate(iso: "2026-03-02")!))
        #expect(waiver.isInForce(on: "2026-06-30"))
        #expect(!waiver.isInForce(on: "2026-07-01"))
    }

    @Test("never on text that is not a date")
    func notADate() {
        #expect(!waiver.isInForce(on: "2026-6-30"))
        #expect(!waiver.isInForce(on: "2026-04-01 or so"))  // between the two as text, but not a day
    }
}
