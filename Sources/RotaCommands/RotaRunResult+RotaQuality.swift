import RotaCheck
import Workforce

extension RotaRunResult.Quality {
    /// The checker's quality section in the result's figures: every number the report prints.
    init(_ quality: RotaQuality) {
        let surplus = quality.surplus
        self.init(
            peopleOverTarget: quality.peopleOverTarget, shiftsOverTarget: quality.shiftsOverTarget.count,
            shiftsOverMaximum: quality.shiftsOverMaximum,
            mostOnOneShift: quality.busiest.map { .init(date: $0.date.description, shift: $0.shiftCode, assigned: $0.assigned, target: $0.target) },
            surplusHours: .init(total: surplus.total, onDuty: surplus.onDuty, aboveTarget: surplus.aboveTarget, unplanned: surplus.unplanned,
                                overContract: surplus.overContract),
            idle: quality.idle.map { .init(amhpID: $0.amhpID, name: $0.name, reason: $0.reason) },
            enhancementCost: quality.enhancementCost,
            enhancementByEmployer: quality.enhancementByEmployer.map { .init(employer: $0.employer, pounds: $0.pounds) },
            weightWarning: quality.weightWarning)
    }
}
