/// Reads `amhps.csv`: one row per AMHP or trainee.
enum AMHPsFile {
    static let name = "amhps.csv"
    static let required = ["id", "name", "employer", "profession", "grade", "approval_start", "approval_end",
                           "fte", "nhs_shifts_per_month", "coordinate_days", "coordinate_nights", "nights"]
    static let optional = ["suspended_from", "suspended_to", "practice_educator", "educator_id", "opted_out_48h", "payroll_number"]

    /// Every id written in the file, valid row or not, so other files are not flooded with
    /// "unknown AMHP" errors for a row whose only fault is elsewhere.
    static func writtenIDs(_ table: CSVTable) -> Set<String> {
        Set(table.rows.map { $0.text("id") }.filter { !$0.isEmpty })
    }

    static func read(_ table: CSVTable, errors: inout [InputError]) -> [AMHP] {
        var amhps: [AMHP] = []
        var seen: [String: Int] = [:]
        var seenPayroll: [String: Int] = [:]
        for row in table.rows {
            guard let amhp = readRow(row, errors: &errors) else { continue }
            if let firstLine = seen[amhp.id] {
                errors.append(row.error("id", "the id \"\(amhp.id)\" is already used on line \(firstLine).",
                                        fix: "give every AMHP a different id."))
                continue
            }
            seen[amhp.id] = row.line
            if let number = amhp.payrollNumber {
                if let firstLine = seenPayroll[number] {
                    errors.append(row.error("payroll_number", "the payroll number \"\(number)\" is already used on line \(firstLine).",
                                            fix: "give each AMHP their own payroll number, as payroll holds it, or leave it blank."))
                    continue
                }
                seenPayroll[number] = row.line
            }
            amhps.append(amhp)
        }
        checkEducators(amhps, table: table, errors: &errors)
        return amhps
    }

    private static func readRow(_ row: CSVRecord, errors: inout [InputError]) -> AMHP? {
        let before = errors.count
        let id = row.required("id", &errors, fix: "give the AMHP a short unique id, e.g. A07.")
        let name = row.required("name", &errors, fix: "write the AMHP's name.")
        let employer = row.required("employer", &errors, fix: "write LA for the local authority, or the NHS trust's name.")
        let profession = row.choice("profession", &errors, as: Profession.self)
        let nights = row.choice("nights", &errors, as: NightWorking.self)
        let educatorID = row.text("educator_id").isEmpty ? nil : row.text("educator_id")
        let isTrainee = educatorID != nil

        let approvalStart = row.date("approval_start", &errors, optional: isTrainee)
        let approvalEnd = row.date("approval_end", &errors, optional: isTrainee)
        var approval: DateRange?
        if let approvalStart, let approvalEnd {
            approval = DateRange(first: approvalStart, last: approvalEnd)
            if approval == nil {
                errors.append(row.error("approval_end", "the approval ends (\(approvalEnd)) before it starts (\(approvalStart)).",
                                        fix: "check the dates; a warrant normally runs five years from approval."))
            }
        }
        var suspensions: [DateRange] = []
        let suspendedFrom = row.date("suspended_from", &errors, optional: true)
        let suspendedTo = row.date("suspended_to", &errors, optional: true)
        switch (suspendedFrom, suspendedTo) {
        case let (from?, to?):
            if let range = DateRange(first: from, last: to) {
                suspensions.append(range)
            } else {
                errors.append(row.error("suspended_to", "the suspension ends before it starts.", fix: "swap or correct the dates."))
            }
        case (nil, nil):
            break
        default:
            errors.append(row.error(suspendedFrom == nil ? "suspended_from" : "suspended_to",
                                    "a suspension needs both dates.",
                                    fix: "fill in both suspended_from and suspended_to, or neither."))
        }

        let employment = readEmployment(row, employer: employer, errors: &errors)
        let canCoordinateDays = row.flag("coordinate_days", &errors)
        let canCoordinateNights = row.flag("coordinate_nights", &errors)
        if isTrainee && (canCoordinateDays || canCoordinateNights) {
            errors.append(row.error("coordinate_days", "a trainee cannot coordinate a shift.",
                                    fix: "write no in coordinate_days and coordinate_nights, or clear educator_id."))
        }
        if canCoordinateNights && nights == .no {
            errors.append(row.error("coordinate_nights", "the AMHP coordinates nights but does not work nights.",
                                    fix: "write no in coordinate_nights, or yes/only in nights."))
        }
        if canCoordinateDays && nights == .only {
            errors.append(row.error("coordinate_days", "the AMHP coordinates day shifts but works only nights.",
                                    fix: "write no in coordinate_days, or yes in nights."))
        }
        let isEducator = row.flag("practice_educator", &errors)
        let optedOut = row.flag("opted_out_48h", &errors)
        let payrollNumber = PayrollNumber.read(row, errors: &errors)

        guard errors.count == before, let id, let name, let profession, let nights, let employment else { return nil }
        return AMHP(id: id, name: name, employment: employment, profession: profession, grade: row.text("grade"),
                    approval: approval, suspensions: suspensions, canCoordinateDays: canCoordinateDays,
                    canCoordinateNights: canCoordinateNights, nightWorking: nights, isPracticeEducator: isEducator,
                    educatorID: educatorID, optedOutOf48HourWeek: optedOut, payrollNumber: payrollNumber)
    }

    private static func readEmployment(_ row: CSVRecord, employer: String?, errors: inout [InputError]) -> Employment? {
        guard let employer else { return nil }
        let hasFTE = !row.text("fte").isEmpty
        let hasShifts = !row.text("nhs_shifts_per_month").isEmpty
        if employer.uppercased() == "LA" {
            if hasShifts {
                errors.append(row.error("nhs_shifts_per_month", "a local-authority AMHP has NHS shifts per month.",
                                        fix: "clear nhs_shifts_per_month and give the FTE, or write the NHS trust's name in employer."))
                return nil
            }
            guard let fte = row.number("fte", &errors, in: 0.01...1.5, meaning: "the hub FTE (37 hours a week = 1.0)") else { return nil }
            return .localAuthority(fte: fte)
        }
        if hasFTE {
            errors.append(row.error("fte", "an NHS AMHP (employer \"\(employer)\") has an FTE.",
                                    fix: "clear fte and write the agreed shifts in nhs_shifts_per_month, or write LA in employer."))
            return nil
        }
        guard let shifts = row.number("nhs_shifts_per_month", &errors, in: 0...31,
                                      meaning: "the shifts a month the NHS AMHP agreed to offer") else { return nil }
        return .nhs(trust: employer, shiftsPerMonth: shifts)
    }

    /// A trainee's educator must exist, be a practice educator, and not be a trainee.
    private static func checkEducators(_ amhps: [AMHP], table: CSVTable, errors: inout [InputError]) {
        let byID = Dictionary(amhps.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for amhp in amhps {
            guard let educatorID = amhp.educatorID else { continue }
            let line = table.rows.first { $0.text("id") == amhp.id }?.line
            let problem: (String, String)
            if let educator = byID[educatorID] {
                if educator.isTrainee {
                    problem = ("trainee \(amhp.id)'s educator \(educatorID) is a trainee too.", "name an approved AMHP as educator.")
                } else if !educator.isPracticeEducator {
                    problem = ("trainee \(amhp.id)'s educator \(educatorID) is not marked as a practice educator.",
                               "write yes in \(educatorID)'s practice_educator column, or choose another educator.")
                } else {
                    continue
                }
            } else {
                problem = ("trainee \(amhp.id)'s educator \"\(educatorID)\" is not in amhps.csv.",
                           "write the id of an AMHP in this file who is a practice educator.")
            }
            errors.append(InputError(file: table.fileName, line: line, field: "educator_id", problem: problem.0, fix: problem.1))
        }
    }
}
