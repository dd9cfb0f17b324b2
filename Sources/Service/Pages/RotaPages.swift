import Storage
import Vapor

/// The manager's rota pages: every rota and solve job with the form to plan a month, and one
/// rota's grid (editable while a draft). Leads and HR may open a published rota's grid.
enum RotaPages {
    static func register(on app: Application) {
        app.get("rotas") { request -> View in
            let user = try request.requireUser([.manager])
            let rotas = try await RotaRepository(database: request.db).rotas()
            let jobs = try await SolveJobRepository(database: request.db).jobs()
            let configuration = request.application.plannerConfiguration
            let view = RotaListView(rotas: rotas, jobs: jobs, suggestedMonth: ServiceClock.thisMonth.next,
                                    defaultTimeLimit: configuration.defaultTimeLimit,
                                    maximumTimeLimit: configuration.maximumTimeLimit)
            return try await request.page("rotas", title: "Rotas", user: user, view)
        }
        // The parameter is named as RotaAPI's, so the page finds the rota exactly as the API does.
        app.get("rotas", ":rotaID") { request -> View in
            let user = try request.requireUser(RotaAPI.readers)
            let saved = try await RotaAPI.rota(request, user: user)
            let hub = try await HubRepository(database: request.db).require()
            let detail = RotaPresenter(hub: hub).detail(of: saved)
            let view = RotaGridView(detail, editable: user.role == .manager && saved.record.status == .draft)
            return try await request.page("rota", title: "Rota for \(view.monthName) (\(view.status))", user: user, view)
        }
    }
}
