import Foundation
import Storage
import Workforce

/// The hub's published rota laid out for every role: names down, days across, shift codes with
/// the coordinator marked, and "off" for any absence. The kind and reason of an absence never
/// enter it, so no page or answer built from it can show them.
enum TeamRota {
    /// What a cell says for an absence, whatever its kind.
    static let off = "off"

    static func dto(month: Month, published: SavedRota?, hub: Hub) -> TeamRotaDTO {
        let calendar = hub.calendar(for: month)
        let days = month.dates.map { date in
            TeamDayDTO(date: "\(date)", day: date.day, weekday: date.weekday.shortName, bankHoliday: calendar.bankHolidayName(date))
        }
        let shiftTypes = hub.shiftTypes.map { type in
            TeamShiftTypeDTO(code: type.code, name: type.name, start: "\(type.start)", end: "\(type.end)", night: type.isNight)
        }
        guard let published else {
            return TeamRotaDTO(month: "\(month)", published: false, version: nil, days: days, shiftTypes: shiftTypes, people: [])
        }
        let byCell = Dictionary(grouping: published.rota.assignments) { "\($0.amhpID)|\($0.date)" }
        let people = hub.amhps.map { amhp in
            TeamPersonDTO(amhpID: amhp.id, name: amhp.name, cells: month.dates.map { date in
                if let assignment = byCell["\(amhp.id)|\(date)"]?.first {
                    return TeamCellDTO(date: "\(date)", shift: assignment.shiftCode, coordinator: assignment.isCoordinator)
                }
                let absent = hub.absence(of: amhp.id, on: date) != nil
                return TeamCellDTO(date: "\(date)", shift: absent ? off : nil, coordinator: false)
            })
        }
        return TeamRotaDTO(month: "\(month)", published: true, version: published.record.version, days: days,
                           shiftTypes: shiftTypes, people: people)
    }
}
