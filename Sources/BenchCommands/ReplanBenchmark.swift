import Foundation
import Rostering
import RotaCheck
import RotaReports
import Workforce

/// Issue 15's re-plan benchmark: a month is planned and "published", one full-time LA AMHP falls
/// sick for some days from a date, and the month is re-planned from that date; beside it, as a
/// yardstick, the month planned afresh with the sickness. `amhp bench replan` prints it; a test
/// holds the re-plan to its target (at most 3 changed cells per shift the sick AMHP loses).
public struct ReplanBenchmark: Sendable {
    public let hub: Hub
    public let month: Month
    public let from: LocalDate
    public let sickDays: Int
    /// The published solve's options (a fixed seed and iterations make it repeatable).
    public let publishOptions: RotaSolveOptions
    /// The re-plan's options (and the fresh yardstick's).
    public let replanOptions: RotaSolveOptions

    public init(hub: Hub, month: Month, from: LocalDate, sickDays: Int, publishOptions: RotaSolveOptions, replanOptions: RotaSolveOptions) {
        self.hub = hub
        self.month = month
        self.from = from
        self.sickDays = sickDays
        self.publishOptions = publishOptions
        self.replanOptions = replanOptions
    }

    /// What one run measured.
    public struct Outcome: Sendable {
        public let sick: AMHP
        public let published: Rota
        public let replanned: RotaSolution
        public let diff: RotaDiff
        /// Shifts the sick AMHP had on the days of the sickness.
        public let shiftsLost: Int
        /// Rota shifts below their minimum after the re-plan, and how many of those no AMHP could have filled legally.
        public let shiftsBelowMinimum: Int
        public let uncoverable: Int
        public let hardViolations: Int
        /// The yardstick: the month planned afresh with the sickness, and its cells changed against the published rota.
        public let fresh: RotaSolution?
        public let freshChanges: Int?

        /// Changed cells per shift lost (the target is at most 3); 0 when nothing was lost.
        public var cellsPerLostShift: Double { shiftsLost == 0 ? 0 : Double(diff.count) / Double(shiftsLost) }
    }

    /// Plans and publishes the month, makes `sickID` (or the full-time LA AMHP with the most shifts
    /// in the sick days) sick, and re-plans; with `yardstick`, also plans the month afresh.
    public func run(sickID: String? = nil, yardstick: Bool = true) throws -> Outcome {
        let published = try RotaSolver(options: publishOptions).solve(RotaInstance(hub: hub, month: month)).rota
        let sickDates = (0..<sickDays).map { from.adding(days: $0) }
        guard let sick = sickID.flatMap(hub.amhp) ?? busiest(in: published, on: sickDates),
              let dates = DateRange(first: from, last: from.adding(days: sickDays - 1)) else {
            throw ReplanBenchmarkError.noSickAMHP
        }
        let sickHub = hub.replacing(absences: hub.absences + [Absence(amhpID: sick.id, kind: .sickness, dates: dates, note: "benchmark")])
        let baseline = RotaBaseline(rota: published, from: from)
        let replanned = try RotaSolver(options: replanOptions).solve(RotaInstance(hub: sickHub, month: month, pins: [], baseline: baseline))
        let report = RotaChecker(hub: sickHub, month: month, baseline: baseline).check(replanned.rota)
        let short = ShortfallExplainer(hub: sickHub, month: month).explain(replanned.rota, report: report).filter { $0.shortBy > 0 }
        let uncoverable = short.filter { explanation in
            !explanation.candidates.contains { candidate in
                switch candidate.reason {
                case .couldHaveWorked, .atCommitment: true
                default: false
                }
            }
        }
        let fresh = yardstick ? try RotaSolver(options: replanOptions).solve(RotaInstance(hub: sickHub, month: month)) : nil
        return Outcome(
            sick: sick, published: published, replanned: replanned,
            diff: RotaDiff(before: published, after: replanned.rota, hub: sickHub),
            shiftsLost: sickDates.filter { published.shift(of: sick.id, on: $0) != nil }.count,
            shiftsBelowMinimum: short.count, uncoverable: uncoverable.count, hardViolations: report.hardViolations.count,
            fresh: fresh, freshChanges: fresh.map { RotaDiff(before: published, after: $0.rota, hub: sickHub).count })
    }

    /// The full-time LA AMHP (not a trainee) with the most shifts on these dates; the first in hub order on a tie.
    private func busiest(in rota: Rota, on dates: [LocalDate]) -> AMHP? {
        let fullTime = hub.amhps.filter { amhp in
            if case .localAuthority(let fte) = amhp.employment { return fte >= 1 && !amhp.isTrainee }
            return false
        }
        let counts = fullTime.map { amhp in (amhp, dates.filter { rota.shift(of: amhp.id, on: $0) != nil }.count) }
        guard let most = counts.map(\.1).max(), most > 0 else { return nil }
        return counts.first { $0.1 == most }?.0
    }
}

/// Why the benchmark could not run.
public enum ReplanBenchmarkError: Error, CustomStringConvertible {
    case noSickAMHP

    public var description: String {
        "no full-time LA AMHP works on the sick days in the published rota (or --amhp names nobody in the hub). Fix: give --amhp an AMHP with shifts from --from."
    }
}
