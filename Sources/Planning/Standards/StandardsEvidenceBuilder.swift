import Foundation
import Workforce

/// Reads the Service Standards evidence out of the service's own data (issue 18):
///
/// | standard | measure | from |
/// |---|---|---|
/// | 1.3 | AMHPs approved and suspended; warrants due within a year; under 18 hours' training; due while under | the register (hub, workforce.csv, training_log.csv) |
/// | 1.3 | rota FTE now and, by the projection without further training, at the horizon | the succession projection (workforce.csv, training_pipeline.csv, planning.yaml) |
/// | 2.1 | shifts that need a coordinator and have one | published rotas, three months |
/// | 3.4 | AMHPs by each category the service records, beside residents and its targets (counts under 5 not shown) | diversity.csv |
/// | 2.3 | the chance, hour by hour, that assessments in progress need more AMHPs than are on duty; AMHPs free to call in on the days of high demand (`ContingencyReserve`); NHS AMHPs' shifts against their agreements | published rotas and referrals.csv |
/// | 4.1 | staffed shifts with two or more AMHPs (no lone working) | published rotas |
/// | 4.2 | TOIL held, and the ledger's alerts | the TOIL ledger |
/// | 4.5 | AMHPs below the minimum shifts for three months (practice currency) | published rotas |
/// | 5.4 | approved AMHPs by profession and by employer | the hub |
///
/// Figures are counts: no page shows a person's leave, sickness or TOIL through them; the AMHPs a
/// lead must act on (warrants, CPD, practice currency) are named apart (`amhpIDs`).
public enum StandardsEvidenceBuilder {
    public static func evidence(_ inputs: StandardsEvidenceInputs) -> StandardsEvidence {
        var items: [StandardsEvidenceItem] = []
        if let planning = inputs.planning {
            items += register(Register(data: planning, asOf: inputs.asOf))
            items.append(succession(planning, asOf: inputs.asOf))
            items += diversity(planning.diversity)
        }
        let rotas = inputs.recentRotas
        let window = rotas.isEmpty ? "" : rotas.count == 1 ? "\(rotas[0].month)" : "\(rotas[0].month) to \(rotas[rotas.count - 1].month)"
        let shifts = PracticeCurrency.shiftsByAMHP(rotas)
        if rotas.isEmpty {
            items.append(StandardsEvidenceItem(standard: "2.1", key: "published_rotas", measure: "Published rotas",
                                               value: "none", detail: "No rota is published for the three months to \(Month(containing: inputs.asOf)).",
                                               source: "published rotas", concern: true))
        } else {
            let slots = RotaSlots(hub: inputs.hub, rotas: rotas)
            items.append(share(standard: "2.1", key: "coordinator_share", measure: "Shifts needing a coordinator that have one",
                               part: slots.coordinated, whole: slots.needingCoordinator, of: "shifts needing a coordinator", window: window))
            if let planning = inputs.planning, !planning.referrals.isEmpty {
                items.append(contingency(HourlyContingency(hub: inputs.hub, rotas: rotas, earlier: inputs.rotas, planning: planning), window: window))
                items.append(reserve(rotas.map { ContingencyReserve(hub: inputs.hub, rota: $0, earlier: inputs.rotas, planning: planning) },
                                     window: window))
            }
            if let agreements = nhsAgreements(inputs.hub, shifts: shifts, months: rotas.count, window: window) { items.append(agreements) }
            items.append(share(standard: "4.1", key: "two_or_more_share", measure: "Staffed shifts with two or more AMHPs",
                               part: slots.withTwoOrMore, whole: slots.staffed, of: "staffed rota shifts", window: window))
        }
        if let toil = inputs.toil { items.append(contentsOf: self.toil(toil)) }
        if !rotas.isEmpty {
            items.append(practice(PracticeCurrency(hub: inputs.hub, shifts: shifts, months: rotas.count,
                                                   asOf: inputs.asOf, minimumPerQuarter: inputs.practiceMinimumPerQuarter), window: window))
        }
        items += professions(inputs.hub, asOf: inputs.asOf)
        return StandardsEvidence(asOf: inputs.asOf, items: items)
    }

    // MARK: 1.3

    static func register(_ register: Register) -> [StandardsEvidenceItem] {
        let source = "register (hub, workforce.csv, training_log.csv)"
        let approved = register.entries.filter { $0.status == .approved }
        let suspended = register.entries.filter { $0.status == .suspended }
        let horizon = register.asOf.adding(months: 12)
        let dueSoon = (approved + suspended).filter { entry in entry.reapprovalDue.map { $0 >= register.asOf && $0 <= horizon } ?? false }
        let under = register.entries.filter(\.isUnderCPD)
        let dueWhileUnder = register.entries.filter(\.reapprovalDueWhileUnder)
        return [
            StandardsEvidenceItem(standard: "1.3", key: "register", measure: "AMHPs on the register",
                                  value: "\(approved.count) approved", detail: "\(suspended.count) suspended on \(register.asOf).",
                                  source: source, concern: false),
            StandardsEvidenceItem(standard: "1.3", key: "warrants_due", measure: "Warrants due for re-approval within a year",
                                  value: "\(dueSoon.count)",
                                  detail: dueWhileUnder.isEmpty ? "None is due while under 18 hours' training."
                                      : "\(dueWhileUnder.count) due while under 18 hours' training in the panel's twelve months.",
                                  source: source, concern: !dueWhileUnder.isEmpty, amhpIDs: dueSoon.map(\.amhpID).sorted()),
            StandardsEvidenceItem(standard: "1.3", key: "cpd_under", measure: "Under 18 hours' training in the last 12 months",
                                  value: "\(under.count) of \(approved.count + suspended.count)",
                                  detail: under.isEmpty ? "Everyone approved has 18 hours." : "Rolling twelve months to \(register.asOf).",
                                  source: source, concern: !under.isEmpty, amhpIDs: under.map(\.amhpID).sorted()),
        ]
    }

    /// Standard 1.3's "succession and workforce planning": where the workforce goes without more
    /// training than is booked (the projection alone; the plan needs GLPK, which evidence never runs).
    static func succession(_ data: PlanningData, asOf: LocalDate, simulations: Int = 500) -> StandardsEvidenceItem {
        let settings = data.settings
        let periods = ProjectionPeriod.quarters(from: asOf, years: settings.succession.years)
        let basis = RotaFTEBasis(hub: data.hub, abstractions: settings.abstractions, from: asOf)
        let people = ProjectionPerson.currentAndBooked(data, asOf: asOf, basis: basis)
        let fte = SuccessionProjection(periods: periods, people: people, assumptions: settings.succession).run(simulations: simulations, seed: 1).fte
        let now = fte.first?.median ?? 0, last = fte.last
        let change = now > 0 ? ((last?.median ?? 0) - now) / now : 0
        return StandardsEvidenceItem(
            standard: "1.3", key: "succession", measure: "Rota FTE at the horizon without more training than is booked",
            value: "\(NumberText.fixed(last?.median ?? 0)) from \(NumberText.fixed(now))",
            detail: "Median of \(simulations) simulated futures to \(periods.last?.label ?? "the horizon") (10th-90th: "
                + "\(NumberText.fixed(last?.p10 ?? 0))-\(NumberText.fixed(last?.p90 ?? 0))), \(NumberText.signed(change * 100, 0))%. "
                + "The plan that meets the target is on the Succession page.",
            source: "succession projection (workforce.csv, training_pipeline.csv, planning.yaml)", concern: change < -0.1)
    }

    // MARK: 2.3

    static func reserve(_ reserves: [ContingencyReserve], window: String) -> StandardsEvidenceItem {
        let days = reserves.flatMap(\.days)
        let fewest = days.min { ($0.free.count, $0.date) < ($1.free.count, $1.date) }
        let withoutAnyone = days.filter(\.free.isEmpty).count
        let detail = days.isEmpty
            ? "No day of \(window) had an hour with a one-in-five chance or more that assessments need more AMHPs than are on duty."
            : "\(days.count) day\(days.count == 1 ? "" : "s") of \(window) had such an hour; "
                + (fewest.map { "the fewest AMHPs free to call in was \($0.free.count), on \($0.date)" } ?? "")
                + (withoutAnyone == 0 ? "." : ", and \(withoutAnyone) day\(withoutAnyone == 1 ? "" : "s") had nobody free.")
                + " The list by day: amhp standards contingency, or the Contingency page."
        return StandardsEvidenceItem(
            standard: "2.3", key: "reserve", measure: "Days of high demand, and AMHPs free to call in on them",
            value: "\(days.count) day\(days.count == 1 ? "" : "s")", detail: detail,
            source: "published rotas, leave and absences, referrals.csv", concern: withoutAnyone > 0)
    }

    static func contingency(_ contingency: HourlyContingency, window: String) -> StandardsEvidenceItem {
        let worst = contingency.worst.map { " The worst hour was \($0.date) \($0.hour < 10 ? "0" : "")\($0.hour):00, at \(NumberText.percent($0.chance, 0))." } ?? ""
        return StandardsEvidenceItem(
            standard: "2.3", key: "demand_exceeds_cover", measure: "Chance in an hour that assessments need more AMHPs than are on duty",
            value: NumberText.percent(contingency.meanChance), detail: "Mean over the \(contingency.hours) hours of \(window); "
                + "\(contingency.hoursOverOneInFive) hours had a one-in-five chance or more.\(worst) Demand from referrals.csv, "
                + "\(contingency.amhpsPerAssessment) AMHP\(contingency.amhpsPerAssessment == 1 ? "" : "s") per assessment.",
            source: "published rotas, referrals.csv, planning.yaml", concern: contingency.meanChance > 0.1)
    }

    /// NHS AMHPs' shifts on the published rotas against the shifts a month they agreed to offer,
    /// pro rata for the months shown: capacity the service counts on (Standard 2.3).
    static func nhsAgreements(_ hub: Hub, shifts: [String: Int], months: Int, window: String) -> StandardsEvidenceItem? {
        var agreed = 0.0, delivered = 0, below: [String] = []
        for amhp in hub.amhps.sorted(by: { $0.id < $1.id }) {
            guard case .nhs(_, let perMonth) = amhp.employment, perMonth > 0 else { continue }
            let owed = perMonth * Double(months)
            let worked = shifts[amhp.id] ?? 0
            agreed += owed
            delivered += worked
            if Double(worked) < owed.rounded(.down) { below.append(amhp.id) }
        }
        guard agreed > 0 else { return nil }
        return StandardsEvidenceItem(
            standard: "2.3", key: "nhs_agreements", measure: "NHS AMHPs' shifts against their agreements",
            value: "\(delivered) of \(NumberText.fixed(agreed, 0))",
            detail: "Shifts worked on the published rotas against those agreed, pro rata, \(window); \(below.count) NHS AMHP\(below.count == 1 ? "" : "s") below their agreement.",
            source: "published rotas, hub (amhps.csv)", concern: !below.isEmpty, amhpIDs: below)
    }

    // MARK: 4.2

    static func toil(_ rows: [TOILOverviewRow]) -> [StandardsEvidenceItem] {
        let holding = rows.filter { $0.balance.held > .zero }
        let held = rows.reduce(TOILHours.zero) { $0 + $1.balance.held }
        let overCap = rows.filter { $0.alerts.contains { if case .overCap = $0.kind { true } else { false } } }
        let beyond = rows.filter { $0.alerts.contains { if case .heldBeyondWindow = $0.kind { true } else { false } } }
        return [
            StandardsEvidenceItem(standard: "4.2", key: "toil_held", measure: "TOIL held", value: "\(held)",
                                  detail: "\(holding.count) of \(rows.count) AMHPs hold TOIL.", source: "TOIL ledger", concern: false),
            StandardsEvidenceItem(standard: "4.2", key: "toil_alerts", measure: "TOIL alerts",
                                  value: "\(overCap.count + beyond.count)",
                                  detail: "\(overCap.count) over the cap, \(beyond.count) holding hours beyond the window to take them.",
                                  source: "TOIL ledger", concern: !overCap.isEmpty || !beyond.isEmpty),
        ]
    }

    // MARK: 4.5

    static func practice(_ currency: PracticeCurrency, window: String) -> StandardsEvidenceItem {
        return StandardsEvidenceItem(
            standard: "4.5", key: "practice_currency", measure: "AMHPs below the minimum shifts to keep in practice",
            value: "\(currency.below.count) of \(currency.counted)",
            detail: "Minimum \(currency.minimumPerQuarter) shifts in three months at full time, pro rata, over \(window). "
                + (currency.below.isEmpty ? "Everyone reached it." : "\(currency.below.map(\.missing).reduce(0, +)) shifts short in all."),
            source: "published rotas", concern: !currency.below.isEmpty, amhpIDs: currency.below.map(\.amhpID))
    }

    // MARK: 5.4

    static func professions(_ hub: Hub, asOf: LocalDate) -> [StandardsEvidenceItem] {
        let approved = hub.amhps.filter { $0.countsTowardsCover && ($0.approval?.contains(asOf) ?? false) }
        let byProfession = Profession.allCases.map { profession in (profession, approved.filter { $0.profession == profession }.count) }
        let employers = Dictionary(grouping: approved, by: \.employment.employerName).map { ($0.key, $0.value.count) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        return [
            StandardsEvidenceItem(standard: "5.4", key: "professions", measure: "Approved AMHPs by profession",
                                  value: byProfession.filter { $0.1 > 0 }.count == 1 ? "one profession" : "\(byProfession.filter { $0.1 > 0 }.count) professions",
                                  detail: byProfession.map { "\($0.0.displayName) \($0.1)" }.joined(separator: ", ") + ".",
                                  source: "hub (amhps.csv)", concern: byProfession.filter { $0.1 > 0 }.count < 2),
            StandardsEvidenceItem(standard: "5.4", key: "employers", measure: "Approved AMHPs by employer",
                                  value: "\(employers.count) employer\(employers.count == 1 ? "" : "s")",
                                  detail: employers.map { "\($0.0) \($0.1)" }.joined(separator: ", ") + ".",
                                  source: "hub (amhps.csv)", concern: false),
        ]
    }

    // MARK: Shared

    static func share(standard: String, key: String, measure: String, part: Int, whole: Int, of what: String, window: String) -> StandardsEvidenceItem {
        StandardsEvidenceItem(standard: standard, key: key, measure: measure,
                              value: whole == 0 ? "none" : NumberText.percent(Double(part) / Double(whole)),
                              detail: "\(part) of \(whole) \(what), \(window).", source: "published rotas", concern: part < whole)
    }
}
