import Workforce

/// What `leave.leaf` shows: the form to record an absence (filled in again when refused) and the
/// absences recorded, latest first, each removable.
struct LeavePageView: Encodable {
    struct Choice: Encodable {
        let value: String
        let label: String
        let selected: Bool
    }

    struct Line: Encodable {
        let id: String
        let amhpID: String
        let name: String
        let kind: String
        let start: String
        let end: String
        let note: String
    }

    let people: [Choice]
    let kinds: [Choice]
    let start: String
    let end: String
    let note: String
    let error: String?
    let problems: [Problem]
    let notice: String?
    let absences: [Line]

    init(hub: Hub, form: LeaveFormFields?, error: String?, problems: [Problem], notice: String?) {
        people = hub.amhps.map { Choice(value: $0.id, label: "\($0.name) (\($0.id))", selected: $0.id == form?.amhpID) }
        kinds = Absence.Kind.allCases.map {
            Choice(value: $0.rawValue, label: $0.rawValue, selected: $0.rawValue == (form?.kind ?? Absence.Kind.sickness.rawValue))
        }
        (start, end, note) = (form?.start ?? "", form?.end ?? "", form?.note ?? "")
        (self.error, self.problems, self.notice) = (error, problems, notice)
        absences = hub.leaveWithIDs.sorted { $0.absence.dates.first > $1.absence.dates.first }.map { id, absence in
            Line(id: id, amhpID: absence.amhpID, name: hub.amhp(absence.amhpID)?.name ?? absence.amhpID, kind: absence.kind.rawValue,
                 start: "\(absence.dates.first)", end: "\(absence.dates.last)", note: absence.note)
        }
    }
}
