import Vapor

/// Sufficiency, scenarios and succession for AMHP leads (issue 6): filled in with their routes.
enum PlanningAPI {
    static func register(_ api: APIRouter) {}
}
