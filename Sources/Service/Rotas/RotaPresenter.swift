import Foundation
import RotaCheck
import RotaReports
import Storage
import Workforce

/// Re-checks a stored rota with the independent checker and lays it out as the manager's grid:
/// AMHPs by days, the coverage of every shift, every violation, why each short shift is short, and
/// (for the roles that see it) whether a manager would sign it.
struct RotaPresenter {
    let hub: Hub

    /// `withQuality` adds the quality section (`RotaQuality`), whose reasons for an idle AMHP speak of
    /// leave, absence and suspension: for the roles in `RotaAPI.qualityReaders` only.
    func detail(of saved: SavedRota, withQuality: Bool) -> RotaDetailDTO {
        let month = saved.record.month
        let checker = RotaChecker(hub: hub, month: month)
        let report = checker.check(saved.rota)
        let explanations = ShortfallExplainer(hub: hub, month: month).explain(saved.rota, report: report)
        let calendar = hub.calendar(for: month)
        let days = month.dates.map { date in
            RotaDayDTO(date: "\(date)", day: date.day, weekday: date.weekday.shortName,
                       dayType: calendar.dayType(date).rawValue, bankHoliday: calendar.bankHolidayName(date))
        }
        let flagged = Set(report.hardViolations.compactMap { violation in
            violation.amhpID.flatMap { id in violation.date.map { "\(id)|\($0)" } }
        })
        let byCell = Dictionary(grouping: saved.rota.assignments) { "\($0.amhpID)|\($0.date)" }
        let summaries = Dictionary(uniqueKeysWithValues: report.people.map { ($0.amhpID, $0) })
        let people = hub.amhps.map { amhp in
            let cells = month.dates.map { date in
                let assignment = byCell["\(amhp.id)|\(date)"]?.first
                return RotaCellDTO(date: "\(date)", shift: assignment?.shiftCode, coordinator: assignment?.isCoordinator ?? false,
                                   absence: hub.absence(of: amhp.id, on: date)?.kind.rawValue,
                                   hardViolation: flagged.contains("\(amhp.id)|\(date)"))
            }
            let summary = summaries[amhp.id]
            return RotaRowDTO(amhpID: amhp.id, name: amhp.name, employer: amhp.employment.employerName, cells: cells,
                              shifts: summary?.shifts ?? 0, hours: summary?.rosteredHours ?? 0,
                              contractedHours: summary?.contractedHours, committedShifts: summary?.committedShifts,
                              dutyShifts: summary?.dutyShifts ?? 0, dutyHours: summary?.dutyHours ?? 0)
        }
        return RotaDetailDTO(
            rota: RotaSummaryDTO(saved.record), days: days, shiftTypes: hub.shiftTypes.map(ShiftTypeDTO.init), people: people,
            coverage: report.coverage.map(Self.coverage), violations: report.violations.map(Self.violation),
            shortfalls: explanations.map(Self.shortfall), objective: report.objective,
            summary: checker.summary(saved.rota, report: report).text,
            hardViolationCount: report.hardViolations.count, softViolationCount: report.softViolations.count,
            solverReport: Self.solverReport(saved.record.report),
            enhancementCost: report.people.map(\.enhancement).reduce(0, +),
            quality: withQuality ? RotaQualityDTO(RotaQuality(report: report, hub: hub)) : nil)
    }

    static func coverage(_ line: CoverageLine) -> CoverageDTO {
        CoverageDTO(date: "\(line.date)", shift: line.shiftCode, minimum: line.minimum, target: line.target,
                    maximum: line.maximum, duty: line.isDuty, assigned: line.assigned,
                    shortBy: line.shortfall, coordinatorRequired: line.coordinatorRequired, coordinatorPresent: line.coordinatorPresent)
    }

    static func violation(_ violation: Violation) -> ViolationDTO {
        ViolationDTO(rule: violation.rule, severity: violation.severity.rawValue, amhpID: violation.amhpID,
                     date: violation.date.map { "\($0)" }, shift: violation.shiftCode, message: violation.message,
                     penalty: violation.penalty)
    }

    static func shortfall(_ explanation: ShortfallExplanation) -> ShortfallDTO {
        let counts = Dictionary(grouping: explanation.candidates, by: \.reason.phrase).mapValues(\.count)
        let summary = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key): \($0.value)" }.joined(separator: "; ")
        return ShortfallDTO(date: "\(explanation.date)", shift: explanation.shiftCode, shiftName: explanation.shiftName,
                            minimum: explanation.minimum, assigned: explanation.assigned, shortBy: explanation.shortBy,
                            missingCoordinator: explanation.missingCoordinator, summary: summary,
                            candidates: explanation.candidates.map {
                                ShortfallCandidateDTO(amhpID: $0.amhpID, name: $0.name, reason: $0.reason.phrase)
                            })
    }

    /// The solver's text report kept in the rota's report object, if any.
    static func solverReport(_ json: String) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return nil }
        return object["solver_report"] as? String
    }
}
