import Foundation

/// The offered load of a week whose arrival rate changes hour by hour.
///
/// Assessments last hours, so the teams busy at 18:00 are mostly doing work that arrived in the
/// afternoon: using each hour's own arrivals (the pointwise-stationary approximation) would put
/// the peak too early and too high. The offered load here is the mean number of assessments in
/// progress in an infinite-server queue with the same arrivals, m(t) = ∫ λ(u)·P(S > t − u) du,
/// the "modified offered load" of Jennings, Mandelbaum, Massey and Whitt (1996); feeding m(t)
/// to Erlang C in each hour is their recommended way to staff a time-varying M/M/c queue.
///
/// Service times are exponential with mean `meanServiceHours` (as Erlang C assumes); arrivals are
/// constant within each hour and the week repeats, so load from Sunday night carries into Monday.
public enum OfferedLoad {
    /// The load at the middle of each hour of the week (168 values, Monday 00:00 first).
    ///
    /// With a constant rate λ it is λ·s in every hour, the stationary offered load.
    /// - Complexity: O(168 × hours until e^(−k/s) is negligible).
    public static func weekly(arrivalsPerHour: [Double], meanServiceHours: Double) -> [Double] {
        precondition(arrivalsPerHour.count == 168, "one rate per hour of the week")
        precondition(meanServiceHours > 0, "an assessment takes some time")
        let s = meanServiceHours
        // Arrivals k hours before the middle of hour h still in service there, per unit rate:
        // the half hour just gone, then whole hours centred k hours back.
        var weights = [s * (1 - exp(-0.5 / s))]
        var k = 1
        while true {
            let weight = s * (exp(-(Double(k) - 0.5) / s) - exp(-(Double(k) + 0.5) / s))
            if weight < 1e-12 * s { break }
            weights.append(weight)
            k += 1
        }
        return (0..<168).map { hour in
            weights.enumerated().reduce(0) { total, term in
                let source = ((hour - term.offset) % 168 + 168) % 168
                return total + arrivalsPerHour[source] * term.element
            }
        }
    }
}
