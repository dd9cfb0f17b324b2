import FluentKit
import Foundation

/// A month's rota, draft or published (table `rotas`); its shifts are in `rota_assignments`.
public final class StoredRota: Model, @unchecked Sendable {
    public static let schema = "rotas"

    @ID(key: .id) public var id: UUID?
    /// `YYYY-MM`.
    @Field(key: "month") public var month: String
    /// `draft` or `published` (`RotaStatus`).
    @Field(key: "status") public var status: String
    @Field(key: "created_by") public var createdBy: String
    @Field(key: "created_at") public var createdAt: Date
    /// The solver's objective value, when the rota came from the solver.
    @OptionalField(key: "objective") public var objective: Double?
    /// A JSON object: the solve report (status, bound, gap, time, terms, checker verdict).
    @Field(key: "report") public var report: String
    @OptionalField(key: "published_at") public var publishedAt: Date?
    @OptionalField(key: "published_by") public var publishedBy: String?

    public init() {}
}
