import RotaCheck
import Workforce

/// The two figures of a rota's quality the bench prints beside the objective: AMHPs above target
/// (stacking, which the objective prices but a manager sees first) and the enhancement for unsocial
/// hours in pounds, summed over the months of a run.
struct BenchQuality: Sendable, Equatable {
    var peopleOverTarget = 0
    var enhancement = 0.0

    init() {}

    /// One month's figures. `hub` is the generated hub: the months after the first add only carry-in
    /// and history to it, which change neither figure.
    init(_ report: CheckReport, hub: Hub) {
        let quality = RotaQuality(report: report, hub: hub)
        peopleOverTarget = quality.peopleOverTarget
        enhancement = quality.enhancementCost
    }

    static func + (left: BenchQuality, right: BenchQuality) -> BenchQuality {
        var sum = left
        sum.peopleOverTarget += right.peopleOverTarget
        sum.enhancement += right.enhancement
        return sum
    }

    /// Whole pounds, as a table column shows them: "15181".
    var pounds: String { String(Int(enhancement.rounded())) }
}
