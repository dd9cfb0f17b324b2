import Workforce

/// Chooses which cells (employee, day) of the roster a neighbourhood search may change.
///
/// Three kinds, taken at random: a group of whole employees (shifts move between people over the
/// horizon), a window of days for a group of employees (blocks are reshaped locally), and a window
/// around a short-staffed shift for the employees who could work it (aimed at the 100-point penalties).
/// The size is the number of free assignment variables and adapts to how the subproblems fare.
struct CurtoisNeighbourhood {
    enum Kind: String {
        case employees, window, gap, relaxation
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
    /// `disagreements` are the cells where the roster differs from the LP relaxation, which the `relaxation`
    /// kind frees with a few days either side.
    mutating func choose(gaps: [(day: Int, shift: Int)], disagreements: [(employee: Int, day: Int)],
                         canWork: (Int, Int, Int) -> Bool,
                         using generator: inout SeededGenerator) -> (kind: Kind, cells: [(employee: Int, days: Range<Int>)]) {
        var kinds: [Kind] = [.employees, .window]
        if !gaps.isEmpty { kinds.append(.gap) }
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
        case .window:
            let length = Int.random(in: min(7, dayCount)...dayCount, using: &generator)
            let start = Int.random(in: 0...(dayCount - length), using: &generator)
            days = start..<(start + length)
        case .gap:
            // A window around a badly covered shift, with first the employees who could work it.
            guard let gap = gaps.randomElement(using: &generator) else { break }  // chosen only when there are gaps
            let length = Int.random(in: min(7, dayCount)...min(14, dayCount), using: &generator)
            let earliest = max(0, gap.day - length + 1), latest = min(gap.day, dayCount - length)
            let start = Int.random(in: earliest...max(earliest, latest), using: &generator)
            days = start..<min(dayCount, start + length)
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

    /// Larger after a subproblem solved to optimality found nothing; smaller after one hit its limit.
    mutating func adapt(solvedToOptimality: Bool, improved: Bool) {
        if solvedToOptimality && !improved {
            size = min(maximumSize, size * 1.1)
        } else if !solvedToOptimality {
            size = max(minimumSize, size * 0.9)
        }
    }
}
