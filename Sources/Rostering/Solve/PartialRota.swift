import Workforce

/// A rota under construction with incremental checks of every hard rule, for heuristics.
///
/// The checks are keyed by `HardRule` (`Model/Rules/RuleEnforcement.swift`); each sits in its
/// rule family's file beside the model's rows for the same rule.
///
/// Days run from `-lookBack` (carry-in, fixed) to the month's last day; `shiftOn(a, d)` is the
/// shift index worked, if any.
struct PartialRota {
    let instance: RotaInstance
    private var work: [[Int?]]
    private(set) var hours: [Double]
    private(set) var shiftCounts: [Int]
    /// Nights in the month (never carry-in), so the night-worker cap knows whether it binds.
    private(set) var nightCounts: [Int]
    private let offset: Int

    init(instance: RotaInstance) {
        self.instance = instance
        offset = instance.lookBack
        work = Array(repeating: Array(repeating: nil, count: instance.lookBack + instance.dayCount), count: instance.amhps.count)
        hours = Array(repeating: 0, count: instance.amhps.count)
        shiftCounts = Array(repeating: 0, count: instance.amhps.count)
        nightCounts = Array(repeating: 0, count: instance.amhps.count)
        for a in instance.amhps.indices {
            for (d, s) in instance.carryIn[a] where d >= -offset { work[a][d + offset] = s }
        }
    }

    func shiftOn(_ a: Int, _ d: Int) -> Int? {
        let index = d + offset
        guard index >= 0 && index < work[a].count else { return nil }
        return work[a][index]
    }

    mutating func assign(_ a: Int, _ d: Int, _ s: Int) {
        precondition(d >= 0 && shiftOn(a, d) == nil)
        work[a][d + offset] = s
        hours[a] += instance.shifts[s].hours
        shiftCounts[a] += 1
        if instance.shifts[s].isNight { nightCounts[a] += 1 }
    }

    mutating func unassign(_ a: Int, _ d: Int) {
        guard d >= 0, let s = shiftOn(a, d) else { return }
        work[a][d + offset] = nil
        hours[a] -= instance.shifts[s].hours
        shiftCounts[a] -= 1
        if instance.shifts[s].isNight { nightCounts[a] -= 1 }
    }

    /// The hard rules in the vocabulary's order, built once: `allCases` makes a new array each time
    /// and this is the greedy start's innermost loop.
    private static let rules = HardRule.allCases

    /// Whether AMHP `a` can take shift `s` on day `d` without breaking a hard rule.
    /// A cell fixed by a pin or the re-plan's past is never open: `GreedyConstruction` places those first.
    func canAssign(_ a: Int, _ d: Int, _ s: Int) -> Bool { instance.fixedCell(a, day: d) == nil && brokenRule(a, d, s) == nil }

    /// The first hard rule (in the vocabulary's order) that AMHP `a` taking shift `s` on day `d`
    /// would break; nil when it breaks none. Each rule's test is in its family's file.
    func brokenRule(_ a: Int, _ d: Int, _ s: Int) -> HardRule? {
        Self.rules.first { !keeps($0, a, d, s) }
    }

    /// The month's assignments as a rota (coordinators not yet marked).
    func rota() -> Rota {
        var assignments: [Assignment] = []
        for a in instance.amhps.indices {
            for d in 0..<instance.dayCount {
                if let s = shiftOn(a, d) {
                    assignments.append(Assignment(amhpID: instance.amhps[a].id, date: instance.dates[d], shiftCode: instance.shifts[s].code))
                }
            }
        }
        return Rota(month: instance.month, assignments: assignments)
    }

    /// AMHPs counting towards cover on a shift.
    func cover(_ d: Int, _ s: Int) -> Int {
        instance.amhps.indices.filter { instance.amhps[$0].countsTowardsCover && shiftOn($0, d) == s }.count
    }

    func hasCoordinator(_ d: Int, _ s: Int) -> Bool {
        let night = instance.shifts[s].isNight
        return instance.amhps.indices.contains { shiftOn($0, d) == s && instance.amhps[$0].canCoordinate(night: night) }
    }
}
