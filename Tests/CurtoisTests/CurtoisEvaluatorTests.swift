import LinearProgramming
import Testing
@testable import Curtois

/// One test per rule of the benchmark on Amy and Beth over a week (Monday to Sunday), with the exact
/// penalty or violation. Every roster is also given to the model, which must agree on feasibility and cost.
@Suite struct CurtoisEvaluatorTests {
    typealias Request = CurtoisInstance.Request
    static let D = 0, N = 1, amy = 0, beth = 1

    /// Evaluates rows of shift ids (`-` off, `D+N` two shifts) and cross-checks with the model.
    func evaluate(_ instance: CurtoisInstance, _ amy: String, _ beth: String = "- - - - - - -",
                  sourceLocation: SourceLocation = #_sourceLocation) -> CurtoisEvaluator.Evaluation {
        let roster = CurtoisRoster(instance, rows: [amy, beth])!
        let evaluation = CurtoisEvaluator(instance: instance).evaluate(roster)
        let model = CurtoisModelBuilder.build(instance)
        if let values = model.values(for: roster) {
            #expect((model.linear.largestViolation(of: values) == nil) == evaluation.isFeasible,
                    "model and evaluator disagree on feasibility: \(evaluation.violations)", sourceLocation: sourceLocation)
            #expect(model.linear.objectiveValue(values) == Double(evaluation.objective), sourceLocation: sourceLocation)
        } else {
            #expect(!evaluation.isFeasible, "the model cannot represent a roster the evaluator accepts", sourceLocation: sourceLocation)
        }
        return evaluation
    }

    func rules(_ evaluation: CurtoisEvaluator.Evaluation) -> [CurtoisViolation.Rule] { evaluation.violations.map(\.rule) }

    @Test func onRequestCostsItsWeightWhenNotGranted() {
        // Amy wants D on Monday (weight 3, granted) and N on Tuesday (weight 2; she works D): penalty 2.
        let instance = CurtoisFixtures.tiny(onRequests: [Request(employee: Self.amy, day: 0, shift: Self.D, weight: 3),
                                                         Request(employee: Self.amy, day: 1, shift: Self.N, weight: 2)])
        let evaluation = evaluate(instance, "D D - - - - -")
        #expect(evaluation.onRequestPenalty == 2 && evaluation.objective == 2 && evaluation.isFeasible)
        #expect(evaluate(instance, "D N - - - - -").objective == 0)
    }

    @Test func offRequestCostsItsWeightWhenBroken() {
        // Amy does not want D on Wednesday (4) nor N on Thursday (5); she works D both days: penalty 4.
        let instance = CurtoisFixtures.tiny(offRequests: [Request(employee: Self.amy, day: 2, shift: Self.D, weight: 4),
                                                          Request(employee: Self.amy, day: 3, shift: Self.N, weight: 5)])
        #expect(evaluate(instance, "- - D D - - -").offRequestPenalty == 4)
        #expect(evaluate(instance, "- - - - - - -").objective == 0)
    }

    @Test func coverCostsAHundredPerPersonShortAndOnePerPersonOver() {
        // Monday needs two on D (one short: 100); Tuesday needs one on N (one short: 100) and none on D (one over: 1).
        let instance = CurtoisFixtures.tiny(cover: [0: [2, 0], 1: [0, 1]])
        let evaluation = evaluate(instance, "D D - - - - -")
        #expect(evaluation.coverUnderPenalty == 200 && evaluation.coverOverPenalty == 1 && evaluation.objective == 201)
        #expect(evaluate(instance, "D N - - - - -", "D - - - - - -").objective == 0)
    }

    @Test func atMostOneShiftPerDay() {
        let evaluation = evaluate(CurtoisFixtures.tiny(), "D+N - - - - - -")
        #expect(rules(evaluation) == [.oneShiftPerDay] && evaluation.violations[0].day == 0)
    }

    @Test func shiftRotation() {
        // D may not follow N; N after D is fine, and a night on the last day has nothing after it.
        let evaluation = evaluate(CurtoisFixtures.tiny(), "N D - - - - -")
        #expect(rules(evaluation) == [.rotation] && evaluation.violations[0].day == 0)
        #expect(evaluate(CurtoisFixtures.tiny(), "D N - - - - N").isFeasible)
    }

    @Test func maximumShiftsOfAType() {
        let instance = CurtoisFixtures.tiny(amy: CurtoisFixtures.employee("Amy") { $0.maxShifts = [2, 14] })
        #expect(rules(evaluate(instance, "D D D - - - -")) == [.maxShiftsOfType])
        #expect(evaluate(instance, "D D N - - - -").isFeasible)
    }

    @Test func minimumTotalMinutes() {
        let instance = CurtoisFixtures.tiny(amy: CurtoisFixtures.employee("Amy") { $0.minTotalMinutes = 1500 })
        #expect(rules(evaluate(instance, "D D D - - - -")) == [.minTotalMinutes])  // 1440 minutes.
        #expect(evaluate(instance, "D D N - - - -").isFeasible)  // 1560 minutes.
    }

    @Test func maximumTotalMinutes() {
        let instance = CurtoisFixtures.tiny(amy: CurtoisFixtures.employee("Amy") { $0.maxTotalMinutes = 1000 })
        #expect(rules(evaluate(instance, "D N - - - - -")) == [.maxTotalMinutes])  // 1080 minutes.
        #expect(evaluate(instance, "D D - - - - -").isFeasible)  // 960 minutes.
    }

    @Test func maximumConsecutiveShifts() {
        let instance = CurtoisFixtures.tiny(amy: CurtoisFixtures.employee("Amy") { $0.maxConsecutiveShifts = 3 })
        let evaluation = evaluate(instance, "D D D D - - -")
        #expect(rules(evaluation) == [.maxConsecutiveShifts] && evaluation.violations[0].day == 0)
        #expect(evaluate(instance, "D D D - D D D").isFeasible)
    }

    @Test func minimumConsecutiveShiftsExceptAtTheEdges() {
        let instance = CurtoisFixtures.tiny(amy: CurtoisFixtures.employee("Amy") { $0.minConsecutiveShifts = 2 })
        let evaluation = evaluate(instance, "- D - - - - -")
        #expect(rules(evaluation) == [.minConsecutiveShifts] && evaluation.violations[0].day == 1)
        // Blocks touching the first or last day are never too short.
        #expect(evaluate(instance, "D - - - - - D").isFeasible)
        #expect(evaluate(instance, "- D N - - - -").isFeasible)
    }

    @Test func minimumConsecutiveDaysOffExceptAtTheEdges() {
        let instance = CurtoisFixtures.tiny(amy: CurtoisFixtures.employee("Amy") { $0.minConsecutiveDaysOff = 2 })
        let evaluation = evaluate(instance, "D - D D - - -")
        #expect(rules(evaluation) == [.minConsecutiveDaysOff] && evaluation.violations[0].day == 1)
        #expect(evaluate(instance, "- D D D D D -").isFeasible)
        #expect(evaluate(instance, "D - - D D - -").isFeasible)
    }

    @Test func maximumWeekendsCountsASaturdayOrASunday() {
        // Two weeks: Amy works the first Saturday and the second Sunday, two weekends against a limit of one.
        let instance = CurtoisFixtures.tiny(days: 14, amy: CurtoisFixtures.employee("Amy") { $0.maxWeekends = 1 })
        let off = "- - - - - - - - - - - - - -"
        #expect(rules(evaluate(instance, "- - - - - D - - - - - - - D", off)) == [.maxWeekends])
        #expect(evaluate(instance, "- - - - - D D - - - - - - -", off).isFeasible)
    }

    @Test func fixedDaysOff() {
        let instance = CurtoisFixtures.tiny(daysOff: [[2], []])
        let evaluation = evaluate(instance, "- - D - - - -")
        #expect(rules(evaluation) == [.dayOff] && evaluation.violations[0].day == 2)
        #expect(evaluate(instance, "- D - D - - -").isFeasible)
    }
}
