import Foundation
import Storage
import Workforce

/// One event of an AMHP's calendar feed: a shift as the month's latest version has it, or one an
/// earlier version had and the latest does not (cancelled).
struct CalendarEvent: Hashable, Sendable {
    /// The shift; for a cancelled event, as the last version that had it.
    let assignment: Assignment
    /// RFC 5545 SEQUENCE: 0 when first published, one more each time a later version adds it back,
    /// takes it away or changes its coordinator role, so calendar apps replace their copy.
    let sequence: Int
    /// When the version that last changed the event was published (the event's DTSTAMP).
    let stamp: Date
    let cancelled: Bool

    /// Stable across versions and rotas: the AMHP, the day and the shift, never the rota's id, so
    /// re-publishing updates events in place instead of deleting and re-adding every one.
    var uid: String { "\(assignment.amhpID)-\(assignment.date)-\(assignment.shiftCode)@amhp-planner" }
}

/// Walks a month's versions in order and works out each of one AMHP's events. Derived from the
/// stored versions rather than kept in a table of its own: they already hold every change.
enum CalendarHistory {
    private struct Key: Hashable {
        let date: LocalDate
        let shiftCode: String
    }

    private struct State {
        var last: Assignment
        var present: Bool
        var sequence: Int
        var stamp: Date
    }

    /// `versions` of one month, version 1 first; the events of `amhpID`, by date and shift.
    static func events(of amhpID: String, versions: [SavedRota]) -> [CalendarEvent] {
        var states: [Key: State] = [:]
        for version in versions {
            let stamp = PublishedVersions.moment(version.record)
            let mine = version.rota.assignments.filter { $0.amhpID == amhpID }
            let current = Dictionary(mine.map { (Key(date: $0.date, shiftCode: $0.shiftCode), $0) }, uniquingKeysWith: { first, _ in first })
            for (key, assignment) in current {
                guard var state = states[key] else {
                    states[key] = State(last: assignment, present: true, sequence: 0, stamp: stamp)
                    continue
                }
                if !state.present || state.last.isCoordinator != assignment.isCoordinator {
                    (state.sequence, state.stamp) = (state.sequence + 1, stamp)
                }
                (state.last, state.present) = (assignment, true)
                states[key] = state
            }
            for (key, var state) in states where state.present && current[key] == nil {
                (state.present, state.sequence, state.stamp) = (false, state.sequence + 1, stamp)
                states[key] = state
            }
        }
        return states.values.map { CalendarEvent(assignment: $0.last, sequence: $0.sequence, stamp: $0.stamp, cancelled: !$0.present) }
            .sorted { ($0.assignment.date, $0.assignment.shiftCode) < ($1.assignment.date, $1.assignment.shiftCode) }
    }
}
