import Storage
import Workforce

/// A new leave request read against the hub and the request-time rules: every problem named by
/// its field, or the request to store (a change request when it touches a published month).
enum LeaveRequestForm {
    /// The kinds an AMHP may ask for: sickness is recorded by a manager, never requested.
    static let kinds: [Absence.Kind] = Absence.Kind.allCases.filter { $0 != .sickness }

    static func request(_ new: NewLeaveRequestDTO, amhpID: String, in hub: Hub, rules: RequestDateRules) throws -> NewLeaveRequest {
        var reader = FieldReader()
        _ = reader.amhp(amhpID, in: hub)
        var kind = reader.choice(new.kind, Absence.Kind.self, field: "kind")
        if kind == .sickness {
            reader.add("kind", "sickness is not asked for: a manager records it on the Sickness and leave page. "
                       + "Ask for one of: \(kinds.map(\.rawValue).joined(separator: ", ")).")
            kind = nil
        }
        let start = reader.date(new.start, field: "start"), end = reader.date(new.end, field: "end")
        if let start { rules.past.check(start, field: "start", reader: &reader) }
        var dates: DateRange?
        if let start, let end {
            dates = DateRange(first: start, last: end)
            if dates == nil {
                reader.add("end", "\(end) is before the first day, \(start); give the last day of the leave, on or after the first.")
            } else if let range = dates, range.dayCount > LeaveRequestLimits.longestDays {
                reader.add("end", "makes \(range.dayCount) days; one request may be at most \(LeaveRequestLimits.longestDays) days. "
                           + "Give an earlier last day, or ask in parts.")
                dates = nil
            }
        }
        let note = reader.text(new.note ?? "", field: "note", limit: LeaveRequestLimits.noteLength) ?? ""
        let checked = try reader.require(dates, "The leave request was not sent.")
        return NewLeaveRequest(amhpID: amhpID, kind: try reader.require(kind), dates: checked, note: note,
                               changeRequest: !rules.published.months(touching: checked).isEmpty)
    }

    /// A decision's note: optional, bounded.
    static func decisionNote(_ decision: LeaveDecisionDTO?) throws -> String? {
        guard let text = decision?.note, !text.isEmpty else { return nil }
        var reader = FieldReader()
        let note = reader.text(text, field: "note", limit: LeaveRequestLimits.noteLength)
        return try reader.require(note, "The decision was not recorded.")
    }
}
