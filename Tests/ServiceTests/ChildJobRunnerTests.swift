import Foundation
import NIOConcurrencyHelpers
@testable import Service
import Storage
import Testing
import Workforce

/// The service's handling of its children, through the `ChildJobRunner` boundary: solve jobs
/// driven by a fake runner to done and to each kind of failure, progress, cancelling, planning
/// commands' failures, and the real runner's reading of a child's exit, progress and result.
@Suite(.serialized) struct ChildJobRunnerTests {
    static func result(month: String = "2026-12", hard: Int = 0, objective: Double = 321) -> RotaRunResult {
        RotaRunResult(
            month: month, status: .init(code: "optimal", words: "optimal", glpk: "INTEGER OPTIMAL SOLUTION FOUND"),
            objective: objective, bound: objective, gap: 0, penalties: ["cover_below_minimum": objective],
            check: .init(hardViolations: hard, softViolations: 3, objective: objective, penalties: ["cover_below_minimum": objective],
                         agrees: true, coverMetFraction: 0.9),
            timings: .init(build: 0.1, solve: 1, check: 0.1), seed: 1, timeLimit: 1, requestedGap: 0.005,
            files: .init(rotaCSV: "out/rota.csv", coverageCSV: "out/coverage.csv", summaryCSV: "out/summary.csv", rotaHTML: "out/rota.html"),
            exitStatus: hard == 0 ? .success : .solverBug)
    }

    /// The value of an option in a request's arguments.
    static func option(_ name: String, in request: ChildJobRequest) -> String? {
        guard let index = request.arguments.firstIndex(of: name), index + 1 < request.arguments.count else { return nil }
        return request.arguments[index + 1]
    }

    @Test func theFakeRunnerDrivesAJobToDone() async throws {
        let report = "Solver: optimal (GLPK: INTEGER OPTIMAL SOLUTION FOUND) in 1 s\nObjective 321"
        let runner = FakeChildJobRunner { _ in
            var script = FakeChildJobRunner.Script()
            script.progress = [RotaProgress(elapsed: 0.1, phase: .model, message: "model built"),
                               RotaProgress(elapsed: 0.5, phase: .branchAndCut, incumbent: 400, bound: 300)]
            script.files = ["out/rota.csv": Data("amhp_id,date,shift\n".utf8)]
            script.output = report
            script.result = try? Self.result().encoded()
            return script
        }
        try await ServiceHarness.with(runsSolveJobs: true, runner: runner) { service in
            let queued = try await service.send(.POST, "/api/solve-jobs", as: "sam", json: ["month": "2026-12", "time_limit": 7, "seed": 4])
            let jobID = try #require(try ServiceHarness.object(queued)["id"] as? String)
            let job = try await RotaWorkflowTests.waitForJob(service, jobID, until: ["done", "failed"])
            #expect(job["status"] as? String == "done", "\(job["error"] ?? "")")
            let request = try #require(runner.requests.first)
            #expect(request.arguments.first == "rota")
            #expect(Self.option("--time-limit", in: request) == "7.0" && Self.option("--seed", in: request) == "4")
            #expect(Self.option("--progress", in: request) == "json")
            #expect(Self.option("--result-json", in: request) == request.resultFile?.path)
            // (The draft is read from storage: the page of an empty rota explains each of its short shifts, which takes a minute.)
            let rotaID = try #require(job["rota_id"] as? String)
            let id = try #require(UUID(uuidString: rotaID))
            let stored = try #require(try await RotaRepository(database: service.app.db).rota(id: id))
            #expect(stored.record.objective == 321)
            let saved = try #require(try JSONSerialization.jsonObject(with: Data(stored.record.report.utf8)) as? [String: Any])
            #expect(saved["solver_report"] as? String == report)
            #expect(saved["seed"] as? Int == 4 && saved["time_limit"] as? Double == 7)
            #expect((saved["result"] as? [String: Any])?["objective"] as? Double == 321)
        }
    }

    @Test func eachWayAChildFailsFailsTheJobSayingWhy() async throws {
        // One script per job, picked by the job's time limit.
        let scripts: [Int: (FakeChildJobRunner.Script, String)] = {
            func script(_ ending: ChildJobExit.Ending, errors: String = "", output: String = "", result: Data? = nil,
                        rota: Bool = false) -> FakeChildJobRunner.Script {
                var script = FakeChildJobRunner.Script()
                (script.ending, script.errors, script.output, script.result) = (ending, errors, output, result)
                if rota { script.files = ["out/rota.csv": Data("amhp_id,date,shift\n".utf8)] }
                return script
            }
            return [
                1: (script(.exited(code: 2), errors: "amhps.csv line 3: contracted_hours is \"lots\"; give a number."),
                    "The hub's data has problems: amhps.csv line 3: contracted_hours"),
                2: (script(.exited(code: 3), output: "Checker: 1 hard-rule violation"), "broke a hard rule (a bug; please report it). Checker: 1 hard"),
                3: (script(.signalled(9)), "The solver stopped unexpectedly (signal 9)."),
                4: (script(.exited(code: 0), rota: true), "The solver's result could not be read: The rota result's file was not written"),
                5: (script(.exited(code: 0), result: Data(#"{"version":1}"#.utf8), rota: true), "The rota result's month is missing."),
                6: (script(.exited(code: 0), result: try? Self.result(hard: 2).encoded(), rota: true), "The checker found 2 hard violation(s)"),
                7: (script(.exited(code: 77), errors: "Fatal error"), "The solver failed (exit status 77). Fatal error"),
                8: (script(.exited(code: 0), result: try? Self.result(month: "2027-01").encoded(), rota: true), "is for 2027-01, not 2026-12"),
            ]
        }()
        let runner = FakeChildJobRunner { request in
            scripts[Int(Double(Self.option("--time-limit", in: request) ?? "") ?? 0)]?.0 ?? FakeChildJobRunner.Script()
        }
        try await ServiceHarness.with(runsSolveJobs: true, runner: runner) { service in
            var ids: [Int: String] = [:]
            for limit in scripts.keys.sorted() {
                let queued = try await service.send(.POST, "/api/solve-jobs", as: "sam", json: ["month": "2026-12", "time_limit": limit])
                ids[limit] = try #require(try ServiceHarness.object(queued)["id"] as? String)
            }
            for limit in scripts.keys.sorted() {
                let job = try await RotaWorkflowTests.waitForJob(service, ids[limit] ?? "", until: ["done", "failed"])
                #expect(job["status"] as? String == "failed", "job \(limit)")
                let error = job["error"] as? String ?? ""
                #expect(error.contains(scripts[limit]?.1 ?? "?"), "job \(limit): \(error)")
            }
            #expect(try await RotaRepository(database: service.app.db).rotas().isEmpty)
            #expect(runner.requests.count == scripts.count)
        }
    }

    @Test func progressIsShownAndCancellingStopsTheChild() async throws {
        let runner = FakeChildJobRunner { _ in
            var script = FakeChildJobRunner.Script()
            script.progress = [RotaProgress(elapsed: 1.5, phase: .branchAndCut, incumbent: 500, bound: 400)]
            script.runsUntilStopped = true
            return script
        }
        try await ServiceHarness.with(runsSolveJobs: true, runner: runner) { service in
            let queued = try await service.send(.POST, "/api/solve-jobs", as: "sam", json: ["month": "2026-12"])
            let jobID = try #require(try ServiceHarness.object(queued)["id"] as? String)
            var progress = ""
            try await Eventually.until {
                progress = try ServiceHarness.object(try await service.send(.GET, "/api/solve-jobs/\(jobID)", as: "sam"))["progress"] as? String ?? ""
                return progress.contains("incumbent")
            }
            #expect(progress == "[1.5 s] branch and cut, incumbent 500, bound 400, gap 20%")
            let cancelled = try await service.send(.POST, "/api/solve-jobs/\(jobID)/cancel", as: "sam")
            #expect(try ServiceHarness.object(cancelled)["status"] as? String == "cancelled")
            // The worker stops the child on its next poll.
            try await Eventually.until { runner.stopped > 0 }
            #expect(runner.stopped == 1)
            // The default time limit is the service's (3 s in the harness), as the request was given none.
            #expect(runner.requests.first.flatMap { Self.option("--time-limit", in: $0) } == "3.0")
        }
    }

    @Test func planningCommandsReportTheirChildsFailure() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("amhp-fake-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let request = ChildJobRequest(arguments: ["sufficiency", "--hub", "hub"], workingDirectory: folder)
        let problems = FakeChildJobRunner { _ in
            var script = FakeChildJobRunner.Script()
            (script.ending, script.errors) = (.exited(code: 2), "demand.csv: no referrals.\n")
            return script
        }
        // The limit is a bound on the wait, not a timing check: under CI's load the fake's first
        // step once took over 10 s to be scheduled.
        await #expect(throws: PlanningCommandFailure.dataProblems("demand.csv: no referrals.")) {
            _ = try await PlanningCommand(runner: problems, request: request, timeLimit: 600).run()
        }
        let hanging = FakeChildJobRunner { _ in
            var script = FakeChildJobRunner.Script()
            script.runsUntilStopped = true
            return script
        }
        await #expect(throws: PlanningCommandFailure.timedOut(command: "sufficiency", seconds: 0.3)) {
            _ = try await PlanningCommand(runner: hanging, request: request, timeLimit: 0.3).run()
        }
        #expect(hanging.stopped == 1)
        let signalled = PlanningCommandFailure(ChildJobExit(ending: .signalled(6), errors: "GLPK abort"), command: "succession")
        #expect(signalled == .failed(command: "succession", detail: "it stopped on signal 6. GLPK abort"))
        #expect(PlanningCommandFailure(ChildJobExit(ending: .exited(code: 0)), command: "succession") == nil)
    }

    /// The real runner, on a shell script standing in for `amhp`: progress lines are taken out of
    /// the output and decoded, the exit code is named, and the result file is read back.
    @Test func theProcessRunnerReadsProgressExitAndResult() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("amhp-runner-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let progress = RotaProgress(elapsed: 0.5, phase: .greedy, incumbent: 42)
        let resultFile = folder.appendingPathComponent("result.json")
        let script = """
            echo '\(progress.jsonLine)'
            echo 'Objective 42'
            echo '{"not": "progress"}'
            printf '{"version":1}' > result.json
            echo 'bad hub' >&2
            exit 3
            """
        let runner = ProcessChildJobRunner(executable: URL(fileURLWithPath: "/bin/sh"))
        let child = try runner.start(ChildJobRequest(arguments: ["-c", script], workingDirectory: folder, resultFile: resultFile))
        let exit = await child.waitForExit()
        #expect(exit.status == .solverBug && !exit.wasSignalled && exit.code == 3)
        #expect(child.latestProgress == progress)
        #expect(exit.output == "Objective 42\n{\"not\": \"progress\"}")
        #expect(exit.errors == "bad hub\n")
        #expect(exit.result == Data(#"{"version":1}"#.utf8))
        #expect(SolveWorker.failure(exit)?.contains("broke a hard rule") == true)

        let killed = try runner.start(ChildJobRequest(arguments: ["-c", "exec sleep 30"], workingDirectory: folder))
        await killed.stop(grace: 1)
        let ended = await killed.waitForExit()
        #expect(ended.wasSignalled && ended.status == nil)
        #expect(SolveWorker.failure(ended)?.hasPrefix("The solver stopped unexpectedly") == true)
        #expect(SolveWorker.failure(ChildJobExit(ending: .exited(code: 0))) == nil)
    }

    /// A child holds only its standard input, output and error: not a descriptor the service has open
    /// without close-on-exec, nor the pipes of a child started beside it, which would keep that
    /// child's end from being seen until this one ended. A child stopped while others start beside
    /// it is reported as killed by its signal, and its output and working folder are its own.
    @Test func childrenInheritNoDescriptorsAndEndAsTheyEnded() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("amhp-fds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let leaked = open("/dev/null", O_RDONLY)
        #expect(leaked > 2)
        defer { close(leaked) }
        let runner = ProcessChildJobRunner(executable: URL(fileURLWithPath: "/bin/sh"), priority: .service)
        let long = try runner.start(ChildJobRequest(arguments: ["-c", "exec sleep 30"], workingDirectory: folder))
        let listing = try runner.start(ChildJobRequest(arguments: ["-c", "pwd; ls /proc/$$/fd"], workingDirectory: folder))
        let listed = await listing.waitForExit()
        #expect(listed.ending == .exited(code: 0), Comment(rawValue: listed.errors))
        #expect(listed.output == "\(folder.resolvingSymlinksInPath().path)\n0\n1\n2")
        #expect(long.exit == nil)
        await long.stop(grace: 5)
        // The service's own ends of a child's pipes are close-on-exec, so no child (and no library's
        // child) started at the same moment can hold them.
        let spawned = try SpawnedChild.spawn(executable: "/bin/sh", arguments: ["-c", "exec sleep 30"], environment: [:],
                                             workingDirectory: folder.path)
        #expect([spawned.output, spawned.errors].allSatisfy { fcntl($0, F_GETFD) & FD_CLOEXEC != 0 })
        kill(spawned.pid, SIGKILL)
        let killed = NIOLockedValueBox<ChildJobExit.Ending?>(nil)
        spawned.monitor(output: { _ in }, errors: { _ in }, ending: { ending in killed.withLockedValue { $0 = ending } })
        while killed.withLockedValue({ $0 }) == nil { try await Task.sleep(for: .milliseconds(20)) }
        #expect(killed.withLockedValue { $0 } == .signalled(SIGKILL))
        #expect(await long.waitForExit().ending == .signalled(SIGTERM))

        let stopped = try await withThrowingTaskGroup(of: ChildJobExit.Ending.self) { group in
            for index in 0..<8 {
                group.addTask {
                    let child = try runner.start(ChildJobRequest(arguments: ["-c", "echo \(index); exec sleep 30"], workingDirectory: folder))
                    while child.lastLine.isEmpty && child.exit == nil { try await Task.sleep(for: .milliseconds(20)) }
                    #expect(child.lastLine == String(index))
                    await child.stop(grace: 5)
                    return await child.waitForExit().ending
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(stopped == Array(repeating: .signalled(SIGTERM), count: 8))
        #expect(throws: SpawnedChild.SpawnError.self) {
            _ = try ProcessChildJobRunner(executable: folder.appendingPathComponent("missing"), priority: .service)
                .start(ChildJobRequest(arguments: [], workingDirectory: folder))
        }
    }

    /// A background child runs at the configured niceness (`--child-nice`), read back from the child
    /// itself, so the kernel serves the web requests first; 0 leaves it at the service's own, as does
    /// a child someone's page waits for.
    @Test func childrenRunAtTheConfiguredPriority() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("amhp-nice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Field 19 of /proc/<pid>/stat is the niceness; the shell's own, after `nice` exec'd it.
        let script = "read -r line < /proc/$$/stat; set -- ${line##*) }; shift 16; echo $1"
        let own = Int(getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0))
        for (niceness, expected) in [(7, min(own + 7, 19)), (0, own)] {
            let priority = try #require(ChildPriority(niceness: niceness))
            let runner = ProcessChildJobRunner(executable: URL(fileURLWithPath: "/bin/sh"), priority: priority)
            let child = try runner.start(ChildJobRequest(arguments: ["-c", script], workingDirectory: folder))
            let exit = await child.waitForExit()
            #expect(exit.code == 0, Comment(rawValue: exit.errors))
            #expect(exit.output.trimmingCharacters(in: .whitespacesAndNewlines) == String(expected), "niceness \(niceness)")
        }
        // A child someone's page waits for (sufficiency, succession) runs at the service's own priority.
        let runner = ProcessChildJobRunner(executable: URL(fileURLWithPath: "/bin/sh"), priority: .default)
        let waited = try runner.start(ChildJobRequest(arguments: ["-c", script], workingDirectory: folder, someoneWaits: true))
        #expect(await waited.waitForExit().output.trimmingCharacters(in: .whitespacesAndNewlines) == String(own))
        #expect(ChildPriority(niceness: -1) == nil && ChildPriority(niceness: 20) == nil)
        #expect(ChildPriority.default.niceness == 19)
    }

    /// The process state letter of `/proc/<pid>/stat` (`T` when stopped) for the pid a child wrote to `file`.
    private static func processState(pidIn file: URL) async throws -> Character? {
        for _ in 0..<200 {
            if let text = try? String(contentsOf: file, encoding: .utf8), let pid = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)),
               let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
               let close = stat.lastIndex(of: ")") {
                return stat[stat.index(after: close)...].first { $0 != " " }
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        return nil
    }

    /// While requests come at the busy rate a background child is stopped for all but its share of the
    /// period, a child someone waits for never is, a quiet period continues it, and a child told to
    /// stop while paused is continued first, so it ends on SIGTERM.
    @Test func backgroundChildrenArePausedWhileTheServiceIsBusy() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("amhp-throttle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let throttle = BackgroundThrottle(share: try #require(BusyChildShare(percent: 0)), period: .milliseconds(20))
        let runner = ProcessChildJobRunner(executable: URL(fileURLWithPath: "/bin/sh"), priority: .service, throttle: throttle)
        func request(_ name: String, waits: Bool) -> ChildJobRequest {
            ChildJobRequest(arguments: ["-c", "echo $$ > \(name).pid; while :; do sleep 0.05; done"], workingDirectory: folder,
                            someoneWaits: waits)
        }
        let background = try runner.start(request("background", waits: false))
        let waited = try runner.start(request("waited", waits: true))
        let backgroundPID = folder.appendingPathComponent("background.pid"), waitedPID = folder.appendingPathComponent("waited.pid")
        #expect(try await Self.processState(pidIn: backgroundPID) != nil)
        #expect(try await Self.processState(pidIn: waitedPID) != nil)
        func busy() { for _ in 0..<(BackgroundThrottle.busyRequestsPerSecond / 50 + 1) { throttle.noteRequest() } }

        busy()
        try await throttle.cycle()
        #expect(throttle.holding)
        #expect(try await Self.processState(pidIn: backgroundPID) == "T")
        #expect(try await Self.processState(pidIn: waitedPID) != "T")
        try await throttle.cycle()
        #expect(!throttle.holding)
        #expect(try await Self.processState(pidIn: backgroundPID) != "T")

        busy()
        try await throttle.cycle()
        #expect(try await Self.processState(pidIn: backgroundPID) == "T")
        await background.stop(grace: 10)
        #expect(background.exit?.ending == .signalled(SIGTERM))
        await waited.stop(grace: 10)

        // At 100% nothing is ever held back, however busy.
        let unlimited = BackgroundThrottle(share: .unlimited, period: .milliseconds(20))
        for _ in 0..<1_000 { unlimited.noteRequest() }
        try await unlimited.cycle()
        #expect(!unlimited.holding)
        #expect(BusyChildShare(percent: -1) == nil && BusyChildShare(percent: 101) == nil && BusyChildShare.default.percent == 10)
    }
}
