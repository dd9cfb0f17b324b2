import Testing
import Workforce
@testable import RotaCheck

@Suite("The report as a whole")
struct RotaCheckerTests {
    /// A rota breaking a little of everything: rest, leave, cover, requests.
    var mixed: (hub: Hub, rota: Rota) {
        let cover = Fixture.cover([CoverRule(dayType: .bankHoliday, shiftCode: "D", minimum: 2, target: 2, coordinatorRequired: false)])
        let hub = Fixture.hub([Fixture.amy, Fixture.beth, Fixture.cara], cover: cover,
                              absences: [Absence(amhpID: "A02", kind: .training, dates: Fixture.range(Fixture.date(10), Fixture.date(10)))],
                              requests: [ShiftRequest(amhpID: "A03", date: Fixture.date(25), shiftCode: nil, preference: .avoid, weight: 2)])
        let rota = Fixture.rota([("A01", 5, "N"), ("A01", 6, "D"), ("A02", 10, "D"), ("A03", 25, "D"), ("A02", 25, "D")])
        return (hub, rota)
    }

    @Test("Every weight key is present, the soft items add up to each key, and the objective is their sum")
    func penaltiesAddUp() {
        let (hub, rota) = mixed
        let report = Fixture.check(hub, rota)

        #expect(Set(report.penalties.keys) == Set(SoftRule.allCases))
        #expect(SoftRule.allCases.map(\.rawValue) == ObjectiveWeights.keyPaths.map(\.key))
        for (key, total) in report.penalties {
            let items = report.violations(of: .soft(key)).map(\.penalty).reduce(0, +)
            #expect(isClose(items, total), "\(key): items \(items), total \(total)")
        }
        #expect(isClose(report.objective, report.penalties.values.reduce(0, +)))
        #expect(report.hardViolations.allSatisfy { $0.penalty == 0 })
    }

    @Test("Hard violations come first in the table's order, then soft ones in priority order")
    func ordering() {
        let (hub, rota) = mixed
        let report = Fixture.check(hub, rota)
        let hardCount = report.hardViolations.count
        #expect(report.hardViolations.map(\.rule) == ["eligibility.absence", "rest.daily"])
        #expect(report.violations.prefix(hardCount).allSatisfy { $0.severity == .hard })

        let softRanks = report.violations.dropFirst(hardCount).map { violation in
            SoftRule.allCases.firstIndex { $0.rawValue == violation.rule } ?? -1
        }
        #expect(softRanks == softRanks.sorted())
        #expect(report.violations(of: .requestNotMet).map(\.amhpID) == ["A03"])
    }

    @Test("An empty rota for a hub that asks for nothing scores 0, with every cover line met")
    func perfect() {
        let nobodyOwes = [Fixture.amhp("A01", "Amy Adams", employment: .nhs(trust: "Mersey Care", shiftsPerMonth: 0))]
        let report = Fixture.check(Fixture.hub(nobodyOwes), Rota(month: Fixture.december, assignments: []))
        #expect(report.violations.isEmpty)
        #expect(report.objective == 0)
        #expect(report.coverMetFraction == 1)
        #expect(report.people.count == 1)
    }

    @Test("With no shift types there are no coverage lines, and cover met is 1")
    func noCoverageLines() {
        let report = Fixture.check(Fixture.hub(shifts: [], cover: []), Rota(month: Fixture.december, assignments: []))
        #expect(report.coverage.isEmpty)
        #expect(report.coverMetFraction == 1)
    }

    @Test("personalHardViolations gives one AMHP's hard breaches and never rota-row errors")
    func personal() {
        let (hub, rota) = mixed
        let checker = RotaChecker(hub: hub, month: Fixture.december)
        #expect(checker.personalHardViolations(rota, amhpID: "A01").map(\.rule) == ["rest.daily"])
        #expect(checker.personalHardViolations(rota, amhpID: "A02").map(\.rule) == ["eligibility.absence"])
        #expect(checker.personalHardViolations(rota, amhpID: "A03").isEmpty)
        #expect(checker.personalHardViolations(rota, amhpID: "X99").isEmpty)

        // Why could Cara not take a late on the 25th? She already works the day shift.
        let trial = Rota(month: rota.month, assignments: rota.assignments + [Assignment(amhpID: "A03", date: Fixture.date(25), shiftCode: "L")])
        #expect(checker.personalHardViolations(trial, amhpID: "A03").map(\.rule) == ["one_shift_per_day", "rest.daily"])

        let withBadRow = Rota(month: rota.month, assignments: rota.assignments + [Assignment(amhpID: "A01", date: Fixture.date(7), shiftCode: "Q")])
        #expect(checker.personalHardViolations(withBadRow, amhpID: "A01").map(\.rule) == ["rest.daily"])
    }

    @Test("A rota read from CSV with RotaFile.read is checked like any other")
    func fromCSV() throws {
        let csv = """
            amhp_id,date,shift,role
            A01,2026-12-25,D,coordinator
            A02,25/12/2026,D,
            A01,2026-12-27,N,
            A01,2026-12-28,D,
            """
        let cover = Fixture.cover([CoverRule(dayType: .bankHoliday, shiftCode: "D", minimum: 2, target: 2, coordinatorRequired: true)])
        let amy = Fixture.amhp("A01", "Amy Adams", coordinatesDays: true)
        let hub = Fixture.hub([amy, Fixture.beth], cover: cover)
        let rota = try RotaFile.read(csv, fileName: "rota.csv", hub: hub, month: nil)
        let report = Fixture.check(hub, rota, month: rota.month)

        #expect(report.month == Fixture.december)
        #expect(rota.assignments.filter(\.isCoordinator).map(\.amhpID) == ["A01"])
        // N on the 27th ends 09:00 on the 28th, when D starts: no rest. 28 Dec D has Amy only: 1 short, no partner.
        #expect(report.hardViolations.map(\.rule) == ["rest.daily"])
        #expect(report.penalty(.coverBelowMinimum) == 10_000)
        #expect(report.penalty(.missingCoordinator) == 0)
        #expect(report.coverage.first { $0.date == Fixture.date(25) && $0.shiftCode == "D" }?.assigned == 2)
    }
}
