/// Reads `cover.csv`: minimum, target and maximum AMHPs for each kind of day and shift.
///
/// A duty shift's row gives only its cap (`maximum`, required); a day type without a row for a
/// duty shift has no duty that day. Every rota shift needs a row for every day type.
enum CoverFile {
    static let name = "cover.csv"
    static let required = ["day_type", "shift", "minimum", "target", "coordinator"]
    static let optional = ["second_worker", "maximum"]

    /// `codes` are every code written in shifts.csv (nil when that file could not be read).
    static func read(_ table: CSVTable, shifts: [ShiftType], codes: Set<String>?, errors: inout [InputError]) -> [CoverRule] {
        let errorsBefore = errors.count
        var rules: [CoverRule] = []
        for row in table.rows {
            let before = errors.count
            let dayType = row.choice("day_type", &errors, as: DayType.self)
            let shift = row.text("shift")
            if let codes, !codes.contains(shift) {
                errors.append(row.error("shift", "unknown shift \"\(shift)\".",
                                        fix: "use a code from shifts.csv: \(codes.sorted().joined(separator: ", "))."))
            }
            let secondWorker = row.flag("second_worker", &errors)
            let minimum = row.integer("minimum", &errors, in: CoverRule.counts, meaning: "the fewest AMHPs the shift may have")
            let target = row.integer("target", &errors, in: CoverRule.counts, meaning: "the AMHPs the service aims for")
            let coordinator = row.flag("coordinator", &errors)
            let duty = shifts.first { $0.code == shift }?.isDuty ?? false
            let maximum: Int? = row.text("maximum").isEmpty && !duty ? nil
                : row.integer("maximum", &errors, in: CoverRule.counts, meaning: duty ? "the most AMHPs on duty that day" : "the most AMHPs the shift may have")
            guard errors.count == before, codes != nil, let dayType, let minimum, let target else { continue }
            if duty && (minimum > 0 || target > 0 || coordinator) {
                errors.append(row.error(minimum > 0 ? "minimum" : target > 0 ? "target" : "coordinator",
                                        "\(shift) is a duty shift, which counts towards no cover.",
                                        fix: "write 0 in minimum and target and no in coordinator, and the most people on duty in maximum."))
                continue
            }
            if minimum < 2 && !secondWorker && minimum > 0 {
                errors.append(row.error("minimum", "a minimum of \(minimum) would leave an AMHP lone-working (Service Standard 4.1).",
                                        fix: "set the minimum to at least 2, or write yes in second_worker if a named second worker is on duty."))
                continue
            }
            if target < minimum {
                errors.append(row.error("target", "the target \(target) is below the minimum \(minimum).", fix: "make the target at least the minimum."))
                continue
            }
            if let maximum, maximum < target {
                errors.append(row.error("maximum", "the maximum \(maximum) is below the target \(target).",
                                        fix: "make the maximum at least the target, or leave it blank for the target plus one (\(CoverRule.defaultMaximum(target: target)))."))
                continue
            }
            if rules.contains(where: { $0.dayType == dayType && $0.shiftCode == shift }) {
                errors.append(row.error("shift", "\(dayType.rawValue) \(shift) is given twice.", fix: "keep one row for each day type and shift."))
                continue
            }
            rules.append(CoverRule(dayType: dayType, shiftCode: shift, minimum: minimum, target: target, maximum: maximum,
                                   coordinatorRequired: coordinator, secondWorkerAvailable: secondWorker))
        }
        // Rows rejected above would show up again as missing; report gaps only when every row was read.
        if errors.count == errorsBefore, codes != nil {
            for dayType in DayType.allCases {
                for shift in shifts where !shift.isDuty && !rules.contains(where: { $0.dayType == dayType && $0.shiftCode == shift.code }) {
                    errors.append(InputError(file: name, line: nil, field: "day_type",
                                             problem: "no cover is given for \(dayType.rawValue) \(shift.code) shifts.",
                                             fix: "add a row \(dayType.rawValue),\(shift.code),minimum,target,coordinator (0,0,no if the shift does not run)."))
                }
            }
            // A duty shift with no cap on any day would never run: surely a row forgotten.
            for shift in shifts where shift.isDuty && !rules.contains(where: { $0.shiftCode == shift.code }) {
                errors.append(InputError(file: name, line: nil, field: "shift",
                                         problem: "the duty shift \(shift.code) has no row, so nobody could ever be on duty.",
                                         fix: "add a row weekday,\(shift.code),0,0,no,no,N with N the most people on duty a weekday, or remove \(shift.code) from shifts.csv."))
            }
        }
        return rules
    }
}
