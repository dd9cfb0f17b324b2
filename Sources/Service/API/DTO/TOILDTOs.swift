import Vapor
import Workforce

/// One AMHP's TOIL at a glance: balance as of a day, the month's movement and alerts.
struct TOILBalanceDTO: Content {
    let amhpID: String
    let name: String
    let asOf: String
    let held: Double
    let planned: Double
    let available: Double
    let oldestLotDate: String?
    let month: String
    let opening: Double
    let accrued: Double
    let bankHoliday: Double
    let taken: Double
    let adjusted: Double
    let forfeited: Double
    let paidOut: Double
    let closing: Double
    let plannedBackThisMonth: Double
    let alerts: [String]

    init(_ row: TOILOverviewRow, name: String) {
        amhpID = row.amhpID
        self.name = name
        asOf = "\(row.balance.asOf)"
        held = row.balance.held.hours
        planned = row.balance.planned.hours
        available = row.balance.available.hours
        oldestLotDate = row.balance.oldestLotDate.map { "\($0)" }
        month = "\(row.statement.month)"
        opening = row.statement.opening.hours
        accrued = row.statement.accrued.hours
        bankHoliday = row.statement.bankHoliday.hours
        taken = row.statement.taken.hours
        adjusted = row.statement.adjusted.hours
        forfeited = row.statement.forfeited.hours
        paidOut = row.statement.paidOut.hours
        closing = row.statement.closing.hours
        plannedBackThisMonth = row.statement.plannedBack.hours
        alerts = row.alerts.map(\.message)
    }
}

/// One line of an AMHP's TOIL history, with the running balance.
struct TOILHistoryLineDTO: Content {
    let sequence: Int
    let entry: TOILEntryDTO
    let signedHours: Double
    let heldAfter: Double
    let correctedBy: String?

    init(_ line: TOILHistoryLine) {
        sequence = line.sequence
        entry = TOILEntryDTO(line.entry)
        signedHours = line.signedHours.hours
        heldAfter = line.heldAfter.hours
        correctedBy = line.correctedBy
    }
}

/// A ledger entry as stored.
struct TOILEntryDTO: Content {
    let id: String
    let amhpID: String
    let kind: String
    let corrects: String?
    let date: String
    let hours: Double
    let reason: String
    let recordedBy: String
    let approvedBy: String?
    let recordedOn: String

    init(_ entry: TOILEntry) {
        (id, amhpID, kind, corrects) = (entry.id, entry.amhpID, entry.kind.code, entry.kind.correctedEntryID ?? entry.kind.voidedEntryID)
        (date, hours, reason) = ("\(entry.date)", entry.hours.hours, entry.reason)
        (recordedBy, approvedBy, recordedOn) = (entry.recordedBy, entry.approvedBy, "\(entry.recordedOn)")
    }
}

/// An entry to append. `recorded_by` is always the signed-in user.
struct NewTOILEntryDTO: Content {
    let amhpID: String?
    let kind: String
    let hours: Double?
    let date: String?
    let reason: String?
    let approvedBy: String?
    let corrects: String?
}

/// The appended entry and the AMHP's balance after it.
struct TOILAppendedDTO: Content {
    let entry: TOILEntryDTO
    let position: Int
    let held: Double
    let planned: Double
    let available: Double
}
