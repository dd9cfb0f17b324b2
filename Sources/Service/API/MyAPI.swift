import FluentKit
import Storage
import Vapor
import Workforce

/// An AMHP's own view: their shifts on the published rota, and their calendar link.
enum MyAPI {
    static func register(_ api: APIRouter) {
        api.add(APIOperation(
            method: .GET, path: "/api/my/rota", operationID: "myRota", tag: "My rota",
            summary: "The signed-in AMHP's shifts on the month's published rota.", roles: [.amhp],
            parameters: [.query("month", "The month (YYYY-MM). Default: this month.")], response: .json("MyRota"))) { request, user in
            var reader = FieldReader()
            let month = request.query[String.self, at: "month"].flatMap { reader.month($0) } ?? ServiceClock.thisMonth
            try reader.check()
            let hub = try await HubRepository(database: request.db).require()
            return try await myRota(request.db, hub: hub, amhpID: user.account.amhpID ?? "", month: month)
        }
        api.add(APIOperation(
            method: .POST, path: "/api/my/calendar-link", operationID: "newCalendarLink", tag: "My rota",
            summary: "A new iCalendar subscription address for the AMHP's published shifts; the previous one stops working.",
            roles: [.amhp], response: .json("CalendarLink"), status: .created)) { request, user in
            let token = try await SessionRepository(database: request.db).start(for: user.account, kind: .calendar)
            return Created(CalendarLinkDTO(url: CalendarFeed.url(for: token, request: request)))
        }
    }

    static func myRota(_ database: any Database, hub: Hub, amhpID: String, month: Month) async throws -> MyRotaDTO {
        guard let published = try await RotaRepository(database: database).published(month: month) else {
            return MyRotaDTO(month: "\(month)", published: false, rotaID: nil, shifts: [])
        }
        let shifts = published.rota.assignments.filter { $0.amhpID == amhpID }.map { assignment in
            let type = hub.shiftType(assignment.shiftCode)
            return MyShiftDTO(date: "\(assignment.date)", shift: assignment.shiftCode, shiftName: type?.name ?? assignment.shiftCode,
                              start: type.map { "\($0.start)" } ?? "", end: type.map { "\($0.end)" } ?? "",
                              coordinator: assignment.isCoordinator)
        }
        return MyRotaDTO(month: "\(month)", published: true, rotaID: published.record.id, shifts: shifts)
    }
}
