import Workforce

/// Builds a rota that keeps every hard rule, fast, as a start for GLPK and for neighbourhood search.
///
/// Pins (and a re-plan's fixed past) are placed first, then a re-plan's baseline where it still holds.
/// Pass 1 brings every rota shift up to its minimum (a coordinator first where one is needed),
/// pass 2 up to its target; each time it picks the available AMHP furthest below their contract.
/// Pass 3 gives LA AMHPs still under contract duty on the least-staffed weekdays (and anyone a
/// rota shift above target only if the weights make that pay), and trainees are seated with their educators.
/// Ties are broken by a seeded random order.
struct GreedyConstruction {
    let instance: RotaInstance
    var random: SeededGenerator

    init(instance: RotaInstance, seed: UInt64) {
        self.instance = instance
        random = SeededGenerator(seed: seed)
    }

    mutating func build() -> PartialRota {
        var rota = PartialRota(instance: instance)
        placeFixedCells(&rota)
        placeBaseline(&rota)
        let tieBreak = instance.amhps.indices.map { _ in Double.random(in: 0..<1, using: &random) }
        // Nights first each day: the fewest people can work them.
        let shiftOrder = instance.shifts.indices.sorted { (instance.shifts[$0].isNight ? 0 : 1, $0) < (instance.shifts[$1].isNight ? 0 : 1, $1) }
        for pass in [Pass.minimum, .target] {
            for d in 0..<instance.dayCount {
                for s in shiftOrder where !instance.shifts[s].isDuty {
                    fill(&rota, day: d, shift: s, pass: pass, tieBreak: tieBreak)
                }
            }
        }
        fillContracts(&rota, shiftOrder: shiftOrder)
        seatTrainees(&rota)
        return rota
    }

    /// Pins and the re-plan's past first: the model fixes them, so the start must hold them too
    /// (`PinCheck` has refused any that break a hard rule).
    private func placeFixedCells(_ rota: inout PartialRota) {
        for a in instance.amhps.indices {
            for d in 0..<instance.dayCount {
                if case .shift(let s) = instance.fixedCell(a, day: d) { rota.assign(a, d, s) }
            }
        }
    }

    /// In a re-plan, the baseline's open cells where they still keep every hard rule (not a new
    /// absence's), so the search starts from few changes and the passes below only fill the gaps.
    private func placeBaseline(_ rota: inout PartialRota) {
        for d in 0..<instance.dayCount {
            for a in instance.amhps.indices {
                guard case .some(.some(let s)) = instance.baselineCell(a, day: d), rota.canAssign(a, d, s) else { continue }
                rota.assign(a, d, s)
            }
        }
    }

    /// Extra shifts for AMHPs still below their contract: a rota shift below target first, then
    /// duty on the least-staffed day, then a rota shift above target only while it costs less than
    /// it saves in hours under (never, with the default weights); days before nights.
    private func fillContracts(_ rota: inout PartialRota, shiftOrder: [Int]) {
        let weights = instance.hub.rules.weights
        for a in instance.amhps.indices where instance.amhps[a].countsTowardsCover {
            while true {
                var best: (d: Int, s: Int, rank: Double, excess: Int)?
                for d in 0..<instance.dayCount {
                    for s in shiftOrder.reversed() where load(rota, a, adding: s) <= 1.0 + 1e-9 && rota.canAssign(a, d, s) {
                        let rule = instance.coverRules[d][s]
                        let excess = instance.shifts[s].isDuty ? 0 : rota.cover(d, s) - rule.target
                        // Below target ranks under -1, duty in (-1, -0.5] by how full the day's duty is, at target or above from 0.
                        let rank = instance.shifts[s].isDuty
                            ? -1 + 0.5 * Double(rota.cover(d, s)) / Double(max(rule.maximum, 1)) : Double(excess)
                        if rank < best?.rank ?? .infinity { best = (d, s, rank, excess) }
                    }
                }
                guard let best else { break }
                let hours = instance.shifts[best.s].hours
                let saving = instance.commitments[a].contractedHours != nil
                    ? weights[.contractedHoursUnder] * hours : weights[.nhsShiftsUnder]
                // Duty has no target, so a duty day never stacks a shift above one.
                let cost = instance.shifts[best.s].isDuty ? 0 : Double(max(best.excess + 1, 0)) * weights[.coverAboveTarget]
                guard saving > cost else { break }
                rota.assign(a, best.d, best.s)
            }
        }
    }

    private enum Pass { case minimum, target }

    private func fill(_ rota: inout PartialRota, day d: Int, shift s: Int, pass: Pass, tieBreak: [Double]) {
        let rule = instance.coverRules[d][s]
        let wanted = pass == .minimum ? rule.minimum : rule.target
        while rota.cover(d, s) < wanted {
            let needCoordinator = rule.coordinatorRequired && !rota.hasCoordinator(d, s)
            let candidates = instance.amhps.indices.filter { a in
                instance.amhps[a].countsTowardsCover && rota.canAssign(a, d, s)
                    && (pass == .minimum || load(rota, a, adding: s) <= 1.0)
            }
            let coordinators = candidates.filter { instance.amhps[$0].canCoordinate(night: instance.shifts[s].isNight) }
            let pool = needCoordinator && !coordinators.isEmpty ? coordinators : candidates
            guard let best = pool.min(by: { score(rota, $0, d, s, tieBreak) < score(rota, $1, d, s, tieBreak) }) else { return }
            rota.assign(best, d, s)
        }
    }

    /// How full an AMHP's contract would be with one more shift: 1.0 is exactly contracted.
    private func load(_ rota: PartialRota, _ a: Int, adding s: Int) -> Double {
        let commitment = instance.commitments[a]
        if let contracted = commitment.contractedHours {
            let planBack = instance.hub.toilPlan(for: instance.amhps[a].id)?.planBackHours ?? 0
            let owed = contracted - planBack
            return owed > 0 ? (rota.hours[a] + instance.shifts[s].hours) / owed : .infinity
        }
        let committed = commitment.committedShifts ?? 0
        return committed > 0 ? Double(rota.shiftCounts[a] + 1) / committed : .infinity
    }

    private func score(_ rota: PartialRota, _ a: Int, _ d: Int, _ s: Int, _ tieBreak: [Double]) -> Double {
        var score = load(rota, a, adding: s)
        for request in instance.hub.requests where request.amhpID == instance.amhps[a].id && request.date == instance.dates[d] {
            let matches = request.shiftCode.map { $0 == instance.shifts[s].code } ?? true
            if matches { score += request.preference == .want ? -0.3 : 0.6 }
        }
        return score + tieBreak[a] * 0.01
    }

    /// Trainees join their educator's shifts until their own contract is met.
    private func seatTrainees(_ rota: inout PartialRota) {
        for a in instance.amhps.indices where instance.amhps[a].isTrainee {
            guard let educator = instance.educatorIndex(of: a) else { continue }
            for d in 0..<instance.dayCount {
                guard let s = rota.shiftOn(educator, d), load(rota, a, adding: s) <= 1.0, rota.canAssign(a, d, s) else { continue }
                rota.assign(a, d, s)
            }
        }
    }
}
