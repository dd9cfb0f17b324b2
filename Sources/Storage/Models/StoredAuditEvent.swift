import FluentKit
import Foundation

/// One line of the append-only audit log (table `audit_log`): who did what, to what, when.
public final class StoredAuditEvent: Model, @unchecked Sendable {
    public static let schema = "audit_log"

    /// Increasing with time: the log's order.
    @ID(custom: "id", generatedBy: .database) public var id: Int?
    @Field(key: "at") public var at: Date
    /// The user name (or command-line user) who acted.
    @Field(key: "actor") public var actor: String
    /// A dotted verb, such as `hub.import`, `toil.append`, `rota.publish`.
    @Field(key: "action") public var action: String
    /// What was acted on, such as `hub`, `toil:E12`, `rota:<uuid>`, `user:sam`.
    @Field(key: "subject") public var subject: String
    /// A JSON object with the particulars.
    @Field(key: "detail") public var detail: String

    public init() {}
}
