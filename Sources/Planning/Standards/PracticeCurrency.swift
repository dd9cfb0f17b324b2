import Foundation
import Workforce

/// Service Standard 4.5's practice currency: each approved AMHP's shifts over the published
/// months against a minimum for three months at full time, pro rata by FTE (an NHS AMHP is held
/// to no more than they agreed), and those below it.
struct PracticeCurrency {
    struct Shortfall: Hashable {
        let amhpID: String
        let shifts: Int
        let required: Int

        var missing: Int { required - shifts }
    }

    let minimumPerQuarter: Int
    /// AMHPs approved and not suspended on the day, who count towards cover.
    private(set) var counted = 0
    private(set) var below: [Shortfall] = []

    /// `shifts` holds each AMHP's shifts over the `months` published (`shiftsByAMHP`).
    init(hub: Hub, shifts: [String: Int], months: Int, asOf: LocalDate, minimumPerQuarter: Int) {
        self.minimumPerQuarter = minimumPerQuarter
        let months = Double(months)
        for amhp in hub.amhps.sorted(by: { $0.id < $1.id }) where amhp.countsTowardsCover {
            guard amhp.approval?.contains(asOf) ?? false, !amhp.suspensions.contains(where: { $0.contains(asOf) }) else { continue }
            counted += 1
            let base = Double(minimumPerQuarter) * months / 3
            let required: Int = switch amhp.employment {
            case .localAuthority(let fte): Int((base * fte).rounded(.up))
            case .nhs(_, let perMonth): Int(min(base, perMonth * months).rounded(.up))
            }
            let done = shifts[amhp.id] ?? 0
            if done < required { below.append(Shortfall(amhpID: amhp.id, shifts: done, required: required)) }
        }
    }

    /// Each AMHP's shifts over the rotas, counted once for the figures that need them.
    static func shiftsByAMHP(_ rotas: [Rota]) -> [String: Int] {
        rotas.reduce(into: [:]) { counts, rota in
            for assignment in rota.assignments { counts[assignment.amhpID, default: 0] += 1 }
        }
    }
}
