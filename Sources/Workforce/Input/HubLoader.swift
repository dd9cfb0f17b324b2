import Foundation

/// Reads a hub folder: the CSV files a manager edits in Excel and `rules.yaml`.
///
/// Every file is read and every problem collected before anything is returned, so one run
/// lists all the fixes needed; nothing is half-loaded.
public enum HubLoader {
    /// Files that must be present; the others may be left out when empty.
    public static let requiredFiles = [AMHPsFile.name, ShiftsFile.name, CoverFile.name, RulesFile.name]

    public static func load(folder: URL) throws -> Hub {
        var errors: [InputError] = []
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputErrors([InputError(file: folder.path, line: nil, field: nil, problem: "there is no hub folder here.",
                                          fix: "give the folder holding amhps.csv, shifts.csv, cover.csv and rules.yaml.")])
        }
        func text(_ name: String) -> String? {
            if requiredFiles.contains(name), !FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) {
                errors.append(InputError(file: name, line: nil, field: nil, problem: "the file is missing.",
                                         fix: "add \(name) to \(folder.path) (see docs/data-format.md)."))
                return nil
            }
            return InputText.read(name, in: folder, errors: &errors)
        }
        func table(_ name: String, _ required: [String], _ optional: [String]) -> CSVTable? {
            guard let content = text(name) else { return nil }
            return CSVTable.parse(content, fileName: name, required: required, optional: optional,
                                  allowEmpty: !requiredFiles.contains(name), errors: &errors)
        }

        let rules = text(RulesFile.name).map { RulesFile.read($0, errors: &errors) } ?? HubRules()
        let amhpsTable = table(AMHPsFile.name, AMHPsFile.required, AMHPsFile.optional)
        let amhps = amhpsTable.map { AMHPsFile.read($0, errors: &errors) } ?? []
        let shiftsTable = table(ShiftsFile.name, ShiftsFile.required, ShiftsFile.optional)
        let shifts = shiftsTable.map { ShiftsFile.read($0, errors: &errors) } ?? []
        // References are checked against every id and code written, so one bad row is reported once.
        let ids = amhpsTable.map(AMHPsFile.writtenIDs)
        let codes = shiftsTable.map(ShiftsFile.writtenCodes)
        let cover = table(CoverFile.name, CoverFile.required, CoverFile.optional)
            .map { CoverFile.read($0, shifts: shifts, codes: codes, errors: &errors) } ?? []
        let absences = table(LeaveFile.name, LeaveFile.required, LeaveFile.optional)
            .map { LeaveFile.read($0, ids: ids, errors: &errors) } ?? []
        let requests = table(RequestsFile.name, RequestsFile.required, RequestsFile.optional)
            .map { RequestsFile.read($0, ids: ids, codes: codes, amhps: amhps, shifts: shifts, errors: &errors) } ?? []
        let toil = table(TOILFile.name, TOILFile.required, TOILFile.optional)
            .map { TOILFile.read($0, ids: ids, errors: &errors) } ?? []
        let history = table(HistoryFile.name, HistoryFile.required, HistoryFile.optional)
            .map { HistoryFile.read($0, ids: ids, errors: &errors) } ?? []
        let carryIn = table(CarryInFile.name, CarryInFile.required, CarryInFile.optional)
            .map { CarryInFile.read($0, ids: ids, codes: codes, errors: &errors) } ?? []

        if rules.weights[.contractedHoursOver] < rules.weights[.toilNotPlanned] {
            errors.append(InputError(file: RulesFile.name, line: nil, field: "weights.contracted_hours_over",
                                     problem: "contracted_hours_over is below toil_not_planned, so the rota would roster people over their hours rather than plan their TOIL back.",
                                     fix: "make contracted_hours_over at least toil_not_planned."))
        }
        errors += surplusHoursErrors(rules.surplusHours, shifts: shifts)
        guard errors.isEmpty else { throw InputErrors(errors) }
        return Hub(amhps: amhps, shiftTypes: shifts, coverRules: cover, absences: absences, requests: requests,
                   toil: toil, history: history, carryIn: carryIn, rules: rules)
    }

    /// `hub.surplus_hours` must agree with shifts.csv: duty needs a duty shift to plan, and a duty
    /// shift under `unplanned` would never be used.
    static func surplusHoursErrors(_ written: SurplusHours?, shifts: [ShiftType]) -> [InputError] {
        let duty = shifts.filter(\.isDuty).map(\.code)
        switch written {
        case .duty? where duty.isEmpty:
            return [InputError(file: RulesFile.name, line: nil, field: "hub.surplus_hours",
                               problem: "surplus hours are to go to duty, but shifts.csv has no duty shift.",
                               fix: "add a duty shift to shifts.csv (e.g. DT,Weekday duty,09:00,17:00,no,duty) and its cap to cover.csv, or write surplus_hours: unplanned.")]
        case .unplanned? where !duty.isEmpty:
            return [InputError(file: RulesFile.name, line: nil, field: "hub.surplus_hours",
                               problem: "surplus hours are to be left unplanned, but shifts.csv has the duty shift \(duty.joined(separator: ", ")).",
                               fix: "write surplus_hours: duty, or remove the duty shift from shifts.csv and cover.csv.")]
        default:
            return []
        }
    }
}
