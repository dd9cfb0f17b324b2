import Foundation

/// A smooth yearly wave fitted to monthly demand: index(m) = 1 + a·cos(2πm/12) + b·sin(2πm/12).
///
/// Two years of referrals give about 80 a month, so a single month's count is ±11% noise; the
/// first harmonic has two parameters instead of twelve and keeps the winter rise without the noise.
/// Fitted by least squares (with a free level, then scaled so the year averages 1) to whichever
/// months were observed.
public enum SeasonalWave {
    /// `ratios[m]`: the observed ratios of calendar month m + 1 (empty when never observed).
    /// Returns twelve indices averaging 1; all 1 when fewer than three months were observed.
    public static func fit(_ ratios: [[Double]]) -> [Double] {
        var points: [(month: Int, value: Double)] = []
        for (month, values) in ratios.enumerated() { for value in values { points.append((month, value)) } }
        guard Set(points.map(\.month)).count >= 3 else { return Array(repeating: 1, count: 12) }
        // Normal equations for value ≈ level + a·cos + b·sin.
        var matrix = Array(repeating: Array(repeating: 0.0, count: 3), count: 3)
        var right = Array(repeating: 0.0, count: 3)
        for point in points {
            let row = basis(point.month)
            for i in 0..<3 {
                right[i] += row[i] * point.value
                for j in 0..<3 { matrix[i][j] += row[i] * row[j] }
            }
        }
        guard let solution = solve(matrix, right), solution[0] > 0 else { return Array(repeating: 1, count: 12) }
        return (0..<12).map { month in
            let row = basis(month)
            return (solution[0] + solution[1] * row[1] + solution[2] * row[2]) / solution[0]
        }
    }

    private static func basis(_ month: Int) -> [Double] {
        let angle = 2 * Double.pi * Double(month) / 12
        return [1, cos(angle), sin(angle)]
    }

    /// Gaussian elimination with partial pivoting; nil when the system is singular.
    private static func solve(_ matrix: [[Double]], _ right: [Double]) -> [Double]? {
        var a = matrix, b = right
        let n = b.count
        for column in 0..<n {
            guard let pivot = (column..<n).max(by: { abs(a[$0][column]) < abs(a[$1][column]) }), abs(a[pivot][column]) > 1e-12 else {
                return nil
            }
            a.swapAt(column, pivot)
            b.swapAt(column, pivot)
            for row in (column + 1)..<n {
                let factor = a[row][column] / a[column][column]
                for k in column..<n { a[row][k] -= factor * a[column][k] }
                b[row] -= factor * b[column]
            }
        }
        var x = Array(repeating: 0.0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            let sum = ((row + 1)..<n).reduce(0.0) { $0 + a[row][$1] * x[$1] }
            x[row] = (b[row] - sum) / a[row][row]
        }
        return x
    }
}
