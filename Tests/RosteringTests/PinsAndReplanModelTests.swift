import LinearProgramming
import RotaCheck
import Testing
import Workforce
@testable import Rostering

/// Pins (a shift, or off, that every solve keeps) and the re-plan from a date (`changed_cell`):
/// `Instance/CellFixing.swift`, `Model/Rules/ChangedCells.swift`, and the solver's refusal of pins
/// that break a hard rule (`PinCheck`).
@Suite struct PinsAndReplanModelTests {
    /// Amy and Beth share one day shift a day (minimum 1, target 1); only cover is priced.
    static func hub(absences: [Absence] = [], beth nights: NightWorking = .yes) -> Hub {
        Hub(amhps: [TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth", nights: nights)], shiftTypes: [TestHubs.day, TestHubs.night],
            coverRules: TestHubs.cover([TestHubs.day], minimum: 1, target: 1) + TestHubs.cover([TestHubs.night], minimum: 0, target: 0),
            absences: absences,
            rules: TestHubs.rules { $0[.coverBelowMinimum] = 100; $0[.coverBelowTarget] = 10; $0[.coverAboveTarget] = 50; $0[.changedCell] = 5 })
    }

    static func solve(_ hub: Hub, pins: [Pin] = [], baseline: RotaBaseline? = nil) throws -> (RotaSolution, CheckReport) {
        var options = RotaSolveOptions()
        options.relativeGap = 0
        options.timeLimit = 60
        let solution = try RotaSolver(options: options).solve(RotaInstance(hub: hub, month: TestHubs.december, pins: pins, baseline: baseline))
        let report = RotaChecker(hub: hub, month: TestHubs.december, baseline: baseline).check(solution.rota)
        #expect(report.hardViolations.isEmpty, "\(report.hardViolations.map(\.message))")
        #expect(abs(report.objective - solution.objective) < 1e-6, "checker \(report.objective), model \(solution.objective)")
        return (solution, report)
    }

    /// The day shift taken in turns, Beth on odd dates and Amy on even ones: a rota to re-plan.
    static var inTurns: Rota {
        Rota(month: TestHubs.december, assignments: (1...31).map { Assignment(amhpID: $0 % 2 == 1 ? "B" : "A", date: TestHubs.date($0), shiftCode: "D") })
    }

    @Test func changedCellAtWeightZeroHasNoTerm() {
        ModelTests.expectZeroWeightRemovesTerm(.changedCell)
    }

    @Test func pinnedCellsSurviveTheSolve() throws {
        // Beth is pinned on the night of the 10th (nobody needs it) and Amy off on the 11th: both stand.
        let pins = [Pin(amhpID: "B", date: TestHubs.date(10), shiftCode: "N"), Pin(amhpID: "A", date: TestHubs.date(11), shiftCode: nil)]
        let (solution, report) = try Self.solve(Self.hub(), pins: pins)
        #expect(solution.rota.shift(of: "B", on: TestHubs.date(10)) == "N")
        #expect(solution.rota.shift(of: "A", on: TestHubs.date(11)) == nil)
        // Beth, after a night to 09:00, cannot work the day shift of the 11th: Amy is pinned off, so it is short.
        #expect(report.penalties[.coverBelowMinimum] == 100)
    }

    @Test func withoutPinsNothingIsFixed() {
        // The zero case: no pins, no baseline, no fixed cell and no changed-cell term.
        let model = RotaModelBuilder.build(RotaInstance(hub: Self.hub(), month: TestHubs.december, pins: []))
        #expect(model.linear.variables.allSatisfy { $0.lowerBound == 0 })
        #expect(model.penaltyTerms[.changedCell]?.isEmpty ?? true)
    }

    @Test func aPinOnAnAbsenceIsRefusedNamingTheRule() {
        let hub = Self.hub(absences: [Absence(amhpID: "A", kind: .sickness, dates: TestHubs.days(5, 6))])
        #expect(refusal(hub, [Pin(amhpID: "A", date: TestHubs.date(5), shiftCode: "D")]) == ["eligibility.absence"])
    }

    @Test func aNightForSomeoneWhoWorksNoNightsIsRefused() {
        #expect(refusal(Self.hub(beth: .no), [Pin(amhpID: "B", date: TestHubs.date(3), shiftCode: "N")]) == ["eligibility.nights"])
    }

    @Test func twoPinsBreakingDailyRestAreRefused() {
        // Amy's night of the 7th ends at 09:00 on the 8th, when the pinned day shift starts.
        let pins = [Pin(amhpID: "A", date: TestHubs.date(7), shiftCode: "N"), Pin(amhpID: "A", date: TestHubs.date(8), shiftCode: "D")]
        #expect(refusal(Self.hub(), pins) == ["rest.daily"])
    }

    @Test func lawfulPinsAreNotRefused() throws {
        // The zero case: pins that keep every rule pass the check.
        let pins = [Pin(amhpID: "A", date: TestHubs.date(7), shiftCode: "D"), Pin(amhpID: "A", date: TestHubs.date(8), shiftCode: "D")]
        #expect(refusal(Self.hub(), pins).isEmpty)
    }

    /// The rule keys the solver refuses the pins with, before any model is built; empty when it accepts them.
    private func refusal(_ hub: Hub, _ pins: [Pin]) -> [String] {
        do {
            try RotaSolver().checkPins(RotaInstance(hub: hub, month: TestHubs.december, pins: pins))
            return []
        } catch RotaSolver.Failure.pinsRefused(let violations) {
            return violations.map(\.rule)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    @Test func anUnchangedHubReplansToNoChanges() throws {
        let (solution, report) = try Self.solve(Self.hub(), baseline: RotaBaseline(rota: Self.inTurns, from: TestHubs.date(14)))
        #expect(RotaDiff(before: Self.inTurns, after: solution.rota, hub: Self.hub()).count == 0)
        #expect(report.penalties[.changedCell] == 0)
    }

    @Test func aReplanChangesNothingBeforeItsDateAndAsLittleAsItCanAfter() throws {
        // Beth is sick from the 15th to the 17th, losing the 15th and the 17th: Amy takes those two
        // and nothing else moves; before the 14th, where Beth works no more than Amy, nothing can.
        let hub = Self.hub(absences: [Absence(amhpID: "B", kind: .sickness, dates: TestHubs.days(15, 17))])
        let baseline = RotaBaseline(rota: Self.inTurns, from: TestHubs.date(14))
        let (solution, report) = try Self.solve(hub, baseline: baseline)
        for day in 1...13 { #expect(solution.rota.shift(of: day % 2 == 1 ? "B" : "A", on: TestHubs.date(day)) == "D") }
        let diff = RotaDiff(before: Self.inTurns, after: solution.rota, hub: hub)
        #expect(diff.changes.allSatisfy { $0.date >= TestHubs.date(14) })
        #expect(diff.changes.filter { $0.amhpID == "B" }.map(\.reason) == [.absent(.sickness), .absent(.sickness)])
        #expect(diff.changes.filter { $0.amhpID == "A" }.map(\.date) == [TestHubs.date(15), TestHubs.date(17)])
        #expect(diff.count == 4 && report.penalties[.changedCell] == 20)
    }

    @Test func theCheckerPricesChangedCellsAsTheModelDoes() throws {
        // A baseline with Amy on nights the model now has no reason to keep and Beth off: each cell
        // from the 20th that differs costs 5 in the model and in the checker alike.
        let hub = Self.hub(absences: [Absence(amhpID: "B", kind: .annual, dates: TestHubs.days(25, 26))])
        let baseline = RotaBaseline(rota: Rota(month: TestHubs.december, assignments: [
            Assignment(amhpID: "A", date: TestHubs.date(21), shiftCode: "N"), Assignment(amhpID: "B", date: TestHubs.date(25), shiftCode: "D"),
        ]), from: TestHubs.date(20))
        let (solution, report) = try Self.solve(hub, baseline: baseline)
        #expect(solution.penalties[.changedCell] == report.penalties[.changedCell])
        #expect((report.penalties[.changedCell] ?? 0) > 0)
        let modelOnly = try Self.solve(hub).1
        // The zero case: without a baseline, the checker has nothing to compare with.
        #expect(modelOnly.penalties[.changedCell] == 0)
    }

    @Test func aPinSurvivesAReplan() throws {
        // Amy is pinned on Beth's day shift of the 21st in a re-plan from the 14th: she gets it, Beth gives it up.
        let pins = [Pin(amhpID: "A", date: TestHubs.date(21), shiftCode: "D")]
        let (solution, _) = try Self.solve(Self.hub(), pins: pins, baseline: RotaBaseline(rota: Self.inTurns, from: TestHubs.date(14)))
        #expect(solution.rota.shift(of: "A", on: TestHubs.date(21)) == "D")
        #expect(solution.rota.shift(of: "B", on: TestHubs.date(21)) == nil)
        let diff = RotaDiff(before: Self.inTurns, after: solution.rota, hub: Self.hub(), pins: pins)
        #expect(diff.changes.map(\.reason) == [.pinned, .replanned])
    }
}
