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

    /// One row per date and shift: required minimum, target, assigned, coordinator, shortfall.
    public static func coverageCSV(_ report: CheckReport) -> String {
        let rows = report.coverage.map { line -> [String] in
            [line.date.description, line.dayType.rawValue, line.shiftCode, String(line.minimum), String(line.target),
             String(line.assigned), String(line.trainees), line.coordinatorRequired ? "yes" : "no",
             line.coordinatorPresent ? "yes" : "no", String(line.shortfall)]
        }
        return CSVText.make(header: ["date", "day_type", "shift", "minimum", "target", "assigned", "trainees",
                                     "coordinator_required", "coordinator_present", "shortfall"], rows: rows)
    }

    /// One row per AMHP: contract or commitment against what was rostered, unsocial shifts, requests, TOIL.
    public static func summaryCSV(_ report: CheckReport, hub: Hub) -> String {
        let rows = report.people.map { person -> [String] in
            let amhp = hub.amhp(person.amhpID)
            let fte: String = if case .localAuthority(let fte)? = amhp?.employment { CSVText.number(fte) } else { "" }
            return [person.amhpID, amhp?.name ?? "", amhp?.employment.employerName ?? "", fte,
                    CSVText.number(person.contractedHours), CSVText.number(person.committedShifts), String(person.shifts),
                    CSVText.number(person.rosteredHours), String(person.nights), String(person.weekendShifts),
                    String(person.bankHolidayShifts), String(person.requestsMet), String(person.requestsMissed),
                    CSVText.number(person.toilPlanBackHours), CSVText.number(person.toilPlannedHours)]
        }
        return CSVText.make(header: ["amhp_id", "name", "employer", "fte", "contracted_hours", "committed_shifts", "shifts",
                                     "rostered_hours", "nights", "weekend_shifts", "bank_holiday_shifts", "requests_met",
                                     "requests_missed", "toil_plan_back_hours", "toil_planned_hours"], rows: rows)
    }
}
