import Storage
import Workforce

/// What `my-requests.leaf` shows on an AMHP's page: their leave requests with the manager's
/// decisions, and the two forms (leave, a shift) filled in again, with the reasons beside the
/// fields, when refused.
struct MyRequestsPanel: Encodable {
    struct LeaveRequestLine: Encodable {
        let id: String
        let kind: String
        let first: String
        let last: String
        let note: String
        let status: String
        let pending: Bool
        let changeRequest: Bool
        let decisionNote: String
    }

    struct Choice: Encodable {
        let value: String
        let label: String
        let selected: Bool
    }

    /// The leave form as typed, and each field's problem.
    struct LeaveFields: Encodable {
        var kinds: [Choice]
        var start = "", end = "", note = ""
        var problems: [String: String] = [:]
        var general: [String] = []
    }

    /// The shift request form as typed, and each field's problem.
    struct ShiftFields: Encodable {
        var date = "", shift = "", preference = "avoid", weight = "5"
        var shifts: [Choice]
        var problems: [String: String] = [:]
        var general: [String] = []
    }

    var leaveRequests: [LeaveRequestLine] = []
    var leaveForm: LeaveFields
    var shiftForm: ShiftFields
    /// Whether a form was refused: the page is answered with its status.
    var refused = false

    static let empty = MyRequestsPanel(hub: nil, records: [])

    init(hub: Hub?, records: [LeaveRequestRecord]) {
        leaveRequests = records.map { record in
            LeaveRequestLine(id: record.id.uuidString, kind: record.kind.rawValue, first: PageText.day("\(record.dates.first)"),
                             last: PageText.day("\(record.dates.last)"), note: record.note, status: record.status.rawValue,
                             pending: record.status.isOpen, changeRequest: record.changeRequest, decisionNote: record.decisionNote ?? "")
        }
        leaveForm = LeaveFields(kinds: Self.kinds(selected: LeaveRequestForm.kinds.first?.rawValue ?? ""))
        shiftForm = ShiftFields(shifts: Self.shifts(hub, selected: ""))
    }

    /// The panel for `amhpID` from the store.
    static func load(_ stores: ServiceStores, hub: Hub, amhpID: String) async throws -> MyRequestsPanel {
        MyRequestsPanel(hub: hub, records: try await stores.leaveRequests.requests(status: nil, amhpID: amhpID))
    }

    /// The leave form shown again as typed, with `failure`'s reasons by field.
    mutating func refuseLeave(_ typed: NewLeaveRequestDTO, failure: ServiceFailure) {
        refused = true
        leaveForm.kinds = Self.kinds(selected: typed.kind)
        (leaveForm.start, leaveForm.end, leaveForm.note) = (typed.start, typed.end, typed.note ?? "")
        (leaveForm.problems, leaveForm.general) = Self.sorted(failure, fields: ["kind", "start", "end", "note"])
    }

    /// The shift request form shown again as typed, with `failure`'s reasons by field.
    mutating func refuseShift(_ typed: NewRequestDTO, hub: Hub, failure: ServiceFailure) {
        refused = true
        shiftForm.shifts = Self.shifts(hub, selected: typed.shift ?? "")
        (shiftForm.date, shiftForm.shift, shiftForm.preference) = (typed.date, typed.shift ?? "", typed.preference)
        shiftForm.weight = typed.weight.map(String.init) ?? ""
        (shiftForm.problems, shiftForm.general) = Self.sorted(failure, fields: ["date", "shift", "preference", "weight"])
    }

    /// Problems by the form's fields; the rest (such as a limit) as general reasons.
    static func sorted(_ failure: ServiceFailure, fields: Set<String>) -> ([String: String], [String]) {
        var byField: [String: String] = [:], general: [String] = []
        for problem in failure.problems {
            if fields.contains(problem.field) {
                byField[problem.field] = byField[problem.field].map { $0 + " " + problem.message } ?? problem.message
            } else {
                general.append(problem.message)
            }
        }
        if failure.problems.isEmpty { general.append(failure.message) }
        return (byField, general)
    }

    static func kinds(selected: String) -> [Choice] {
        LeaveRequestForm.kinds.map { Choice(value: $0.rawValue, label: $0.rawValue, selected: $0.rawValue == selected) }
    }

    static func shifts(_ hub: Hub?, selected: String) -> [Choice] {
        (hub?.shiftTypes ?? []).map { Choice(value: $0.code, label: "\($0.name) (\($0.start)–\($0.end))", selected: $0.code == selected) }
    }
}
