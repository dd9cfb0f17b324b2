import Foundation
import Testing
import Workforce
@testable import Planning

/// The demo hub end to end: what an AMHP lead sees from `amhp sufficiency` and `amhp succession`.
@Suite(.serialized) struct DemoHubTests {
    let data: PlanningData

    init() throws {
        data = try PlanningData.load(folder: PlanningFixture.demoHub)
    }

    @Test func sufficiencyFindsAGapAndWritesEveryTable() throws {
        let month = try SufficiencyAnalysis.defaultMonth(data)
        #expect(month == Month("2026-12")!)
        let analysis = try SufficiencyAnalysis(data: data, month: month)
        #expect(analysis.cover.shareInTime >= 0.9)
        #expect(analysis.gapFTE > 0 && analysis.neededFTE > analysis.targetCoverFTE)
        // Weekday nights need what the hub already gives; weekday days and lates together need more.
        #expect(analysis.cover.cover(.weekday, "N")?.amhps == 2)
        #expect((analysis.cover.cover(.weekday, "D")?.amhps ?? 0) + (analysis.cover.cover(.weekday, "L")?.amhps ?? 0) > 3 + 2)
        let text = SufficiencyReportText.make(analysis, hubName: data.hub.rules.hubName)
        for phrase in ["Cover needed per shift", "One rota FTE:", "FTE needed:", "FTE available:", "Sufficiency gap:", "BASW working guideline", "ADASS 2016/17"] {
            #expect(text.contains(phrase), "\(phrase)")
        }
        let files = try SufficiencyOutputs.files(analysis, hub: data.hub)
        #expect(files.map(\.name) == ["demand_by_hour.csv", "demand_by_month.csv", "cover_needed.csv", "fte.csv", "workforce_fte.csv",
                                      "benchmarks.csv", "response_by_priority.csv", "demand_heatmap.svg", "cover_needed.svg", "sufficiency.json"])
        let byHour = files[0].content.split(separator: "\r\n")
        #expect(byHour.count == 169)
        #expect(byHour[0].hasPrefix("hour_of_week,day,hour,referrals_logged"))
        #expect(files[3].content.contains("gap_fte,\(NumberText.fixed(analysis.gapFTE, 2)),"))
        // sufficiency.json carries the same numbers for programs, and reads back as written.
        let json = try #require(files.first { $0.name == SufficiencySummary.fileName })
        let summary = try PlanningJSON.decode(SufficiencySummary.self, from: Data(json.content.utf8))
        #expect(summary.month == "2026-12" && summary.gapFTE == analysis.gapFTE && summary.neededFTE == analysis.neededFTE)
        #expect(summary.uncoveredShiftsPerMonth == analysis.uncoveredShiftsPerMonth)
        #expect(summary.shifts.count == analysis.cover.shifts.count)
        #expect(summary.shifts.first { $0.dayType == "weekday" && $0.shift == "N" }?.amhpsNeeded == 2)
        #expect(summary.employers.map(\.employer).first == "LA" && summary.ratios?.approvedAMHPs == analysis.ratios?.approvedAMHPs)
    }

    @Test func theRegisterFlagsWhoIsShortOfTraining() {
        let register = Register(data: data, asOf: LocalDate("2026-11-23")!)
        let flagged = register.entries.filter(\.reapprovalDueWhileUnder).map(\.amhpID)
        // Judged on the twelve months each panel will count back from the due date: A23 (Yvonne
        // Ashworth, due 2027-05-15) has 18 hours in the rolling year but 12.5 in that window.
        #expect(flagged == ["A04", "A09", "A12", "A20", "A23", "A24", "A28", "A33"])
        #expect(register.entries.first { $0.amhpID == "A23" }?.hoursNeededForReapproval == 5.5)
        #expect(register.entries.filter(\.isUnderCPD).count == 4)
        #expect(register.withoutAge.isEmpty)
        // About a third of AMHPs nationally are 55 or over; the demo hub is like that.
        #expect(abs((register.shareAged55OrOver ?? 0) - 1.0 / 3) < 0.05)
        let csv = SuccessionTables.register(register)
        #expect(csv.contains("A12,Rachel Evans,LA,social_worker,approved,"))
    }

    @Test func successionPlansTrainingAndExplainsTheEarlyShortfall() throws {
        let asOf = LocalDate("2026-11-23")!
        let target = try SuccessionTarget.make(data, asOf: asOf)
        let plan = try TrainingPlanner(data: data, asOf: asOf, simulations: 200, seed: 1, target: target).plan()
        #expect(plan.totalTrainees > 0)
        #expect(plan.intakes.allSatisfy { $0.trainees <= data.settings.training.capacityPerYear })
        let early = plan.shortfalls.filter { $0.period.last < plan.firstQualification! }
        #expect(!early.isEmpty)
        let text = SuccessionReportText.make(register: Register(data: data, asOf: asOf), plan: plan, settings: data.settings,
                                             hubName: data.hub.rules.hubName)
        #expect(text.contains("Training (GLPK;") && text.contains("too early") && text.contains("Agency AMHPs (up to 2.0 FTE at once"))
        let files = try SuccessionTables.files(register: Register(data: data, asOf: asOf), plan: plan, settings: data.settings, hubName: "Demo")
        #expect(files.map(\.name) == ["register.csv", "cpd_ledger.csv", "projection.csv", "projection_flows.csv", "training_plan.csv",
                                      "succession_fan.svg", "succession.json"])
        // succession.json: the register's flags, the bands and the plan, as the CSV files have them.
        let summary = try PlanningJSON.decode(SuccessionSummary.self, from: Data(files[6].content.utf8))
        #expect(summary.register.entries.count == data.hub.amhps.count)
        #expect(summary.register.entries.filter(\.reapprovalDueWhileUnder18).map(\.amhpID) == ["A04", "A09", "A12", "A20", "A23", "A24", "A28", "A33"])
        #expect(summary.projection.quarters.count == plan.periods.count)
        #expect(summary.projection.quarters.allSatisfy { $0.fteWithPlan.p10 <= $0.fteWithPlan.median && $0.fteWithPlan.median <= $0.fteWithPlan.p90 })
        #expect(summary.trainingPlan.totalTrainees == plan.totalTrainees)
        #expect(summary.trainingPlan.quarters.filter { !$0.meetsTarget }.count == plan.shortfalls.count)
    }
}
