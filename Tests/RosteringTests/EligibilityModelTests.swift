import LinearProgramming
import RotaCheck
import Testing
import Workforce
@testable import Rostering

/// The eligibility family (`Model/Rules/Eligibility.swift`): warrant (approval and suspension),
/// absence and night working. The model keeps them by giving no variable where they forbid a shift,
/// so each test checks both the variables and a solve whose requests the rule must refuse.
@Suite struct EligibilityModelTests {
    /// Whether the model has a variable for `id` on shift `code` on December `day`.
    func hasVariable(_ model: RotaModel, _ id: String, day: Int, _ code: String) -> Bool {
        guard let a = model.instance.amhpIndex(id), let s = model.instance.shifts.firstIndex(where: { $0.code == code }) else { return false }
        return model.assignment[a][day - 1][s] != nil
    }

    @Test func noShiftOutsideTheWarrantOrDuringASuspension() throws {
        // Amy's warrant ends on the 20th and is suspended on the 10th and 11th. She wants to work
        // (any shift) on the 9th, 10th and 21st, weight 1 each: only the 9th can be met, penalty 2.
        let amy = TestHubs.person("A", "Amy", approval: DateRange(first: LocalDate("2021-12-21")!, last: TestHubs.date(20)),
                                  suspensions: [TestHubs.days(10, 11)])
        let hub = Hub(amhps: [amy], shiftTypes: [TestHubs.day], coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0),
                      requests: [TestHubs.want("A", day: 9, shift: nil), TestHubs.want("A", day: 10, shift: nil), TestHubs.want("A", day: 21, shift: nil)],
                      rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        let model = ModelTests.model(hub)
        #expect(hasVariable(model, "A", day: 9, "D"))
        #expect(!hasVariable(model, "A", day: 10, "D"))
        #expect(!hasVariable(model, "A", day: 11, "D"))
        #expect(hasVariable(model, "A", day: 12, "D"))
        #expect(hasVariable(model, "A", day: 20, "D"))
        #expect(!hasVariable(model, "A", day: 21, "D"))
        let (solution, _) = try ModelTests.solve(hub)
        #expect(solution.objective == 2)
        #expect(solution.rota.shift(of: "A", on: TestHubs.date(9)) == "D")
        #expect(solution.rota.assignments.allSatisfy { $0.date != TestHubs.date(10) && $0.date < TestHubs.date(21) })
    }

    @Test func aTraineeNeedsNoWarrantButNotWhileSuspended() throws {
        // Tara, trainee of Amy, has no warrant and is suspended on the 5th. Both want the day shift on
        // the 5th and 6th: only Tara's 5th is missed, penalty 1.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy", isEducator: true),
                              TestHubs.person("T", "Tara", approval: nil, suspensions: [TestHubs.days(5, 5)], coordinatesDays: false,
                                              coordinatesNights: false, educator: "A")],
                      shiftTypes: [TestHubs.day], coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0),
                      requests: [5, 6].flatMap { [TestHubs.want("A", day: $0, shift: "D"), TestHubs.want("T", day: $0, shift: "D")] },
                      rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        let model = ModelTests.model(hub)
        #expect(!hasVariable(model, "T", day: 5, "D"))
        #expect(hasVariable(model, "T", day: 6, "D"))
        let (solution, _) = try ModelTests.solve(hub)
        #expect(solution.objective == 1)
        #expect(solution.rota.shift(of: "T", on: TestHubs.date(6)) == "D")
    }

    @Test func noShiftOnADayOfAbsence() throws {
        // Amy takes TOIL on the 3rd and 4th and wants the day shift on the 3rd, 4th and 5th: penalty 2.
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.day],
                      coverRules: TestHubs.cover([TestHubs.day], minimum: 0, target: 0),
                      absences: [Absence(amhpID: "A", kind: .toil, dates: TestHubs.days(3, 4))],
                      requests: (3...5).map { TestHubs.want("A", day: $0, shift: "D") },
                      rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        let model = ModelTests.model(hub)
        #expect(!hasVariable(model, "A", day: 3, "D"))
        #expect(!hasVariable(model, "A", day: 4, "D"))
        #expect(hasVariable(model, "A", day: 5, "D"))
        let (solution, _) = try ModelTests.solve(hub)
        #expect(solution.objective == 2)
        #expect(solution.rota.shift(of: "A", on: TestHubs.date(5)) == "D")
    }

    @Test func nightsOnlyForThoseWhoWorkThemAndNothingElseForNightOnlyStaff() throws {
        // Beth does not work nights, Olly works only nights. On the 1st Beth wants the night (3) and
        // Olly the day (4): both refused. On the 2nd Beth wants the day and Olly the night: both met. Penalty 7.
        let hub = Hub(amhps: [TestHubs.amhp("B", "Beth", nights: .no), TestHubs.amhp("O", "Olly", nights: .only)],
                      shiftTypes: [TestHubs.day, TestHubs.night],
                      coverRules: TestHubs.cover([TestHubs.day, TestHubs.night], minimum: 0, target: 0),
                      requests: [TestHubs.want("B", day: 1, shift: "N", weight: 3), TestHubs.want("O", day: 1, shift: "D", weight: 4),
                                 TestHubs.want("B", day: 2, shift: "D"), TestHubs.want("O", day: 2, shift: "N")],
                      rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        let model = ModelTests.model(hub)
        for day in 1...31 {
            #expect(!hasVariable(model, "B", day: day, "N") && hasVariable(model, "B", day: day, "D"))
            #expect(!hasVariable(model, "O", day: day, "D") && hasVariable(model, "O", day: day, "N"))
        }
        let (solution, _) = try ModelTests.solve(hub)
        #expect(solution.objective == 7)
        #expect(solution.rota.shift(of: "B", on: TestHubs.date(2)) == "D")
        #expect(solution.rota.shift(of: "O", on: TestHubs.date(2)) == "N")
        #expect(solution.rota.shift(of: "B", on: TestHubs.date(1)) != "N")
        #expect(solution.rota.shift(of: "O", on: TestHubs.date(1)) != "D")
    }

    /// The zero case: approved all month, never absent, working nights: every variable exists and
    /// requests for a day and a night are both met.
    @Test func anEligibleAMHPHasEveryVariable() throws {
        let hub = Hub(amhps: [TestHubs.amhp("A", "Amy")], shiftTypes: [TestHubs.day, TestHubs.night],
                      coverRules: TestHubs.cover([TestHubs.day, TestHubs.night], minimum: 0, target: 0),
                      requests: [TestHubs.want("A", day: 1, shift: "D"), TestHubs.want("A", day: 5, shift: "N")],
                      rules: TestHubs.rules { $0[.requestNotMet] = 1 })
        let model = ModelTests.model(hub)
        #expect(model.assignment[0].allSatisfy { $0.allSatisfy { $0 != nil } })
        #expect(try ModelTests.solve(hub).0.objective == 0)
    }
}
