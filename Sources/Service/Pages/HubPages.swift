import Storage
import Vapor

/// The hub's settings page: the rota settings as a form for a manager, read-only for other staff.
enum HubPages {
    static func register(on app: Application) {
        app.get("hub", use: settings)
    }

    @Sendable static func settings(_ request: Request) async throws -> View {
        let user = try request.requireUser(HubSettingsAPI.readers)
        let settings = HubSettingsDTO(try await request.stores.hub.require())
        let view = HubSettingsView(settings, editable: HubSettingsAPI.setSettings.roles.contains(user.role))
        return try await request.page("hub", title: "Hub settings", user: user, view)
    }
}
