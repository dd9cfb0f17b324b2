import Foundation
import Workforce

/// What `team.leaf` shows: who is on now and tonight, then the month's published rota as a grid.
/// Laid out from `TeamRotaDTO` and `TeamNowDTO`, so it can show nothing the API does not: an
/// absence is "off", with no kind or reason in its text, title or classes.
struct TeamPageView: Encodable {
    struct Day: Encodable {
        let day: Int
        let weekday: String
        let classes: String
        let title: String
    }

    struct Cell: Encodable {
        let id: String
        let text: String
        let classes: String
        let title: String
    }

    struct Row: Encodable {
        let amhpID: String
        let name: String
        let cells: [Cell]
    }

    struct Shift: Encodable {
        let code: String
        let name: String
        let times: String
        let cssClass: String
    }

    struct OnShift: Encodable {
        let id: String
        let name: String
        let when: String
        let people: [Person]
    }

    struct Person: Encodable {
        let name: String
        let coordinator: Bool
    }

    let month: String
    let monthName: String
    let previousMonth: String
    let nextMonth: String
    let published: Bool
    let version: String
    let days: [Day]
    let rows: [Row]
    let shiftTypes: [Shift]
    let at: String
    let now: [OnShift]
    let tonight: [OnShift]

    init(rota: TeamRotaDTO, now: TeamNowDTO, month: Month) {
        self.month = rota.month
        monthName = PageText.monthName(month)
        previousMonth = "\(month.previous)"
        nextMonth = "\(month.next)"
        published = rota.published
        version = rota.version.map(String.init) ?? ""
        days = rota.days.map { day in
            Day(day: day.day, weekday: day.weekday,
                classes: [["Sat", "Sun"].contains(day.weekday) ? "weekend" : nil, day.bankHoliday == nil ? nil : "holiday"]
                    .compactMap { $0 }.joined(separator: " "),
                title: day.bankHoliday ?? "")
        }
        let index = Dictionary(rota.shiftTypes.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        rows = rota.people.map { person in
            Row(amhpID: person.amhpID, name: person.name, cells: person.cells.map { Self.cell($0, amhpID: person.amhpID, index: index) })
        }
        shiftTypes = rota.shiftTypes.enumerated().map { place, type in
            Shift(code: type.code, name: type.name, times: "\(type.start)–\(type.end)", cssClass: "shift-\(place)")
        }
        at = now.at
        self.now = now.now.map { Self.onShift($0, prefix: "now") }
        tonight = now.tonight.map { Self.onShift($0, prefix: "tonight") }
    }

    static func cell(_ cell: TeamCellDTO, amhpID: String, index: [String: Int]) -> Cell {
        let id = "team-\(amhpID)-\(cell.date)"
        switch cell.shift {
        case nil:
            return Cell(id: id, text: "", classes: "cell", title: PageText.day(cell.date))
        case .some(TeamRota.off):
            return Cell(id: id, text: TeamRota.off, classes: "cell off", title: "\(PageText.day(cell.date)) · off")
        case let shift?:
            return Cell(id: id, text: shift + (cell.coordinator ? "*" : ""),
                        classes: "cell shift-\(index[shift] ?? 0)" + (cell.coordinator ? " coordinator" : ""),
                        title: "\(PageText.day(cell.date)) · \(shift)" + (cell.coordinator ? " (coordinator)" : ""))
        }
    }

    static func onShift(_ shift: TeamShiftOnDTO, prefix: String) -> OnShift {
        OnShift(id: "\(prefix)-\(shift.shift)-\(shift.date)", name: shift.name,
                when: "\(PageText.day(shift.date)), \(shift.start)–\(shift.end)",
                people: shift.people.map { Person(name: $0.name, coordinator: $0.coordinator) })
    }
}
