import Vapor
import Workforce

/// A period of leave, sickness, training, TOIL or other absence. `index` is its place in the hub's
/// list, which `DELETE /api/leave/{index}` takes.
struct LeaveDTO: Content {
    let index: Int
    let amhpID: String
    let kind: String
    let start: String
    let end: String
    let note: String

    init(index: Int, _ absence: Absence) {
        (self.index, amhpID, kind, note) = (index, absence.amhpID, absence.kind.rawValue, absence.note)
        (start, end) = ("\(absence.dates.first)", "\(absence.dates.last)")
    }
}

struct NewLeaveDTO: Content {
    let amhpID: String
    let kind: String
    let start: String
    let end: String
    let note: String?
}

/// A request to work (`want`) or not work (`avoid`) a shift, or any shift when `shift` is nil.
struct RequestDTO: Content {
    let index: Int
    let amhpID: String
    let date: String
    let shift: String?
    let preference: String
    let weight: Int

    init(index: Int, _ request: ShiftRequest) {
        (self.index, amhpID, date, shift) = (index, request.amhpID, "\(request.date)", request.shiftCode)
        (preference, weight) = (request.preference.rawValue, request.weight)
    }
}

struct NewRequestDTO: Content {
    /// Omitted by an AMHP asking for themselves.
    let amhpID: String?
    let date: String
    let shift: String?
    let preference: String
    let weight: Int?
}
