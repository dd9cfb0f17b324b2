import Foundation
import RotaCheck
import Storage
import Vapor
import Workforce

/// A stored rota's particulars.
struct RotaSummaryDTO: Content {
    let id: UUID
    let month: String
    let status: String
    let createdBy: String
    let createdAt: Date
    let objective: Double?
    let publishedAt: Date?
    let publishedBy: String?
    /// The publication's number within the month; null for a draft.
    let version: Int?
    /// The rota this one was made from.
    let basedOn: UUID?
    /// What made this version (`RotaChangeKind`), and why.
    let changeKind: String?
    let changeReason: String?
    /// After publishing: what the month now breaks in the next month's draft, if there is one.
    var nextMonth: NextMonthCheckDTO?

    init(_ record: RotaRecord, nextMonth: NextMonthCheckDTO? = nil) {
        self.nextMonth = nextMonth
        (id, month, status) = (record.id, "\(record.month)", record.status.rawValue)
        (createdBy, createdAt, objective) = (record.createdBy, record.createdAt, record.objective)
        (publishedAt, publishedBy) = (record.publishedAt, record.publishedBy)
        (version, basedOn, changeKind, changeReason) = (record.version, record.basedOn, record.changeKind?.rawValue, record.changeReason)
    }
}

/// Two rotas of one month compared cell by cell (`RotaDiff`, coordinators included).
struct RotaComparisonDTO: Content {
    struct Change: Content {
        let amhpID: String
        let name: String
        let date: String
        /// The shift code(s) before and after, "*" marking a coordinator; null for none.
        let before: String?
        let after: String?
        /// Why, as far as the hub says: "absent: sickness" for a shift an absence took away, else "re-planned".
        let why: String
    }

    struct Person: Content {
        let amhpID: String
        let name: String
        let changes: Int
    }

    let from: RotaSummaryDTO
    let to: RotaSummaryDTO
    let changes: [Change]
    /// The AMHPs whose shifts changed.
    let amhps: [Person]

    init(from old: RotaRecord, to new: RotaRecord, _ diff: RotaDiff) {
        (from, to) = (RotaSummaryDTO(old), RotaSummaryDTO(new))
        changes = diff.changes.map { Change(amhpID: $0.amhpID, name: $0.name, date: "\($0.date)", before: $0.before, after: $0.after,
                                             why: $0.reason.text) }
        let people = Dictionary(grouping: diff.changes, by: \.amhpID)
        amhps = diff.amhpIDs.map { Person(amhpID: $0, name: people[$0]?.first?.name ?? $0, changes: people[$0]?.count ?? 0) }
    }
}

/// The next month's newest draft and the hard rules it now breaks across the boundary with a
/// month just published (`NextMonthCheck`); none when the publication changed nothing there.
struct NextMonthCheckDTO: Content {
    let rotaID: UUID
    let month: String
    let violations: [ViolationDTO]
}

/// A rota as the manager's grid shows it, re-checked by the independent checker.
struct RotaDetailDTO: Content {
    let rota: RotaSummaryDTO
    let days: [RotaDayDTO]
    let shiftTypes: [ShiftTypeDTO]
    let people: [RotaRowDTO]
    let coverage: [CoverageDTO]
    let violations: [ViolationDTO]
    let shortfalls: [ShortfallDTO]
    /// The checker's objective: the sum of every soft penalty.
    let objective: Double
    /// The rota in one sentence (`RotaSummarySentence`): "every shift covered; 3 requests not met; fairness spread 2 nights".
    let summary: String
    let hardViolationCount: Int
    let softViolationCount: Int
    /// The solver's own report, when the rota came from a solve job.
    let solverReport: String?
    /// The month's enhancement for unsocial hours, in pounds.
    let enhancementCost: Double
    /// Whether a manager would sign it: for the roles that see it (`RotaAPI.qualityReaders`), else null.
    let quality: RotaQualityDTO?
}

struct RotaDayDTO: Content {
    let date: String
    let day: Int
    let weekday: String
    /// weekday, saturday, sunday or bank_holiday.
    let dayType: String
    let bankHoliday: String?
}

/// One AMHP's month in the grid.
struct RotaRowDTO: Content {
    let amhpID: String
    let name: String
    let employer: String
    let cells: [RotaCellDTO]
    let shifts: Int
    let hours: Double
    let contractedHours: Double?
    let committedShifts: Double?
    /// Of `shifts` and `hours`, those on duty shifts (which count towards contracted hours, not cover).
    let dutyShifts: Int
    let dutyHours: Double
}

struct RotaCellDTO: Content {
    let date: String
    let shift: String?
    let coordinator: Bool
    /// The absence that day (annual, sickness, training, toil, other), if any.
    let absence: String?
    /// Whether a hard rule is broken by this AMHP on this day.
    let hardViolation: Bool
}

/// One shift on one day. For a duty shift (`duty`), minimum and target are 0 and `maximum` is the
/// day's cap on people on duty; `assigned` is who is on duty, which is not cover.
struct CoverageDTO: Content {
    let date: String
    let shift: String
    let minimum: Int
    let target: Int
    let maximum: Int
    let duty: Bool
    let assigned: Int
    let shortBy: Int
    let coordinatorRequired: Bool
    let coordinatorPresent: Bool
}

struct ViolationDTO: Content {
    let rule: String
    let severity: String
    let amhpID: String?
    let date: String?
    let shift: String?
    let message: String
    let penalty: Double
}

/// Why a shift is short: each AMHP who could count and why they are not on it.
struct ShortfallDTO: Content {
    let date: String
    let shift: String
    let shiftName: String
    let minimum: Int
    let assigned: Int
    let shortBy: Int
    let missingCoordinator: Bool
    /// Reasons grouped, most common first: "annual leave: 6; on the night shift: 3".
    let summary: String
    let candidates: [ShortfallCandidateDTO]
}

struct ShortfallCandidateDTO: Content {
    let amhpID: String
    let name: String
    let reason: String
}

/// A hand edit of one cell: the shift to work (nil for none) and whether as coordinator.
struct ShiftEditDTO: Content {
    let amhpID: String
    let date: String
    let shift: String?
    let coordinator: Bool?
}

/// One of an AMHP's own shifts on a published rota.
struct MyShiftDTO: Content {
    let date: String
    let shift: String
    let shiftName: String
    let start: String
    let end: String
    let coordinator: Bool
    /// `rota` or `duty`; empty for a shift the hub no longer has.
    let kind: String
}

/// An AMHP's own month: their shifts on the published rota, if there is one.
struct MyRotaDTO: Content {
    let month: String
    let published: Bool
    let rotaID: UUID?
    let shifts: [MyShiftDTO]
}

/// The address of an AMHP's calendar subscription.
struct CalendarLinkDTO: Content {
    let url: String
}
