import Foundation
@testable import Service
import Storage
import Testing
import Workforce

/// A solve job's stage in a manager's words (`SolveStage`): each stage by name, the soft breaches
/// and gap when known, honest words when not, and the job API's `stage`, `stage_text` and `percent`.
struct SolveStageTests {
    static func stage(_ status: SolveJobStatus, _ progress: RotaProgress? = nil, timeLimit: Double = 60) -> SolveStage {
        SolveStage(status: status, progress: progress, timeLimit: timeLimit)
    }

    @Test func aQueuedJobIsWaitingToStart() {
        let stage = Self.stage(.queued)
        #expect(stage.code == .waiting)
        #expect(stage.text == "Waiting to start.")
        #expect(stage.percent == 0)
    }

    @Test func aRunningJobWithoutProgressOrBuildingIsFindingAFirstRota() {
        #expect(Self.stage(.running).text == "Finding a first rota.")
        #expect(Self.stage(.running, RotaProgress(elapsed: 0.5, phase: .model)).code == .firstRota)
        #expect(Self.stage(.running, RotaProgress(elapsed: 1, phase: .greedy, incumbent: 900, breaches: 40)).text == "Finding a first rota.")
    }

    @Test func improvingCountsSoftBreachesAndSaysHowCloseToTheBest() {
        // Gap (412 − 395) / 412 = 4.1%, said as "within 5%": never rounded down to look better.
        let progress = RotaProgress(elapsed: 30, phase: .search, incumbent: 412, bound: 395, breaches: 12)
        let stage = Self.stage(.running, progress, timeLimit: 60)
        #expect(stage.code == .improving)
        #expect(stage.text == "Improving: 12 soft breaches left; within 5% of the best possible.")
        #expect(stage.percent == 50)   // 10 + 80 × 30/60
    }

    @Test func improvingSaysSoWhenTheBoundAndBreachesAreNotKnown() {
        let stage = Self.stage(.running, RotaProgress(elapsed: 5, phase: .branchAndCut, incumbent: 500))
        #expect(stage.text == "Improving: the rota's soft breaches are not counted yet; how close it is to the best possible is not known yet.")
        #expect(stage.percent == 16)
    }

    @Test func oneBreachAndAProvenBestAreSaidPlainly() {
        let stage = Self.stage(.running, RotaProgress(elapsed: 90, phase: .search, incumbent: 10, bound: 10, breaches: 1), timeLimit: 60)
        #expect(stage.text == "Improving: 1 soft breach left; proven the best possible.")
        #expect(stage.percent == 90)   // time past the limit counts as the whole stage, no more
        #expect(SolveStage.improving(RotaProgress(elapsed: 1, phase: .search, incumbent: 0, bound: 0, breaches: 0))
                == "Improving: no soft breaches left; proven the best possible.")
    }

    @Test func theLastStagesAndTheEndings() {
        #expect(Self.stage(.running, RotaProgress(elapsed: 60, phase: .check)).text == "Checking the rota.")
        #expect(Self.stage(.running, RotaProgress(elapsed: 61, phase: .done)).code == .saving)
        #expect(Self.stage(.done).text == "Done: the draft is saved.")
        #expect(Self.stage(.done).percent == 100)
        #expect(Self.stage(.failed).code == .failed)
        #expect(Self.stage(.cancelled).text == "Cancelled.")
    }

    @Test func percentStaysWithinZeroToAHundredForEveryStage() {
        let phases = RotaProgress.Phase.allCases.map { RotaProgress(elapsed: 1e9, phase: $0) } + [nil]
        for status in SolveJobStatus.allCases {
            for progress in phases {
                let percent = Self.stage(status, progress, timeLimit: 1).percent
                #expect((0...100).contains(percent), "\(status) \(String(describing: progress?.phase)): \(percent)")
            }
        }
        #expect(Self.stage(.running, RotaProgress(elapsed: 5, phase: .search), timeLimit: 0).percent == 10)
    }

    @Test func theJobAPIReturnsTheStageAsTheSolverReportsIt() async throws {
        let runner = FakeChildJobRunner { _ in
            var script = FakeChildJobRunner.Script()
            script.progress = [RotaProgress(elapsed: 1.5, phase: .search, incumbent: 500, bound: 400, breaches: 7)]
            script.runsUntilStopped = true
            return script
        }
        try await ServiceHarness.with(runsSolveJobs: true, runner: runner) { service in
            let queued = try ServiceHarness.object(try await service.send(.POST, "/api/solve-jobs", as: "sam", json: ["month": "2026-12"]))
            let jobID = try #require(queued["id"] as? String)
            #expect(queued["stage"] as? String == "waiting")
            #expect(queued["stage_text"] as? String == "Waiting to start.")
            #expect(queued["percent"] as? Int == 0)
            var job: [String: Any] = [:]
            try await Eventually.until {
                job = try ServiceHarness.object(try await service.send(.GET, "/api/solve-jobs/\(jobID)", as: "sam"))
                return job["stage"] as? String == "improving"
            }
            #expect(job["stage_text"] as? String == "Improving: 7 soft breaches left; within 20% of the best possible.")
            // 1.5 s of the harness's 3 s: 10 + 80 × 0.5.
            #expect(job["percent"] as? Int == 50)
            #expect(job["progress"] as? String == "[1.5 s] search, incumbent 500, bound 400, gap 20%, 7 soft breaches")
            let cancelled = try ServiceHarness.object(try await service.send(.POST, "/api/solve-jobs/\(jobID)/cancel", as: "sam"))
            #expect(cancelled["stage"] as? String == "cancelled")
        }
    }
}
