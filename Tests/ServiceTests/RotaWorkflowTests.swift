import Foundation
import Storage
import Testing
import Workforce

/// A manager's month end to end: a solve job runs `amhp rota` in a child process, the draft is
/// re-checked, a hand edit shows its violation at once, publishing is refused until it is put
/// right, and the AMHP then sees their shifts and subscribes to them.
@Suite(.serialized) struct RotaWorkflowTests {
    static func waitForJob(_ service: ServiceHarness, _ id: String, until done: Set<String>, seconds: Double = Eventually.bound) async throws -> [String: Any] {
        var job: [String: Any] = [:]
        let reached = try await Eventually.until(seconds: seconds) {
            job = try ServiceHarness.object(try await service.send(.GET, "/api/solve-jobs/\(id)", as: "sam"))
            return done.contains(job["status"] as? String ?? "")
        }
        if reached { return job }
        Issue.record("job \(id) did not reach \(done) in \(seconds) s")
        return [:]
    }

    @Test(arguments: ServiceHarness.Backend.postgresURL == nil ? [ServiceHarness.Backend.sqlite] : ServiceHarness.Backend.allCases)
    func planEditPublishAndSubscribe(_ backend: ServiceHarness.Backend) async throws {
        try await ServiceHarness.with(backend, runsSolveJobs: true) { service in
            let queued = try await service.send(.POST, "/api/solve-jobs", as: "sam", json: ["month": "2026-12", "time_limit": 3])
            #expect(queued.status == .accepted, "\(queued.body.string)")
            let jobID = try #require(try ServiceHarness.object(queued)["id"] as? String)
            let job = try await Self.waitForJob(service, jobID, until: ["done", "failed"])
            #expect(job["status"] as? String == "done", "\(job["error"] ?? "")")
            let rotaID = try #require(job["rota_id"] as? String)

            let detail = try ServiceHarness.object(try await service.send(.GET, "/api/rotas/\(rotaID)", as: "sam"))
            #expect(detail["hard_violation_count"] as? Int == 0)
            #expect((detail["people"] as? [[String: Any]])?.count == 38)
            #expect((detail["solver_report"] as? String)?.contains("Objective") == true)
            let stored = try #require(try await RotaRepository(database: service.app.db).rota(id: UUID(uuidString: rotaID)!))

            // Put someone on a night the evening before a day shift they work: daily rest breaks.
            let hub = try await HubRepository(database: service.app.db).require()
            let day = try #require(stored.rota.assignments.first { assignment in
                assignment.shiftCode == "D" && assignment.date > LocalDate("2026-12-01")!
                    && stored.rota.shift(of: assignment.amhpID, on: assignment.date.adding(days: -1)) == nil
                    && hub.absence(of: assignment.amhpID, on: assignment.date.adding(days: -1)) == nil
                    && hub.amhp(assignment.amhpID)?.nightWorking != .no
            })
            let eve = "\(day.date.adding(days: -1))"
            let edited = try await service.send(.PUT, "/api/rotas/\(rotaID)/assignments", as: "sam",
                                                json: ["amhp_id": day.amhpID, "date": eve, "shift": "N"])
            #expect(edited.status == .ok, "\(edited.body.string)")
            let afterEdit = try ServiceHarness.object(edited)
            #expect((afterEdit["hard_violation_count"] as? Int ?? 0) >= 1)
            let rest = (afterEdit["violations"] as? [[String: Any]] ?? []).filter { $0["rule"] as? String == "rest.daily" }
            #expect(rest.contains { $0["amhp_id"] as? String == day.amhpID })

            let refused = try await service.send(.POST, "/api/rotas/\(rotaID)/publish", as: "sam")
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("hard rule"))
            let forbidden = try await service.send(.POST, "/api/rotas/\(rotaID)/publish", as: "jo")
            #expect(forbidden.status == .forbidden)

            let reverted = try ServiceHarness.object(try await service.send(
                .PUT, "/api/rotas/\(rotaID)/assignments", as: "sam", json: ["amhp_id": day.amhpID, "date": eve, "shift": NSNull()]))
            #expect(reverted["hard_violation_count"] as? Int == 0)

            let published = try await service.send(.POST, "/api/rotas/\(rotaID)/publish", as: "sam")
            #expect(published.status == .ok, "\(published.body.string)")
            #expect(try ServiceHarness.object(published)["status"] as? String == "published")
            let noLongerEditable = try await service.send(.PUT, "/api/rotas/\(rotaID)/assignments", as: "sam",
                                                          json: ["amhp_id": day.amhpID, "date": eve, "shift": "N"])
            #expect(noLongerEditable.status == .conflict)

            // HR and the lead see the published rota; the AMHP sees their own shifts.
            #expect(try await service.send(.GET, "/api/rotas/\(rotaID)", as: "jo").status == .ok)
            let mine = try ServiceHarness.object(try await service.send(.GET, "/api/my/rota?month=2026-12", as: "helen"))
            let expected = stored.rota.assignments.filter { $0.amhpID == "A01" }.count
            #expect(mine["published"] as? Bool == true)
            #expect((mine["shifts"] as? [Any])?.count == expected)

            let link = try await service.send(.POST, "/api/my/calendar-link", as: "helen")
            #expect(link.status == .created)
            let url = try #require(try ServiceHarness.object(link)["url"] as? String)
            let path = String(url[try #require(url.range(of: "/calendar/")).lowerBound...])
            let feed = try await service.send(.GET, path, as: nil)
            #expect(feed.status == .ok)
            #expect(feed.headers.contentType?.subType == "calendar")
            #expect(feed.body.string.components(separatedBy: "BEGIN:VEVENT").count - 1 == expected)
            #expect(feed.body.string.hasPrefix("BEGIN:VCALENDAR\r\n"))
            let replaced = try await service.send(.POST, "/api/my/calendar-link", as: "helen")
            #expect(replaced.status == .created)
            #expect(try await service.send(.GET, path, as: nil).status == .notFound)

            let csv = try await service.send(.GET, "/api/rotas/\(rotaID)/rota.csv", as: "sam")
            let reread = try RotaFile.read(csv.body.string, fileName: "rota.csv", hub: hub, month: Month("2026-12"))
            #expect(reread.assignments.count == stored.rota.assignments.count)
            #expect(csv.body.string.hasPrefix("\u{FEFF}amhp_id,"), "rota.csv starts with the byte order mark, for Excel")

            // The same rota as an Excel workbook: a ZIP archive, to the same readers as rota.csv.
            let workbook = try await service.send(.GET, "/api/rotas/\(rotaID)/rota.xlsx", as: "jo")
            #expect(workbook.status == .ok)
            #expect(workbook.headers.contentType?.subType == "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            #expect(workbook.headers.contentDisposition?.filename == "rota-2026-12.xlsx")
            #expect(Array(workbook.body.readableBytesView.prefix(2)) == [0x50, 0x4B])
            #expect(try await service.send(.GET, "/api/rotas/\(rotaID)/rota.xlsx", as: "helen").status == .forbidden)

            let actions = try await AuditLogRepository(database: service.app.db).events(subject: "rota:\(rotaID.lowercased())").map(\.action)
                + (try await AuditLogRepository(database: service.app.db).events(subject: "rota:\(rotaID)").map(\.action))
            #expect(actions.contains("rota.publish"))
            #expect(actions.filter { $0 == "rota.edit" }.count == 2)
        }
    }

    @Test func cancellingAJobStopsTheSolver() async throws {
        try await ServiceHarness.with(runsSolveJobs: true) { service in
            let queued = try await service.send(.POST, "/api/solve-jobs", as: "sam", json: ["month": "2026-12", "time_limit": 600])
            let jobID = try #require(try ServiceHarness.object(queued)["id"] as? String)
            _ = try await Self.waitForJob(service, jobID, until: ["running"])
            let cancelled = try await service.send(.POST, "/api/solve-jobs/\(jobID)/cancel", as: "sam")
            #expect(cancelled.status == .ok)
            #expect(try ServiceHarness.object(cancelled)["status"] as? String == "cancelled")
            // The child goes well before its ten minutes are up: the bound is half of them.
            let stopped = try await Eventually.until { Self.processes(containing: jobID.uppercased()) == 0 }
            #expect(stopped, "the solver of a cancelled job is still running")
            try await Task.sleep(for: .seconds(1))
            let job = try ServiceHarness.object(try await service.send(.GET, "/api/solve-jobs/\(jobID)", as: "sam"))
            #expect(job["status"] as? String == "cancelled")
            #expect(try await RotaRepository(database: service.app.db).rotas().isEmpty)
        }
    }

    /// Only the service's handling is tested here, so a fake runner stands in for `amhp`: a job it
    /// refuses never reaches a child.
    @Test func aJobForABadMonthIsRefusedAndAFailingSolveIsReported() async throws {
        let runner = FakeChildJobRunner { _ in FakeChildJobRunner.Script() }
        try await ServiceHarness.with(runsSolveJobs: true, runner: runner) { service in
            let bad = try await service.send(.POST, "/api/solve-jobs", as: "sam", json: ["month": "2026-13", "time_limit": -1])
            #expect(bad.status == .unprocessableEntity)
            let fields = (try ServiceHarness.object(bad)["problems"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
            #expect(Set(fields) == ["month", "time_limit"])
            let badSeed = try await service.send(.POST, "/api/solve-jobs", as: "sam", json: ["month": "2026-12", "seed": -3])
            #expect(badSeed.status == .unprocessableEntity)
            #expect(badSeed.body.string.contains("seed"))
            let tooLong = try await service.send(.POST, "/api/solve-jobs", as: "sam", json: ["month": "2026-12", "time_limit": 100_000])
            #expect(tooLong.status == .unprocessableEntity)
            try await Task.sleep(for: .milliseconds(500))
            #expect(runner.requests.isEmpty)
        }
    }

    /// How many processes have `text` in their command line (the job's folder names the job).
    static func processes(containing text: String) -> Int {
        describeProcesses(containing: text).count
    }

    /// Each such process: its pid, state and parent (from /proc/PID/stat), and command line.
    static func describeProcesses(containing text: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.filter { Int($0) != nil }.compactMap { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
            let command = String(decoding: data.map { $0 == 0 ? 32 : $0 }, as: UTF8.self)
            guard command.contains(text) else { return nil }
            let stat = FileManager.default.contents(atPath: "/proc/\(pid)/stat").map { String(decoding: $0, as: UTF8.self) } ?? ""
            return "\(pid): \(stat.split(separator: ")").last?.prefix(20) ?? "") \(command.prefix(120))"
        }
    }
}
