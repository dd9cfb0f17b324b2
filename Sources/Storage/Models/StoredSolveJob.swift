import FluentKit
import Foundation

/// A request to plan a month, run by the service in a child process (table `solve_jobs`).
public final class StoredSolveJob: Model, @unchecked Sendable {
    public static let schema = "solve_jobs"

    @ID(key: .id) public var id: UUID?
    /// `YYYY-MM`.
    @Field(key: "month") public var month: String
    /// `queued`, `running`, `done`, `failed` or `cancelled` (`SolveJobStatus`).
    @Field(key: "status") public var status: String
    @Field(key: "requested_by") public var requestedBy: String
    @Field(key: "requested_at") public var requestedAt: Date
    /// A JSON object of the solve's options (`SolveJobParameters`: time limit and seed).
    @Field(key: "parameters") public var parameters: String
    /// The latest progress line (incumbent, bound, gap), for the page to show.
    @Field(key: "progress") public var progress: String
    /// The latest progress as the solver wrote it (`RotaProgress` as a JSON object): stage, soft
    /// breaches left, bound and gap; nil before the first (and for jobs from before it was kept).
    @OptionalField(key: "progress_detail") public var progressDetail: String?
    @OptionalField(key: "started_at") public var startedAt: Date?
    @OptionalField(key: "finished_at") public var finishedAt: Date?
    /// The draft rota the job saved, once done.
    @OptionalField(key: "rota_id") public var rotaID: UUID?
    /// Why the job failed.
    @OptionalField(key: "error") public var error: String?
    /// The service instance that last claimed the job (`amhp serve --instance`), and until when its
    /// lease holds unless renewed; a running job whose lease ran out is re-queued (`JobLeases`).
    @OptionalField(key: "lease_owner") public var leaseOwner: String?
    @OptionalField(key: "lease_expires_at") public var leaseExpiresAt: Date?
    /// How many times the job has been claimed.
    @Field(key: "attempts") public var attempts: Int

    public init() {
        attempts = 0
    }
}

extension StoredSolveJob: LeasedJobRow {
    static var statusKey: KeyPath<StoredSolveJob, FieldProperty<StoredSolveJob, String>> { \.$status }
    static var requestedAtKey: KeyPath<StoredSolveJob, FieldProperty<StoredSolveJob, Date>> { \.$requestedAt }
    static var leaseExpiresAtKey: KeyPath<StoredSolveJob, OptionalFieldProperty<StoredSolveJob, Date>> { \.$leaseExpiresAt }
}
