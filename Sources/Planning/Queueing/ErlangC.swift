import Foundation

/// The M/M/c queue (Erlang's delay model): referrals arrive at random, each is taken by one of
/// `servers` teams, and waits when every team is busy.
///
/// `load` is the offered load in erlangs, A = arrival rate × mean service time: the mean number
/// of teams that would be busy if there were always one free. Everything is computed through
/// Erlang B's recursion, which stays exact for hundreds of servers where factorials overflow.
///
///     ErlangC.probabilityOfWaiting(servers: 3, load: 2)                      // 4/9
///     ErlangC.shareStartedWithin(4, servers: 4, load: 2, meanServiceTime: 6) // 0.954
public enum ErlangC {
    /// Erlang B: the chance that all `servers` are busy in a loss system, B(c, A).
    ///
    /// B(0, A) = 1 and B(k, A) = A·B(k−1, A) / (k + A·B(k−1, A)).
    /// - Complexity: O(servers).
    public static func blocking(servers: Int, load: Double) -> Double {
        precondition(servers >= 0 && load >= 0, "servers and load are never negative")
        var blocking = 1.0
        for k in stride(from: 1, through: servers, by: 1) {
            blocking = load * blocking / (Double(k) + load * blocking)
        }
        return blocking
    }

    /// Erlang C: the chance that a referral has to wait for a team, C(c, A) = c·B / (c − A(1 − B)).
    ///
    /// It is 1 when A ≥ c: the queue then grows without end, so everyone waits.
    public static func probabilityOfWaiting(servers: Int, load: Double) -> Double {
        guard load < Double(servers) else { return 1 }
        if load == 0 { return 0 }
        let blocking = blocking(servers: servers, load: load)
        let c = Double(servers)
        return c * blocking / (c - load * (1 - blocking))
    }

    /// The share of referrals picked up by a team within `hours`: 1 − C(c, A)·e^(−(c − A)·t / s),
    /// with s the mean service time in hours.
    public static func shareStartedWithin(_ hours: Double, servers: Int, load: Double, meanServiceTime: Double) -> Double {
        guard load < Double(servers) else { return 0 }
        let waiting = probabilityOfWaiting(servers: servers, load: load)
        return 1 - waiting * exp(-(Double(servers) - load) * hours / meanServiceTime)
    }

    /// The mean wait before a team picks a referral up, in hours: C(c, A)·s / (c − A).
    public static func meanWait(servers: Int, load: Double, meanServiceTime: Double) -> Double {
        guard load < Double(servers) else { return .infinity }
        return probabilityOfWaiting(servers: servers, load: load) * meanServiceTime / (Double(servers) - load)
    }

    /// The fewest teams (at least `minimum`) that pick up `share` of referrals within `hours`.
    public static func serversNeeded(load: Double, meanServiceTime: Double, share: Double, within hours: Double,
                                     minimum: Int = 1) -> Int {
        precondition(share < 1, "no finite number of teams picks up every referral at once")
        var servers = max(minimum, Int(load.rounded(.down)) + 1)
        while shareStartedWithin(hours, servers: servers, load: load, meanServiceTime: meanServiceTime) < share {
            servers += 1
        }
        return servers
    }
}
