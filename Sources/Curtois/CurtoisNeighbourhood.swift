import Workforce

/// Chooses which cells (employee, day) of the roster a neighbourhood search may change.
///
/// Kinds, taken at random: a group of whole employees (shifts move between people over the horizon),
/// a window of days for a group of employees (blocks are reshaped locally), a window around a
/// short-staffed shift for the employees who could work it (aimed at the 100-point penalties), a chain
/// of those who could take a short shift and those with minutes to spare (while some shift is short),
/// and the cells where the roster and the relaxation disagree (when there is a relaxation).
/// The size is the number of free assignment variables and adapts to how the subproblems fare.
struct CurtoisNeighbourhood {
    enum Kind: String {
        case employees, window, gap, relaxation, chain
    }

    /// What each employee could still take on in the current roster, for the `chain` kind.
    struct Room {
        /// Minutes below the employee's most.
        var minutes: [Int]
        /// Weekends below the employee's most.
        var weekends: [Int]
        /// `works[e][d]`: whether employee `e` works on day `d`.
        var works: [[Bool]]
        /// The shortest shift's minutes.
        var shortestShift: Int

        init(minutes: [Int], weekends: [Int], works: [[Bool]], shortestShift: Int) {
            self.minutes = minutes
            self.weekends = weekends
            self.works = works
            self.shortestShift = shortestShift
        }

        /// The room each employee has in `roster`.
        init(_ roster: CurtoisRoster, instance: CurtoisInstance) {
            let employees = instance.employees.indices, days = 0..<instance.dayCount
            works = employees.map { e in days.map { roster.works(employee: e, day: $0) } }
            minutes = employees.map { e in
                days.reduce(instance.employees[e].maxTotalMinutes) { left, d in
                    roster.shifts(employee: e, day: d).reduce(left) { $0 - instance.shifts[$1].minutes }
                }
            }
            weekends = employees.map { [works] e in
                instance.employees[e].maxWeekends
                    - (0..<instance.weekendCount).count { instance.weekendDays($0).contains { works[e][$0] } }
            }
            shortestShift = instance.shifts.map(\.minutes).min() ?? 0
        }

        /// Whether `employee` could work `day` without another weekend: a weekday, a weekend already
        /// worked, or one to spare.
        func weekendAllows(_ employee: Int, day: Int) -> Bool {
            guard day % 7 >= 5 else { return true }
            let other = day % 7 == 5 ? day + 1 : day - 1
            return weekends[employee] > 0 || (other < works[employee].count && works[employee][other])
        }
    }

    /// Assignment variables per (employee, day) cell, the unit of size.
    let cellSizes: [[Int]]
    let dayCount: Int
    private(set) var size: Double
    let minimumSize: Double
    let maximumSize: Double

    init(model: CurtoisModel, initialSize: Int?) {
        cellSizes = model.assignment.map { days in days.map { shifts in shifts.compactMap { $0 }.count } }
        dayCount = model.instance.dayCount
        let total = Double(cellSizes.joined().reduce(0, +))
        maximumSize = total
        minimumSize = min(total, 40)
        size = min(total, max(minimumSize, Double(initialSize ?? 200)))
    }

    /// The cells to free. `gaps` are the (day, shift) pairs whose cover is currently short (or, when none
    /// is short, over), which the `gap` kind aims at.
    /// `room`, given only when the gaps are shortfalls, lets the `chain` kind aim at them; it is read only
    /// when a chain is drawn.
    /// `disagreements` are the cells where the roster differs from the LP relaxation, which the `relaxation`
    /// kind frees with a few days either side.
    mutating func choose(gaps: [(day: Int, shift: Int)], disagreements: [(employee: Int, day: Int)],
                         canWork: (Int, Int, Int) -> Bool, room: (() -> Room)? = nil,
                         using generator: inout SeededGenerator) -> (kind: Kind, cells: [(employee: Int, days: Range<Int>)]) {
        var kinds: [Kind] = [.employees, .window]
        if !gaps.isEmpty { kinds.append(.gap) }
        if !gaps.isEmpty, room != nil { kinds.append(.chain) }
        if !disagreements.isEmpty { kinds.append(.relaxation) }
        let kind = kinds[Int.random(in: 0..<kinds.count, using: &generator)]
        if kind == .relaxation {
            var chosen: [(employee: Int, days: Range<Int>)] = []
            var freed = 0
            for cell in disagreements.shuffled(using: &generator) where Double(freed) < size {
                let days = max(0, cell.day - 3)..<min(dayCount, cell.day + 4)
                chosen.append((cell.employee, days))
                freed += days.reduce(0) { $0 + cellSizes[cell.employee][$1] }
            }
            return (kind, chosen)
        }
        var days = 0..<dayCount
        var employees = Array(cellSizes.indices)
        employees.shuffle(using: &generator)
        switch kind {
        case .employees, .relaxation:
            break
        case .chain:
            // A shortfall is mended in two moves: someone free that day, and allowed another weekend if
            // it is one, takes the shift and drops another; someone with minutes to spare takes that.
            // Both over four weeks, since blocks must move (instance 13: every shortfall is at a
            // weekend, and the weekend limits bind). Not the whole of a longer horizon: one employee's
            // half year then fills the neighbourhood (instance 20: 10,350 against 9,845).
            guard let room = room?(), let gap = gaps.randomElement(using: &generator) else { break }
            days = window(around: gap.day, length: min(Self.chainDays, dayCount), using: &generator)
            let takers = employees.filter {
                canWork($0, gap.day, gap.shift) && !room.works[$0][gap.day] && room.weekendAllows($0, day: gap.day)
            }
            let taking = Set(takers)
            let spare = employees.filter { room.minutes[$0] >= room.shortestShift && !taking.contains($0) }
            var mixed: [Int] = []
            for i in 0..<max(takers.count, spare.count) {
                if i < takers.count { mixed.append(takers[i]) }
                if i < spare.count { mixed.append(spare[i]) }
            }
            let first = Set(mixed)
            employees = mixed + employees.filter { !first.contains($0) }
        case .window:
            let length = Int.random(in: min(7, dayCount)...dayCount, using: &generator)
            let start = Int.random(in: 0...(dayCount - length), using: &generator)
            days = start..<(start + length)
        case .gap:
            // A window around a badly covered shift, with first the employees who could work it.
            guard let gap = gaps.randomElement(using: &generator) else { break }  // chosen only when there are gaps
            days = window(around: gap.day, length: Int.random(in: min(7, dayCount)...min(14, dayCount), using: &generator),
                          using: &generator)
            let able = employees.filter { canWork($0, gap.day, gap.shift) }
            employees = able + employees.filter { !canWork($0, gap.day, gap.shift) }
        }
        var chosen: [(employee: Int, days: Range<Int>)] = []
        var freed = 0
        for e in employees where Double(freed) < size {
            let cells = days.reduce(0) { $0 + cellSizes[e][$1] }
            guard cells > 0 else { continue }
            chosen.append((e, days))
            freed += cells
        }
        return (kind, chosen)
    }

    /// The days a chain frees: four weeks hold a month's weekend limits and minutes.
    static let chainDays = 28

    /// `length` days (at most the horizon) that include `day`, placed at random.
    func window(around day: Int, length: Int, using generator: inout SeededGenerator) -> Range<Int> {
        let earliest = max(0, day - length + 1), latest = min(day, dayCount - length)
        let start = Int.random(in: earliest...max(earliest, latest), using: &generator)
        return start..<min(dayCount, start + length)
    }

    /// Larger after a subproblem solved to optimality found nothing; smaller after one hit its limit.
    mutating func adapt(solvedToOptimality: Bool, improved: Bool) {
        if solvedToOptimality && !improved {
            size = min(maximumSize, size * 1.1)
        } else if !solvedToOptimality {
            size = max(minimumSize, size * 0.9)
        }
    }
}
