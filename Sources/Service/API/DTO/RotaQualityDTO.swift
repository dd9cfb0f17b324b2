import Foundation
import RotaCheck
import Vapor

/// Whether a rota is one a manager would sign (`RotaQuality`): shifts over target, the most on one
/// shift, where the hours the rota does not need went, who has no rota shift and why, and the
/// enhancement for unsocial hours by employer.
struct RotaQualityDTO: Content {
    struct OverTarget: Content {
        let date: String
        let shift: String
        let assigned: Int
        let target: Int
        let maximum: Int
    }

    struct Busiest: Content {
        let date: String
        let shift: String
        let assigned: Int
        let target: Int
    }

    /// LA contracted hours the rota's shifts do not use, and where they went.
    struct Surplus: Content {
        let total: Double
        let onDuty: Double
        let aboveTarget: Double
        let unplanned: Double
        let overContract: Double
    }

    /// Someone with no rota shift; the reason names leave or absence only in general.
    struct Idle: Content {
        let amhpID: String
        let name: String
        let reason: String
    }

    struct EmployerCost: Content {
        let employer: String
        let pounds: Double
    }

    let shiftsOverTarget: [OverTarget]
    let peopleOverTarget: Int
    let shiftsOverMaximum: Int
    let busiest: Busiest?
    let surplus: Surplus
    let idle: [Idle]
    let enhancementByEmployer: [EmployerCost]
    /// Set when the weights let stacking pay, with the fix.
    let weightWarning: String?

    init(_ quality: RotaQuality) {
        shiftsOverTarget = quality.shiftsOverTarget.map {
            OverTarget(date: "\($0.date)", shift: $0.shiftCode, assigned: $0.assigned, target: $0.target, maximum: $0.maximum)
        }
        peopleOverTarget = quality.peopleOverTarget
        shiftsOverMaximum = quality.shiftsOverMaximum
        busiest = quality.busiest.map { Busiest(date: "\($0.date)", shift: $0.shiftCode, assigned: $0.assigned, target: $0.target) }
        let surplus = quality.surplus
        self.surplus = Surplus(total: surplus.total, onDuty: surplus.onDuty, aboveTarget: surplus.aboveTarget,
                               unplanned: surplus.unplanned, overContract: surplus.overContract)
        idle = quality.idle.map { Idle(amhpID: $0.amhpID, name: $0.name, reason: $0.reason) }
        enhancementByEmployer = quality.enhancementByEmployer.map { EmployerCost(employer: $0.employer, pounds: $0.pounds) }
        weightWarning = quality.weightWarning
    }
}
