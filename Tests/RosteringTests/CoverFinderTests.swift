import RotaCheck
import RotaReports
import Testing
import Workforce
@testable import Rostering

/// "Who can cover" (`Cover/CoverFinder.swift`) and the change evaluator: one test per reason someone
/// cannot, the ranking with hand-worked numbers, and the zero cases (nobody can; the shift is full).
@Suite struct CoverFinderTests {
    static let second = TestHubs.date(2)

    /// Day cover of 2 every day; only cover below minimum (10 an AMHP) and unmet requests (1 × weight) priced.
    static func hub(_ amhps: [AMHP], absences: [Absence] = [], requests: [ShiftRequest] = [],
                    minimum: Int = 2, target: Int = 2, aboveTarget: Double = 0) -> Hub {
        Hub(amhps: amhps, shiftTypes: [TestHubs.day, TestHubs.night],
            coverRules: TestHubs.cover([TestHubs.day, TestHubs.night], minimum: minimum, target: target),
            absences: absences, requests: requests,
            rules: TestHubs.rules { $0[.coverBelowMinimum] = 10; $0[.requestNotMet] = 1; $0[.coverAboveTarget] = aboveTarget })
    }

    static func options(_ hub: Hub, _ assignments: [Assignment] = [], shift: ShiftType = TestHubs.day) -> CoverOptions {
        let rota = Rota(month: TestHubs.december, assignments: assignments)
        return CoverFinder(evaluator: ChangeEvaluator(hub: hub, rota: rota)).options(on: second, shift: shift)
    }

    static func reason(_ options: CoverOptions, _ id: String) -> ShortfallExplanation.Reason? {
        options.cannot.first { $0.amhpID == id }?.reason
    }

    @Test func candidatesAreRankedByTheExactObjectiveChangeWithTheRulesTheyStrain() {
        // Gus is free: the shift goes from 2 short to 1 short, −10. Hal asked to be off on the 2nd
        // (weight 4): −10 + 4 = −6, straining request_not_met by 4.
        let avoid = ShiftRequest(amhpID: "H", date: Self.second, shiftCode: nil, preference: .avoid, weight: 4)
        let options = Self.options(Self.hub([TestHubs.amhp("H", "Hal"), TestHubs.amhp("G", "Gus")], requests: [avoid]))
        #expect(options.candidates.map(\.amhpID) == ["G", "H"])
        #expect(options.candidates.map(\.effect.objectiveChange) == [-10, -6])
        #expect(options.candidates[0].effect.strains.isEmpty)
        #expect(options.candidates[1].effect.strains == [ChangeEffect.Strain(rule: .requestNotMet, penaltyChange: 4)])
        #expect(options.cannot.isEmpty)
        #expect(options.shortBy == 2)
    }

    @Test func someoneOnLeaveCannot() {
        let options = Self.options(Self.hub([TestHubs.amhp("A", "Amy")],
                                            absences: [Absence(amhpID: "A", kind: .sickness, dates: TestHubs.days(2, 6))]))
        #expect(Self.reason(options, "A") == .absent(.sickness, note: ""))
        #expect(Self.reason(options, "A")?.phrase == "sick")
    }

    @Test func someoneOnAnotherShiftThatDayCannot() {
        let options = Self.options(Self.hub([TestHubs.amhp("B", "Beth")]),
                                   [Assignment(amhpID: "B", date: Self.second, shiftCode: "N")])
        #expect(Self.reason(options, "B") == .onAnotherShift(shiftName: "Night"))
    }

    @Test func someoneWhoWouldBreakDailyRestCannot() {
        // Carl's night of the 1st ends at 09:00 on the 2nd, when the day shift starts: no rest at all.
        let options = Self.options(Self.hub([TestHubs.amhp("C", "Carl")]),
                                   [Assignment(amhpID: "C", date: TestHubs.date(1), shiftCode: "N")])
        guard case .hardRule(let rule, let message) = Self.reason(options, "C") else {
            Issue.record("Carl should be refused by a hard rule")
            return
        }
        #expect(rule == .dailyRest)
        #expect(message.contains("Carl"))
    }

    @Test func someoneWhoseWarrantEndedCannot() {
        let dan = AMHP(id: "D", name: "Dan", employment: .localAuthority(fte: 1), profession: .socialWorker, grade: "AMHP",
                       approval: DateRange(first: LocalDate("2021-12-01")!, last: LocalDate("2026-11-30")!),
                       canCoordinateDays: true, canCoordinateNights: true, nightWorking: .yes)
        #expect(Self.reason(Self.options(Self.hub([dan])), "D") == .notApproved("warrant expired 2026-11-30"))
    }

    @Test func someoneSuspendedCannot() {
        let eve = AMHP(id: "E", name: "Eve", employment: .localAuthority(fte: 1), profession: .socialWorker, grade: "AMHP",
                       approval: DateRange(first: LocalDate("2024-01-01")!, last: LocalDate("2028-12-31")!),
                       suspensions: [TestHubs.days(1, 3)], canCoordinateDays: true, canCoordinateNights: true, nightWorking: .yes)
        #expect(Self.reason(Self.options(Self.hub([eve])), "E") == .notApproved("approval suspended"))
    }

    @Test func nightWorkingDecidesWhoMayTakeDaysAndNights() {
        let hub = Self.hub([TestHubs.amhp("F", "Fay", nights: .only), TestHubs.amhp("I", "Ian", nights: .no)])
        #expect(Self.reason(Self.options(hub), "F") == .worksOnlyNights)
        #expect(Self.reason(Self.options(hub, shift: TestHubs.night), "I") == .doesNotWorkNights)
        #expect(Self.options(hub).candidates.map(\.amhpID) == ["I"])
    }

    @Test func aTraineeDoesNotCountTowardsCover() {
        let hub = Self.hub([TestHubs.amhp("J", "Jo", isEducator: true), TestHubs.amhp("T", "Tom", educator: "J")])
        #expect(Self.reason(Self.options(hub), "T") == .doesNotCountTowardsCover)
    }

    @Test func nobodyCanCoverWhenEveryoneIsAway() {
        let away = [Absence(amhpID: "A", kind: .annual, dates: TestHubs.december.range),
                    Absence(amhpID: "B", kind: .training, dates: TestHubs.days(2, 2))]
        let options = Self.options(Self.hub([TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth")], absences: away))
        #expect(options.candidates.isEmpty)
        #expect(options.cannot.map(\.amhpID) == ["A", "B"])
    }

    @Test func aFullShiftHasItsPeopleOnItAndACostAboveTarget() {
        // Amy and Beth fill the shift (target 2); Cara would be 1 above target at 3.
        let hub = Self.hub([TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth"), TestHubs.amhp("C", "Cara")], aboveTarget: 3)
        let on = ["A", "B"].map { Assignment(amhpID: $0, date: Self.second, shiftCode: "D") }
        let options = Self.options(hub, on)
        #expect(options.onShift == ["A", "B"])
        #expect(options.shortBy == 0)
        #expect(options.candidates.map(\.effect.objectiveChange) == [3])
        #expect(options.candidates.first?.effect.strains == [ChangeEffect.Strain(rule: .coverAboveTarget, penaltyChange: 3)])
        // Everyone on it: nobody left to rank, nobody refused.
        let full = Self.options(Self.hub([TestHubs.amhp("A", "Amy"), TestHubs.amhp("B", "Beth")]), on)
        #expect(full.candidates.isEmpty && full.cannot.isEmpty)
    }

    @Test func thePickerSaysWhichChoiceBreaksAHardRuleAndWhatEachCosts() {
        // Amy works the night of the 1st. On the 2nd: a day shift breaks daily rest; a night is −10 (fills
        // one of two short places); off changes nothing.
        let hub = Self.hub([TestHubs.amhp("A", "Amy")])
        let rota = Rota(month: TestHubs.december, assignments: [Assignment(amhpID: "A", date: TestHubs.date(1), shiftCode: "N")])
        let choices = ChangeEvaluator(hub: hub, rota: rota).choices(for: "A", on: Self.second)
        #expect(choices.map(\.choice) == [.shift("D"), .shift("N"), .off])
        #expect(choices[0].brokenRuleKeys == ["rest.daily"])
        #expect(choices[1].breaksHardRule == false)
        #expect(choices[1].objectiveChange == -10)
        #expect(choices[2].objectiveChange == 0 && !choices[2].breaksHardRule)
    }
}
