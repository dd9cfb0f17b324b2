import Storage
import Vapor
import Workforce

/// AMHPs' requests to work or avoid shifts, which the rota weighs.
enum RequestAPI {
    static func register(_ api: APIRouter) {
        api.add(APIOperation(
            method: .GET, path: "/api/requests", operationID: "listRequests", tag: "Availability",
            summary: "Shift requests; an AMHP sees only their own.", roles: [.manager, .amhp],
            parameters: [.query("amhp_id", "Only this AMHP's."), .query("month", "Only this month's (YYYY-MM).")],
            response: .jsonArray("Request"))) { request, user in
            let hub = try await HubRepository(database: request.db).require()
            let amhpID = request.query[String.self, at: "amhp_id"]
            var reader = FieldReader()
            let month = request.query[String.self, at: "month"].flatMap { reader.month($0) }
            try reader.check()
            return hub.requestsWithIDs.filter { _, shiftRequest in
                user.maySee(amhpID: shiftRequest.amhpID) && (amhpID == nil || shiftRequest.amhpID == amhpID)
                    && (month?.range.contains(shiftRequest.date) ?? true)
            }.map { RequestDTO(id: $0.id, $0.request) }
        }
        api.add(APIOperation(
            method: .POST, path: "/api/requests", operationID: "addRequest", tag: "Availability",
            summary: "Ask to work (`want`) or not to work (`avoid`) a shift, or any shift when `shift` is omitted.",
            roles: [.manager, .amhp], request: .json("NewRequest"), response: .json("Request"), status: .created)) { request, user in
            let new = try request.content.decode(NewRequestDTO.self)
            let hub = try await HubRepository(database: request.db).require()
            let amhpID = user.role == .amhp ? (user.account.amhpID ?? "") : (new.amhpID ?? "")
            _ = try request.requireUser([.manager, .amhp], seeing: amhpID)
            var reader = FieldReader()
            _ = reader.amhp(amhpID, in: hub)
            let date = reader.date(new.date, field: "date")
            if let code = new.shift, !code.isEmpty { _ = reader.shift(code, in: hub) }
            let preference = reader.choice(new.preference, ShiftRequest.Preference.self, field: "preference")
            let weight = new.weight ?? 1
            if !(1...10).contains(weight) { reader.add("weight", "must be a whole number from 1 to 10.") }
            let shiftRequest = ShiftRequest(amhpID: amhpID, date: try reader.require(date),
                                            shiftCode: new.shift.flatMap { $0.isEmpty ? nil : $0 },
                                            preference: try reader.require(preference), weight: weight)
            let updated = try await HubRepository(database: request.db).update(
                by: user.username, action: "request.add", subject: "amhp:\(amhpID)",
                detail: ["date": "\(shiftRequest.date)", "shift": shiftRequest.shiftCode ?? "", "preference": shiftRequest.preference.rawValue]) { hub in
                try RequestLimit.check(adding: shiftRequest, to: hub.requests)
                return try HubValidator.validated(hub.replacing(requests: hub.requests + [shiftRequest]))
            }
            return Created(RequestDTO(id: updated.requestsWithIDs.last?.id ?? "", shiftRequest))
        }
        api.add(APIOperation(
            method: .DELETE, path: "/api/requests/{requestID}", operationID: "deleteRequest", tag: "Availability",
            summary: "Withdraw a request; an AMHP may withdraw only their own.", roles: [.manager, .amhp],
            parameters: [.path("requestID", "The request's id from GET /api/requests.")], response: .none,
            status: .noContent)) { request, user in
            let id = try request.identifier("requestID")
            try await HubRepository(database: request.db).update(
                by: user.username, action: "request.delete", subject: "request:\(id)", detail: [:]) { hub in
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
            return HTTPStatus.noContent
        }
    }
}
