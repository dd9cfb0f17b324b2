import Storage
import Vapor
import Workforce

/// AMHPs' requests to work or avoid shifts, which the rota weighs.
enum RequestAPI {
    static let listRequests = APIOperation(
        method: .GET, path: "/api/requests", operationID: "listRequests", tag: "Availability",
        summary: "Shift requests; an AMHP sees only their own.", roles: [.manager, .amhp],
        parameters: [.query("amhp_id", "Only this AMHP's."), .query("month", "Only this month's (YYYY-MM).")],
        response: .jsonArray("Request"))
    static let addRequest = APIOperation(
        method: .POST, path: "/api/requests", operationID: "addRequest", tag: "Availability",
        summary: "Ask to work (`want`) or not to work (`avoid`) a shift, or any shift when `shift` is omitted.",
        roles: [.manager, .amhp], request: .json("NewRequest"), response: .json("Request"), status: .created)
    static let deleteRequest = APIOperation(
        method: .DELETE, path: "/api/requests/{requestID}", operationID: "deleteRequest", tag: "Availability",
        summary: "Withdraw a request; an AMHP may withdraw only their own.", roles: [.manager, .amhp],
        parameters: [.path("requestID", "The request's id from GET /api/requests.")], response: .none,
        status: .noContent)

    static func register(_ api: APIRouter) {
        api.add(listRequests, list)
        api.add(addRequest, add)
        api.add(deleteRequest, delete)
    }

    @Sendable static func list(_ request: Request, _ user: CurrentUser) async throws -> [RequestDTO] {
        let hub = try await request.stores.hub.require()
        let filter = try AvailabilityFilter(request, user: user)
        return hub.requestsWithIDs.filter { filter.shows($0.request) }.map { RequestDTO(id: $0.id, $0.request) }
    }

    @Sendable static func add(_ request: Request, _ user: CurrentUser) async throws -> Created<RequestDTO> {
        let new = try request.content.decode(NewRequestDTO.self)
        return Created(try await file(new, request: request, user: user))
    }

    /// Files a shift request (the API's and the /my page's way): an AMHP's for themself, a
    /// manager's for the AMHP named; refused for a past day or a published month (`RequestDateRules`).
    static func file(_ new: NewRequestDTO, request: Request, user: CurrentUser) async throws -> RequestDTO {
        let hub = request.stores.hub
        let current = try await hub.require()
        let amhpID = user.role == .amhp ? (user.account.amhpID ?? "") : (new.amhpID ?? "")
        _ = try request.requireUser([.manager, .amhp], seeing: amhpID)
        let rules = try await RequestDateRules.load(request.stores.rotas)
        let shiftRequest = try RequestForm.shiftRequest(new, amhpID: amhpID, in: current, rules: rules)
        let updated = try await hub.update(
            by: user.username, action: "request.add", subject: "amhp:\(amhpID)",
            detail: ["date": "\(shiftRequest.date)", "shift": shiftRequest.shiftCode ?? "", "preference": shiftRequest.preference.rawValue]) { hub in
            try RequestLimit.check(adding: shiftRequest, to: hub.requests)
            return try HubValidator.validated(hub.replacing(requests: hub.requests + [shiftRequest]))
        }
        return RequestDTO(id: updated.requestsWithIDs.last?.id ?? "", shiftRequest)
    }

    @Sendable static func delete(_ request: Request, _ user: CurrentUser) async throws -> HTTPStatus {
        let id = try request.identifier("requestID")
        try await request.stores.hub.update(by: user.username, action: "request.delete", subject: "request:\(id)", detail: [:]) { hub in
            try RequestForm.removing(id, by: user, from: hub)
        }
        return .noContent
    }
}

/// A new shift request read against the hub, and the hub without one.
enum RequestForm {
    /// The request for `amhpID`, or every problem with the form (a past day or a published month among them).
    static func shiftRequest(_ new: NewRequestDTO, amhpID: String, in hub: Hub, rules: RequestDateRules) throws -> ShiftRequest {
        var reader = FieldReader()
        let amhp = reader.amhp(amhpID, in: hub)
        let date = reader.date(new.date, field: "date")
        if let date {
            rules.past.check(date, field: "date", reader: &reader)
            rules.published.checkShiftRequest(on: date, field: "date", reader: &reader)
        }
        var shift: ShiftType?
        if let code = new.shift, !code.isEmpty { shift = reader.shift(code, in: hub) }
        let preference = reader.choice(new.preference, ShiftRequest.Preference.self, field: "preference")
        if let amhp, let preference, let problem = ShiftRequest.unworkable(preference, amhp: amhp, shift: shift) {
            reader.add("shift", problem + " Ask for a rota shift instead.")
        }
        let weight = new.weight ?? 1
        if !(1...10).contains(weight) { reader.add("weight", "must be a whole number from 1 to 10.") }
        return ShiftRequest(amhpID: amhpID, date: try reader.require(date), shiftCode: new.shift.flatMap { $0.isEmpty ? nil : $0 },
                            preference: try reader.require(preference), weight: weight)
    }

    /// The hub without the request of this id; 404 when there is none, 403 when it is another AMHP's.
    static func removing(_ id: String, by user: CurrentUser, from hub: Hub) throws -> Hub {
        guard let index = hub.requestsWithIDs.firstIndex(where: { $0.id == id }) else {
            throw Abort(.notFound, reason: "No request has the id \(id); it may have been withdrawn or changed meanwhile.")
        }
        guard user.maySee(amhpID: hub.requests[index].amhpID) else {
            throw Abort(.forbidden, reason: "An AMHP may withdraw only their own requests.")
        }
        var requests = hub.requests
        requests.remove(at: index)
        return try HubValidator.validated(hub.replacing(requests: requests))
    }
}
