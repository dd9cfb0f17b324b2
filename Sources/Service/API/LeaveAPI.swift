import Storage
import Vapor
import Workforce

/// Leave, sickness, training and other absences: the rota never plans anyone on them.
enum LeaveAPI {
    static func register(_ api: APIRouter) {
        api.add(APIOperation(
            method: .GET, path: "/api/leave", operationID: "listLeave", tag: "Availability",
            summary: "Absences, all or one AMHP's or one month's; an AMHP sees only their own.", roles: [.manager, .hr, .amhp],
            parameters: [.query("amhp_id", "Only this AMHP's."), .query("month", "Only those touching this month (YYYY-MM).")],
            response: .jsonArray("Leave"))) { request, user in
            let hub = try await HubRepository(database: request.db).require()
            let amhpID = request.query[String.self, at: "amhp_id"]
            var reader = FieldReader()
            let month = request.query[String.self, at: "month"].flatMap { reader.month($0) }
            try reader.check()
            return hub.leaveWithIDs.filter { _, absence in
                user.maySee(amhpID: absence.amhpID) && (amhpID == nil || absence.amhpID == amhpID)
                    && (month.map { absence.dates.first <= $0.lastDay && absence.dates.last >= $0.firstDay } ?? true)
            }.map { LeaveDTO(id: $0.id, $0.absence) }
        }
        api.add(APIOperation(
            method: .POST, path: "/api/leave", operationID: "addLeave", tag: "Availability",
            summary: "Record an absence.", roles: [.manager], request: .json("NewLeave"), response: .json("Leave"),
            status: .created)) { request, user in
            let new = try request.content.decode(NewLeaveDTO.self)
            let hub = try await HubRepository(database: request.db).require()
            var reader = FieldReader()
            _ = reader.amhp(new.amhpID, in: hub)
            let kind = reader.choice(new.kind, Absence.Kind.self, field: "kind")
            let start = reader.date(new.start, field: "start"), end = reader.date(new.end, field: "end")
            var dates: DateRange?
            if let start, let end {
                dates = DateRange(first: start, last: end)
                if dates == nil { reader.add("end", "is before start; give the last day of the absence.") }
            }
            let note = reader.text(new.note ?? "", field: "note", limit: InputLimits.noteLength) ?? ""
            let absence = Absence(amhpID: new.amhpID, kind: try reader.require(kind), dates: try reader.require(dates), note: note)
            let updated = try await HubRepository(database: request.db).update(
                by: user.username, action: "leave.add", subject: "amhp:\(new.amhpID)",
                detail: ["kind": absence.kind.rawValue, "start": "\(absence.dates.first)", "end": "\(absence.dates.last)"]) { hub in
                try HubValidator.validated(hub.replacing(absences: hub.absences + [absence]))
            }
            return Created(LeaveDTO(id: updated.leaveWithIDs.last?.id ?? "", absence))
        }
        api.add(APIOperation(
            method: .DELETE, path: "/api/leave/{leaveID}", operationID: "deleteLeave", tag: "Availability",
            summary: "Remove an absence recorded in error.", roles: [.manager],
            parameters: [.path("leaveID", "The absence's id from GET /api/leave.")], response: .none, status: .noContent)) { request, user in
            let id = try request.identifier("leaveID")
            try await HubRepository(database: request.db).update(
                by: user.username, action: "leave.delete", subject: "leave:\(id)", detail: [:]) { hub in
                guard let index = hub.leaveWithIDs.firstIndex(where: { $0.id == id }) else {
                    throw Abort(.notFound, reason: "No absence has the id \(id); it may have been removed or changed meanwhile.")
                }
                var absences = hub.absences
                absences.remove(at: index)
                return try HubValidator.validated(hub.replacing(absences: absences))
            }
            return HTTPStatus.noContent
        }
    }
}
