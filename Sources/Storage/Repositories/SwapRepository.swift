import FluentKit
import Foundation
import Workforce

/// Swap requests kept in the database: made by an AMHP, accepted or declined by a colleague,
/// withdrawn, approved or rejected by a manager, or expired when the rota changed under them.
///
/// Each change is one write transaction that first checks the request is in a state the change
/// may start from (`SwapError.wrongStatus` otherwise), reads the row back before it commits
/// (`RoundTrip`), and is logged as `swap.<action>`.
///
///     let swaps = SwapRepository(database: db)
///     let swap = try await swaps.create(new, by: "helen")
///     try await swaps.accept(id: swap.id, colleagueID: "A02", by: "ravi")
public struct SwapRepository: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// Stores a new request, open; logged as `swap.create`.
    @discardableResult
    public func create(_ new: NewSwap, by actor: String, at date: Date = Date()) async throws -> SwapRecord {
        let date = StoredValue.moment(date)
        return try await StorageTransaction.write(on: database) { transaction in
            let row = StoredSwapRequest()
            (row.month, row.kind, row.status) = (new.month.description, new.kind.rawValue, SwapStatus.open.rawValue)
            (row.fromAMHPID, row.fromDate, row.fromShift) = (new.offered.amhpID, new.offered.date.description, new.offered.shiftCode)
            (row.toAMHPID, row.toDate, row.toShift) = (new.colleagueID, new.wanted?.date.description, new.wanted?.shiftCode)
            (row.notes, row.createdBy, row.createdAt, row.updatedAt) = (new.notes, actor, date, date)
            (row.overrode, row.basedOn) = (false, new.basedOn)
            try await row.create(on: transaction)
            let record = try await Self.readBack(row, on: transaction)
            try await AuditLogRepository.append(on: transaction, actor: actor, action: "swap.create", subject: "swap:\(record.id)", at: date,
                                                detail: Self.detail(of: record))
            return record
        }
    }

    /// The request with this id, if any.
    public func swap(id: UUID) async throws -> SwapRecord? {
        guard let row = try await StoredSwapRequest.find(id, on: database) else { return nil }
        return try SwapRecord(row)
    }

    /// Requests newest first: all, or one month's.
    public func swaps(month: Month? = nil) async throws -> [SwapRecord] {
        var query = StoredSwapRequest.query(on: database)
        if let month { query = query.filter(\.$month == month.description) }
        return try await query.sort(\.$createdAt, .descending).all().map(SwapRecord.init)
    }

    /// The colleague accepts (`colleagueID` takes an open offer); logged as `swap.accept`.
    @discardableResult
    public func accept(id: UUID, colleagueID: String, by actor: String, at date: Date = Date()) async throws -> SwapRecord {
        try await change(id, from: [.open], to: .accepted, action: "swap.accept", by: actor, at: date,
                         detail: ["colleague": colleagueID]) { row, date in
            (row.toAMHPID, row.acceptedBy, row.acceptedAt) = (colleagueID, actor, date)
        }
    }

    /// The named colleague says no; logged as `swap.decline`.
    @discardableResult
    public func decline(id: UUID, note: String, by actor: String, at date: Date = Date()) async throws -> SwapRecord {
        try await decide(id, from: [.open], to: .declined, action: "swap.decline", note: note, by: actor, at: date)
    }

    /// The offerer takes it back; logged as `swap.withdraw`.
    @discardableResult
    public func withdraw(id: UUID, by actor: String, at date: Date = Date()) async throws -> SwapRecord {
        try await decide(id, from: [.open, .accepted], to: .withdrawn, action: "swap.withdraw", note: "", by: actor, at: date)
    }

    /// A manager says no; logged as `swap.reject`.
    @discardableResult
    public func reject(id: UUID, note: String, by actor: String, at date: Date = Date()) async throws -> SwapRecord {
        try await decide(id, from: [.accepted], to: .rejected, action: "swap.reject", note: note, by: actor, at: date)
    }

    /// The published rota no longer has the shifts; logged as `swap.expire` with `reason`.
    @discardableResult
    public func expire(id: UUID, reason: String, by actor: String, at date: Date = Date()) async throws -> SwapRecord {
        try await decide(id, from: [.open, .accepted], to: .expired, action: "swap.expire", note: reason, by: actor, at: date)
    }

    /// A manager approves: records the version the exchange made and whether a broken hard rule
    /// was overridden; logged as `swap.approve` (naming the override and the rules when there was one).
    /// Run inside the transaction that publishes the version, so both happen or neither.
    @discardableResult
    public func approve(id: UUID, versionID: UUID, note: String, overriding brokenRules: [String], by actor: String,
                        at date: Date = Date()) async throws -> SwapRecord {
        var detail = ["version": versionID.uuidString, "note": note]
        if !brokenRules.isEmpty {
            detail["override"] = "yes"
            detail["broken_rules"] = brokenRules.joined(separator: ", ")
        }
        return try await change(id, from: [.accepted], to: .approved, action: "swap.approve", by: actor, at: date, detail: detail) { row, date in
            (row.decidedBy, row.decidedAt, row.decisionNote) = (actor, date, note)
            (row.versionID, row.overrode) = (versionID, !brokenRules.isEmpty)
        }
    }

    private func decide(_ id: UUID, from: Set<SwapStatus>, to status: SwapStatus, action: String, note: String, by actor: String,
                        at date: Date) async throws -> SwapRecord {
        try await change(id, from: from, to: status, action: action, by: actor, at: date, detail: ["note": note]) { row, date in
            (row.decidedBy, row.decidedAt, row.decisionNote) = (actor, date, note.isEmpty ? nil : note)
        }
    }

    /// Moves the request from one of `from` to `status`, with `edit`'s changes, in one transaction.
    private func change(_ id: UUID, from: Set<SwapStatus>, to status: SwapStatus, action: String, by actor: String, at date: Date,
                        detail: [String: String],
                        _ edit: @escaping @Sendable (StoredSwapRequest, Date) -> Void) async throws -> SwapRecord {
        let date = StoredValue.moment(date)
        return try await StorageTransaction.write(on: database) { transaction in
            guard let row = try await StoredSwapRequest.find(id, on: transaction) else { throw SwapError.unknownSwap(id) }
            let current = try SwapRecord(row).status
            guard from.contains(current) else { throw SwapError.wrongStatus(id: id, status: current, wanted: status) }
            row.status = status.rawValue
            row.updatedAt = date
            edit(row, date)
            try await row.update(on: transaction)
            let record = try await Self.readBack(row, on: transaction)
            try await AuditLogRepository.append(on: transaction, actor: actor, action: action, subject: "swap:\(id)", at: date,
                                                detail: detail.merging(["status": status.rawValue, "was": current.rawValue]) { first, _ in first })
            return record
        }
    }

    /// The row read back field by field, and the record rebuilt from what was read.
    private static func readBack(_ row: StoredSwapRequest, on transaction: any Database) async throws -> SwapRecord {
        let meant = try SwapRecord(row)
        let readBack = try await RoundTrip.readBack(row, on: transaction)
        try RoundTrip.rebuild(meant, table: StoredSwapRequest.schema) { try SwapRecord(readBack) }
        return meant
    }

    private static func detail(of record: SwapRecord) -> [String: String] {
        var detail = ["month": record.month.description, "kind": record.kind.rawValue, "offerer": record.offered.amhpID,
                      "date": record.offered.date.description, "shift": record.offered.shiftCode]
        if let colleague = record.colleagueID { detail["colleague"] = colleague }
        if let wanted = record.wanted { (detail["their_date"], detail["their_shift"]) = (wanted.date.description, wanted.shiftCode) }
        return detail
    }
}

/// Why a change to a swap request was refused.
public enum SwapError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No swap request has this id.
    case unknownSwap(UUID)
    /// The request is in a state the change cannot start from (an approved swap cannot be withdrawn).
    case wrongStatus(id: UUID, status: SwapStatus, wanted: SwapStatus)

    public var description: String {
        switch self {
        case .unknownSwap(let id):
            "There is no swap request with id \(id). Fix: use an id from GET /api/swaps."
        case .wrongStatus(_, let status, let wanted):
            "The swap request is \(status.rawValue), so it cannot become \(wanted.rawValue). Fix: reload the swaps to see where it stands"
                + (status.isFinished ? ", and make a new request if you still want to swap." : ".")
        }
    }
}

extension SwapRecord {
    init(_ row: StoredSwapRequest) throws {
        let table = StoredSwapRequest.schema
        let offerer = row.fromAMHPID
        var wanted: SwapShift?
        if let date = row.toDate, let shift = row.toShift, let colleague = row.toAMHPID {
            wanted = SwapShift(amhpID: colleague, date: try StoredValue.date(date, table: table, field: "to_date"), shiftCode: shift)
        }
        self.init(id: row.id ?? UUID(), month: try StoredValue.month(row.month, table: table, field: "month"),
                  kind: try StoredValue.choice(row.kind, as: SwapKind.self, table: table, field: "kind"),
                  status: try StoredValue.choice(row.status, as: SwapStatus.self, table: table, field: "status"),
                  offered: SwapShift(amhpID: offerer, date: try StoredValue.date(row.fromDate, table: table, field: "from_date"),
                                     shiftCode: row.fromShift),
                  colleagueID: row.toAMHPID, wanted: wanted, notes: row.notes, createdBy: row.createdBy, createdAt: row.createdAt,
                  updatedAt: row.updatedAt, acceptedBy: row.acceptedBy, acceptedAt: row.acceptedAt, decidedBy: row.decidedBy,
                  decidedAt: row.decidedAt, decisionNote: row.decisionNote, overrode: row.overrode, basedOn: row.basedOn,
                  versionID: row.versionID)
    }
}
