import Workforce

/// Applies a scenario to the hub for one month: the changed hub the rota model will plan, and
/// what changed, in words.
///
/// Removals by kind take the matching AMHPs whose warrants end soonest (ties by id), the people a
/// hub would lose first if they were not re-approved, so a run is repeatable. Removing a practice
/// educator removes their trainees too: a trainee works only beside their educator. Added AMHPs
/// get ids X01, X02, ..., a warrant covering the month, and no leave, requests or history.
/// A demand change moves every rota shift's cover row by the extra cover the demand model says it
/// needs; `cover_from_demand` replaces the minimums with that cover. Explicit cover changes come
/// last. Duty rows (a cap on duty, not cover) are never moved, and every maximum stays at least
/// its target (`CoverRule.changing`).
public struct ScenarioApplier: Sendable {
    public let data: PlanningData
    public let month: Month

    public init(data: PlanningData, month: Month) {
        self.data = data
        self.month = month
    }

    public struct Applied: Sendable {
        public let hub: Hub
        public let notes: [String]
    }

    public func apply(_ scenario: Scenario) throws -> Applied {
        var notes: [String] = []
        var amhps = data.hub.amhps
        try remove(scenario, from: &amhps, notes: &notes)
        try add(scenario, to: &amhps, notes: &notes)
        var cover = data.hub.coverRules
        if scenario.usesDemand { cover = try demandLedCover(scenario, notes: &notes) }
        cover = try ScenarioCover.apply(scenario.coverChanges, to: cover, hub: data.hub, file: scenario.fileName, notes: &notes)
        var rules = data.hub.rules
        ScenarioCover.apply(scenario.workingTime, to: &rules.workingTime, notes: &notes)
        let ids = Set(amhps.map(\.id))
        let hub = data.hub
        return Applied(hub: Hub(amhps: amhps, shiftTypes: hub.shiftTypes, coverRules: cover,
                                absences: hub.absences.filter { ids.contains($0.amhpID) },
                                requests: hub.requests.filter { ids.contains($0.amhpID) },
                                toil: hub.toil.filter { ids.contains($0.amhpID) },
                                history: hub.history.filter { ids.contains($0.amhpID) },
                                carryIn: hub.carryIn.filter { ids.contains($0.amhpID) }, rules: rules),
                       notes: notes)
    }

    private func remove(_ scenario: Scenario, from amhps: inout [AMHP], notes: inout [String]) throws {
        for removal in scenario.removals {
            var chosen: [AMHP]
            switch removal {
            case .id(let id):
                guard let amhp = amhps.first(where: { $0.id == id }) else {
                    throw PlanningError.scenario(file: scenario.fileName, problem: "there is no AMHP \"\(id)\" to remove (or it was removed already). Fix: use an id from amhps.csv.")
                }
                chosen = [amhp]
            case .kind(let kind, let count):
                let matching = amhps.filter(kind.matches).sorted {
                    ($0.approval?.last ?? month.lastDay, $0.id) < ($1.approval?.last ?? month.lastDay, $1.id)
                }
                guard matching.count >= count else {
                    throw PlanningError.scenario(file: scenario.fileName, problem: "only \(matching.count) \(kind.words) are left to remove, not \(count). Fix: lower the count.")
                }
                chosen = Array(matching.prefix(count))
            }
            let trainees = amhps.filter { amhp in chosen.contains { $0.id == amhp.educatorID } }
            let gone = Set((chosen + trainees).map(\.id))
            amhps.removeAll { gone.contains($0.id) }
            notes.append("Removed \(chosen.map { "\($0.id) \($0.name)" }.joined(separator: ", "))"
                         + (trainees.isEmpty ? "" : ", and trainee \(trainees.map(\.id).joined(separator: ", ")) with their educator") + ".")
        }
    }

    private func add(_ scenario: Scenario, to amhps: inout [AMHP], notes: inout [String]) throws {
        let warrant = DateRange(spanning: month.firstDay.adding(days: -365), month.firstDay.adding(days: 5 * 365 - 366))
        for addition in scenario.additions {
            var template: AMHP?
            if let like = addition.like {
                guard let found = data.hub.amhp(like), !found.isTrainee else {
                    throw PlanningError.scenario(file: scenario.fileName, problem: "\"\(like)\" is not an approved AMHP in amhps.csv to copy. Fix: use an id of an approved AMHP.")
                }
                template = found
            }
            var added: [String] = []
            for _ in 0..<addition.count {
                var number = 1
                while amhps.contains(where: { $0.id == "X\(number < 10 ? "0" : "")\(number)" }) { number += 1 }
                let id = "X\(number < 10 ? "0" : "")\(number)"
                amhps.append(AMHP(id: id, name: "New AMHP \(id)", employment: template?.employment ?? addition.employment,
                                  profession: template?.profession ?? addition.profession, grade: template?.grade ?? "AMHP (scenario)",
                                  approval: warrant, canCoordinateDays: template?.canCoordinateDays ?? addition.coordinateDays,
                                  canCoordinateNights: template?.canCoordinateNights ?? addition.coordinateNights,
                                  nightWorking: template?.nightWorking ?? addition.nights))
                added.append(id)
            }
            let like = template.map { " like \($0.id) \($0.name)" } ?? " (\(addition.employment.employerName))"
            notes.append("Added \(added.joined(separator: ", "))\(like).")
        }
    }

    /// Cover with the demand change: each row moved by the cover change the demand model gives,
    /// or (with `cover_from_demand`) minimums set to the demand-led cover.
    private func demandLedCover(_ scenario: Scenario, notes: inout [String]) throws -> [CoverRule] {
        let factor = 1 + scenario.demandChangePercent / 100
        let changed = try SufficiencyAnalysis(data: data, month: month, demandFactor: factor)
        let baseline = factor == 1 ? changed : try SufficiencyAnalysis(data: data, month: month)
        let duty = Set(data.hub.shiftTypes.filter(\.isDuty).map(\.code))
        let rules = data.hub.coverRules.map { rule -> CoverRule in
            guard !duty.contains(rule.shiftCode) else { return rule }
            let needed = changed.cover.cover(rule.dayType, rule.shiftCode)?.amhps ?? rule.minimum
            let before = baseline.cover.cover(rule.dayType, rule.shiftCode)?.amhps ?? rule.minimum
            var minimum = scenario.coverFromDemand ? needed : rule.minimum + (needed - before)
            // Never below the lone-working floor of two, unless a second worker is on duty (Standard 4.1).
            if rule.minimum > 0 && !rule.secondWorkerAvailable { minimum = max(minimum, 2) }
            minimum = max(minimum, 0)
            let target = scenario.coverFromDemand ? max(rule.target, minimum) : max(rule.target + (needed - before), minimum)
            return rule.changing(minimum: minimum, target: target)
        }
        if scenario.demandChangePercent != 0 {
            let change = ScenarioCover.describe(old: data.hub.coverRules, new: rules)
            notes.append("Demand \(NumberText.signed(scenario.demandChangePercent))%: "
                         + (change == "no change" ? "the demand model needs no change to cover." : "cover moves by what the demand model adds: \(change)."))
        } else {
            notes.append("Cover from demand: minimums set to the demand-led cover: " + ScenarioCover.describe(old: data.hub.coverRules, new: rules) + ".")
        }
        return rules
    }
}
