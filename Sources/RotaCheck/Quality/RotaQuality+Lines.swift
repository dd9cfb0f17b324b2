import Workforce

extension RotaQuality {
    /// The section as plain lines, as every report prints it (the rota report, `amhp check`,
    /// rota.html); an indented line belongs to the one above it.
    ///
    ///     Shifts over target: none.
    ///     Most people on one shift: 4, on D Tue 2026-12-01 (target 4).
    ///     Surplus hours (LA contracted hours not needed on rota shifts): 252.0, of which 240.0 on duty and 12.0 unplanned; …
    ///     AMHPs with no rota shift: none.
    ///     Enhancement for unsocial hours: £15234.50 (LA £12000.00; Northshire Partnership NHS Foundation Trust £3234.50).
    public var lines: [String] {
        var lines = [overTargetLine]
        if shiftsOverMaximum > 0 {
            lines.append("Shifts over their maximum: \(shiftsOverMaximum) (a hard rule: see the violations).")
        }
        if let busiest {
            lines.append("Most people on one shift: \(busiest.assigned), on \(busiest.shiftCode) \(Self.day(busiest.date)) (target \(busiest.target)).")
        }
        lines.append(surplusLine)
        if idle.isEmpty {
            lines.append("AMHPs with no rota shift: none.")
        } else {
            lines.append("AMHPs with no rota shift: \(idle.count).")
            lines += idle.map { "  \($0.name) (\($0.amhpID)): \($0.reason)." }
        }
        lines.append(enhancementLine)
        if let weightWarning { lines.append("Warning: \(weightWarning)") }
        return lines
    }

    /// "Shifts over target: 3, with 4 AMHPs above target in all; the worst: N Sun 2026-12-06, 6 on a target of 2; …"
    /// (the five worst, largest excess first, then by date).
    var overTargetLine: String {
        guard !shiftsOverTarget.isEmpty else { return "Shifts over target: none." }
        let worst = shiftsOverTarget.sorted { ($0.excess, $1.date.dayNumber) > ($1.excess, $0.date.dayNumber) }.prefix(5)
            .map { "\($0.shiftCode) \(Self.day($0.date)), \($0.assigned) on a target of \($0.target)" }
        return "Shifts over target: \(shiftsOverTarget.count), with \(Wording.count(peopleOverTarget, "AMHP")) above target in all; "
            + "the worst: \(worst.joined(separator: "; "))."
    }

    /// Hours on shifts above target are rota hours, so they are not part of the surplus: they are
    /// what the surplus would have become had the rota stacked it, and should be 0.
    var surplusLine: String {
        "Surplus hours (LA contracted hours not needed on rota shifts): \(Wording.hours(surplus.total)), of which "
            + "\(Wording.hours(surplus.onDuty)) on duty and \(Wording.hours(surplus.unplanned)) unplanned; "
            + "\(Wording.hours(surplus.aboveTarget)) hours on shifts above target; \(Wording.hours(surplus.overContract)) hours over contract."
    }

    /// "Enhancement for unsocial hours: £15234.50 (LA £12000.00; Northshire … Trust £3234.50)."
    var enhancementLine: String {
        let parts = enhancementByEmployer.filter { $0.pounds > 0 }.map { "\($0.employer) \(Wording.pounds($0.pounds))" }
        return "Enhancement for unsocial hours: \(Wording.pounds(enhancementCost))"
            + (parts.isEmpty ? "." : " (" + parts.joined(separator: "; ") + ").")
    }

    /// "Sun 2026-12-06": the weekday helps a manager find the column.
    private static func day(_ date: LocalDate) -> String { "\(date.weekday.shortName) \(date)" }
}
