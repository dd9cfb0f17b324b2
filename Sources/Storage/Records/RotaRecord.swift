import Foundation
import Workforce

/// Whether staff can see a rota.
public enum RotaStatus: String, CaseIterable, Codable, Hashable, Sendable {
    /// Being planned or edited; only managers see it.
    case draft
    /// The month's rota as staff see it; at most one per month, and it is not edited.
    case published
}

/// A stored rota's particulars, without its assignments.
public struct RotaRecord: Hashable, Sendable {
    public let id: UUID
    public let month: Month
    public let status: RotaStatus
    public let createdBy: String
    public let createdAt: Date
    /// The solver's objective value, when the rota came from the solver.
    public let objective: Double?
    /// A JSON object: the solve report.
    public let report: String
    public let publishedAt: Date?
    public let publishedBy: String?

    public init(id: UUID, month: Month, status: RotaStatus, createdBy: String, createdAt: Date, objective: Double?,
                report: String, publishedAt: Date?, publishedBy: String?) {
        self.id = id
        self.month = month
        self.status = status
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.objective = objective
        self.report = report
        self.publishedAt = publishedAt
        self.publishedBy = publishedBy
    }

    init(_ row: StoredRota) throws {
        let table = StoredRota.schema
        self.init(id: row.id ?? UUID(), month: try StoredValue.month(row.month, table: table, field: "month"),
                  status: try StoredValue.choice(row.status, as: RotaStatus.self, table: table, field: "status"),
                  createdBy: row.createdBy, createdAt: row.createdAt, objective: row.objective, report: row.report,
                  publishedAt: row.publishedAt, publishedBy: row.publishedBy)
    }
}

/// A stored rota with its assignments.
public struct SavedRota: Hashable, Sendable {
    public let record: RotaRecord
    public let rota: Rota

    public init(record: RotaRecord, rota: Rota) {
        self.record = record
        self.rota = rota
    }
}
