import Foundation
@testable import Service
import Storage
import TestSupport
import Testing
import Workforce

/// Three months planned and published in the service, one after another, give the same rotas as the
/// command line chaining the same months with `--previous`: the service's solve jobs hand the child
/// the months before exactly as a manager at the shell would. Repeatable solves (`iterations`) on the
/// demo hub cut to its first 14 AMHPs (so six solves stay quick), the real `amhp` binary on both sides.
@Suite(.serialized) struct MonthChainSequenceTests {
    static let months = ["2026-12", "2027-01", "2027-02"].compactMap { Month($0) }

    /// `amhp rota` run as a manager would, returning the rota.csv it wrote.
    static func commandLine(hub: URL, month: Month, previous: [URL], out: URL) async throws -> URL {
        let arguments = ["rota", "--hub", hub.path, "--month", "\(month)", "--out", out.path, "--time-limit", "600",
                         "--seed", "1", "--iterations", "1"] + previous.flatMap { ["--previous", $0.path] }
        let ending = try await ProgramRun.run(ServiceHarness.executable, arguments)
        #expect(ending.status == 0, "amhp rota for \(month)")
        return out.appendingPathComponent("rota.csv")
    }

    @Test func threeMonthsPlannedInTheServiceEqualTheCommandLinesPreviousChain() async throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("amhp-chain-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try await ServiceHarness.with(.sqlite, runsSolveJobs: true) { service in
            try await HubRepository(database: service.app.db).update(by: "setup", action: "hub.settings", subject: "hub", detail: [:]) { hub in
                let kept = Set(hub.amhps.prefix(14).map(\.id))
                return Hub(amhps: hub.amhps.filter { kept.contains($0.id) }, shiftTypes: hub.shiftTypes, coverRules: hub.coverRules,
                           absences: hub.absences.filter { kept.contains($0.amhpID) }, requests: hub.requests.filter { kept.contains($0.amhpID) },
                           toil: hub.toil.filter { kept.contains($0.amhpID) }, history: hub.history.filter { kept.contains($0.amhpID) },
                           carryIn: hub.carryIn.filter { kept.contains($0.amhpID) }, rules: hub.rules)
            }
            let rotas = RotaRepository(database: service.app.db)
            var previous: [URL] = []
            for month in Self.months {
                // The hub as the worker hands it to the child for this month (TOIL from the ledger as it now stands).
                let stored = try await HubRepository(database: service.app.db).require()
                let ledger = try await TOILLedgerRepository(database: service.app.db).ledger(hubAMHPIDs: stored.amhpIDs)
                let hubFolder = scratch.appendingPathComponent("hub-\(month)")
                try HubWriter.write(SolveInputs.hub(stored, ledger: ledger, month: month), to: hubFolder)
                let cli = try await Self.commandLine(hub: hubFolder, month: month, previous: previous,
                                               out: scratch.appendingPathComponent("out-\(month)"))
                previous.append(cli)

                let queued = try await service.send(.POST, "/api/solve-jobs", as: "sam",
                                                    json: ["month": "\(month)", "time_limit": 600, "seed": 1, "iterations": 1])
                #expect(queued.status == .accepted, "\(queued.body.string)")
                let jobID = try #require(try ServiceHarness.object(queued)["id"] as? String)
                let job = try await RotaWorkflowTests.waitForJob(service, jobID, until: ["done", "failed"], seconds: 900)
                #expect(job["status"] as? String == "done", "\(job["error"] ?? "")")
                let draftID = try #require(UUID(uuidString: job["rota_id"] as? String ?? ""))
                let draft = try #require(try await rotas.rota(id: draftID))
                let fromCommandLine = try RotaFile.read(url: cli, hub: stored, month: month)
                #expect(Set(draft.rota.assignments) == Set(fromCommandLine.assignments), "\(month): the service's rota and the command line's")
                let published = try await service.send(.POST, "/api/rotas/\(draftID)/publish", as: "sam")
                #expect(published.status == .ok, "\(month): \(published.body.string)")
            }
        }
    }
}
