import Storage
import Vapor
import Workforce

/// Leave, sickness, training and other absences: the rota never plans anyone on them.
enum LeaveAPI {
    static let listLeave = APIOperation(
        method: .GET, path: "/api/leave", operationID: "listLeave", tag: "Availability",
        summary: "Absences, all or one AMHP's or one month's; an AMHP sees only their own.", roles: [.manager, .hr, .amhp],
        parameters: [.query("amhp_id", "Only this AMHP's."), .query("month", "Only those touching this month (YYYY-MM).")],
        response: .jsonArray("Leave"))
    static let addLeave = APIOperation(
        method: .POST, path: "/api/leave", operationID: "addLeave", tag: "Availability",
        summary: "Record an absence. Where a published rota has the AMHP on an absent day, a new version of it is published at once without those shifts (kind absence).",
        roles: [.manager], request: .json("NewLeave"), response: .json("Leave"),
        status: .created)
    static let deleteLeave = APIOperation(
        method: .DELETE, path: "/api/leave/{leaveID}", operationID: "deleteLeave", tag: "Availability",
        summary: "Remove an absence recorded in error. Shifts a version took off for it are not put back: cover them on the rota.", roles: [.manager],
        parameters: [.path("leaveID", "The absence's id from GET /api/leave.")], response: .none, status: .noContent)

    static func register(_ api: APIRouter) {
        api.add(listLeave, list)
        api.add(addLeave, add)
        api.add(deleteLeave, delete)
    }

    @Sendable static func list(_ request: Request, _ user: CurrentUser) async throws -> [LeaveDTO] {
        let hub = try await request.stores.hub.require()
        let filter = try AvailabilityFilter(request, user: user)
        return hub.leaveWithIDs.filter { filter.shows($0.absence) }.map { LeaveDTO(id: $0.id, $0.absence) }
    }

    @Sendable static func add(_ request: Request, _ user: CurrentUser) async throws -> Created<LeaveDTO> {
        Created(try await record(try request.content.decode(NewLeaveDTO.self), request: request, user: user).leave)
    }

    /// Records the absence, then takes the AMHP off published shifts on those days (`AbsenceVersioning`):
    /// the absence and the rota versions made.
    static func record(_ new: NewLeaveDTO, request: Request,
                       user: CurrentUser) async throws -> (leave: LeaveDTO, versions: [RotaRecord]) {
        try await record(new, stores: request.stores, by: user.username)
    }

    /// The same, for a caller without a request (an approved leave request from the command line).
    static func record(_ new: NewLeaveDTO, stores: ServiceStores,
                       by actor: String) async throws -> (leave: LeaveDTO, versions: [RotaRecord]) {
        let absence = try LeaveForm.absence(new, in: try await stores.hub.require())
        let updated = try await stores.hub.update(
            by: actor, action: "leave.add", subject: "amhp:\(new.amhpID)",
            detail: ["kind": absence.kind.rawValue, "start": "\(absence.dates.first)", "end": "\(absence.dates.last)"]) { hub in
            try HubValidator.validated(hub.replacing(absences: hub.absences + [absence]))
        }
        let versions = try await AbsenceVersioning.apply(absence, hub: updated, stores: stores, by: actor)
        return (LeaveDTO(id: updated.leaveWithIDs.last?.id ?? "", absence), versions)
    }

    @Sendable static func delete(_ request: Request, _ user: CurrentUser) async throws -> HTTPStatus {
        let id = try request.identifier("leaveID")
        try await request.stores.hub.update(by: user.username, action: "leave.delete", subject: "leave:\(id)", detail: [:]) { hub in
            try LeaveForm.removing(id, from: hub)
        }
        return .noContent
    }
}

/// A new absence read against the hub, and the hub without one.
enum LeaveForm {
    /// The absence, or every problem with the form.
    static func absence(_ new: NewLeaveDTO, in hub: Hub) throws -> Absence {
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
        return Absence(amhpID: new.amhpID, kind: try reader.require(kind), dates: try reader.require(dates), note: note)
    }

    /// The hub without the absence of this id; 404 when there is none.
    static func removing(_ id: String, from hub: Hub) throws -> Hub {
        guard let index = hub.leaveWithIDs.firstIndex(where: { $0.id == id }) else {
            throw Abort(.notFound, reason: "No absence has the id \(id); it may have been removed or changed meanwhile.")
        }
        var absences = hub.absences
        absences.remove(at: index)
        return try HubValidator.validated(hub.replacing(absences: absences))
    }
}

/// The `amhp_id` and `month` a list of absences or requests is narrowed to, and what the user may see.
struct AvailabilityFilter {
    let user: CurrentUser
    let amhpID: String?
    let month: Month?

    init(_ request: Request, user: CurrentUser) throws {
        self.user = user
        amhpID = request.query[String.self, at: "amhp_id"]
        var reader = FieldReader()
        month = request.query[String.self, at: "month"].flatMap { reader.month($0) }
        try reader.check()
    }

    /// Whether an absence is the user's to see, the AMHP's asked for, and touches the month.
    func shows(_ absence: Absence) -> Bool {
        shows(amhpID: absence.amhpID) && (month.map { absence.dates.first <= $0.lastDay && absence.dates.last >= $0.firstDay } ?? true)
    }

    /// Whether a request is the user's to see, the AMHP's asked for, and in the month.
    func shows(_ shiftRequest: ShiftRequest) -> Bool {
        shows(amhpID: shiftRequest.amhpID) && (month?.range.contains(shiftRequest.date) ?? true)
    }

    private func shows(amhpID shown: String) -> Bool {
        user.maySee(amhpID: shown) && (amhpID == nil || shown == amhpID)
    }
}
