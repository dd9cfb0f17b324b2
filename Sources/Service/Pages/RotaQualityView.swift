import Foundation

/// The rota page's quality section, from `RotaQualityDTO`: would a manager sign this rota?
///
/// Each line's wording has a twin in `Public/js/rota-grid.js` (`qualityLines`), which redraws the
/// section from the JSON an edit returns.
struct RotaQualityView: Encodable {
    struct IdleLine: Encodable {
        let amhpID: String
        let name: String
        let reason: String
    }

    let overTarget: String
    let busiest: String
    let surplus: String
    let enhancement: String
    let idle: [IdleLine]
    /// The weights' warning (empty when they are sound), shown as a banner.
    let warning: String
    let hasWarning: Bool

    init(_ quality: RotaQualityDTO) {
        overTarget = Self.overTarget(quality)
        busiest = Self.busiest(quality)
        surplus = Self.surplus(quality.surplus)
        enhancement = Self.enhancement(quality.enhancementByEmployer)
        idle = quality.idle.map { IdleLine(amhpID: $0.amhpID, name: $0.name, reason: $0.reason) }
        warning = quality.weightWarning ?? ""
        hasWarning = quality.weightWarning != nil
    }

    /// "None." or "3 shifts, 4 AMHPs above target in all; most: D Sat 2026-12-05 4 (target 3); …", the
    /// five furthest over first, then any over their maximum (a hard rule).
    static func overTarget(_ quality: RotaQualityDTO) -> String {
        var text: String
        if quality.shiftsOverTarget.isEmpty {
            text = "None."
        } else {
            let worst = quality.shiftsOverTarget
                .sorted { ($0.assigned - $0.target, $1.date) > ($1.assigned - $1.target, $0.date) }.prefix(5)
                .map { "\($0.shift) \(PageText.day($0.date)) \($0.assigned) (target \($0.target))" }
            text = "\(count(quality.shiftsOverTarget.count, "shift")), \(count(quality.peopleOverTarget, "AMHP")) above target in all; "
                + "most: \(worst.joined(separator: "; "))."
        }
        if quality.shiftsOverMaximum > 0 {
            text += " \(count(quality.shiftsOverMaximum, "shift")) over the maximum (a hard rule: see the violations)."
        }
        return text
    }

    /// "5 on D Mon 2026-12-07 (target 4)."
    static func busiest(_ quality: RotaQualityDTO) -> String {
        guard let busiest = quality.busiest else { return "No rota shifts." }
        return "\(busiest.assigned) on \(busiest.shift) \(PageText.day(busiest.date)) (target \(busiest.target))."
    }

    /// "120 h: on duty 96 h, above target 16 h, unplanned 8 h; over contract 0 h."
    static func surplus(_ surplus: RotaQualityDTO.Surplus) -> String {
        "\(PageText.hours(surplus.total)) h: on duty \(PageText.hours(surplus.onDuty)) h, above target \(PageText.hours(surplus.aboveTarget)) h, "
            + "unplanned \(PageText.hours(surplus.unplanned)) h; over contract \(PageText.hours(surplus.overContract)) h."
    }

    /// "£1234.50 (LA £800.00; Northshire NHS Trust £434.50)": employers who were paid any.
    static func enhancement(_ costs: [RotaQualityDTO.EmployerCost]) -> String {
        let total = PageText.pounds(costs.map(\.pounds).reduce(0, +))
        let parts = costs.filter { $0.pounds > 0 }.map { "\($0.employer) \(PageText.pounds($0.pounds))" }
        return parts.isEmpty ? total : "\(total) (\(parts.joined(separator: "; ")))"
    }

    static func count(_ value: Int, _ singular: String) -> String {
        "\(value) \(singular)\(value == 1 ? "" : "s")"
    }
}
