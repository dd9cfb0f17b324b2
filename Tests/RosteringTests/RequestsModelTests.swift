import LinearProgramming
import RotaCheck
import Testing
import Workforce
@testable import Rostering

/// The requests family (`Model/Rules/Requests.swift`): a request not met costs its own weight (1 to
/// 10) times the rule's. Want a shift, want to work, avoid a shift, a day off.
@Suite struct RequestsModelTests {
    @Test func requestForADayOffIsHonoured() throws {
        // Amy asks for the 10th off (weight 4); Beth can cover, so nothing is lost.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 1, target: 1),
                      requests: [ShiftRequest(amhpID: "A", date: TestHubs.date(10), shiftCode: nil, preference: .avoid, weight: 4)],
                      rules: TestHubs.rules { $0[.requestNotMet] = 1; $0[.coverBelowMinimum] = 100 })
        let (solution, report) = try ModelTests.solve(hub)
        #expect(solution.objective == 0)
        #expect(solution.rota.shift(of: "A", on: TestHubs.date(10)) == nil)
        #expect(report.people.first { $0.amhpID == "A" }?.requestsMet == 1)
    }

    @Test func aDayOffIsRefusedWhenNobodyElseCanCover() throws {
        // As above, but Beth is on leave on the 10th: Amy's day off (weight 4 × 2) gives way to cover.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 1, target: 1),
                      absences: [Absence(amhpID: "B", kind: .annual, dates: TestHubs.days(10, 10))],
                      requests: [TestHubs.avoid("A", day: 10, shift: nil, weight: 4)],
                      rules: TestHubs.rules { $0[.requestNotMet] = 2; $0[.coverBelowMinimum] = 100 })
        let (solution, report) = try ModelTests.solve(hub)
        #expect(solution.objective == 8)
        #expect(solution.rota.shift(of: "A", on: TestHubs.date(10)) == "D")
        #expect(report.people.first { $0.amhpID == "A" }?.requestsMissed == 1)
    }

    @Test func twoWantTheOnlyPlaceAndTheHeavierRequestWins() throws {
        // Amy (weight 4) and Beth (weight 6) both want the day shift on the 1st, whose target is 1
        // and a second AMHP above it costs 100. Beth gets it; Amy's request is missed: 4 × 2 = 8.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 1),
                      requests: [TestHubs.want("A", day: 1, shift: "D", weight: 4), TestHubs.want("B", day: 1, shift: "D", weight: 6)],
                      rules: TestHubs.rules { $0[.requestNotMet] = 2; $0[.coverAboveTarget] = 100 })
        let (solution, _) = try ModelTests.solve(hub)
        #expect(solution.objective == 8)
        #expect(solution.rota.shift(of: "B", on: TestHubs.date(1)) == "D")
        #expect(solution.rota.shift(of: "A", on: TestHubs.date(1)) == nil)
    }

    @Test func avoidingOneShiftWhileWantingToWork() throws {
        // Amy wants to work on the 3rd (any shift, weight 2) but not the day shift (weight 5).
        // Working nights, she takes the night and both are met: 0. Not working nights, she stays off:
        // the want (2) is missed, cheaper than the day shift she would avoid (5).
        func hub(_ nights: NightWorking) -> Hub {
            Hub(amhps: [TestHubs.amhp("A", "Amy", nights: nights)], shiftTypes: [TestHubs.day, TestHubs.night],
                coverRules: TestHubs.cover([TestHubs.day, TestHubs.night], minimum: 0, target: 0),
                requests: [TestHubs.want("A", day: 3, shift: nil, weight: 2), TestHubs.avoid("A", day: 3, shift: "D", weight: 5)],
                rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        }
        let worksNights = try ModelTests.solve(hub(.yes)).0
        #expect(worksNights.objective == 0)
        #expect(worksNights.rota.shift(of: "A", on: TestHubs.date(3)) == "N")
        let noNights = try ModelTests.solve(hub(.no)).0
        #expect(noNights.objective == 2)
        #expect(noNights.rota.shift(of: "A", on: TestHubs.date(3)) == nil)
    }

    /// The zero case: requests that can all be met (and one dated after the month, which the month
    /// does not price) cost nothing.
    @Test func requestsThatCanAllBeMetCostNothing() throws {
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth")], shiftTypes: [TestHubs.day, TestHubs.night],
                      coverRules: TestHubs.cover([TestHubs.day, TestHubs.night], minimum: 0, target: 0),
                      requests: [TestHubs.want("A", day: 1, shift: "D", weight: 10), TestHubs.want("B", day: 1, shift: "N", weight: 10),
                                 TestHubs.avoid("A", day: 2, shift: nil, weight: 10), TestHubs.want("B", day: 4, shift: nil, weight: 10),
                                 ShiftRequest(amhpID: "A", date: LocalDate("2027-01-02")!, shiftCode: "D", preference: .want, weight: 10)],
                      rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        let model = ModelTests.model(hub)
        // Three wants in the month add 1 × 10 each to the constant; the January one adds nothing.
        #expect(model.penaltyTerms[.requestNotMet]?.constant == 30.0)
        let (solution, report) = try ModelTests.solve(hub)
        #expect(solution.objective == 0)
        #expect(report.people.map(\.requestsMet).reduce(0, +) == 4)
    }

    @Test(arguments: [SoftRule.requestNotMet])
    func aWeightOfZeroRemovesThePenaltyTerm(_ rule: SoftRule) {
        ModelTests.expectZeroWeightRemovesTerm(rule)
    }
}
