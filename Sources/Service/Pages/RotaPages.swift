import Storage
import Vapor
import Workforce

/// The manager's rota pages: every rota and solve job with the form to plan a month, and one
/// rota's grid (editable while a draft). Leads and HR may open a published rota's grid.
enum RotaPages {
    static func register(on app: Application) {
        app.get("rotas", use: list)
        app.get("rotas", "compare", use: RotaComparePage.page)
        // The parameter is named as RotaAPI's, so the page finds the rota exactly as the API does.
        app.get("rotas", ":rotaID", use: grid)
    }

    @Sendable static func list(_ request: Request) async throws -> View {
        let user = try request.requireUser([.manager])
        let stores = request.stores
        let rotas = try await stores.rotas.rotas(month: nil)
        let jobs = try await stores.solveJobs.jobs(month: nil, limit: 50)
        let configuration = request.application.plannerConfiguration
        let uncovered = try await UncoveredShifts.lines(of: rotas, stores: stores)
        let summaries = try await RotaSummaries.sentences(of: rotas, stores: stores)
        let view = RotaListView(rotas: rotas, jobs: jobs, uncovered: uncovered, summaries: summaries, suggestedMonth: ServiceClock.thisMonth.next,
                                defaultTimeLimit: configuration.defaultTimeLimit,
                                maximumTimeLimit: configuration.maximumTimeLimit)
        return try await request.page("rotas", title: "Rotas", user: user, view)
    }

    @Sendable static func grid(_ request: Request) async throws -> View {
        let user = try request.requireUser(RotaAPI.readers)
        let found = try await RotaDetails.find(request, user: user)
        let stores = request.stores
        let hub = try await stores.hub.require()
        // Only a re-plan's page reads the shifts themselves (what it changed), so only it loads them.
        let saved = found.record.changeKind == .replan || found.record.status == .draft
            ? try await RotaAPI.rota(request, user: user)
            : SavedRota(record: found.record, rota: Rota(month: found.record.month, assignments: []))
        let pins = try await RotaReplanPages.pins(of: saved, user: user, request: request)
        var view = try await RotaGridFragments.page(of: found.detail, detailKey: found.key,
                                                   editable: user.role == .manager && saved.record.status == .draft,
                                                   coverLinks: CoverAPI.roles.contains(user.role), pins: pins, request: request)
        view = try await RotaReplanPages.decorate(view, saved: saved, pins: pins, hub: hub, user: user, request: request)
        if user.role == .manager && saved.record.status == .published {
            view.nextMonth = try await NextMonthCheck.breaches(after: saved.record.month, hub: hub, rotas: stores.rotas)
                .map(RotaGridView.NextMonthView.init)
        }
        return try await request.page("rota", title: "Rota for \(view.monthName) (\(view.status))", user: user, view)
    }
}
