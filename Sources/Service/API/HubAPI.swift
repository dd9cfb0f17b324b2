import Storage
import Vapor
import Workforce

/// The hub's AMHPs and shift types.
enum HubAPI {
    static func register(_ api: APIRouter) {
        api.add(APIOperation(
            method: .GET, path: "/api/amhps", operationID: "listAMHPs", tag: "Hub",
            summary: "The hub's AMHPs; an AMHP sees only themselves.", roles: UserRole.everyone,
            response: .jsonArray("AMHP"))) { request, user in
            let hub = try await HubRepository(database: request.db).require()
            return hub.amhps.filter { user.maySee(amhpID: $0.id) }.map(AMHPDTO.init)
        }
        api.add(APIOperation(
            method: .GET, path: "/api/amhps/{amhpID}", operationID: "getAMHP", tag: "Hub",
            summary: "One AMHP.", roles: UserRole.everyone, parameters: [.path("amhpID", "The AMHP's id.")],
            response: .json("AMHP"))) { request, user in
            let id = try request.identifier("amhpID")
            _ = try request.requireUser(UserRole.everyone, seeing: id)
            let hub = try await HubRepository(database: request.db).require()
            guard let amhp = hub.amhp(id) else { throw Abort(.notFound, reason: "No AMHP has the id \(id).") }
            return AMHPDTO(amhp)
        }
        api.add(APIOperation(
            method: .GET, path: "/api/shift-types", operationID: "listShiftTypes", tag: "Hub",
            summary: "The hub's shift types.", roles: UserRole.everyone, response: .jsonArray("ShiftType"))) { request, _ in
            try await HubRepository(database: request.db).require().shiftTypes.map(ShiftTypeDTO.init)
        }
    }
}
