/// Chooses which cells (employee, day) of the roster a neighbourhood search may change.
///
/// Two kinds, taken in turn at random: a group of whole employees (shifts move between people over
/// the horizon), and a window of days for a group of employees (blocks are reshaped locally).
/// The size is the number of free assignment variables and adapts to how the subproblems fare.
struct CurtoisNeighbourhood {
    enum Kind: String {
        case employees, window
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
        size = min(total, max(minimumSize, Double(initialSize ?? 400)))
    }

    /// The cells to free, as a list of (employee, first day, day count).
    mutating func choose(using generator: inout SeededGenerator) -> (kind: Kind, cells: [(employee: Int, days: Range<Int>)]) {
        let kind: Kind = Bool.random(using: &generator) ? .employees : .window
        var days = 0..<dayCount
        if kind == .window {
            let length = Int.random(in: min(7, dayCount)...dayCount, using: &generator)
            let start = Int.random(in: 0...(dayCount - length), using: &generator)
            days = start..<(start + length)
        }
        var employees = Array(cellSizes.indices)
        employees.shuffle(using: &generator)
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
