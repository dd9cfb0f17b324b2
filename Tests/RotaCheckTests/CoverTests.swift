import Testing
import Workforce
@testable import RotaCheck

/// Cover is asked for only on bank-holiday Day shifts (25 and 28 December), so every penalty below is hand-countable.
@Suite("Cover")
struct CoverTests {
    let amy = Fixture.amhp("A01", "Amy Adams", coordinatesDays: true, isPracticeEducator: true)
    let beth = Fixture.beth
    let cara = Fixture.amhp("A03", "Cara Cole", educatorID: "A01")
    let dev = Fixture.dev
    let bankHolidayDays = CoverRule(dayType: .bankHoliday, shiftCode: "D", minimum: 2, target: 3, coordinatorRequired: true)

    var hub: Hub { Fixture.hub([amy, beth, cara, dev], cover: Fixture.cover([bankHolidayDays])) }

    /// 25 Dec D: Amy (coordinates days) and trainee Cara: 1 counts. 28 Dec D: Beth alone, no coordinator.
    /// 28 Dec N: Amy, where the target is 0. 2 Dec L: Beth, where the target is 0.
    var shortRota: Rota {
        Fixture.rota([("A01", 25, "D"), ("A03", 25, "D"), ("A02", 28, "D"), ("A01", 28, "N"), ("A02", 2, "L")])
    }

    @Test("cover_below_minimum: 1 short on each bank holiday = 2 × 10000; trainees do not count")
    func belowMinimum() {
        let report = Fixture.check(hub, shortRota)
        let breaches = report.violations(of: .coverBelowMinimum)

        #expect(breaches.map(\.date) == [Fixture.date(25), Fixture.date(28)])
        #expect(breaches.map(\.penalty) == [10_000, 10_000])
        #expect(report.penalty(.coverBelowMinimum) == 20_000)
        #expect(breaches[0].message
            == "The Day (D, 09:00-17:00) on Fri 2026-12-25 (Christmas Day) has 1 AMHP counting towards cover; the minimum is 2, so it is 1 short (penalty 10000).")

        let christmas = report.coverage.first { $0.date == Fixture.date(25) && $0.shiftCode == "D" }
        #expect(christmas == CoverageLine(date: Fixture.date(25), shiftCode: "D", dayType: .bankHoliday, minimum: 2, target: 3,
                                          assigned: 1, trainees: 1, coordinatorRequired: true, coordinatorPresent: true))
        #expect(christmas?.shortfall == 1)
        // 31 dates × 3 shifts = 93 lines, 2 short.
        #expect(report.coverage.count == 93)
        #expect(isClose(report.coverMetFraction, 91.0 / 93.0))
    }

    @Test("missing_coordinator: 28 Dec D needs a coordinator and Beth cannot coordinate = 3000")
    func missingCoordinator() {
        let report = Fixture.check(hub, shortRota)
        let breaches = report.violations(of: .missingCoordinator)

        #expect(breaches.map(\.date) == [Fixture.date(28)])
        #expect(report.penalty(.missingCoordinator) == 3_000)
        #expect(breaches.first?.message
            == "The Day (D, 09:00-17:00) on Mon 2026-12-28 (Boxing Day (substitute day)) needs a coordinator but nobody on it can coordinate days (Service Standard 2.1; penalty 3000).")
    }

    @Test("missing_coordinator: the ability counts, for that kind of shift, whoever is marked")
    func coordinatorForNights() {
        // Saturday nights need a coordinator. 5 Dec: Amy coordinates days only. 12, 19, 26 Dec: Dev coordinates nights, unmarked.
        let dev = Fixture.amhp("A04", "Dev Das", coordinatesNights: true)
        let saturdayNights = CoverRule(dayType: .saturday, shiftCode: "N", minimum: 2, target: 2, coordinatorRequired: true)
        let hub = Fixture.hub([amy, beth, dev], cover: Fixture.cover([saturdayNights]))
        let rota = Fixture.rota([("A01", 5, "N"), ("A02", 5, "N")] + Fixture.shifts("A04", "N", days: [12, 19, 26])
                                + Fixture.shifts("A02", "N", days: [12, 19, 26]))
        let report = Fixture.check(hub, rota)

        #expect(report.violations(of: .missingCoordinator).map(\.date) == [Fixture.date(5)])
        #expect(report.penalty(.missingCoordinator) == 3_000)
    }

    @Test("cover_below_target: 2 below target 3 on each bank holiday = 4 × 200")
    func belowTarget() {
        let report = Fixture.check(hub, shortRota)
        #expect(report.violations(of: .coverBelowTarget).map(\.penalty) == [400, 400])
        #expect(report.penalty(.coverBelowTarget) == 800)
    }

    @Test("cover_above_target: one AMHP on each of two shifts whose target is 0 = 2 × 500")
    func aboveTarget() {
        let report = Fixture.check(hub, shortRota)
        let breaches = report.violations(of: .coverAboveTarget)
        #expect(breaches.map(\.date) == [Fixture.date(2), Fixture.date(28)])
        #expect(breaches.map(\.shiftCode) == ["L", "N"])
        #expect(report.penalty(.coverAboveTarget) == 1000)
    }

    @Test("Cover keys are all 0 when each bank holiday has 3 AMHPs including a day coordinator")
    func fullyCovered() {
        let rota = Fixture.rota([("A01", 25, "D"), ("A02", 25, "D"), ("A04", 25, "D"),
                                 ("A01", 28, "D"), ("A02", 28, "D"), ("A04", 28, "D")])
        let report = Fixture.check(hub, rota)
        for rule in [SoftRule.coverBelowMinimum, .missingCoordinator, .coverBelowTarget, .coverAboveTarget] {
            #expect(report.penalty(rule) == 0)
            #expect(report.violations(of: rule).isEmpty)
        }
        #expect(report.coverMetFraction == 1)
    }
}
