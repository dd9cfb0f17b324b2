import FluentKit
import Foundation

/// The append-only audit log. Every repository write also records an event here, in the same
/// transaction; the service records what else it wants (sign-ins, exports) with `record`.
///
///     try await AuditLogRepository(database: db).record(actor: "sam", action: "rota.export",
///                                                        subject: "rota:\(id)", detailJSON: #"{"format":"csv"}"#)
public struct AuditLogRepository: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// Appends an event; `detailJSON` must be a JSON object.
    ///
    /// - Throws: `StorageError.invalidJSON` when `detailJSON` is not a JSON object.
    @discardableResult
    public func record(actor: String, action: String, subject: String, detailJSON: String = "{}",
                       at date: Date = Date()) async throws -> AuditEvent {
        let date = StoredValue.moment(date)
        try JSONText.requireObject(detailJSON, field: "detail")
        return try await StorageTransaction.write(on: database) { transaction in
            try await Self.insert(on: transaction, actor: actor, action: action, subject: subject, at: date, detail: detailJSON)
        }
    }

    /// Events newest first: all, or those of one subject or one actor; at most `limit`, older than
    /// the event `before` when given (for paging).
    public func events(subject: String? = nil, actor: String? = nil, before: Int? = nil, limit: Int = 100) async throws -> [AuditEvent] {
        var query = StoredAuditEvent.query(on: database)
        if let subject { query = query.filter(\.$subject == subject) }
        if let actor { query = query.filter(\.$actor == actor) }
        if let before { query = query.filter(\.$id < before) }
        return try await query.sort(\.$id, .descending).limit(limit).all().map(AuditEvent.init)
    }

    /// Appends an event inside a repository's write transaction; `detail` becomes a JSON object with sorted keys.
    @discardableResult
    static func append(on transaction: any Database, actor: String, action: String, subject: String, at date: Date,
                       detail: [String: String]) async throws -> AuditEvent {
        try await insert(on: transaction, actor: actor, action: action, subject: subject, at: date,
                         detail: JSONText.object(detail))
    }

    private static func insert(on database: any Database, actor: String, action: String, subject: String, at date: Date,
                               detail: String) async throws -> AuditEvent {
        let row = PlainRow([("at", .moment(date)), ("actor", .text(actor)), ("action", .text(action)),
                            ("subject", .text(subject)), ("detail", .text(detail))])
        // The log is append-only: an event that would not read back as written could never be mended.
        let id = try await row.insert(into: StoredAuditEvent.schema, key: "id", on: database)
        return AuditEvent(id: id, at: date, actor: actor, action: action, subject: subject, detail: detail)
    }
}
