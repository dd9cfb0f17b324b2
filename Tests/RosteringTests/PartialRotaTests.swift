import Testing
import Workforce
@testable import Rostering

/// `PartialRota`, the greedy start's rota under construction: its bookkeeping, carry-in, the rule
/// each refused shift would break, rest days with a tentative shift, and what it reports.
@Suite struct PartialRotaTests {
    // Shift indices: day 0, night 1, long day 2, early 3, late 4.
    static let shifts = [TestHubs.day, TestHubs.night, TestHubs.longDay, TestHubs.early, TestHubs.late]
    static let d = 0, n = 1, ld = 2, e = 3, l = 4

    /// Amy (0: educator, coordinates), Beth (1: no nights, does not coordinate), Tara (2: Amy's
    /// trainee), Cara (3: coordinates days only). Day indices are December's day − 1.
    static func instance(amy: AMHP = TestHubs.amhp("A", "Amy", isEducator: true), absences: [Absence] = [],
                         carryIn: [Assignment] = [], rules: (inout WorkingTimeRules) -> Void = { _ in }) -> RotaInstance {
        var hubRules = HubRules()
        rules(&hubRules.workingTime)
        let hub = Hub(amhps: [amy, TestHubs.amhp("B", "Beth", nights: .no, coordinates: false), TestHubs.amhp("T", "Tara", educator: "A"),
                              TestHubs.person("C", "Cara", coordinatesNights: false)],
                      shiftTypes: shifts, coverRules: TestHubs.cover(shifts, minimum: 0, target: 0),
                      absences: absences, carryIn: carryIn, rules: hubRules)
        return RotaInstance(hub: hub, month: TestHubs.december)
    }

    @Test func assignAndUnassignKeepHoursAndShiftCounts() {
        var rota = PartialRota(instance: Self.instance())
        #expect(rota.hours == [0, 0, 0, 0] && rota.shiftCounts == [0, 0, 0, 0])
        rota.assign(0, 0, Self.d)
        rota.assign(0, 2, Self.n)
        rota.assign(1, 0, Self.ld)
        #expect(rota.hours == [20, 12, 0, 0])
        #expect(rota.shiftCounts == [2, 1, 0, 0])
        #expect(rota.shiftOn(0, 0) == Self.d && rota.shiftOn(0, 1) == nil && rota.shiftOn(0, 2) == Self.n)
        rota.unassign(0, 0)
        #expect(rota.hours == [12, 12, 0, 0])
        #expect(rota.shiftCounts == [1, 1, 0, 0])
        #expect(rota.shiftOn(0, 0) == nil)
        // Unassigning an empty day, or a day outside the rota, changes nothing.
        rota.unassign(0, 5)
        rota.unassign(0, -1)
        rota.unassign(0, 40)
        #expect(rota.hours == [12, 12, 0, 0] && rota.shiftCounts == [1, 1, 0, 0])
        // The same day can be given again once freed.
        rota.assign(0, 0, Self.e)
        #expect(rota.hours[0] == 13 && rota.shiftCounts[0] == 2)
    }

    @Test func carryInIsHonouredAtTheMonthsStart() {
        // Amy worked the night of 30 November; Beth the days of 25 to 30 November.
        let instance = Self.instance(carryIn: [TestHubs.carried("A", "2026-11-30", "N")]
                                         + (25...30).map { TestHubs.carried("B", "2026-11-\($0)", "D") })
        var rota = PartialRota(instance: instance)
        #expect(rota.shiftOn(0, -1) == Self.n)
        #expect(rota.shiftOn(1, -6) == Self.d && rota.shiftOn(1, -7) == nil)
        // Carry-in is neither hours nor shifts of the month, and cannot be unassigned.
        #expect(rota.hours == [0, 0, 0, 0] && rota.shiftCounts == [0, 0, 0, 0])
        rota.unassign(0, -1)
        #expect(rota.shiftOn(0, -1) == Self.n)
        // The night ends 09:00 on the 1st: no day shift then, a night that evening is fine.
        #expect(rota.brokenRule(0, 0, Self.d) == .dailyRest)
        #expect(rota.brokenRule(0, 0, Self.n) == nil)
        // Beth has six days behind her: a seventh on the 1st breaks the run (checked first) and weekly rest.
        #expect(rota.brokenRule(1, 0, Self.d) == .consecutiveWorkingDays)
        #expect(rota.brokenRule(1, 1, Self.d) == nil)
        #expect(rota.rota().assignments.isEmpty)
    }

    @Test func carriedInNightsCountTowardsTheRun() {
        let instance = Self.instance(carryIn: (27...30).map { TestHubs.carried("A", "2026-11-\($0)", "N") })
        let rota = PartialRota(instance: instance)
        #expect(rota.brokenRule(0, 0, Self.n) == .consecutiveNights)
        #expect(rota.brokenRule(0, 1, Self.n) == nil)
    }

    @Test func brokenRuleNamesEligibilityRules() {
        // Amy's warrant ended on 30 November; Cara is on leave on the 3rd; Beth works no nights.
        let lapsed = AMHP(id: "A", name: "Amy", employment: .localAuthority(fte: 1), profession: .socialWorker, grade: "AMHP",
                          approval: DateRange(first: LocalDate("2021-12-01")!, last: LocalDate("2026-11-30")!),
                          canCoordinateDays: true, canCoordinateNights: true, nightWorking: .yes, isPracticeEducator: true)
        let rota = PartialRota(instance: Self.instance(amy: lapsed, absences: [Absence(amhpID: "C", kind: .annual, dates: TestHubs.days(3, 3))]))
        #expect(rota.brokenRule(0, 0, Self.d) == .approval)
        #expect(rota.brokenRule(3, 2, Self.d) == .absence)
        #expect(rota.brokenRule(3, 3, Self.d) == nil)
        #expect(rota.brokenRule(1, 0, Self.n) == .nights)
        #expect(rota.brokenRule(1, 0, Self.d) == nil)
        // Outside the month, before anything else is looked at.
        #expect(rota.brokenRule(3, 31, Self.d) == .dateOutsideMonth)
        #expect(rota.brokenRule(3, -1, Self.d) == .dateOutsideMonth)
        #expect(!rota.canAssign(1, 0, Self.n) && rota.canAssign(1, 0, Self.d))
    }

    @Test func brokenRuleNamesRestAndSequenceRules() {
        var rota = PartialRota(instance: Self.instance())
        // One shift a day: an early and a late eleven hours apart.
        rota.assign(0, 0, Self.e)
        #expect(rota.brokenRule(0, 0, Self.l) == .oneShiftPerDay)
        // Daily rest, looking forward as well as back: a day shift on the 6th rules out the night of the 5th.
        rota.assign(0, 5, Self.d)
        #expect(rota.brokenRule(0, 4, Self.n) == .dailyRest)
        #expect(rota.brokenRule(0, 4, Self.e) == nil)
        // Consecutive nights: Cara's nights on the 10th, 11th, 13th and 14th; the 12th would join five.
        var cara = PartialRota(instance: Self.instance())
        for day in [9, 10, 12, 13] { cara.assign(3, day, Self.n) }
        #expect(cara.brokenRule(3, 11, Self.n) == .consecutiveNights)
        // Beside a run of two, a night makes three: allowed, before the run as after it.
        #expect(cara.brokenRule(3, 14, Self.n) == nil)
        #expect(cara.brokenRule(3, 8, Self.n) == nil)
    }

    @Test func brokenRuleNamesConsecutiveDaysAndWeeklyRest() {
        // Weekly rest over a fortnight: three days, a gap, three days; the gap would make seven in a row.
        var run = PartialRota(instance: Self.instance { $0.weeklyRestWindowDays = 14 })
        for day in [0, 1, 2, 4, 5, 6] { run.assign(0, day, Self.d) }
        #expect(run.brokenRule(0, 3, Self.d) == .consecutiveWorkingDays)
        // Runs of up to ten allowed: six days, then a seventh leaves the week without a rest day.
        var week = PartialRota(instance: Self.instance { $0.maximumConsecutiveWorkingDays = 10 })
        for day in 0...5 { week.assign(0, day, Self.d) }
        #expect(week.brokenRule(0, 6, Self.d) == .weeklyRest)
        #expect(week.brokenRule(0, 7, Self.d) == nil)
    }

    @Test func brokenRuleNamesTraineeAndHoursRules() {
        var rota = PartialRota(instance: Self.instance())
        #expect(rota.brokenRule(2, 0, Self.d) == .traineeWithEducator)
        rota.assign(0, 0, Self.d)
        #expect(rota.brokenRule(2, 0, Self.d) == nil)
        #expect(rota.brokenRule(2, 0, Self.n) == .traineeWithEducator)
        // 48-hour average: 26 day shifts (six on, one off to the 30th) are 208 h; a 27th would be 216 > 212.6.
        var busy = PartialRota(instance: Self.instance())
        for day in (1...30).filter({ $0 % 7 != 0 }) { busy.assign(3, day - 1, Self.d) }
        #expect(busy.hours[3] == 208)
        #expect(busy.brokenRule(3, 30, Self.d) == .average48HourWeek)
        // A one-hour late still fits (209 h).
        #expect(busy.brokenRule(3, 30, Self.l) == nil)
        // Night worker (opted out of the 48-hour week): 20 nights are 240 h; a 21st would be 252 > 248.
        let optedOut = TestHubs.person("A", "Amy", isEducator: true, optedOut: true)
        var nights = PartialRota(instance: Self.instance(amy: optedOut))
        let nightDays = (1...26).filter { $0 % 5 != 0 }
        for day in nightDays.prefix(20) { nights.assign(0, day - 1, Self.n) }
        #expect(nights.hours[0] == 240)
        #expect(nights.brokenRule(0, nightDays[20] - 1, Self.n) == .nightWorkerHours)
    }

    @Test func isRestDayWithATentativeAssignment() {
        var rota = PartialRota(instance: Self.instance())
        rota.assign(0, 0, Self.n) // ends 09:00 on the 2nd (day 1)
        #expect(!rota.isRestDay(0, 0))
        #expect(rota.isRestDay(0, 1))
        // A day shift at 09:00 on the 3rd leaves exactly 24 hours: still a rest day.
        #expect(rota.isRestDay(0, 1, assuming: (day: 2, shift: Self.d)))
        // A long day at 08:00 leaves 23: not a rest day.
        #expect(!rota.isRestDay(0, 1, assuming: (day: 2, shift: Self.ld)))
        // Working the day itself.
        #expect(!rota.isRestDay(0, 1, assuming: (day: 1, shift: Self.d)))
        // The tentative shift is not kept.
        #expect(rota.shiftOn(0, 2) == nil && rota.isRestDay(0, 1))
        rota.assign(0, 2, Self.ld)
        #expect(!rota.isRestDay(0, 1))
        // The month's last day, with nothing after the month, and a day before it with no carry-in.
        rota.assign(0, 29, Self.n)
        #expect(rota.isRestDay(0, 30))
        #expect(rota.isRestDay(0, -1))
    }

    @Test func rotaCoverAndCoordinator() {
        var rota = PartialRota(instance: Self.instance())
        rota.assign(0, 0, Self.d) // Amy
        rota.assign(1, 0, Self.d) // Beth
        rota.assign(2, 0, Self.d) // Tara, beside Amy
        rota.assign(3, 1, Self.n) // Cara, who coordinates days only
        rota.assign(1, 1, Self.d) // Beth, who coordinates nothing
        #expect(rota.cover(0, Self.d) == 2) // the trainee does not count
        #expect(rota.cover(0, Self.n) == 0)
        #expect(rota.cover(1, Self.n) == 1)
        #expect(rota.hasCoordinator(0, Self.d))
        #expect(!rota.hasCoordinator(1, Self.n))
        #expect(!rota.hasCoordinator(1, Self.d))
        #expect(!rota.hasCoordinator(2, Self.d))
        let expected = [TestHubs.carried("A", "2026-12-01", "D"), TestHubs.carried("B", "2026-12-01", "D"),
                        TestHubs.carried("T", "2026-12-01", "D"), TestHubs.carried("C", "2026-12-02", "N"),
                        TestHubs.carried("B", "2026-12-02", "D")]
        #expect(rota.rota() == Rota(month: TestHubs.december, assignments: expected))
        #expect(rota.rota().assignments.allSatisfy { !$0.isCoordinator })
    }
}
