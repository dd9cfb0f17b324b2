import Foundation
import RotaReports
import Storage
import Vapor
import Workforce

/// The published rota as every role sees it, who is on now and tonight, and the bank-holiday
/// league table. None of them says why anyone is off.
enum TeamAPI {
    static let teamRota = APIOperation(
        method: .GET, path: "/api/team", operationID: "teamRota", tag: "Team",
        summary: "The hub's published rota of a month for every role: shift codes, coordinators, and \"off\" for any absence (never why).",
        roles: UserRole.everyone, parameters: [.query("month", "YYYY-MM; this month by default.")], response: .json("TeamRota"))
    static let teamNow = APIOperation(
        method: .GET, path: "/api/team/now", operationID: "teamNow", tag: "Team",
        summary: "Who is on the shift running now, and on tonight's night shift, from the published rotas.",
        roles: UserRole.everyone, response: .json("TeamNow"))
    static let league = APIOperation(
        method: .GET, path: "/api/league", operationID: "bankHolidayLeague", tag: "Team",
        summary: "Who worked Christmas Day, Boxing Day, New Year's Day and the other bank holidays, year by year, per FTE, least loaded first.",
        roles: UserRole.everyone, parameters: [.query("years", "Only the last N calendar years (1 to 50); every year by default.", type: "integer")],
        response: .json("League"))

    static func register(_ api: APIRouter) {
        api.add(teamRota, rota)
        api.add(teamNow, now)
        api.add(league, leagueTable)
    }

    @Sendable static func rota(_ request: Request, _ user: CurrentUser) async throws -> TeamRotaDTO {
        let month = try month(of: request)
        let stores = request.stores
        return TeamRota.dto(month: month, published: try await stores.rotas.published(month: month), hub: try await stores.hub.require())
    }

    @Sendable static func now(_ request: Request, _ user: CurrentUser) async throws -> TeamNowDTO {
        try await nowDTO(request, at: Date())
    }

    @Sendable static func leagueTable(_ request: Request, _ user: CurrentUser) async throws -> LeagueDTO {
        try await leagueDTO(request, years: try years(of: request))
    }

    /// The `years` query: 1 to 50, or nil (every year) when absent or empty.
    static func years(of request: Request) throws -> Int? {
        var reader = FieldReader()
        var years: Int?
        if let text = request.query[String.self, at: "years"], !text.isEmpty {
            years = reader.integer(Int(text), field: "years", in: 1...50, meaning: "how many years to show")
        }
        try reader.check()
        return years
    }

    static func month(of request: Request) throws -> Month {
        var reader = FieldReader()
        let month = request.query[String.self, at: "month"].flatMap { reader.month($0) } ?? ServiceClock.thisMonth
        try reader.check()
        return month
    }

    static func nowDTO(_ request: Request, at instant: Date) async throws -> TeamNowDTO {
        let stores = request.stores
        let hub = try await stores.hub.require()
        let moment = TeamNow.Moment(instant, in: ServiceClock.timeZone)
        return TeamNow.dto(at: moment, assignments: try await TeamNow.publishedAssignments(around: moment, rotas: stores.rotas), hub: hub)
    }

    static func leagueDTO(_ request: Request, years: Int?) async throws -> LeagueDTO {
        let stores = request.stores
        let hub = try await stores.hub.require()
        let fromYear = years.map { ServiceClock.today.year - $0 + 1 }
        return LeagueDTO(BankHolidayLeague(hub: hub, rotas: try await PublishedHistory.rotas(stores.rotas), fromYear: fromYear))
    }
}

extension LeagueDTO {
    init(_ league: BankHolidayLeague) {
        years = league.years
        rows = league.rows.map { row in
            LeagueRowDTO(amhpID: row.amhpID, name: row.name, fte: row.fte, festiveDays: row.festiveDays, bankHolidays: row.bankHolidays,
                         festiveDaysPerFte: row.festiveDaysPerFTE, bankHolidaysPerFte: row.bankHolidaysPerFTE,
                         beforePlanner: row.opening.map {
                             LeagueOpeningDTO(months: $0.months, bankHolidayShifts: $0.bankHolidayShifts, workedLastFestive: $0.workedLastFestive)
                         },
                         years: row.years.map {
                             LeagueYearDTO(year: $0.year, christmasDay: $0.christmasDay, boxingDay: $0.boxingDay, newYearsDay: $0.newYearsDay,
                                           otherBankHolidays: $0.otherBankHolidays, bankHolidays: $0.bankHolidays)
                         })
        }
    }
}
