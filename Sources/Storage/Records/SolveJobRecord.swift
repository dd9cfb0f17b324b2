import Foundation
import Workforce

/// Where a solve job is in its life: queued → running → done, failed or cancelled.
public enum SolveJobStatus: String, CaseIterable, Codable, Hashable, Sendable {
    case queued
    case running
    case done
    case failed
    case cancelled

    /// Whether the job has ended; an ended job never changes again.
    public var isFinished: Bool { self == .done || self == .failed || self == .cancelled }

    /// Whether a job may move from this status to `next`.
    public func canBecome(_ next: SolveJobStatus) -> Bool {
        switch (self, next) {
        case (.queued, .running), (.queued, .failed), (.queued, .cancelled): true
        case (.running, .running), (.running, .done), (.running, .failed), (.running, .cancelled): true
        default: false
        }
    }
}

/// A solve job as the service shows it.
public struct SolveJobRecord: Hashable, Sendable {
    public let id: UUID
    public let month: Month
    public let status: SolveJobStatus
    public let requestedBy: String
    public let requestedAt: Date
    /// What the job asks the solver for (stored as a JSON object, checked both ways).
    public let parameters: SolveJobParameters
    /// The latest progress line.
    public let progress: String
    /// The latest progress in figures (stage, soft breaches left, bound, gap), when the solver has
    /// reported any.
    public let progressDetail: RotaProgress?
    public let startedAt: Date?
    public let finishedAt: Date?
    /// The draft rota the job saved, once done.
    public let rotaID: UUID?
    /// Why the job failed.
    public let error: String?
    /// How many times a worker instance has claimed it (`JobLeases`).
    public let attempts: Int
    /// The instance that last claimed it (`amhp serve --instance`); nil before the first claim.
    public let ranBy: String?

    public init(id: UUID, month: Month, status: SolveJobStatus, requestedBy: String, requestedAt: Date, parameters: SolveJobParameters,
                progress: String, startedAt: Date?, finishedAt: Date?, rotaID: UUID?, error: String?,
                progressDetail: RotaProgress? = nil, attempts: Int = 0, ranBy: String? = nil) {
        self.progressDetail = progressDetail
        self.attempts = attempts
        self.ranBy = ranBy
        self.id = id
        self.month = month
        self.status = status
        self.requestedBy = requestedBy
        self.requestedAt = requestedAt
        self.parameters = parameters
        self.progress = progress
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.rotaID = rotaID
        self.error = error
    }

    init(_ row: StoredSolveJob) throws {
        let table = StoredSolveJob.schema
        self.init(id: row.id ?? UUID(), month: try StoredValue.month(row.month, table: table, field: "month"),
                  status: try StoredValue.choice(row.status, as: SolveJobStatus.self, table: table, field: "status"),
                  requestedBy: row.requestedBy, requestedAt: row.requestedAt, parameters: try Self.parameters(row.parameters),
                  progress: row.progress, startedAt: row.startedAt, finishedAt: row.finishedAt, rotaID: row.rotaID,
                  error: row.error, progressDetail: try Self.progressDetail(row.progressDetail), attempts: row.attempts,
                  ranBy: row.leaseOwner)
    }

    /// The stored progress, refused (naming the field) rather than dropped when it does not read.
    static func progressDetail(_ text: String?) throws -> RotaProgress? {
        guard let text else { return nil }
        guard let progress = RotaProgress(line: text) else {
            throw StorageError.unreadableValue(table: StoredSolveJob.schema, field: "progress_detail", value: text)
        }
        return progress
    }

    /// The stored parameters, refused (naming the field) rather than defaulted when they do not read.
    static func parameters(_ text: String) throws -> SolveJobParameters {
        do {
            return try SolveJobParameters.decode(text)
        } catch StorageError.invalidJobParameters(let field, _) {
            throw StorageError.unreadableValue(table: StoredSolveJob.schema, field: field == "parameters" ? field : "parameters.\(field)",
                                               value: text)
        }
    }
}
