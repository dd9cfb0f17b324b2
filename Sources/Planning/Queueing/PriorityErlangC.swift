import Foundation

/// The M/M/c queue with non-preemptive priority classes and one service rate: a free team takes the
/// longest-waiting referral of the most urgent class waiting, and never drops an assessment started.
///
/// A referral waits exactly when every team is busy, so each class waits with Erlang C's chance
/// C(c, A). Cobham (1954) gives each class's mean wait, with σ_k the load of classes 1…k per team:
///
///     W_k = C(c, A) · s / (c · (1 − σ_{k−1}) · (1 − σ_k))
///
/// The distribution of a class's wait is taken as exponential given that it waits, with that mean:
/// P(W_k > t) = C · e^(−t · c · (1 − σ_{k−1})(1 − σ_k) / s). With one class it is Erlang C exactly;
/// for the lower classes the true tail is longer, which the simulation check (`CoverSimulation`) shows.
public enum PriorityErlangC {
    /// The share of class `index`'s referrals picked up within `hours`, with `loads` the offered
    /// load of each class in erlangs (in the order they are served).
    public static func shareStartedWithin(_ hours: Double, servers: Int, loads: [Double], index: Int, meanServiceTime: Double) -> Double {
        let total = loads.reduce(0, +)
        guard servers > 0 else { return total == 0 ? 1 : 0 }
        let c = Double(servers)
        guard total < c else { return 0 }
        let waiting = ErlangC.probabilityOfWaiting(servers: servers, load: total)
        let before = loads[..<index].reduce(0, +) / c
        let upTo = before + loads[index] / c
        return 1 - waiting * exp(-hours * c * (1 - before) * (1 - upTo) / meanServiceTime)
    }

    /// Cobham's mean wait of class `index`, in hours.
    public static func meanWait(servers: Int, loads: [Double], index: Int, meanServiceTime: Double) -> Double {
        let total = loads.reduce(0, +), c = Double(servers)
        guard servers > 0, total < c else { return .infinity }
        let before = loads[..<index].reduce(0, +) / c
        let upTo = before + loads[index] / c
        return ErlangC.probabilityOfWaiting(servers: servers, load: total) * meanServiceTime / (c * (1 - before) * (1 - upTo))
    }
}
