import Foundation
import Storage
import Vapor

/// An AMHP's request for leave and what became of it (`LeaveRequestRecord`).
struct LeaveRequestDTO: Content {
    let id: UUID
    let amhpID: String
    let name: String
    let kind: String
    let start: String
    let end: String
    let days: Int
    let note: String
    let status: String
    /// Whether it touched a published month when asked for.
    let changeRequest: Bool
    let createdBy: String
    let createdAt: Date
    let decidedBy: String?
    let decidedAt: Date?
    let decisionNote: String?
    let absenceID: String?

    init(_ record: LeaveRequestRecord, name: String) {
        (id, amhpID, self.name, kind, note) = (record.id, record.amhpID, name, record.kind.rawValue, record.note)
        (start, end, days) = ("\(record.dates.first)", "\(record.dates.last)", record.dates.dayCount)
        (status, changeRequest, createdBy, createdAt) = (record.status.rawValue, record.changeRequest, record.createdBy, record.createdAt)
        (decidedBy, decidedAt, decisionNote, absenceID) = (record.decidedBy, record.decidedAt, record.decisionNote, record.absenceID)
    }
}

struct NewLeaveRequestDTO: Content {
    /// Omitted by an AMHP asking for themselves; a manager names the AMHP.
    let amhpID: String?
    let kind: String
    let start: String
    let end: String
    let note: String?
}

/// A manager's approval or refusal, with an optional note the AMHP sees.
struct LeaveDecisionDTO: Content {
    let note: String?
}

/// What approving a request would leave short: per month touched, the (date, shift) pairs that
/// would fall below minimum once the AMHP is taken off, by the independent checker.
struct CoverImpactDTO: Content {
    struct MonthImpact: Content {
        let month: String
        /// `published`, `draft` or `none` (no rota yet).
        let rota: String
        let rotaID: UUID?
        /// The AMHP's shifts on the requested days in that rota.
        let shiftsRemoved: Int
        let belowMinimum: [ShortShift]
        let summary: String
    }

    struct ShortShift: Content {
        let date: String
        let shift: String
        let minimum: Int
        /// How many would be on it, once the AMHP is off.
        let assigned: Int
    }

    let requestID: UUID
    let amhpID: String
    let months: [MonthImpact]
    /// Every month's shifts below minimum together.
    let belowMinimumCount: Int
    let summary: String
}
