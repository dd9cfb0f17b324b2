import Workforce

/// Cover and working-time changes a scenario makes, and their description in words.
///
/// Cover changes move rota shifts only: a duty shift's row is its daily cap, not cover, so "all"
/// passes it by and naming it is an error. Each changed row keeps its maximum at least its target
/// (`CoverRule.changing`).
enum ScenarioCover {
    static func apply(_ changes: [Scenario.CoverChange], to rules: [CoverRule], hub: Hub, file: String,
                      notes: inout [String]) throws -> [CoverRule] {
        var result = rules
        let duty = Set(hub.shiftTypes.filter(\.isDuty).map(\.code))
        for change in changes {
            if let code = change.shiftCode, hub.shiftType(code) == nil {
                throw PlanningError.scenario(file: file, problem: "unknown shift \"\(code)\" in cover. Fix: use a code from shifts.csv or all.")
            }
            if let code = change.shiftCode, duty.contains(code) {
                let rota = hub.rotaShiftTypes.map(\.code).joined(separator: ", ")
                throw PlanningError.scenario(file: file, problem: "\(code) is a duty shift, which has no cover to change. Fix: name a rota shift (\(rota)) or all, and change the duty cap in cover.csv.")
            }
            let before = result
            result = result.map { rule in
                guard !duty.contains(rule.shiftCode), change.dayType.map({ $0 == rule.dayType }) ?? true,
                      change.shiftCode.map({ $0 == rule.shiftCode }) ?? true else {
                    return rule
                }
                var minimum = change.minimum ?? rule.minimum + (change.change ?? 0)
                var target = change.target ?? rule.target + (change.change ?? 0)
                minimum = max(minimum, 0)
                target = max(target, minimum)
                return rule.changing(minimum: minimum, target: target)
            }
            if let lone = result.first(where: { $0.minimum == 1 && !$0.secondWorkerAvailable }) {
                throw PlanningError.scenario(file: file, problem: "the cover change leaves \(lone.dayType.rawValue) \(lone.shiftCode) with one AMHP, who would lone-work (Service Standard 4.1). Fix: keep the minimum at 2 or more, or 0.")
            }
            notes.append("Cover: " + describe(old: before, new: result) + ".")
        }
        return result
    }

    static func apply(_ changes: Scenario.WorkingTimeChanges, to rules: inout WorkingTimeRules, notes: inout [String]) {
        guard !changes.isEmpty else { return }
        var words: [String] = []
        if let value = changes.minimumRestHours { rules.minimumRestHours = value; words.append("daily rest \(NumberText.plain(value)) hours") }
        if let value = changes.maximumConsecutiveNights { rules.maximumConsecutiveNights = value; words.append("at most \(value) nights in a row") }
        if let value = changes.maximumConsecutiveWorkingDays {
            rules.maximumConsecutiveWorkingDays = value
            words.append("at most \(value) working days in a row")
        }
        if let value = changes.average48HourWeek { rules.average48HourWeek = value; words.append("48-hour average week \(value ? "on" : "off")") }
        notes.append("Working time: \(words.joined(separator: ", ")).")
    }

    /// `weekday D 3/4 → 5/6, saturday L 2/2 → 3/3`, or `no change`.
    static func describe(old: [CoverRule], new: [CoverRule]) -> String {
        let changes = zip(old, new).filter { $0.minimum != $1.minimum || $0.target != $1.target }.map { before, after in
            "\(after.dayType.rawValue) \(after.shiftCode) \(before.minimum)/\(before.target) → \(after.minimum)/\(after.target)"
        }
        return changes.isEmpty ? "no change" : changes.joined(separator: ", ")
    }
}
