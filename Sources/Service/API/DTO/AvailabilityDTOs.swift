import Vapor
import Workforce

/// A period of leave, sickness, training, TOIL or other absence; `id` (see `AvailabilityID`) is what
/// `DELETE /api/leave/{leaveID}` takes.
struct LeaveDTO: Content {
    let id: String
    let amhpID: String
    let kind: String
    let start: String
    let end: String
    let note: String

    init(id: String, _ absence: Absence) {
        (self.id, amhpID, kind, note) = (id, absence.amhpID, absence.kind.rawValue, absence.note)
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
    let id: String
    let amhpID: String
    let date: String
    let shift: String?
    let preference: String
    let weight: Int

    init(id: String, _ request: ShiftRequest) {
        (self.id, amhpID, date, shift) = (id, request.amhpID, "\(request.date)", request.shiftCode)
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

extension Hub {
    /// The absences with their ids, in file order.
    var leaveWithIDs: [(id: String, absence: Absence)] {
        Array(zip(AvailabilityID.ids(of: absences), absences)).map { ($0.0, $0.1) }
    }

    /// The requests with their ids, in file order.
    var requestsWithIDs: [(id: String, request: ShiftRequest)] {
        Array(zip(AvailabilityID.ids(of: requests), requests)).map { ($0.0, $0.1) }
    }
}
