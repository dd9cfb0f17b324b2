import LinearProgramming
import RotaCheck
import Testing
import Workforce
@testable import Rostering

/// The trainees and working-time family (`Model/Rules/Trainees.swift`): a trainee only beside their
/// practice educator on the same shift, the 48-hour average week (unless opted out) and night
/// workers' 8 hours in 24, both over the month.
@Suite struct TraineesModelTests {
    @Test func traineeOnlyWithTheirEducator() throws {
        // Tara may only work beside Amy, who is on leave on the 3rd: Tara's request (5) is missed,
        // and Tara does not count towards cover, so the 3rd is short by one (weight 100).
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy", isEducator: true), TestHubs.amhp("T", "Tara", educator: "A")],
                      shiftTypes: [TestHubs.day], coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0)
                        .map { CoverRule(dayType: $0.dayType, shiftCode: "D", minimum: 0, target: 0, coordinatorRequired: false) },
                      absences: [Absence(amhpID: "A", kind: .training, dates: DateRange(first: TestHubs.date(3), last: TestHubs.date(3))!)],
                      requests: [TestHubs.want("T", day: 3, shift: "D", weight: 5), TestHubs.want("T", day: 4, shift: "D", weight: 5)],
                      rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        let (solution, _) = try ModelTests.solve(hub)
        #expect(solution.objective == 5)
        #expect(solution.rota.shift(of: "A", on: TestHubs.date(4)) == "D")
    }

    @Test func traineeOnlyOnTheirEducatorsShift() throws {
        // Amy takes the night of the 2nd (weight 5); Tara wants the day shift that day (1). Amy is
        // working, but not the day shift: Tara's request is missed, penalty 1.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy", isEducator: true), TestHubs.amhp("T", "Tara", educator: "A")],
                      shiftTypes: [TestHubs.day, TestHubs.night],
                      coverRules: TestHubs.cover([TestHubs.day, TestHubs.night], minimum: 0, target: 0),
                      requests: [TestHubs.want("A", day: 2, shift: "N", weight: 5), TestHubs.want("T", day: 2, shift: "D")],
                      rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        let (solution, _) = try ModelTests.solve(hub)
        #expect(solution.objective == 1)
        #expect(solution.rota.shift(of: "A", on: TestHubs.date(2)) == "N")
        #expect(solution.rota.shift(of: "T", on: TestHubs.date(2)) != "D")
    }

    @Test func aTraineeDoesNotCountTowardsCover() throws {
        // A day shift of minimum 2 on working weekdays. Both are on leave from the 2nd, so the other 20
        // working weekdays are 2 short each (4,000 at 100). On the 1st Amy and her trainee Tara both
        // work (Tara asked to), but Tara does not count: 1 short, 100 more. Penalty 4,100 (4,000 were she counted).
        var cover = TestHubs.cover(TestHubs.day, on: [], minimum: 0, target: 0)
        cover.removeAll { $0.dayType == .weekday }
        cover.append(CoverRule(dayType: .weekday, shiftCode: "D", minimum: 2, target: 2, coordinatorRequired: false))
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy", isEducator: true), TestHubs.amhp("T", "Tara", educator: "A")],
                      shiftTypes: [TestHubs.day], coverRules: cover,
                      absences: [Absence(amhpID: "A", kind: .annual, dates: TestHubs.days(2, 31)),
                                 Absence(amhpID: "T", kind: .annual, dates: TestHubs.days(2, 31))],
                      requests: [TestHubs.want("T", day: 1, shift: "D")],
                      rules: TestHubs.rules { $0[.coverBelowMinimum] = 100; $0[.requestNotMet] = 1 })
        let (solution, report) = try ModelTests.solve(hub)
        #expect(solution.objective == 4_100)
        #expect(solution.rota.shift(of: "T", on: TestHubs.date(1)) == "D")
        #expect(report.coverage.first { $0.date == TestHubs.date(1) }?.assigned == 1)
    }

    @Test func fortyEightHourAverageCapsTheMonth() throws {
        // 12-hour shifts wanted every day; 48 × 31 / 7 = 212.6 hours allows 17: 31 − 17 = 14 missed.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy", nights: .no)], shiftTypes: [TestHubs.longDay],
                      coverRules: TestHubs.cover([TestHubs.longDay], minimum: 0, target: 0),
                      requests: (1...31).map { TestHubs.want("A", day: $0, shift: "LD") },
                      rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        #expect(try ModelTests.solve(hub).0.objective == 14)
    }

    /// Long days every day for someone the 48-hour average does not bind (opted out, or the hub
    /// has it off): only six in a row and a rest day in every seven limit her, to 27 (off the
    /// 7th, 14th, 21st, 28th): 4 missed.
    @Test(arguments: [true, false])
    func withoutThe48HourAverageOnlySequencesLimitTheMonth(optedOut: Bool) throws {
        var rules = TestHubs.rules { $0[.requestNotMet] = 1 }
        rules.workingTime.average48HourWeek = optedOut  // opted out under the rule, or the rule off
        let hub = Hub(amhps: [TestHubs.person("A", "Amy", nights: .no, optedOut: optedOut)], shiftTypes: [TestHubs.longDay],
                      coverRules: TestHubs.cover([TestHubs.longDay], minimum: 0, target: 0),
                      requests: (1...31).map { TestHubs.want("A", day: $0, shift: "LD") }, rules: rules)
        let (solution, report) = try ModelTests.solve(hub)
        #expect(solution.objective == 4)
        #expect(report.people[0].rosteredHours == 27 * 12)
    }

    @Test func nightWorkerHoursCapAnOptedOutNightWorker() throws {
        // Amy has opted out of the 48-hour week and wants every night. Four in a row, then a night off,
        // would give 25; but a night worker works at most 8 × 31 = 248 hours: 20 nights (240 h). 11 missed.
        let hub = Hub(amhps: [TestHubs.person("A", "Amy", optedOut: true)], shiftTypes: [TestHubs.night],
                      coverRules: TestHubs.cover([TestHubs.night], minimum: 0, target: 0),
                      requests: (1...31).map { TestHubs.want("A", day: $0, shift: "N") },
                      rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        let (solution, report) = try ModelTests.solve(hub)
        #expect(solution.objective == 11)
        #expect(report.people[0].nights == 20)
    }

    @Test func nightWorkerHoursAtEightHoursInTwentyFourOfTheirOwn() throws {
        // The same with a limit of 6 hours in 24: 6 × 31 = 186 hours, 15 nights (180 h): 16 missed.
        var rules = TestHubs.rules { $0[.requestNotMet] = 1 }
        rules.workingTime.nightWorkerMaximumHoursPer24 = 6
        let hub = Hub(amhps: [TestHubs.person("A", "Amy", optedOut: true)], shiftTypes: [TestHubs.night],
                      coverRules: TestHubs.cover([TestHubs.night], minimum: 0, target: 0),
                      requests: (1...31).map { TestHubs.want("A", day: $0, shift: "N") }, rules: rules)
        #expect(try ModelTests.solve(hub).0.objective == 16)
    }

    /// docs/model.md: the night-worker limit applies to "an AMHP who works any night shift in the
    /// month", in the model, the greedy start and the checker alike. An opted-out AMHP with `nights = yes`
    /// who works only long days may work 27 of them (6 on, 1 off: 4 missed), not 248 hours' worth (20),
    /// whether or not the hub has night shifts at all.
    @Test(arguments: [[TestHubs.longDay], [TestHubs.longDay, TestHubs.night]])
    func nightWorkerHoursBindOnlyThoseWhoWorkNights(shifts: [ShiftType]) throws {
        let hub = Hub(amhps: [TestHubs.person("A", "Amy", nights: .yes, optedOut: true)], shiftTypes: shifts,
                      coverRules: TestHubs.cover(shifts, minimum: 0, target: 0),
                      requests: (1...31).map { TestHubs.want("A", day: $0, shift: "LD") },
                      rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        let (solution, _) = try ModelTests.solve(hub)
        // The checker accepts the 27-day rota, and the model finds it.
        let lawful = Rota(month: TestHubs.december, assignments: (1...31).filter { $0 % 7 != 0 }.map {
            Assignment(amhpID: "A", date: TestHubs.date($0), shiftCode: "LD")
        })
        let report = RotaChecker(hub: hub, month: TestHubs.december).check(lawful)
        #expect(report.hardViolations.isEmpty, "\(report.hardViolations.map(\.message))")
        #expect(report.objective == 4)
        #expect(solution.objective == 4)
    }

    /// The zero case: a trainee beside her educator and a month well within both hour limits.
    @Test func withinEveryLimitCostsNothing() throws {
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy", isEducator: true), TestHubs.amhp("T", "Tara", educator: "A")],
                      shiftTypes: [TestHubs.day, TestHubs.night],
                      coverRules: TestHubs.cover([TestHubs.day, TestHubs.night], minimum: 0, target: 0),
                      requests: [TestHubs.want("T", day: 1, shift: "D"), TestHubs.want("T", day: 10, shift: "N")]
                        + (1...31).filter { $0 % 7 != 0 && $0 % 7 != 6 && $0 != 10 && $0 != 11 }.map { TestHubs.want("A", day: $0, shift: "D") },
                      rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        let (solution, report) = try ModelTests.solve(hub)
        #expect(solution.objective == 0)
        #expect(solution.rota.shift(of: "A", on: TestHubs.date(10)) == "N")
        #expect(report.people[0].rosteredHours <= 212.6)
    }

    /// The greedy start keeps the same rule: after 21 long days (252 hours, over 8 × 31 = 248) Amy may
    /// take another long day but not a night, which would make her a night worker this month.
    @Test func theGreedyStartRefusesTheNightThatWouldMakeANightWorkerOfAmy() {
        let hub = Hub(amhps: [TestHubs.person("A", "Amy", nights: .yes, optedOut: true)], shiftTypes: [TestHubs.longDay, TestHubs.night],
                      coverRules: TestHubs.cover([TestHubs.longDay, TestHubs.night], minimum: 0, target: 0))
        var rota = PartialRota(instance: RotaInstance(hub: hub, month: TestHubs.december))
        for day in (1...24).filter({ $0 % 7 != 0 }) { rota.assign(0, day - 1, 0) }
        #expect(rota.hours[0] == 252)
        #expect(rota.brokenRule(0, 25, 1) == .nightWorkerHours)
        #expect(rota.brokenRule(0, 25, 0) == nil)
    }
}
