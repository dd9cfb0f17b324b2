import Storage
import Vapor

/// The audit log: who changed what, and when.
enum AuditAPI {
    static let auditLog = APIOperation(
        method: .GET, path: "/api/audit", operationID: "auditLog", tag: "Audit",
        summary: "Audit events, newest first.", roles: [.manager, .hr],
        parameters: [.query("subject", "Only events about this subject, such as `rota:<id>` or `user:sam`."),
                     .query("actor", "Only events by this user."),
                     .query("before", "Only events older than this event id (for paging).", type: "integer"),
                     .query("limit", "At most this many events (default 100, at most 1000).", type: "integer")],
        response: .jsonArray("AuditEvent"))

    static func register(_ api: APIRouter) {
        api.add(auditLog, events)
    }

    @Sendable static func events(_ request: Request, _ user: CurrentUser) async throws -> [AuditEventDTO] {
        let limit = min(max(request.query[Int.self, at: "limit"] ?? 100, 1), 1000)
        return try await request.stores.audit
            .events(subject: request.query[String.self, at: "subject"], actor: request.query[String.self, at: "actor"],
                    before: request.query[Int.self, at: "before"], limit: limit)
            .map(AuditEventDTO.init)
    }
}
