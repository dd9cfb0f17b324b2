import Foundation
import Workforce

/// Who is on the shift running now and on tonight's night shift, by the hub's shift times.
///
/// A shift dated `d` runs from its start on `d` to its end, on the next day when it crosses
/// midnight; so at 03:00 the night running is yesterday's, and tonight's is the one starting today.
enum TeamNow {
    /// A local moment in the hub's time zone.
    struct Moment: Hashable, Sendable {
        let date: LocalDate
        /// Minutes after midnight, 0 to 1439.
        let minute: Int

        init(date: LocalDate, minute: Int) {
            self.date = date
            self.minute = minute
        }

        /// The moment `instant` is in `timeZone` (the hub's: `ServiceClock.timeZone`).
        init(_ instant: Date, in timeZone: TimeZone) {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
            date = LocalDate(clampingYear: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
            minute = (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
        }

        var text: String {
            "\(date) \(minute / 60 < 10 ? "0" : "")\(minute / 60):\(minute % 60 < 10 ? "0" : "")\(minute % 60)"
        }
    }

    /// Every shift type running at `moment`, with the date it is rostered on.
    static func running(at moment: Moment, hub: Hub) -> [(LocalDate, ShiftType)] {
        let yesterday = moment.date.adding(days: -1)
        return hub.shiftTypes.flatMap { type -> [(LocalDate, ShiftType)] in
            var found: [(LocalDate, ShiftType)] = []
            if type.crossesMidnight, moment.minute < type.end.minutes { found.append((yesterday, type)) }
            let end = type.crossesMidnight ? 1440 : type.end.minutes
            if type.start.minutes <= moment.minute, moment.minute < end { found.append((moment.date, type)) }
            return found
        }
    }

    /// Tonight's night shifts: those that start on the moment's date.
    static func tonight(at moment: Moment, hub: Hub) -> [(LocalDate, ShiftType)] {
        hub.shiftTypes.filter(\.isNight).map { (moment.date, $0) }
    }

    /// Who works each of `shifts`, from the published assignments (any months), coordinator first.
    static func onShift(_ shifts: [(LocalDate, ShiftType)], assignments: [Assignment], hub: Hub) -> [TeamShiftOnDTO] {
        shifts.map { date, type in
            let people = assignments.filter { $0.date == date && $0.shiftCode == type.code }
                .sorted { ($0.isCoordinator ? 0 : 1, hub.amhp($0.amhpID)?.name ?? $0.amhpID) < ($1.isCoordinator ? 0 : 1, hub.amhp($1.amhpID)?.name ?? $1.amhpID) }
                .map { TeamOnShiftPersonDTO(amhpID: $0.amhpID, name: hub.amhp($0.amhpID)?.name ?? $0.amhpID, coordinator: $0.isCoordinator) }
            return TeamShiftOnDTO(date: "\(date)", shift: type.code, name: type.name, start: "\(type.start)", end: "\(type.end)", people: people)
        }
    }

    /// The whole answer at `moment`, from the published assignments that cover yesterday and today.
    static func dto(at moment: Moment, assignments: [Assignment], hub: Hub) -> TeamNowDTO {
        TeamNowDTO(at: moment.text, now: onShift(running(at: moment, hub: hub), assignments: assignments, hub: hub),
                   tonight: onShift(tonight(at: moment, hub: hub), assignments: assignments, hub: hub))
    }

    /// The published assignments of the months holding yesterday and today.
    static func publishedAssignments(around moment: Moment, rotas: any RotaStore) async throws -> [Assignment] {
        let months = Set([Month(containing: moment.date.adding(days: -1)), Month(containing: moment.date)])
        var assignments: [Assignment] = []
        for month in months.sorted() {
            if let published = try await rotas.published(month: month) { assignments += published.rota.assignments }
        }
        return assignments
    }
}
