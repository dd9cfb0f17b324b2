import Testing
@testable import Workforce

@Suite struct ShiftRequestTests {
    private func request(_ shift: String?, _ preference: ShiftRequest.Preference) -> ShiftRequest {
        ShiftRequest(amhpID: "A", date: LocalDate("2026-12-25")!, shiftCode: shift, preference: preference, weight: 5)
    }

    @Test func dayOff() {
        let dayOff = request(nil, .avoid)
        #expect(dayOff.isMet(byShift: nil))
        #expect(!dayOff.isMet(byShift: "D") && !dayOff.isMet(byShift: "N"))
    }

    @Test func wantToWork() {
        let anyShift = request(nil, .want)
        #expect(!anyShift.isMet(byShift: nil))
        #expect(anyShift.isMet(byShift: "D") && anyShift.isMet(byShift: "N"))
    }

    @Test func wantAParticularShift() {
        let wantDay = request("D", .want)
        #expect(wantDay.isMet(byShift: "D"))
        #expect(!wantDay.isMet(byShift: "N") && !wantDay.isMet(byShift: nil))
    }

    @Test func avoidAParticularShift() {
        let noNight = request("N", .avoid)
        #expect(!noNight.isMet(byShift: "N"))
        #expect(noNight.isMet(byShift: "D") && noNight.isMet(byShift: nil))
    }
}
