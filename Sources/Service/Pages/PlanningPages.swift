import Vapor

/// The lead's sufficiency, scenario and succession pages (issue 6).
enum PlanningPages {
    static func register(on app: Application) throws {}
}
