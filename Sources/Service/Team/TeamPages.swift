import Foundation
import Vapor

/// `/team` (the published rota and who is on now, for every role) and `/league` (the
/// bank-holiday and festive league table, for every role).
enum TeamPages {
    static func register(on app: Application) {
        app.get("team", use: team)
        app.get("league", use: league)
    }

    @Sendable static func team(_ request: Request) async throws -> View {
        let user = try request.requireUser(TeamAPI.teamRota.roles)
        let month = try TeamAPI.month(of: request)
        let rota = try await TeamAPI.rota(request, user)
        let now = try await TeamAPI.nowDTO(request, at: Date())
        return try await request.page("team", title: "Team rota", user: user, TeamPageView(rota: rota, now: now, month: month))
    }

    @Sendable static func league(_ request: Request) async throws -> View {
        let user = try request.requireUser(TeamAPI.league.roles)
        let years = try TeamAPI.years(of: request)
        let league = try await TeamAPI.leagueDTO(request, years: years)
        return try await request.page("league", title: "Bank-holiday league", user: user, LeaguePageView(league, yearsShown: years))
    }
}
