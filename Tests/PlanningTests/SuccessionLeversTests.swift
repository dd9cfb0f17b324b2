import Foundation
import Testing
import Workforce
@testable import Planning

/// The succession plan's levers beside training (`SuccessionLevers`): qualified hires with a lead
/// time, agency and extra NHS shifts at once, and permanent FTE beyond the target priced, so the
/// plan meets each quarter at least cost without running ahead.
@Suite struct SuccessionLeversTests {
    static let quarter = 0.25

    /// Quarter 1 needs 1.5 FTE and no trainee can help in time: extra NHS shifts (£60,000 an
    /// FTE-year, at most 1.0) come before agency (£95,000), which takes the last 0.5.
    @Test func theCheapestShortTermLeverGoesFirst() throws {
        let solution = try TrainingPlanModel.solve(.init(needed: [1.5], years: [Self.quarter], gain: [[0]], capacity: 6, traineeCost: 12_000,
                                                         levers: SuccessionLevers()))
        #expect(abs(solution.nhsExtra[0] - 1.0) < 1e-9 && abs(solution.agency[0] - 0.5) < 1e-9)
        #expect(solution.trainees == [0] && solution.short[0] < 1e-9)
        // The zero case: with both off, the quarter is short by all of it.
        let off = try TrainingPlanModel.solve(.init(needed: [1.5], years: [Self.quarter], gain: [[0]], capacity: 6, traineeCost: 12_000))
        #expect(abs(off.short[0] - 1.5) < 1e-9 && off.agency == [0] && off.nhsExtra == [0])
    }

    /// Quarter 3 needs 1.0 and quarter 4 nothing. A trainee covers both (£12,001), but runs a whole
    /// FTE ahead of the target in quarter 4 (£12,500 at £50,000 a year), which NHS shifts for quarter
    /// 3 alone (£15,000) beat. Without the overshoot priced, the trainee is cheaper.
    @Test func permanentFTEBeyondTheTargetIsAvoided() throws {
        var inputs = TrainingPlanModel.Inputs(needed: [0, 0, 1.0, 0], years: Array(repeating: Self.quarter, count: 4),
                                              gain: [[0, 0, 1, 1]], capacity: 6, traineeCost: 12_000, levers: SuccessionLevers())
        inputs.levers.agencyMaxFTE = 0
        let priced = try TrainingPlanModel.solve(inputs)
        #expect(priced.trainees == [0] && abs(priced.nhsExtra[2] - 1.0) < 1e-9)
        inputs.levers.overshootCostPerFTEYear = 0
        let unpriced = try TrainingPlanModel.solve(inputs)
        #expect(unpriced.trainees == [1] && unpriced.nhsExtra.allSatisfy { $0 < 1e-9 })
    }

    /// A lasting need from quarter 3: one qualified hire (£8,000) beats two quarters of NHS shifts
    /// (£24,000 for 0.8 FTE) and needs no course.
    @Test func aLastingNeedIsMetByAHire() throws {
        let solution = try TrainingPlanModel.solve(.init(needed: [0, 0, 0.8, 0.8], years: Array(repeating: Self.quarter, count: 4),
                                                         gain: [[0, 0, 0, 0]], hireGain: [[0, 0, 0.8, 0.8]], capacity: 6, traineeCost: 12_000,
                                                         levers: SuccessionLevers()))
        #expect(solution.hires == [1] && solution.agency.allSatisfy { $0 < 1e-9 } && solution.nhsExtra.allSatisfy { $0 < 1e-9 })
    }

    /// Twenty LA AMHPs and a target two FTE above them: training alone leaves the quarters before its
    /// first intake qualifies short; with the levers every quarter is met, the early ones by agency
    /// and NHS shifts, and the plan says what each lever costs.
    @Test func thePlanMeetsTheQuartersTrainingCannotReach() throws {
        let asOf = PlanningFixture.date("2026-11-23")
        let amhps = (1...20).map { index in
            PlanningFixture.amhp("A\(index)", employment: .localAuthority(fte: 1.0),
                                 approval: DateRange(first: asOf.adding(months: -index), last: asOf.adding(months: 60 - index))!)
        }
        func plan(_ levers: SuccessionLevers) throws -> SuccessionPlan {
            var settings = PlanningSettings()
            settings.levers = levers
            settings.succession.years = 2
            let data = PlanningFixture.data(PlanningFixture.hub(amhps), settings: settings)
            let basis = RotaFTEBasis(hub: data.hub, abstractions: settings.abstractions, from: asOf)
            let now = ProjectionPerson.current(data, asOf: asOf, basis: basis).reduce(0) { $0 + $1.rotaFTE }
            settings.succession.target = .fixed(now + 2)
            let target = try SuccessionTarget.make(data.with(settings: settings), asOf: asOf)
            return try TrainingPlanner(data: data.with(settings: settings), asOf: asOf, simulations: 200, seed: 3, target: target).plan()
        }
        let trainingOnly = try plan(.trainingOnly)
        #expect(!trainingOnly.shortfalls.isEmpty)
        let levers = try plan(SuccessionLevers())
        #expect(levers.shortfalls.isEmpty, "\(levers.shortfalls.map { ($0.period.label, $0.target - $0.median) })")
        let median = levers.medianWithPlan
        for index in levers.periods.indices { #expect(median[index] >= levers.targets[index] - 1e-9, "\(levers.periods[index].label)") }
        #expect(levers.agencyFTE[0] + levers.nhsExtraFTE[0] > 0)
        #expect(abs(levers.totalCost - (levers.trainingCost + levers.recruitmentCost + levers.agencyCost + levers.nhsExtraCost)) < 1e-6)
        let summary = TrainingPlanSummary(levers, training: TrainingAssumptions())
        #expect(summary.quarters.allSatisfy { $0.meetsTarget })
        #expect(abs(summary.quarters[0].medianWithPlan - summary.quarters[0].medianPermanent - summary.quarters[0].agencyFTE - summary.quarters[0].nhsExtraFTE) < 1e-9)
        let csv = SuccessionTables.trainingPlan(levers, training: TrainingAssumptions())
        #expect(csv.hasPrefix("row,when,people,cost,approved_from,target_fte,median_fte_permanent,agency_fte,nhs_extra_fte,median_fte_with_plan,meets_target,why_not\r\n"))
    }

    @Test func planningYAMLSetsTheLeversAndRefusesNonsense() throws {
        var errors: [InputError] = []
        let settings = PlanningSettingsFile.read("levers:\n  recruit_per_year: 0\n  agency_max_fte: 1.5\n  overshoot_cost_per_fte_year: 0\n", errors: &errors)
        #expect(errors.isEmpty && settings.levers.recruitPerYear == 0 && settings.levers.agencyMaxFTE == 1.5 && settings.levers.overshootCostPerFTEYear == 0)
        _ = PlanningSettingsFile.read("levers:\n  agency_max_fte: -1\n  agencey_cost: 3\n", errors: &errors)
        #expect(Set(errors.compactMap(\.field)) == ["levers.agency_max_fte", "levers.agencey_cost"], "\(errors)")
    }
}
