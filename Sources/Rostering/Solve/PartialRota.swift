import Workforce

/// A rota under construction with incremental checks of every hard rule, for heuristics.
///
/// Days run from `-lookBack` (carry-in, fixed) to the month's last day; `shiftOn(a, d)` is the
/// shift index worked, if any.
struct PartialRota {
    let instance: RotaInstance
    private var work: [[Int?]]
    private(set) var hours: [Double]
    private(set) var shiftCounts: [Int]
    private let offset: Int

    init(instance: RotaInstance) {
        self.instance = instance
        offset = instance.lookBack
        work = Array(repeating: Array(repeating: nil, count: instance.lookBack + instance.dayCount), count: instance.amhps.count)
        hours = Array(repeating: 0, count: instance.amhps.count)
        shiftCounts = Array(repeating: 0, count: instance.amhps.count)
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
    }

    mutating func unassign(_ a: Int, _ d: Int) {
        guard d >= 0, let s = shiftOn(a, d) else { return }
        work[a][d + offset] = nil
        hours[a] -= instance.shifts[s].hours
        shiftCounts[a] -= 1
    }

    /// Whether AMHP `a` can take shift `s` on day `d` without breaking a hard rule.
    func canAssign(_ a: Int, _ d: Int, _ s: Int) -> Bool {
        guard shiftOn(a, d) == nil, instance.isEligible(a, day: d, shift: s) else { return false }
        if let educator = instance.educatorIndex(of: a), shiftOn(educator, d) != s { return false }
        let shiftHours = instance.shifts[s].hours
        if let cap = instance.averageWeekCap(a), hours[a] + shiftHours > cap + 1e-9 { return false }
        if let cap = instance.nightWorkerCap(a), hours[a] + shiftHours > cap + 1e-9 { return false }
        return restHolds(a, d, s) && sequencesHold(a, d, s) && weeklyRestHolds(a, d, s)
    }

    /// Daily rest against the shifts up to two days either side.
    private func restHolds(_ a: Int, _ d: Int, _ s: Int) -> Bool {
        let rest = instance.minimumRestMinutes
        for other in [d - 2, d - 1] {
            if let t = shiftOn(a, other), instance.gapMinutes(from: t, day: other, to: s, day: d) < rest { return false }
        }
        for other in [d + 1, d + 2] {
            if let t = shiftOn(a, other), instance.gapMinutes(from: s, day: d, to: t, day: other) < rest { return false }
        }
        return true
    }

    /// Runs of nights and of working days through `d` stay within their maxima.
    private func sequencesHold(_ a: Int, _ d: Int, _ s: Int) -> Bool {
        let rules = instance.hub.rules.workingTime
        func run(_ counts: (Int) -> Bool) -> Int {
            var length = 1
            var day = d - 1
            while let t = shiftOn(a, day), counts(t) { length += 1; day -= 1 }
            day = d + 1
            while let t = shiftOn(a, day), counts(t) { length += 1; day += 1 }
            return length
        }
        if run({ _ in true }) > rules.maximumConsecutiveWorkingDays { return false }
        if instance.shifts[s].isNight && run({ instance.shifts[$0].isNight }) > rules.maximumConsecutiveNights { return false }
        return true
    }

    /// Every weekly-rest window whose rest days this assignment could change still has one.
    private func weeklyRestHolds(_ a: Int, _ d: Int, _ s: Int) -> Bool {
        let window = instance.hub.rules.workingTime.weeklyRestWindowDays
        let lastEnd = min(d + window, instance.dayCount - 1)
        guard lastEnd >= 0 else { return true }
        for end in max(d - 1, 0)...lastEnd {
            let days = (end - window + 1)...end
            if !days.contains(where: { isRestDay(a, $0, assuming: (d, s)) }) { return false }
        }
        return true
    }

    /// A rest day as docs/model.md defines it, with one tentative assignment taken into account.
    func isRestDay(_ a: Int, _ day: Int, assuming tentative: (day: Int, shift: Int)? = nil) -> Bool {
        func shift(_ other: Int) -> Int? {
            if let tentative, tentative.day == other { return tentative.shift }
            return other >= instance.dayCount ? nil : shiftOn(a, other)
        }
        guard shift(day) == nil else { return false }
        guard let before = shift(day - 1), let after = shift(day + 1) else { return true }
        return instance.gapMinutes(from: before, day: day - 1, to: after, day: day + 1) >= instance.weeklyRestMinutes
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
