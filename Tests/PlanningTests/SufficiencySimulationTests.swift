import Foundation
import Testing
import Workforce
@testable import Planning

/// The simulation check of the demo's cover, row by row beside Erlang C, and the TOIL its overrun owes.
@Suite(.serialized) struct SufficiencySimulationTests {
    @Test func theDemoCoverIsCheckedRowByRowAndItsOverrunPricedAsTOIL() throws {
        let data = try PlanningData.load(folder: PlanningFixture.demoHub)
        let analysis = try SufficiencyAnalysis(data: data, month: Month("2026-12")!)
        let simulation = SufficiencySimulation(analysis, replications: 60, seed: 4)
        #expect(simulation.rows.map(\.key) == ["all", "office_hours", "out_of_hours", "night", "class:s136", "class:urgent", "class:ward", "class:community"])
        // The Erlang C column is the analysis's own figures.
        #expect(simulation.rows[0].erlangC == analysis.cover.shareInTime)
        #expect(simulation.rows[3].erlangC == analysis.shareInTimeByPeriod.first { $0.period == .night }?.share)
        #expect(simulation.rows[4].erlangC == analysis.shareInTimeByClass[0].share)
        #expect(simulation.rows.allSatisfy { ($0.simulated?.mean ?? -1) >= 0 && ($0.simulated?.mean ?? 2) <= 1 })
        // Erlang C takes each hour as if it went on for ever; handing work over at shift change does
        // better on the demo, so the FTE figure (Erlang C) is the cautious one.
        #expect((simulation.rows[0].simulated?.mean ?? 0) > simulation.rows[0].erlangC)
        // TOIL: the overrun per assessment × 2 AMHPs × assessments a year, over one FTE's rota hours.
        let assessments = analysis.profile.annualReferrals * data.settings.workload.shareAssessed
        let hours = simulation.check.overrunHoursPerAssessment.mean * 2 * assessments
        #expect(simulation.check.overrunHoursPerAssessment.mean > 0)
        #expect(abs(simulation.toilHoursPerYear - hours) < 1e-6)
        #expect(abs(simulation.toilFTE - hours / analysis.basis.deliveredHoursPerFTE) < 1e-9)
        let summary = SufficiencySummary(analysis, hub: data.hub, simulation: simulation)
        let json = try PlanningJSON.encode(summary)
        let read = try PlanningJSON.decode(SufficiencySummary.self, from: Data(json.utf8))
        #expect(read.simulation?.toilFTE == simulation.toilFTE && read.simulation?.rows.count == 8 && read.simulation?.fteUses == "erlang_c")
        let text = SufficiencyReportText.make(analysis, hubName: "Hub", simulation: simulation)
        #expect(text.contains("Simulation check (60 runs of 28 days, seed 4;") && text.contains("FTE to give it back (not in the FTE needed below)."))
        // Results kept before the simulation was recorded still read.
        let old = json.replacingOccurrences(of: "\"simulation\"", with: "\"unused\"")
        #expect(try PlanningJSON.decode(SufficiencySummary.self, from: Data(old.utf8)).simulation == nil)
    }
}
