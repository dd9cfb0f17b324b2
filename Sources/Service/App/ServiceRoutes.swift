import Vapor

/// Every route of the service: the JSON API (declared as operations, so the OpenAPI document lists
/// exactly what is served), the OpenAPI document itself, and the pages.
enum ServiceRoutes {
    static func register(on app: Application) throws {
        let api = APIRouter(app: app)
        SessionAPI.register(api)
        UserAPI.register(api)
        UserAccessAPI.register(api)
        TeamAPI.register(api)
        HubAPI.register(api)
        HubSettingsAPI.register(api)
        LeaveAPI.register(api)
        RequestAPI.register(api)
        LeaveRequestAPI.register(api)
        TOILAPI.register(api)
        RotaAPI.register(api)
        RotaSpreadsheetAPI.register(api)
        CoverAPI.register(api)
        CoverAssignAPI.register(api)
        SolveJobAPI.register(api)
        RotaPinAPI.register(api)
        ReplanAPI.register(api)
        MyAPI.register(api)
        AuditAPI.register(api)
        PlanningAPI.register(api)
        SwapAPI.register(api)
        StandardsAPI.register(api)
        AnnualReportAPI.register(api)
        app.apiOperations = api.operations
        let document = OpenAPIDocument(operations: api.operations).json()
        app.get("openapi.json") { _ in
            Response(status: .ok, headers: ["Content-Type": "application/json"], body: .init(string: document))
        }
        CalendarFeed.register(on: app)
        OperationsRoutes.register(on: app)
        try Pages.register(on: app)
    }
}

extension Application {
    private struct OperationsKey: StorageKey {
        typealias Value = [APIOperation]
    }

    /// The API's operations as registered: what `/openapi.json` describes.
    var apiOperations: [APIOperation] {
        get { storage[OperationsKey.self] ?? [] }
        set { storage[OperationsKey.self] = newValue }
    }
}
