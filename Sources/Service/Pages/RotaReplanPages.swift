import Foundation
import Storage
import Vapor
import Workforce

/// The rota page's pins, "Re-solve keeping pins" (a draft) and "Re-plan from..." (the published
/// rota): the forms post here with their `csrf_token`, go through the same path as the API
/// (`ReplanAPI`), and come back to the rota's page following the queued job.
enum RotaReplanPages {
    static func register(on app: Application) {
        // The parameter is named as RotaAPI's, so the page finds the rota exactly as the API does.
        app.post("rotas", ":rotaID", "replan", use: replan)
        app.post("rotas", ":rotaID", "resolve", use: resolve)
    }

    @Sendable static func replan(_ request: Request) async throws -> Response {
        let user = try request.requireUser(ReplanAPI.replanRota.roles)
        let form = try request.content.decode(ReplanFormFields.self)
        let saved = try await RotaAPI.rota(request, user: user)
        let job = try await ReplanAPI.replan(saved, body: form.body, request: request, user: user)
        return request.redirect(to: "/rotas/\(saved.record.id)?job=\(job.id)", redirectType: .normal)
    }

    @Sendable static func resolve(_ request: Request) async throws -> Response {
        let user = try request.requireUser(ReplanAPI.resolveDraft.roles)
        let saved = try await RotaAPI.rota(request, user: user)
        let job = try await ReplanAPI.resolve(saved, body: NewReplanDTO(from: nil, timeLimit: nil, seed: nil), request: request, user: user)
        return request.redirect(to: "/rotas/\(saved.record.id)?job=\(job.id)", redirectType: .normal)
    }

    /// The pinned cells `user` sees on the rota's page: pins are a manager's only.
    static func pins(of saved: SavedRota, user: CurrentUser, request: Request) async throws -> [Pin] {
        user.role == .manager ? try await request.stores.rotas.pins(rotaID: saved.record.id) : []
    }

    /// `view` (its body already marked with `pins`) with the re-plan section: re-plans are the manager's,
    /// so others see the page as before but for a re-plan version's changes.
    static func decorate(_ view: RotaGridView, saved: SavedRota, pins: [Pin], hub: Hub, user: CurrentUser,
                         request: Request) async throws -> RotaGridView {
        let stores = request.stores
        let isManager = user.role == .manager
        var base: SavedRota?
        if saved.record.changeKind == .replan, let basedOn = saved.record.basedOn {
            base = try await stores.rotas.rota(id: basedOn)
        }
        let job = isManager ? request.query[String.self, at: "job"].flatMap { UUID(uuidString: $0) } : nil
        var decorated = view
        decorated.replan = RotaReplanView(saved: saved, base: base, pins: pins, hub: hub,
                                          isManager: isManager, jobID: job, today: ServiceClock.today)
        return decorated
    }
}

/// The "Re-plan from..." form as posted (`application/x-www-form-urlencoded`), read as the API's body.
struct ReplanFormFields: Content {
    let from: String?

    var body: NewReplanDTO { NewReplanDTO(from: from, timeLimit: nil, seed: nil) }
}
