import Foundation
import Testing
import Workforce
@testable import Planning

/// "One AMHP plus a second worker" (issue 18): the team is one AMHP, and the second workers' FTE is
/// reported beside the AMHPs', never in their gap.
@Suite(.serialized) struct SecondWorkerTests {
    @Test func aSecondWorkerLeavesTheAMHPsAsForOneAndAddsItsOwnFTE() throws {
        let data = try PlanningData.load(folder: PlanningFixture.demoHub)
        let month = Month("2026-12")!
        var one = data.settings
        one.workload.amhpsPerAssessment = 1
        var withSecond = one
        withSecond.workload.secondWorker = true
        let alone = try SufficiencyAnalysis(data: data.with(settings: one), month: month)
        let paired = try SufficiencyAnalysis(data: data.with(settings: withSecond), month: month)
        // The zero case: no second worker, no second workers' FTE.
        #expect(alone.secondWorkerFTE == nil)
        #expect(paired.neededFTE == alone.neededFTE)
        // One second worker per assessing team, every hour the teams are on duty, over the same year.
        let hours = CoverPlan.annualHours(from: month.firstDay, hub: data.hub) { paired.cover.cover($0, $1)?.teams ?? 0 }
        #expect(hours > 0 && paired.secondWorkerHours == hours)
        #expect(abs((paired.secondWorkerFTE ?? 0) - hours / paired.basis.deliveredHoursPerFTE) < 1e-9)
        let text = SufficiencyReportText.make(paired, hubName: "Hub")
        #expect(text.contains("1 AMHP and a second worker attend.") && text.contains("Second workers (not AMHPs) beside them: "))
        #expect(SufficiencySummary(paired, hub: data.hub).secondWorkerFTE == paired.secondWorkerFTE)
        // With two AMHPs a second worker means nothing: the run's assumption leaves the team as it is.
        let two = SufficiencyAssumption.applying([.secondWorker: 1], to: data.settings)
        #expect(!two.workload.hasSecondWorker)
    }

    @Test func planningYamlRefusesASecondWorkerBesideTwoAMHPs() throws {
        let folder = try PlanningFixture.folderWithDemoHub()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "workload:\n  amhps_per_assessment: 2\n  second_worker: yes\n".write(to: folder.appendingPathComponent("planning.yaml"), atomically: true, encoding: .utf8)
        let messages = PlanningFixture.loadProblems(folder)
        #expect(messages.count == 1 && messages.first?.hasPrefix("planning.yaml, line 2, field workload.second_worker: a second worker goes with one AMHP") == true,
                "\(messages)")
        try "workload:\n  amhps_per_assessment: 1\n  second_worker: yes\n".write(to: folder.appendingPathComponent("planning.yaml"), atomically: true, encoding: .utf8)
        #expect(try PlanningData.load(folder: folder).settings.workload.hasSecondWorker)
    }
}
