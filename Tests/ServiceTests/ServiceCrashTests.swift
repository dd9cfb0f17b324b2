import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Storage
import TestSupport
import Testing
import Workforce

/// `amhp serve` killed with SIGKILL while HR's entries pour in: every entry the service acknowledged
/// (201) is in the ledger afterwards, none is half-written, and the service starts again on the same file.
@Suite(.serialized) struct ServiceCrashTests {
    @Test func killingTheServiceMidWriteLosesNoAcknowledgedEntry() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("amhp-service-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("amhp.sqlite").path
        #expect(try await Self.run(["import", "--hub", ServiceHarness.demoHub.path, "--database", database]) == 0)
        #expect(try await Self.run(["users", "add", "--username", "jo", "--role", "hr", "--password-stdin", "--database", database],
                             input: "Mersey-ferry-4417\n") == 0)

        let server = try await ServiceProcess.start(database: database, folder: folder)
        let token = try await server.signIn("jo", "Mersey-ferry-4417")
        let acknowledged = AcknowledgedIDs()
        // Four writers in parallel; the service is killed while they are mid-flight.
        let writers = (0..<4).map { writer in
            Task {
                var count = 0
                while await !acknowledged.isStopped {
                    count += 1
                    let body: [String: Any] = ["amhp_id": String(format: "A%02d", 1 + (writer * 7 + count) % 38), "kind": "accrued",
                                               "hours": 0.5, "date": "2026-11-0\(1 + count % 9)", "reason": "Overran",
                                               "approved_by": "Sam"]
                    guard let (status, json) = try? await server.post("/api/toil/entries", token: token, json: body) else { break }
                    if status == 201, let entry = json["entry"] as? [String: Any], let id = entry["id"] as? String {
                        await acknowledged.add(id)
                    }
                }
            }
        }
        while await acknowledged.count < 40 { try await Task.sleep(for: .milliseconds(20)) }
        server.kill()
        // Stopped by a flag, not by cancelling: cancelling a task inside URLSession's async call can
        // deadlock in swift-corelibs-foundation. Requests in flight fail at once now the server is gone.
        await acknowledged.stop()
        for writer in writers { _ = await writer.value }
        let acknowledgedIDs = await acknowledged.ids

        let store = try await PlannerDatabase.open(.sqlite(path: database))
        let hub = try await HubRepository(database: store.database).require()
        let records = try await TOILLedgerRepository(database: store.database).records()
        // Rebuilding re-checks every entry: a half-written one would fail here.
        let ledger = try await TOILLedgerRepository(database: store.database).ledger(hubAMHPIDs: hub.amhpIDs)
        await store.close()
        let stored = Set(records.map(\.entry.id))
        #expect(acknowledgedIDs.count >= 40)
        #expect(acknowledgedIDs.subtracting(stored).isEmpty, "acknowledged but lost: \(acknowledgedIDs.subtracting(stored).sorted())")
        #expect(records.map(\.position) == Array(0..<records.count))
        #expect(ledger.entries.count == records.count)

        // The service starts again on the same file and serves what was kept.
        let restarted = try await ServiceProcess.start(database: database, folder: folder)
        let again = try await restarted.signIn("jo", "Mersey-ferry-4417")
        let (status, _) = try await restarted.get("/api/toil/balances?as_of=2026-11-30", token: again)
        #expect(status == 200)
        restarted.kill()
    }

    @Test func aSolveDoesNotOutliveAKilledService() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("amhp-service-orphan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("amhp.sqlite").path
        #expect(try await Self.run(["import", "--hub", ServiceHarness.demoHub.path, "--database", database]) == 0)
        #expect(try await Self.run(["users", "add", "--username", "sam", "--role", "manager", "--password-stdin", "--database", database],
                             input: "Mersey-ferry-4417\n") == 0)
        // The child at the service's own priority: at the lowest (19, the default) an orphan on a machine
        // the other suites kept busy got no processor time at all in 20 s (ps: 0 s), so it could not
        // see its parent had gone. What is tested is that it stops once it runs.
        let server = try await ServiceProcess.start(database: database, folder: folder, solveJobs: true, childNice: 0)
        let token = try await server.signIn("sam", "Mersey-ferry-4417")
        let (status, job) = try await server.post("/api/solve-jobs", token: token, json: ["month": "2026-12", "time_limit": 300])
        #expect(status == 202)
        let jobID = try #require(job["id"] as? String)
        #expect(try await Eventually.until { RotaWorkflowTests.processes(containing: jobID) > 0 }, "the solver never started")
        server.kill()
        #expect(try await Eventually.until { RotaWorkflowTests.processes(containing: jobID) == 0 },
                "the solver ran on after the service was killed: \(RotaWorkflowTests.describeProcesses(containing: jobID))")

        // Restarted alone on its SQLite file, the service treats the lease of the job it lost as run
        // out: the job is queued again and claimed a second time (a third loss would fail it).
        let restarted = try await ServiceProcess.start(database: database, folder: folder, solveJobs: true, childNice: 0)
        let again = try await restarted.signIn("sam", "Mersey-ferry-4417")
        var state = "", attempts = 0
        // With eight services starting at once on two cores, a claim has come after 20 s.
        try await Eventually.until {
            let (_, body) = try await restarted.get("/api/solve-jobs/\(jobID)", token: again)
            state = (body as? [String: Any])?["status"] as? String ?? ""
            attempts = (body as? [String: Any])?["attempts"] as? Int ?? 0
            return state == "running" && attempts == 2
        }
        #expect(state == "running" && attempts == 2)
        restarted.kill()
    }

    static func run(_ arguments: [String], input: String? = nil) async throws -> Int32 {
        try await ProgramRun.run(ServiceHarness.executable, arguments, input: input).status
    }
}

/// Entry ids the service acknowledged.
actor AcknowledgedIDs {
    private(set) var ids: Set<String> = []
    private(set) var isStopped = false
    var count: Int { ids.count }
    func add(_ id: String) { ids.insert(id) }
    func stop() { isStopped = true }
}

/// `amhp serve` as a child process on a free port.
final class ServiceProcess: @unchecked Sendable {
    /// Only started, killed and waited for, by one test at a time.
    private let process: Process
    let port: Int

    init(process: Process, port: Int) {
        self.process = process
        self.port = port
    }

    /// `childNice`: `--child-nice`, when given.
    static func start(database: String, folder: URL, solveJobs: Bool = false, childNice: Int? = nil) async throws -> ServiceProcess {
        for _ in 0..<5 {
            let port = Int.random(in: 20_000...45_000)
            let process = Process()
            process.executableURL = ServiceHarness.executable
            process.arguments = ["serve", "--port", String(port), "--database", database,
                                 "--workspace", folder.appendingPathComponent("jobs").path] + (solveJobs ? [] : ["--no-solve-jobs"])
                + (childNice.map { ["--child-nice", String($0)] } ?? [])
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let server = ServiceProcess(process: process, port: port)
            var up = false
            try await Eventually.until {
                up = (try? await server.get("/openapi.json", token: nil))?.0 == 200
                return up || !process.isRunning
            }
            if up { return server }
            server.kill()
        }
        throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "amhp serve did not start"])
    }

    func kill() {
        _ = Foundation.kill(process.processIdentifier, SIGKILL)
        // Foundation reaps its children itself; waiting through it avoids racing it to waitpid.
        process.waitUntilExit()
    }

    func signIn(_ username: String, _ password: String) async throws -> String {
        let (status, json) = try await post("/api/session", token: nil, json: ["username": username, "password": password])
        guard status == 201, let token = json["token"] as? String else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "sign-in failed: \(status)"])
        }
        return token
    }

    func get(_ path: String, token: String?) async throws -> (Int, Any) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, (try? JSONSerialization.jsonObject(with: data)) ?? [:])
    }

    func post(_ path: String, token: String?, json: [String: Any]) async throws -> (Int, [String: Any]) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        request.httpBody = try JSONSerialization.data(withJSONObject: json)
        request.timeoutInterval = 10
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, ((try? JSONSerialization.jsonObject(with: data)) as? [String: Any]) ?? [:])
    }
}
