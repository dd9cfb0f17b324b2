import Foundation
import Testing

/// `amhp sufficiency --replications N --seed S --service-times SHAPE`: the simulation check beside
/// Erlang C, its bounds, and its files.
@Suite struct SufficiencySimulationCommandTests {
    static var demoHub: URL { CLIRunner.packageRoot.appendingPathComponent("Data/demo-hub") }

    @Test func theCheckIsPrintedAndWrittenWithTheRunsAsked() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("amhp-simulation-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try CLIRunner.run(["sufficiency", "--hub", Self.demoHub.path, "--replications", "40", "--seed", "9", "--service-times", "phased",
                                     "--out", out.path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Simulation check (40 runs of 28 days, seed 9; hand-over at shift change, priorities, travel, assessment and write-up in phases"))
        #expect(run.output.contains("The FTE figure uses Erlang C:"))
        #expect(run.output.contains("  Section 136 (police place of safety) (within 4 h): Erlang C "))
        let csv = try String(contentsOf: out.appendingPathComponent("simulation_check.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("measure,key,label,erlang_c,simulated,half_width_95\r\nshare_in_time,all,all referrals,"))
        #expect(csv.contains("wait_hours,p95,") && csv.contains("overrun_hours_per_assessment,all,"))
        let json = try String(contentsOf: out.appendingPathComponent("sufficiency.json"), encoding: .utf8)
        #expect(json.contains("\"replications\" : 40") && json.contains("\"service\" : \"phased\"") && json.contains("\"seed\" : 9"))
    }

    @Test func outOfBoundsRunsAreRefusedAndNoneLeavesTheCheckOut() throws {
        for bad in ["5", "10001", "-1", "many"] {
            let refused = try CLIRunner.run(["sufficiency", "--hub", Self.demoHub.path, "--replications", bad])
            #expect(refused.status != 0 && refused.errors.contains("--replications"), "\(bad): \(refused.errors)")
        }
        let shape = try CLIRunner.run(["sufficiency", "--hub", Self.demoHub.path, "--service-times", "gamma"])
        #expect(shape.status != 0 && shape.errors.contains("--service-times"))
        let none = try CLIRunner.run(["sufficiency", "--hub", Self.demoHub.path, "--replications", "0"])
        #expect(none.status == 0 && !none.output.contains("Simulation check"))
    }
}
