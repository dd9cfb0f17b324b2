import FluentKit
import Foundation

/// A what-if scenario run (table `scenario_runs`, issue 17): what was asked and the inputs as they
/// were when it was asked, claimed and run by a worker instance under a lease like a solve job,
/// and its comparison once done; its CSV results are `scenario_run_files`. Any instance reads it.
public final class StoredScenarioRun: Model, @unchecked Sendable {
    public static let schema = "scenario_runs"

    @ID(key: .id) public var id: UUID?
    /// `YYYY-MM`.
    @Field(key: "month") public var month: String
    /// `queued`, `running`, `done`, `failed` or `cancelled` (as `SolveJobStatus`).
    @Field(key: "status") public var status: String
    /// The run as asked (month, scenarios with their YAML, time limit, seed) as a JSON object.
    @Field(key: "request") public var request: String
    /// The hub and planning files the run uses, as written at submit time, as a JSON object.
    @Field(key: "inputs") public var inputs: String
    /// A digest of the request and the inputs: an identical request while one is unfinished shares it.
    @Field(key: "request_key") public var requestKey: String
    @Field(key: "requested_by") public var requestedBy: String
    @Field(key: "requested_at") public var requestedAt: Date
    @OptionalField(key: "started_at") public var startedAt: Date?
    @OptionalField(key: "finished_at") public var finishedAt: Date?
    @OptionalField(key: "lease_owner") public var leaseOwner: String?
    @OptionalField(key: "lease_expires_at") public var leaseExpiresAt: Date?
    @Field(key: "attempts") public var attempts: Int
    @OptionalField(key: "error") public var error: String?
    /// The side-by-side comparison (`ScenarioSummary`) as a JSON object, once done.
    @OptionalField(key: "result") public var result: String?

    public init() {
        attempts = 0
    }
}

extension StoredScenarioRun: LeasedJobRow {
    static var statusKey: KeyPath<StoredScenarioRun, FieldProperty<StoredScenarioRun, String>> { \.$status }
    static var requestedAtKey: KeyPath<StoredScenarioRun, FieldProperty<StoredScenarioRun, Date>> { \.$requestedAt }
    static var leaseExpiresAtKey: KeyPath<StoredScenarioRun, OptionalFieldProperty<StoredScenarioRun, Date>> { \.$leaseExpiresAt }
}

/// One CSV file a scenario run wrote (table `scenario_run_files`), kept as text.
public final class StoredScenarioRunFile: Model, @unchecked Sendable {
    public static let schema = "scenario_run_files"

    @ID(key: .id) public var id: UUID?
    @Field(key: "run_id") public var runID: UUID
    @Field(key: "position") public var position: Int
    @Field(key: "name") public var name: String
    @Field(key: "text") public var text: String

    public init() {}
}
