import Foundation
import Storage
import Workforce

/// What `requests.leaf` shows a manager: pending leave requests first, each with what approving
/// it would leave short (`LeaveCoverImpact`) and change requests flagged; decided ones below.
struct LeaveRequestsPageView: Encodable {
    struct Line: Encodable {
        let id: String
        let amhpID: String
        let name: String
        let kind: String
        let first: String
        let last: String
        let days: Int
        let note: String
        let status: String
        let changeRequest: Bool
        let askedBy: String
        let decidedBy: String
        let decisionNote: String
        /// For a pending request: the impact's sentence, each month's, and the shifts that would fall short.
        let impact: String
        let monthImpacts: [String]
        let shortShifts: [String]
    }

    let pending: [Line]
    let decided: [Line]
    let notice: String?
    let error: String?

    init(records: [LeaveRequestRecord], impacts: [UUID: CoverImpactDTO], hub: Hub, notice: String?, error: String?) {
        let lines = records.map { record -> Line in
            let impact = impacts[record.id]
            return Line(id: record.id.uuidString, amhpID: record.amhpID, name: hub.amhp(record.amhpID)?.name ?? record.amhpID,
                        kind: record.kind.rawValue, first: PageText.day("\(record.dates.first)"), last: PageText.day("\(record.dates.last)"),
                        days: record.dates.dayCount, note: record.note, status: record.status.rawValue,
                        changeRequest: record.changeRequest, askedBy: record.createdBy, decidedBy: record.decidedBy ?? "",
                        decisionNote: record.decisionNote ?? "", impact: impact?.summary ?? "",
                        monthImpacts: impact?.months.map(\.summary) ?? [],
                        shortShifts: impact?.months.flatMap(\.belowMinimum).map { short in
                            "\(PageText.day(short.date)) \(hub.shiftType(short.shift)?.name ?? short.shift) (\(short.shift)): "
                                + "\(short.assigned) of minimum \(short.minimum)"
                        } ?? [])
        }
        pending = lines.filter { $0.status == LeaveRequestStatus.pending.rawValue }
        decided = lines.filter { $0.status != LeaveRequestStatus.pending.rawValue }
        (self.notice, self.error) = (notice, error)
    }
}
