import Storage
import Vapor
import Workforce

/// An AMHP's own view: their shifts on the published rota, and their calendar link.
enum MyAPI {
    static let myRotaOperation = APIOperation(
        method: .GET, path: "/api/my/rota", operationID: "myRota", tag: "My rota",
        summary: "The signed-in AMHP's shifts on the month's published rota.", roles: [.amhp],
        parameters: [.query("month", "The month (YYYY-MM). Default: this month.")], response: .json("MyRota"))
    static let newCalendarLink = APIOperation(
        method: .POST, path: "/api/my/calendar-link", operationID: "newCalendarLink", tag: "My rota",
        summary: "A new iCalendar subscription address for the AMHP's published shifts; the previous one stops working.",
        roles: [.amhp], response: .json("CalendarLink"), status: .created)

    static let myChanges = APIOperation(
        method: .GET, path: "/api/my/changes", operationID: "myChanges", tag: "My rota",
        summary: "Changes later versions made to the signed-in AMHP's shifts, newest first, each marked new when published "
            + "after they last looked.", roles: [.amhp], response: .json("MyChanges"))
    static let markChangesSeen = APIOperation(
        method: .POST, path: "/api/my/changes/seen", operationID: "markChangesSeen", tag: "My rota",
        summary: "Marks the signed-in AMHP's changes as seen (as opening /my does).", roles: [.amhp], response: .none,
        status: .noContent)

    static func register(_ api: APIRouter) {
        api.add(myRotaOperation, rota)
        api.add(newCalendarLink, calendarLink)
        api.add(myChanges, changes)
        api.add(markChangesSeen, seen)
    }

    @Sendable static func changes(_ request: Request, _ user: CurrentUser) async throws -> MyChangesDTO {
        let stores = request.stores
        let notices = try await ShiftNotices.load(stores.rotas, amhpID: user.account.amhpID ?? "", hub: try await stores.hub.require())
        return MyChangesDTO(notices, seenAt: user.account.changesSeenAt)
    }

    @Sendable static func seen(_ request: Request, _ user: CurrentUser) async throws -> HTTPStatus {
        try await request.stores.users.markChangesSeen(username: user.username, at: Date())
        return .noContent
    }

    @Sendable static func rota(_ request: Request, _ user: CurrentUser) async throws -> MyRotaDTO {
        var reader = FieldReader()
        let month = request.query[String.self, at: "month"].flatMap { reader.month($0) } ?? ServiceClock.thisMonth
        try reader.check()
        let stores = request.stores
        let hub = try await stores.hub.require()
        return try await myRota(stores.rotas, hub: hub, amhpID: user.account.amhpID ?? "", month: month)
    }

    @Sendable static func calendarLink(_ request: Request, _ user: CurrentUser) async throws -> Created<CalendarLinkDTO> {
        let token = try await request.stores.sessions.start(for: user.account, kind: .calendar)
        return Created(CalendarLinkDTO(url: CalendarFeed.url(for: token, request: request)))
    }

    static func myRota(_ rotas: any RotaStore, hub: Hub, amhpID: String, month: Month) async throws -> MyRotaDTO {
        guard let published = try await rotas.publishedShifts(month: month, amhpID: amhpID) else {
            return MyRotaDTO(month: "\(month)", published: false, rotaID: nil, shifts: [])
        }
        let shifts = published.assignments.map { assignment in
            let type = hub.shiftType(assignment.shiftCode)
            return MyShiftDTO(date: "\(assignment.date)", shift: assignment.shiftCode, shiftName: type?.name ?? assignment.shiftCode,
                              start: type.map { "\($0.start)" } ?? "", end: type.map { "\($0.end)" } ?? "",
                              coordinator: assignment.isCoordinator, kind: type?.kind.rawValue ?? "")
        }
        return MyRotaDTO(month: "\(month)", published: true, rotaID: published.rotaID, shifts: shifts)
    }
}
