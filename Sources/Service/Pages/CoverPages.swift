import Storage
import Vapor

/// "Who can cover" one shift of a rota, linked from each short shift on the grid: for the roles of
/// `CoverAPI`, who see the same answer as `GET /api/rotas/{rotaID}/cover`.
enum CoverPages {
    static func register(on app: Application) {
        // The parameter is named as RotaAPI's, so the page finds the rota exactly as the API does.
        app.get("rotas", ":rotaID", "cover", use: cover)
    }

    @Sendable static func cover(_ request: Request) async throws -> View {
        let user = try request.requireUser(CoverAPI.roles)
        let saved = try await RotaAPI.rota(request, user: user)
        let hub = try await ChainedHub.hub(for: saved.record.month, stores: request.stores)
        let (date, shift) = try CoverAPI.shiftQuery(request, hub: hub, month: saved.record.month)
        let options = CoverAPI.options(for: saved.rota, hub: hub, date: date, shift: shift)
        let summary = CoverPageView.SavedRotaSummary(id: saved.record.id.uuidString, monthName: PageText.monthName(saved.record.month),
                                                     status: saved.record.status.rawValue)
        let view = CoverPageView(options, rota: summary, hub: hub, canAssign: user.role == .manager)
        return try await request.page("cover", title: view.heading, user: user, view)
    }
}
