import LinearProgramming
import RotaCheck
import Testing
import Workforce
@testable import Rostering

/// The rest family (`Model/Rules/Rest.swift`): one shift per day and daily rest (11 hours between
/// shifts, from the shift times, across the month's start too).
@Suite struct RestModelTests {
    @Test func oneShiftPerDayEvenWhenRestWouldAllowTwo() throws {
        // An early (01:00-02:00) and a late (13:00-14:00) are eleven hours apart, so rest allows both,
        // but Amy may start only one shift on the 1st: one of her two requests is missed, penalty 1.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.early, TestHubs.late],
                      coverRules: TestHubs.cover([TestHubs.early, TestHubs.late], minimum: 0, target: 0),
                      requests: [TestHubs.want("A", day: 1, shift: "E"), TestHubs.want("A", day: 1, shift: "L")],
                      rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        let (solution, _) = try ModelTests.solve(hub)
        #expect(solution.objective == 1)
        #expect(ModelTests.worked(solution.rota, "A", days: 1...1) == 1)
    }

    @Test func dailyRestForbidsADayShiftAfterANight() throws {
        // Amy wants the night on the 1st and the day on the 2nd; the night ends at 09:00 when the day
        // starts, so only one request can be met: penalty 10.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.day, TestHubs.night],
                      coverRules: TestHubs.cover([TestHubs.day, TestHubs.night], minimum: 0, target: 0),
                      requests: [TestHubs.want("A", day: 1, shift: "N", weight: 10), TestHubs.want("A", day: 2, shift: "D", weight: 10)],
                      rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        #expect(try ModelTests.solve(hub).0.objective == 10)
    }

    @Test func dailyRestForbidsALateTheMorningANightEnds() throws {
        // The night of the 1st ends at 09:00 on the 2nd; a late at 13:00 that day is 4 hours later.
        // Amy wants both (weights 3 and 2): the late is given up, penalty 2.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.night, TestHubs.late],
                      coverRules: TestHubs.cover([TestHubs.night, TestHubs.late], minimum: 0, target: 0),
                      requests: [TestHubs.want("A", day: 1, shift: "N", weight: 3), TestHubs.want("A", day: 2, shift: "L", weight: 2)],
                      rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        let (solution, _) = try ModelTests.solve(hub)
        #expect(solution.objective == 2)
        #expect(solution.rota.shift(of: "A", on: TestHubs.date(1)) == "N")
    }

    @Test func daysRestAfterANightCarriedInFromTheMonthBefore() throws {
        // Amy worked the night of 30 November, so the day shift on 1 December breaks daily rest.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.day, TestHubs.night],
                      coverRules: TestHubs.cover([TestHubs.day, TestHubs.night], minimum: 0, target: 0),
                      requests: [TestHubs.want("A", day: 1, shift: "D", weight: 3)],
                      carryIn: [Assignment(amhpID: "A", date: LocalDate("2026-11-30")!, shiftCode: "N")],
                      rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        #expect(try ModelTests.solve(hub).0.objective == 3)
    }

    /// The zero case and the boundary: an evening ending 22:00 and a day at 09:00 the next morning
    /// are exactly 11 hours apart, which is enough (0); asking for 11.5 hours' rest refuses one (1).
    @Test func elevenHoursRestIsEnough() throws {
        func hub(restHours: Double) -> Hub {
            var rules = TestHubs.rules { $0[.requestNotMet] = 1 }
            rules.workingTime.minimumRestHours = restHours
            return Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.day, TestHubs.evening],
                       coverRules: TestHubs.cover([TestHubs.day, TestHubs.evening], minimum: 0, target: 0),
                       requests: [TestHubs.want("A", day: 1, shift: "EV"), TestHubs.want("A", day: 2, shift: "D")], rules: rules)
        }
        let enough = try ModelTests.solve(hub(restHours: 11)).0
        #expect(enough.objective == 0)
        #expect(ModelTests.worked(enough.rota, "A", days: 1...2) == 2)
        #expect(try ModelTests.solve(hub(restHours: 11.5)).0.objective == 1)
    }
}
