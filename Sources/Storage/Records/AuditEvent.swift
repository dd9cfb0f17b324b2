import Foundation

/// One line of the audit log: who did what, to what, when, with the particulars as a JSON object.
public struct AuditEvent: Hashable, Sendable {
    /// Increases with every event: the log's order.
    public let id: Int
    public let at: Date
    public let actor: String
    public let action: String
    public let subject: String
    /// A JSON object, such as `{"amhps":"24","name":"Northshire"}`.
    public let detail: String

    public init(id: Int, at: Date, actor: String, action: String, subject: String, detail: String) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.subject = subject
        self.detail = detail
    }

    init(_ row: StoredAuditEvent) {
        self.init(id: row.id ?? 0, at: row.at, actor: row.actor, action: row.action, subject: row.subject, detail: row.detail)
    }
}
