import Foundation

/// Writes a hub back to a folder in exactly the format `HubLoader` reads (docs/data-format.md),
/// so that load → write → load gives the same hub.
public enum HubWriter {
    public static func write(_ hub: Hub, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, content) in files(hub) {
            try CSVDocument.fileData(content, named: name).write(to: folder.appendingPathComponent(name), options: .atomic)
        }
    }

    /// Every file of the hub folder, by name.
    public static func files(_ hub: Hub) -> [(String, String)] {
        [
            (AMHPsFile.name, amhps(hub)),
            (ShiftsFile.name, csv(ShiftsFile.required + ShiftsFile.optional, hub.shiftTypes.map {
                [$0.code, $0.name, $0.start.description, $0.end.description, yes($0.isNight), $0.kind.rawValue]
            })),
            (CoverFile.name, csv(CoverFile.required + CoverFile.optional, hub.coverRules.map {
                [$0.dayType.rawValue, $0.shiftCode, String($0.minimum), String($0.target), yes($0.coordinatorRequired),
                 yes($0.secondWorkerAvailable), String($0.maximum)]
            })),
            (LeaveFile.name, csv(LeaveFile.required + LeaveFile.optional, hub.absences.map {
                [$0.amhpID, $0.kind.rawValue, $0.dates.first.description, $0.dates.last.description, $0.note]
            })),
            (RequestsFile.name, csv(RequestsFile.required, hub.requests.map {
                [$0.amhpID, $0.date.description, $0.shiftCode ?? "", $0.preference.rawValue, String($0.weight)]
            })),
            (TOILFile.name, toil(hub)),
            (HistoryFile.name, csv(HistoryFile.required, hub.history.map {
                [$0.amhpID, String($0.months), String($0.nights), String($0.weekendShifts), String($0.bankHolidayShifts), yes($0.workedLastFestive)]
            })),
            (CarryInFile.name, csv(CarryInFile.required, hub.carryIn.map { [$0.amhpID, $0.date.description, $0.shiftCode] })),
            (RulesFile.name, rules(hub.rules)),
        ]
    }

    /// toil.csv; the `earned` column only when some balance has its date, so older hubs write as before.
    private static func toil(_ hub: Hub) -> String {
        let withEarned = hub.toil.contains { $0.earned != nil }
        return csv(TOILFile.required + (withEarned ? ["earned"] : []), hub.toil.map { plan in
            [plan.amhpID, number(plan.balanceHours), number(plan.planBackHours)] + (withEarned ? [plan.earned?.description ?? ""] : [])
        })
    }

    /// amhps.csv; the `payroll_number` column only when some AMHP has one, so older hubs write as before.
    private static func amhps(_ hub: Hub) -> String {
        let withPayroll = hub.amhps.contains { $0.payrollNumber != nil }
        let header = AMHPsFile.required + ["suspended_from", "suspended_to", "practice_educator", "educator_id", "opted_out_48h"]
            + (withPayroll ? ["payroll_number"] : [])
        let rows = hub.amhps.map { amhp -> [String] in
            var fte = "", shifts = "", employer = "LA"
            switch amhp.employment {
            case .localAuthority(let value): fte = number(value)
            case .nhs(let trust, let perMonth): employer = trust; shifts = number(perMonth)
            }
            let suspension = amhp.suspensions.first
            return [amhp.id, amhp.name, employer, amhp.profession.rawValue, amhp.grade,
                    amhp.approval?.first.description ?? "", amhp.approval?.last.description ?? "", fte, shifts,
                    yes(amhp.canCoordinateDays), yes(amhp.canCoordinateNights), amhp.nightWorking.rawValue,
                    suspension?.first.description ?? "", suspension?.last.description ?? "",
                    yes(amhp.isPracticeEducator), amhp.educatorID ?? "", yes(amhp.optedOutOf48HourWeek)]
                + (withPayroll ? [amhp.payrollNumber ?? ""] : [])
        }
        return csv(header, rows)
    }

    private static func rules(_ rules: HubRules) -> String {
        let time = rules.workingTime
        var lines = [
            "# AMHP Planner rules (see docs/data-format.md).",
            "hub:",
            "  name: \(quoted(rules.hubName))",
            "  standard_week_hours: \(number(rules.standardWeekHours))",
        ]
        if let surplus = rules.surplusHours { lines.append("  surplus_hours: \(surplus.rawValue)") }
        lines.append("working_time:")
        lines += WorkingTimeRules.settings.map { setting in
            switch setting.value {
            case .hours(let path, _): "  \(setting.key): \(number(time[keyPath: path]))"
            case .days(let path, _): "  \(setting.key): \(time[keyPath: path])"
            case .flag(let path): "  \(setting.key): \(time[keyPath: path])"
            }
        }
        lines.append("weights:")
        lines += ObjectiveWeights.keyPaths.map { "  \($0.key): \(number(rules.weights[keyPath: $0.path]))" }
        lines.append("bank_holidays:")
        lines.append(rules.addedBankHolidays.isEmpty ? "  add: []" : "  add:")
        lines += rules.addedBankHolidays.map { "    - {date: \($0.date), name: \(quoted($0.name))}" }
        lines.append(rules.removedBankHolidays.isEmpty ? "  remove: []" : "  remove:")
        lines += rules.removedBankHolidays.sorted().map { "    - \($0)" }
        lines += [
            "toil:",
            "  cap_hours: \(rules.toil.capHours.shortText)",
            "  window_days: \(rules.toil.windowDays)",
            "  bank_holiday_credit_hours: \(rules.toil.bankHolidayCreditHours.shortText)",
            "  expiry: \(rules.toil.expiry.rawValue)",
            "unsocial_hours:",
            "  night_start: \"\(rules.unsocialHours.nightStart)\"",
            "  night_end: \"\(rules.unsocialHours.nightEnd)\"",
        ]
        for (key, rates) in [("la", rules.unsocialHours.localAuthority), ("nhs", rules.unsocialHours.nhs)] {
            lines.append("  \(key):")
            lines += EnhancementRates.settings.map { "    \($0.key): \(number(rates[keyPath: $0.path]))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func csv(_ header: [String], _ rows: [[String]]) -> String {
        CSVDocument.make(header: header, rows: rows)
    }

    private static func yes(_ flag: Bool) -> String { flag ? "yes" : "no" }

    /// Shortest text that reads back as the same Double.
    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
