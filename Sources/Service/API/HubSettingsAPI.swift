import Storage
import Vapor
import Workforce

/// The hub's rota settings: shift kinds, the cover table with each maximum, where surplus hours
/// go, and the pay for unsocial hours. Staff may read them; a manager sets them.
enum HubSettingsAPI {
    static let readers: [UserRole] = UserRole.staff

    static let getSettings = APIOperation(
        method: .GET, path: "/api/hub/settings", operationID: "getHubSettings", tag: "Hub",
        summary: "The rota settings: each shift type's kind (rota or duty), the cover table (minimum, target, maximum), where surplus hours go and the pay for unsocial hours.",
        roles: readers, response: .json("HubSettings"))
    static let setSettings = APIOperation(
        method: .PUT, path: "/api/hub/settings", operationID: "setHubSettings", tag: "Hub",
        summary: "Replace the rota settings, checked as `amhp import` checks a hub: 422 with every problem, each naming its field and the fix.",
        roles: [.manager], request: .json("HubSettingsEdit"), response: .json("HubSettings"))

    static func register(_ api: APIRouter) {
        api.add(getSettings, settings)
        api.add(setSettings, set)
    }

    @Sendable static func settings(_ request: Request, _ user: CurrentUser) async throws -> HubSettingsDTO {
        HubSettingsDTO(try await request.stores.hub.require())
    }

    @Sendable static func set(_ request: Request, _ user: CurrentUser) async throws -> HubSettingsDTO {
        let edit = try request.json(HubSettingsEditDTO.self)
        let detail = ["duty_shifts": edit.shiftKinds.filter { $0.kind == ShiftKind.duty.rawValue }.map(\.shift).joined(separator: ","),
                      "cover_rows": String(edit.cover.count), "surplus_hours": edit.surplusHours ?? "from shift types"]
        let updated = try await request.stores.hub.update(by: user.username, action: "hub.settings", subject: "hub", detail: detail) { hub in
            try HubSettingsForm.applying(edit, to: hub)
        }
        return HubSettingsDTO(updated)
    }
}
