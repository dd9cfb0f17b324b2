import Foundation
import Workforce

/// A scenario run as storage keeps it: the request, inputs and result as JSON text the service
/// reads (`ScenarioRun`), its status and lease like a solve job's, and the names of its files.
public struct ScenarioRunRecord: Hashable, Sendable {
    public let id: UUID
    public let month: Month
    public let status: SolveJobStatus
    public let requestJSON: String
    public let requestedBy: String
    public let requestedAt: Date
    public let startedAt: Date?
    public let finishedAt: Date?
    public let attempts: Int
    /// The instance that last claimed it; nil before the first claim.
    public let ranBy: String?
    public let error: String?
    /// The comparison as a JSON object, once done.
    public let resultJSON: String?

    init(_ row: StoredScenarioRun) throws {
        let table = StoredScenarioRun.schema
        id = row.id ?? UUID()
        month = try StoredValue.month(row.month, table: table, field: "month")
        status = try StoredValue.choice(row.status, as: SolveJobStatus.self, table: table, field: "status")
        (requestJSON, requestedBy, requestedAt) = (row.request, row.requestedBy, row.requestedAt)
        (startedAt, finishedAt, attempts, ranBy) = (row.startedAt, row.finishedAt, row.attempts, row.leaseOwner)
        (error, resultJSON) = (row.error, row.result)
    }
}

/// A scenario run a worker has claimed: the record and the inputs it was submitted with.
public struct ClaimedScenarioRun: Sendable {
    public let run: ScenarioRunRecord
    /// The hub and planning files as a JSON object, as written at submit time.
    public let inputsJSON: String
}

/// One CSV file of a finished scenario run.
public struct ScenarioRunFile: Hashable, Sendable {
    public let name: String
    public let text: String

    public init(name: String, text: String) {
        (self.name, self.text) = (name, text)
    }
}
