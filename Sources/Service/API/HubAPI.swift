import Storage
import Vapor
import Workforce

/// The hub's AMHPs and shift types.
enum HubAPI {
    static let listAMHPs = APIOperation(
        method: .GET, path: "/api/amhps", operationID: "listAMHPs", tag: "Hub",
        summary: "The hub's AMHPs; an AMHP sees only themselves.", roles: UserRole.everyone,
        response: .jsonArray("AMHP"))
    static let getAMHP = APIOperation(
        method: .GET, path: "/api/amhps/{amhpID}", operationID: "getAMHP", tag: "Hub",
        summary: "One AMHP.", roles: UserRole.everyone, parameters: [.path("amhpID", "The AMHP's id.")],
        response: .json("AMHP"))
    static let listShiftTypes = APIOperation(
        method: .GET, path: "/api/shift-types", operationID: "listShiftTypes", tag: "Hub",
        summary: "The hub's shift types.", roles: UserRole.everyone, response: .jsonArray("ShiftType"))

    static func register(_ api: APIRouter) {
        api.add(listAMHPs, amhps)
        api.add(getAMHP, amhp)
        api.add(listShiftTypes, shiftTypes)
    }

    @Sendable static func amhps(_ request: Request, _ user: CurrentUser) async throws -> [AMHPDTO] {
        try await request.stores.hub.require().amhps.filter { user.maySee(amhpID: $0.id) }.map(AMHPDTO.init)
    }

    @Sendable static func amhp(_ request: Request, _ user: CurrentUser) async throws -> AMHPDTO {
        let id = try request.identifier("amhpID")
        _ = try request.requireUser(UserRole.everyone, seeing: id)
        guard let amhp = try await request.stores.hub.require().amhp(id) else {
            throw Abort(.notFound, reason: "No AMHP has the id \(id).")
        }
        return AMHPDTO(amhp)
    }

    @Sendable static func shiftTypes(_ request: Request, _ user: CurrentUser) async throws -> [ShiftTypeDTO] {
        try await request.stores.hub.require().shiftTypes.map(ShiftTypeDTO.init)
    }
}
