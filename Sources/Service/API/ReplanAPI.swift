import Foundation
import Storage
import Vapor
import Workforce

/// Solving again from a rota: a draft re-solved keeping its pins, and the month's published rota
/// re-planned from a date (everything before it stays; the result is a draft based on it, which
/// publishes as a `replan` version). Both queue a solve job, as `POST /api/solve-jobs` does.
enum ReplanAPI {
    static let resolveDraft = APIOperation(
        method: .POST, path: "/api/rotas/{rotaID}/resolve", operationID: "resolveDraft", tag: "Rotas",
        summary: "Queue a solve of a draft's month keeping the draft's pins; the result is a new draft with the same pins. 409 on a published rota.",
        roles: [.manager], parameters: [.path("rotaID", "The draft's id.", format: "uuid")],
        request: .json("NewResolve"), response: .json("SolveJob"), status: .accepted)
    static let replanRota = APIOperation(
        method: .POST, path: "/api/rotas/{rotaID}/replan", operationID: "replanRota", tag: "Rotas",
        summary: "Queue a re-plan of the month's published rota from a date (`from`, inside its month): days before it stay, as few cells as possible change after it, its pins are kept. The result is a draft based on it; publishing it makes the next version (kind replan).",
        roles: [.manager], parameters: [.path("rotaID", "The published rota's id.", format: "uuid")],
        request: .json("NewReplan"), response: .json("SolveJob"), status: .accepted)

    static func register(_ api: APIRouter) {
        api.add(resolveDraft) { request, user in
            let body = try request.json(NewReplanDTO.self)
            let saved = try await RotaAPI.rota(request, user: user)
            return try await accepted(try await resolve(saved, body: body, request: request, user: user), request: request)
        }
        api.add(replanRota) { request, user in
            let body = try request.json(NewReplanDTO.self)
            let saved = try await RotaAPI.rota(request, user: user)
            return try await accepted(try await replan(saved, body: body, request: request, user: user), request: request)
        }
    }

    /// Queues a re-solve of a draft with its pins; 409 for a rota that is not a draft. A re-plan's
    /// draft is re-planned again, from the same published rota and day, so pinning a cell of a
    /// re-plan and re-solving keeps both the pin and the few-changes re-plan.
    static func resolve(_ saved: SavedRota, body: NewReplanDTO, request: Request, user: CurrentUser) async throws -> SolveJobRecord {
        guard saved.record.status == .draft else {
            throw Abort(.conflict, reason: "Only a draft is re-solved; re-plan the published rota from a date instead.")
        }
        var reader = FieldReader()
        let (timeLimit, seed) = limits(body, reader: &reader, request: request)
        try reader.check("The re-solve has problems; nothing was queued.")
        let pins = try await request.stores.rotas.pins(rotaID: saved.record.id)
        let jobs = SolveJobRepository(database: request.db)
        let parameters: SolveJobParameters
        if let replan = try await replanThatMade(saved, jobs: jobs), let base = replan.rotaID, let from = replan.replanFrom {
            parameters = try SolveJobParameters(timeLimit: timeLimit, seed: seed, rotaID: base, replanFrom: from,
                                                pins: pins.filter { $0.date >= from })
        } else {
            parameters = try SolveJobParameters(timeLimit: timeLimit, seed: seed, rotaID: saved.record.id, pins: pins)
        }
        return try await jobs.enqueue(month: saved.record.month, parameters: parameters, by: user.username)
    }

    /// The parameters of the re-plan job that made this draft, if a re-plan made it.
    static func replanThatMade(_ saved: SavedRota, jobs: SolveJobRepository) async throws -> SolveJobParameters? {
        guard saved.record.changeKind == .replan else { return nil }
        return try await jobs.jobs(month: saved.record.month, limit: 500)
            .first { $0.rotaID == saved.record.id && $0.parameters.replanFrom != nil }?.parameters
    }

    /// Queues a re-plan of the month's published rota from `from`; 409 for a rota that is not the
    /// month's published one, 422 for a date outside its month.
    static func replan(_ saved: SavedRota, body: NewReplanDTO, request: Request, user: CurrentUser) async throws -> SolveJobRecord {
        guard saved.record.status == .published else {
            throw Abort(.conflict, reason: "Only the month's published rota is re-planned; re-solve a draft instead.")
        }
        var reader = FieldReader()
        let from = reader.date(body.from, field: "from")
        if let from, !saved.record.month.range.contains(from) {
            reader.add("from", "\(from) is not in the rota's month, \(saved.record.month); choose a day of \(saved.record.month).")
        }
        let (timeLimit, seed) = limits(body, reader: &reader, request: request)
        let day = try reader.require(from, "The re-plan has problems; nothing was queued.")
        // Days before `from` have happened and stay as published: only later pins go to the child.
        let pins = try await request.stores.rotas.pins(rotaID: saved.record.id).filter { $0.date >= day }
        let parameters = try SolveJobParameters(timeLimit: timeLimit, seed: seed, rotaID: saved.record.id, replanFrom: day, pins: pins)
        return try await SolveJobRepository(database: request.db).enqueue(month: saved.record.month, parameters: parameters, by: user.username)
    }

    /// The time limit and seed asked for, within the service's bounds, or its defaults.
    static func limits(_ body: NewReplanDTO, reader: inout FieldReader, request: Request) -> (Double, Int) {
        let configuration = request.application.plannerConfiguration
        let timeLimit = body.timeLimit ?? configuration.defaultTimeLimit
        if !(timeLimit > 0 && timeLimit <= configuration.maximumTimeLimit) {
            reader.add("time_limit", "must be more than 0 and at most \(Int(configuration.maximumTimeLimit)) seconds.")
        }
        let seed = body.seed ?? Int(RotaRunDefaults.seed)
        if seed < 0 { reader.add("seed", "must be 0 or more.") }
        return (timeLimit, seed)
    }

    static func accepted(_ job: SolveJobRecord, request: Request) async throws -> Response {
        let response = try await SolveJobDTO(job).encodeResponse(for: request)
        response.status = .accepted
        response.headers.replaceOrAdd(name: .location, value: "/api/solve-jobs/\(job.id)")
        return response
    }
}

/// A re-solve or re-plan asked for: the re-plan's first day (`from`), and optionally the seconds
/// and seed, as `POST /api/solve-jobs` takes them.
struct NewReplanDTO: Content {
    let from: String?
    let timeLimit: Double?
    let seed: Int?
}
