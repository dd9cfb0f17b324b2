import HubGeneration
import RotaCheck
import Testing
import Workforce
@testable import Rostering

/// `MonthSequencePlanner`: months planned one after another, each chained to the one before
/// (`MonthChain`: carry-in, and its nights, weekends and bank holidays added to the history).
@Suite struct MonthSequencePlannerTests {
    static let january = Month("2027-01")!

    static func options(seed: UInt64 = 1) -> RotaSolveOptions {
        var options = RotaSolveOptions()
        options.timeLimit = 120
        options.relativeGap = 0
        options.iterations = 2
        options.seed = seed
        return options
    }

    @Test func theSecondMonthStartsFromTheFirstMonthsLastDays() throws {
        // Amy wants the nights of 28-31 December and 1-2 January; Beth the days of 26-31 December and
        // 1 January (weight 10 each). December can meet them all (0). In January, Amy's night on the 1st
        // would be a fifth in a row and Beth's day a seventh: both refused (20); Amy's night on the 2nd,
        // after a day off, is met. Without the carry-in January would cost 0.
        let amyNights = [28, 29, 30, 31].map { TestHubs.want("A", day: $0, shift: "N", weight: 10) }
        let bethDays = (26...31).map { TestHubs.want("B", day: $0, shift: "D", weight: 10) }
        let january = [ShiftRequest(amhpID: "A", date: LocalDate("2027-01-01")!, shiftCode: "N", preference: .want, weight: 10),
                       ShiftRequest(amhpID: "A", date: LocalDate("2027-01-02")!, shiftCode: "N", preference: .want, weight: 10),
                       ShiftRequest(amhpID: "B", date: LocalDate("2027-01-01")!, shiftCode: "D", preference: .want, weight: 10)]
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth")], shiftTypes: [TestHubs.day, TestHubs.night],
                      coverRules: TestHubs.cover([TestHubs.day, TestHubs.night], minimum: 0, target: 0),
                      requests: amyNights + bethDays + january, rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        let results = try MonthSequencePlanner(options: Self.options()).plan(hub, from: TestHubs.december, months: 2)
        try #require(results.count == 2)
        let (december, jan) = (results[0], results[1])
        #expect(december.solution.rota.month == TestHubs.december && jan.solution.rota.month == Self.january)
        #expect(december.solution.objective == 0)
        #expect(jan.solution.objective == 20)
        #expect(jan.solution.rota.shift(of: "A", on: LocalDate("2027-01-01")!) == nil)
        #expect(jan.solution.rota.shift(of: "A", on: LocalDate("2027-01-02")!) == "N")
        #expect(jan.solution.rota.shift(of: "B", on: LocalDate("2027-01-01")!) == nil)
        for result in results {
            #expect(result.report.hardViolations.isEmpty, "\(result.report.hardViolations.map(\.message))")
            #expect(abs(result.report.objective - result.solution.objective) < 1e-6)
        }

        // The checker, given all of December as carry-in, finds January lawful across the boundary,
        // and would see the fifth night had it been rostered.
        let withDecember = Hub(amhps: hub.amhps, shiftTypes: hub.shiftTypes, coverRules: hub.coverRules, requests: hub.requests,
                               carryIn: december.solution.rota.assignments, rules: hub.rules)
        let checker = RotaChecker(hub: withDecember, month: Self.january)
        #expect(checker.check(jan.solution.rota).hardViolations.isEmpty)
        let fifthNight = Rota(month: Self.january, assignments: jan.solution.rota.assignments
                                + [Assignment(amhpID: "A", date: LocalDate("2027-01-01")!, shiftCode: "N")])
        #expect(checker.check(fifthNight).hardViolations.compactMap(\.hardRule).contains(.consecutiveNights))

        // The hub January was planned from (`MonthChain`): all of December carried in (without
        // coordinator marks), complete from 1 December, and December's nights added to the history.
        let next = MonthChain.hub(hub, for: Self.january, after: [december.solution.rota])
        let expectedCarryIn = december.solution.rota.assignments.map { Assignment(amhpID: $0.amhpID, date: $0.date, shiftCode: $0.shiftCode) }
        #expect(Set(next.carryIn) == Set(expectedCarryIn))
        #expect(next.carryInCompleteFrom == TestHubs.date(1))
        #expect([28, 29, 30, 31].allSatisfy { day in next.carryIn.contains { $0.amhpID == "A" && $0.date == TestHubs.date(day) && $0.shiftCode == "N" } })
        let amyNightsInDecember = december.report.people.first { $0.amhpID == "A" }?.nights
        #expect(next.history(for: "A")?.nights == amyNightsInDecember)
        #expect(next.history(for: "A")?.months == 1)
    }

    @Test func repeatableForASeedWithIterations() throws {
        let hub = HubGenerator(amhpCount: 6, firstMonth: TestHubs.december, months: 2, seed: 4).generate()
        let planner = MonthSequencePlanner(options: Self.options(seed: 9))
        let first = try planner.plan(hub, from: TestHubs.december, months: 2)
        let second = try planner.plan(hub, from: TestHubs.december, months: 2)
        #expect(first.map(\.solution.rota) == second.map(\.solution.rota))
        #expect(first.map(\.solution.objective) == second.map(\.solution.objective))
        for result in first {
            #expect(result.report.hardViolations.isEmpty, "\(result.report.hardViolations.prefix(3).map(\.message))")
        }
    }
}
