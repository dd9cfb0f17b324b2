import Foundation
import RotaCheck
import Workforce

/// The machine-readable outputs of a rota: `rota.csv`, `coverage.csv` and `summary.csv`.
public enum RotaFiles {
    /// One row per assignment; the columns `amhp check` reads back, plus times and hours for people.
    public static func rotaCSV(_ rota: Rota, hub: Hub) -> String {
        let rows = rota.assignments.map { assignment -> [String] in
            let shift = hub.shiftType(assignment.shiftCode)
            return [assignment.amhpID, hub.amhp(assignment.amhpID)?.name ?? "", assignment.date.description, assignment.shiftCode,
                    shift?.start.description ?? "", shift?.end.description ?? "", CSVText.number(shift?.hours),
                    assignment.isCoordinator ? "coordinator" : ""]
        }
        return CSVText.make(header: ["amhp_id", "name", "date", "shift", "start", "end", "hours", "role"], rows: rows)
    }

    /// One row per date and shift: its kind, required minimum, target, maximum, assigned, coordinator,
    /// shortfall. A duty line counts the people on duty against the day's cap (`maximum`); duty is
    /// not cover, so its shortfall is always 0.
    public static func coverageCSV(_ report: CheckReport) -> String {
        let rows = report.coverage.map { line -> [String] in
            [line.date.description, line.dayType.rawValue, line.shiftCode, (line.isDuty ? ShiftKind.duty : .rota).rawValue,
             String(line.minimum), String(line.target), String(line.maximum), String(line.assigned), String(line.trainees),
             line.coordinatorRequired ? "yes" : "no", line.coordinatorPresent ? "yes" : "no", String(line.isDuty ? 0 : line.shortfall)]
        }
        return CSVText.make(header: ["date", "day_type", "shift", "kind", "minimum", "target", "maximum", "assigned", "trainees",
                                     "coordinator_required", "coordinator_present", "shortfall"], rows: rows)
    }

    /// One row per AMHP: contract or commitment against what was rostered (rota shifts and duty
    /// apart), unsocial shifts, requests, TOIL, and the enhancement for unsocial hours in pounds.
    ///
    /// There is no total row: every row is an AMHP, so a spreadsheet's SUM and anything counting
    /// rows as people stay right. The month's enhancement cost is in the report's quality section,
    /// in rota.html and in the result JSON (`quality.enhancement_cost`): the sum of this column.
    public static func summaryCSV(_ report: CheckReport, hub: Hub) -> String {
        let rows = report.people.map { person -> [String] in
            let amhp = hub.amhp(person.amhpID)
            let fte: String = if case .localAuthority(let fte)? = amhp?.employment { CSVText.number(fte) } else { "" }
            return [person.amhpID, amhp?.name ?? "", amhp?.employment.employerName ?? "", fte,
                    CSVText.number(person.contractedHours), CSVText.number(person.committedShifts), String(person.shifts),
                    String(person.rotaShifts), String(person.dutyShifts), CSVText.number(person.rosteredHours),
                    CSVText.number(person.dutyHours), String(person.nights), String(person.weekendShifts),
                    String(person.bankHolidayShifts), String(person.requestsMet), String(person.requestsMissed),
                    CSVText.number(person.toilPlanBackHours), CSVText.number(person.toilPlannedHours), pounds(person.enhancement)]
        }
        return CSVText.make(header: ["amhp_id", "name", "employer", "fte", "contracted_hours", "committed_shifts", "shifts",
                                     "rota_shifts", "duty_shifts", "rostered_hours", "duty_hours", "nights", "weekend_shifts",
                                     "bank_holiday_shifts", "requests_met", "requests_missed", "toil_plan_back_hours",
                                     "toil_planned_hours", "enhancement"], rows: rows)
    }

    /// Pounds to the penny, without the sign, as a spreadsheet reads a number: "1234.50".
    static func pounds(_ value: Double) -> String { String(format: "%.2f", value) }
}
