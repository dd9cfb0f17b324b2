import Foundation
import Workforce

/// An AMHP's request for leave (table `leave_requests`): what they asked for, and what became of it.
public struct LeaveRequestRecord: Hashable, Sendable {
    public let id: UUID
    public let amhpID: String
    /// Annual leave, training, TOIL or other: an AMHP does not request sickness.
    public let kind: Absence.Kind
    public let dates: DateRange
    public let note: String
    public let status: LeaveRequestStatus
    /// Whether, when asked for, it touched a month whose rota was already published: approving it
    /// then changes a rota staff have.
    public let changeRequest: Bool
    public let createdBy: String
    public let createdAt: Date
    public let decidedBy: String?
    public let decidedAt: Date?
    public let decisionNote: String?
    /// The id of the absence approving it recorded (`AvailabilityID`), once approved.
    public let absenceID: String?

    public init(id: UUID, amhpID: String, kind: Absence.Kind, dates: DateRange, note: String, status: LeaveRequestStatus,
                changeRequest: Bool, createdBy: String, createdAt: Date, decidedBy: String? = nil, decidedAt: Date? = nil,
                decisionNote: String? = nil, absenceID: String? = nil) {
        (self.id, self.amhpID, self.kind, self.dates, self.note, self.status) = (id, amhpID, kind, dates, note, status)
        (self.changeRequest, self.createdBy, self.createdAt) = (changeRequest, createdBy, createdAt)
        (self.decidedBy, self.decidedAt, self.decisionNote, self.absenceID) = (decidedBy, decidedAt, decisionNote, absenceID)
    }

    init(_ row: StoredLeaveRequest) throws {
        let table = StoredLeaveRequest.schema
        let first = try StoredValue.date(row.start, table: table, field: "start")
        let last = try StoredValue.date(row.end, table: table, field: "end")
        guard let dates = DateRange(first: first, last: last) else {
            throw StorageError.unreadableValue(table: table, field: "end", value: row.end)
        }
        self.init(id: row.id ?? UUID(), amhpID: row.amhpID,
                  kind: try StoredValue.choice(row.kind, as: Absence.Kind.self, table: table, field: "kind"),
                  dates: dates, note: row.note,
                  status: try StoredValue.choice(row.status, as: LeaveRequestStatus.self, table: table, field: "status"),
                  changeRequest: row.changeRequest, createdBy: row.createdBy, createdAt: row.createdAt,
                  decidedBy: row.decidedBy, decidedAt: row.decidedAt, decisionNote: row.decisionNote, absenceID: row.absenceID)
    }
}

/// What an AMHP (or a manager for them) asks for; the store adds the id, status and time.
public struct NewLeaveRequest: Hashable, Sendable {
    public let amhpID: String
    public let kind: Absence.Kind
    public let dates: DateRange
    public let note: String
    public let changeRequest: Bool

    public init(amhpID: String, kind: Absence.Kind, dates: DateRange, note: String, changeRequest: Bool) {
        (self.amhpID, self.kind, self.dates, self.note, self.changeRequest) = (amhpID, kind, dates, note, changeRequest)
    }
}

/// Why the store refused to change a leave request.
public enum LeaveRequestError: Error, Equatable, Sendable {
    /// No request has this id.
    case unknown(UUID)
    /// The request is no longer pending: it cannot be decided or withdrawn again.
    case notPending(UUID, LeaveRequestStatus)
    /// An AMHP already has the most open requests allowed.
    case tooManyOpen(amhpID: String, open: Int, limit: Int)
}
