import FluentKit
import Foundation
import Workforce

/// AMHPs' requests for leave (`leave_requests`): asked for, listed, decided by a manager, or
/// withdrawn. Every write runs in one write transaction with its audit entry, and is read back
/// before it commits.
public struct LeaveRequestRepository: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// Stores a new pending request, logged as `leave_request.create`.
    ///
    /// - Throws: `LeaveRequestError.tooManyOpen` when the AMHP already has `openLimit` pending
    ///   requests (counted in the same transaction, so two at once cannot both slip under it);
    ///   `StorageError.roundTripFailed` when it would not read back as written.
    @discardableResult
    public func create(_ new: NewLeaveRequest, openLimit: Int, by actor: String, at date: Date = Date()) async throws -> LeaveRequestRecord {
        let date = StoredValue.moment(date)
        return try await StorageTransaction.write(on: database) { transaction in
            let open = try await StoredLeaveRequest.query(on: transaction).filter(\.$amhpID == new.amhpID)
                .filter(\.$status == LeaveRequestStatus.pending.rawValue).count()
            guard open < openLimit else { throw LeaveRequestError.tooManyOpen(amhpID: new.amhpID, open: open, limit: openLimit) }
            let row = StoredLeaveRequest()
            row.id = UUID()
            (row.amhpID, row.kind, row.start, row.end, row.note) = (new.amhpID, new.kind.rawValue, "\(new.dates.first)", "\(new.dates.last)", new.note)
            (row.status, row.changeRequest, row.createdBy, row.createdAt) = (LeaveRequestStatus.pending.rawValue, new.changeRequest, actor, date)
            try await row.create(on: transaction)
            let readBack = try await RoundTrip.readBack(row, on: transaction)
            let meant = LeaveRequestRecord(id: row.id ?? UUID(), amhpID: new.amhpID, kind: new.kind, dates: new.dates, note: new.note,
                                           status: .pending, changeRequest: new.changeRequest, createdBy: actor, createdAt: date)
            try RoundTrip.rebuild(meant, table: StoredLeaveRequest.schema) { try LeaveRequestRecord(readBack) }
            try await AuditLogRepository.append(
                on: transaction, actor: actor, action: "leave_request.create", subject: "leave_request:\(meant.id)", at: date,
                detail: ["amhp_id": new.amhpID, "kind": new.kind.rawValue, "start": "\(new.dates.first)", "end": "\(new.dates.last)",
                         "change_request": new.changeRequest ? "yes" : "no"])
            return meant
        }
    }

    /// Requests, pending first then newest first: all, or those of one status or one AMHP.
    public func requests(status: LeaveRequestStatus? = nil, amhpID: String? = nil) async throws -> [LeaveRequestRecord] {
        var query = StoredLeaveRequest.query(on: database)
        if let status { query = query.filter(\.$status == status.rawValue) }
        if let amhpID { query = query.filter(\.$amhpID == amhpID) }
        let records = try await query.all().map(LeaveRequestRecord.init)
        return records.sorted { left, right in
            if left.status.isOpen != right.status.isOpen { return left.status.isOpen }
            return (left.createdAt, left.id.uuidString) > (right.createdAt, right.id.uuidString)
        }
    }

    /// The request of this id, nil when there is none.
    public func request(id: UUID) async throws -> LeaveRequestRecord? {
        try await StoredLeaveRequest.find(id, on: database).map(LeaveRequestRecord.init)
    }

    /// Moves a pending request to `status` (approved, declined or withdrawn), with who, the note and
    /// (for an approval) the absence it became; logged as `leave_request.<status>`.
    ///
    /// - Throws: `LeaveRequestError.unknown`, `LeaveRequestError.notPending` when it was decided or
    ///   withdrawn already (checked in the same transaction).
    @discardableResult
    public func decide(id: UUID, to status: LeaveRequestStatus, note: String?, absenceID: String?, by actor: String,
                       at date: Date = Date()) async throws -> LeaveRequestRecord {
        let date = StoredValue.moment(date)
        return try await StorageTransaction.write(on: database) { transaction in
            guard let row = try await StoredLeaveRequest.find(id, on: transaction) else { throw LeaveRequestError.unknown(id) }
            let before = try LeaveRequestRecord(row)
            guard before.status.isOpen, status != .pending else { throw LeaveRequestError.notPending(id, before.status) }
            (row.status, row.decidedBy, row.decidedAt, row.decisionNote, row.absenceID) = (status.rawValue, actor, date, note, absenceID)
            try await row.update(on: transaction)
            let meant = LeaveRequestRecord(id: id, amhpID: before.amhpID, kind: before.kind, dates: before.dates, note: before.note,
                                           status: status, changeRequest: before.changeRequest, createdBy: before.createdBy,
                                           createdAt: before.createdAt, decidedBy: actor, decidedAt: date, decisionNote: note,
                                           absenceID: absenceID)
            let readBack = try await RoundTrip.readBack(row, on: transaction)
            try RoundTrip.rebuild(meant, table: StoredLeaveRequest.schema) { try LeaveRequestRecord(readBack) }
            var detail = ["amhp_id": before.amhpID, "start": "\(before.dates.first)", "end": "\(before.dates.last)"]
            if let note, !note.isEmpty { detail["note"] = note }
            if let absenceID { detail["absence_id"] = absenceID }
            try await AuditLogRepository.append(on: transaction, actor: actor, action: "leave_request.\(status.rawValue)",
                                                subject: "leave_request:\(id)", at: date, detail: detail)
            return meant
        }
    }
}
