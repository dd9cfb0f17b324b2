import FluentKit
import Foundation

/// A month's rota, draft or published (table `rotas`); its shifts are in `rota_assignments`.
public final class StoredRota: Model, @unchecked Sendable {
    public static let schema = "rotas"

    @ID(key: .id) public var id: UUID?
    /// `YYYY-MM`.
    @Field(key: "month") public var month: String
    /// `draft`, `published` or `superseded` (`RotaStatus`).
    @Field(key: "status") public var status: String
    @Field(key: "created_by") public var createdBy: String
    @Field(key: "created_at") public var createdAt: Date
    /// The solver's objective value, when the rota came from the solver.
    @OptionalField(key: "objective") public var objective: Double?
    /// A JSON object: the solve report (status, bound, gap, time, terms, checker verdict).
    @Field(key: "report") public var report: String
    @OptionalField(key: "published_at") public var publishedAt: Date?
    @OptionalField(key: "published_by") public var publishedBy: String?
    /// The publication's number within the month (1, 2, ...); nil for a draft.
    @OptionalField(key: "version") public var version: Int?
    /// The rota this one was made from (the version it changed).
    @OptionalField(key: "based_on") public var basedOn: UUID?
    /// `RotaChangeKind`, for a published or superseded version.
    @OptionalField(key: "change_kind") public var changeKind: String?
    /// Why the version was made, in words (who was absent, and when).
    @OptionalField(key: "change_reason") public var changeReason: String?

    public init() {}
}
