import Storage
import Vapor
import Workforce

/// Planning a month: a background job that runs the solver in a child process.
enum SolveJobAPI {
    static func register(_ api: APIRouter) {
        api.add(APIOperation(
            method: .POST, path: "/api/solve-jobs", operationID: "startSolveJob", tag: "Rotas",
            summary: "Queue a solve of a month; poll the job for progress. The result is saved as a draft rota. "
                + "When a job for the same month with the same parameters is queued already, that job is returned (200) instead of a new one.",
            roles: [.manager], request: .json("NewSolveJob"), response: .json("SolveJob"), status: .accepted,
            otherStatus: (.ok, "An identical job (same month and parameters) was queued already: this is that job, which the request shares."))) { request, user in
            let new = try request.content.decode(NewSolveJobDTO.self)
            let configuration = request.application.plannerConfiguration
            var reader = FieldReader()
            let month = reader.month(new.month)
            let timeLimit = new.timeLimit ?? configuration.defaultTimeLimit
            if !(timeLimit > 0 && timeLimit <= configuration.maximumTimeLimit) {
                reader.add("time_limit", "must be more than 0 and at most \(Int(configuration.maximumTimeLimit)) seconds.")
            }
            let seed = new.seed ?? Int(RotaRunDefaults.seed)
            if seed < 0 { reader.add("seed", "must be 0 or more.") }
            if let iterations = new.iterations, !(0...SolveJobParameters.iterationLimit).contains(iterations) {
                reader.add("iterations", "must be from 0 to \(SolveJobParameters.iterationLimit) search tries.")
            }
            let checkedMonth = try reader.require(month)
            _ = try await HubRepository(database: request.db).require()
            let parameters = try SolveJobParameters(timeLimit: timeLimit, seed: seed, iterations: new.iterations)
            let enqueued = try await SolveJobRepository(database: request.db)
                .enqueueUnlessQueued(month: checkedMonth, parameters: parameters, by: user.username)
            let job = enqueued.job
            let response = try await SolveJobDTO(job).encodeResponse(for: request)
            response.status = enqueued.isShared ? .ok : .accepted
            response.headers.replaceOrAdd(name: .location, value: "/api/solve-jobs/\(job.id)")
            return response
        }
        api.add(APIOperation(
            method: .GET, path: "/api/solve-jobs", operationID: "listSolveJobs", tag: "Rotas",
            summary: "Solve jobs, newest first.", roles: [.manager],
            parameters: [.query("month", "Only this month's (YYYY-MM).")], response: .jsonArray("SolveJob"))) { request, _ in
            var reader = FieldReader()
            let month = request.query[String.self, at: "month"].flatMap { reader.month($0) }
            try reader.check()
            return try await SolveJobRepository(database: request.db).jobs(month: month).map(SolveJobDTO.init)
        }
        api.add(APIOperation(
            method: .GET, path: "/api/solve-jobs/{jobID}", operationID: "getSolveJob", tag: "Rotas",
            summary: "A solve job: status (queued, running, done, failed, cancelled), progress, and the draft once done.",
            roles: [.manager], parameters: [.path("jobID", "The job's id.", format: "uuid")], response: .json("SolveJob"))) { request, _ in
            SolveJobDTO(try await job(request))
        }
        api.add(APIOperation(
            method: .POST, path: "/api/solve-jobs/{jobID}/cancel", operationID: "cancelSolveJob", tag: "Rotas",
            summary: "Cancel a queued or running job; a running solver is stopped.", roles: [.manager],
            parameters: [.path("jobID", "The job's id.", format: "uuid")], response: .json("SolveJob"))) { request, user in
            let job = try await job(request)
            return SolveJobDTO(try await SolveJobRepository(database: request.db).cancel(id: job.id, by: user.username))
        }
    }

    static func job(_ request: Request) async throws -> SolveJobRecord {
        guard let id = request.parameters.get("jobID", as: UUID.self) else {
            throw Abort(.badRequest, reason: "The job id is not a UUID.")
        }
        guard let job = try await SolveJobRepository(database: request.db).job(id: id) else {
            throw Abort(.notFound, reason: "No solve job has the id \(id).")
        }
        return job
    }
}
