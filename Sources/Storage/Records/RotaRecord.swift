import Foundation
import Workforce

/// Whether staff can see a rota.
public enum RotaStatus: String, CaseIterable, Codable, Hashable, Sendable {
    /// Being planned or edited; only managers see it.
    case draft
    /// The month's rota as staff see it; at most one per month, and it is not edited.
    case published
    /// A published version a later version replaced; kept, unchanged, so versions can be compared.
    case superseded
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
    /// The publication's number within the month (1, 2, ...); nil for a draft.
    public let version: Int?
    /// The rota this one was made from.
    public let basedOn: UUID?
    /// What made this version, for a published or superseded rota.
    public let changeKind: RotaChangeKind?
    /// Why, in words.
    public let changeReason: String?

    public init(id: UUID, month: Month, status: RotaStatus, createdBy: String, createdAt: Date, objective: Double?,
                report: String, publishedAt: Date?, publishedBy: String?, version: Int? = nil, basedOn: UUID? = nil,
                changeKind: RotaChangeKind? = nil, changeReason: String? = nil) {
        self.id = id
        self.month = month
        self.status = status
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.objective = objective
        self.report = report
        self.publishedAt = publishedAt
        self.publishedBy = publishedBy
        self.version = version
        self.basedOn = basedOn
        self.changeKind = changeKind
        self.changeReason = changeReason
    }

    init(_ row: StoredRota) throws {
        let table = StoredRota.schema
        self.init(id: row.id ?? UUID(), month: try StoredValue.month(row.month, table: table, field: "month"),
                  status: try StoredValue.choice(row.status, as: RotaStatus.self, table: table, field: "status"),
                  createdBy: row.createdBy, createdAt: row.createdAt, objective: row.objective, report: row.report,
                  publishedAt: row.publishedAt, publishedBy: row.publishedBy, version: row.version, basedOn: row.basedOn,
                  changeKind: try row.changeKind.map { try StoredValue.choice($0, as: RotaChangeKind.self, table: table, field: "change_kind") },
                  changeReason: row.changeReason)
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
