import Foundation
import Workforce

/// A discrete-event simulation of a planned cover, the check beside Erlang C (issue 18).
///
/// Assessments arrive at random (Poisson, at each class's rate for the hour of the week), wait in
/// one queue per priority class, and a free team takes the longest-waiting referral of the most
/// urgent class. Teams on duty follow the cover hour by hour. At a shift change the work in
/// progress is handed over, never dropped: it keeps a team busy until it is done, and a new
/// referral starts only when fewer assessments are in progress than teams on duty. Hours when
/// more are in progress than teams are on duty are worked beyond a shift's end: the overrun that
/// becomes TOIL.
///
/// A run starts on a Monday at 00:00, warms up for `warmUpDays` (so the first morning inherits
/// the night's work), then measures the referrals that arrive over `days`; it carries on, with no
/// more arrivals, until they have all been picked up.
public struct CoverSimulation: Sendable {
    /// Assessments per hour of the week by class (`[class][hour]`), in the order they are served.
    public let arrivals: [[Double]]
    public let classes: [PriorityClass]
    /// Teams on duty in each hour of the week (168, Monday 00:00 first).
    public let teamsOnDuty: [Int]
    public let service: ServiceTimes
    public let warmUpDays: Int
    public let days: Int

    public init(arrivals: [[Double]], classes: [PriorityClass], teamsOnDuty: [Int], service: ServiceTimes,
                warmUpDays: Int = 7, days: Int = 28) {
        precondition(arrivals.count == classes.count && arrivals.allSatisfy { $0.count == 168 } && teamsOnDuty.count == 168,
                     "one rate per class and hour of the week, and teams for each hour")
        precondition(days > 0 && warmUpDays >= 0, "a run measures at least a day")
        (self.arrivals, self.classes, self.teamsOnDuty, self.service) = (arrivals, classes, teamsOnDuty, service)
        (self.warmUpDays, self.days) = (warmUpDays, days)
    }

    /// The planned cover of a sufficiency analysis, with its service times in phases.
    public init(_ requirement: HourlyRequirement, teamsOnDuty: [Int], service: ServiceTimes) {
        self.init(arrivals: requirement.classAssessments, classes: requirement.classes, teamsOnDuty: teamsOnDuty, service: service)
    }

    /// What one run saw of the referrals it measured.
    public struct Replication: Sendable {
        /// Per class: referrals measured and those picked up within the class's time.
        public var referrals: [Int]
        public var inTime: [Int]
        /// The same by `ResponsePeriod` of the hour they arrived, in `ResponsePeriod.allCases` order.
        public var periodReferrals: [Int]
        public var periodInTime: [Int]
        /// Each measured referral's wait for a team, in hours, by class.
        public var waits: [[Double]]
        /// Team-hours worked beyond the teams on duty while the measured days ran.
        public var overrunHours: Double
    }

    /// One run, its randomness fixed by `generator`.
    public func replicate(using generator: inout SeededGenerator) -> Replication {
        let measuredFrom = Double(warmUpDays * 24), measuredTo = Double((warmUpDays + days) * 24)
        let periods = ResponsePeriod.allCases
        var result = Replication(referrals: Array(repeating: 0, count: classes.count), inTime: Array(repeating: 0, count: classes.count),
                                 periodReferrals: Array(repeating: 0, count: periods.count), periodInTime: Array(repeating: 0, count: periods.count),
                                 waits: Array(repeating: [], count: classes.count), overrunHours: 0)
        let arrivals = arrivalTimes(until: measuredTo, using: &generator)
        var queues: [[Double]] = Array(repeating: [], count: classes.count)
        var heads = Array(repeating: 0, count: classes.count)
        var busy: [Double] = []
        var (time, hour, next) = (0.0, 0, 0)
        var capacity = teamsOnDuty[0]
        // Work left at the end is picked up within a fortnight, or counted as never in time.
        let stop = measuredTo + 14 * 24

        func record(arrival: Double, classIndex: Int, wait: Double) {
            guard arrival >= measuredFrom && arrival < measuredTo else { return }
            let onTime = wait <= classes[classIndex].withinHours + 1e-9
            result.referrals[classIndex] += 1
            result.waits[classIndex].append(wait)
            if onTime { result.inTime[classIndex] += 1 }
            let hourOfWeek = Int(arrival) % 168
            for (index, period) in periods.enumerated() where period.contains(hourOfWeek) {
                result.periodReferrals[index] += 1
                if onTime { result.periodInTime[index] += 1 }
            }
        }

        while true {
            let nextArrival = next < arrivals.count ? arrivals[next].time : Double.infinity
            let finishing = busy.indices.min { busy[$0] < busy[$1] }
            let nextFinish = finishing.map { busy[$0] } ?? .infinity
            let waiting = queues.indices.contains { heads[$0] < queues[$0].count }
            if nextArrival == .infinity && busy.isEmpty && !waiting { break }
            let nextHour = Double(hour + 1)
            let now = min(nextArrival, nextFinish, nextHour)
            if now > stop { break }
            let excess = busy.count - capacity
            if excess > 0 { result.overrunHours += Double(excess) * max(0, min(now, measuredTo) - max(time, measuredFrom)) }
            time = now
            if let finishing, nextFinish == now {
                busy.remove(at: finishing)
            } else if nextArrival == now {
                queues[arrivals[next].classIndex].append(nextArrival)
                next += 1
            } else {
                hour += 1
                capacity = teamsOnDuty[hour % 168]
            }
            while busy.count < capacity, let classIndex = queues.indices.first(where: { heads[$0] < queues[$0].count }) {
                let arrival = queues[classIndex][heads[classIndex]]
                heads[classIndex] += 1
                record(arrival: arrival, classIndex: classIndex, wait: time - arrival)
                busy.append(time + service.draw(using: &generator))
            }
        }
        // Never picked up: waited at least until the run stopped.
        for classIndex in queues.indices {
            for arrival in queues[classIndex][heads[classIndex]...] { record(arrival: arrival, classIndex: classIndex, wait: max(stop, time) - arrival) }
        }
        return result
    }

    /// Arrival times in hours from the start, with their class, in order.
    private func arrivalTimes(until end: Double, using generator: inout SeededGenerator) -> [(time: Double, classIndex: Int)] {
        var result: [(time: Double, classIndex: Int)] = []
        for hour in 0..<Int(end) {
            let rates = arrivals.map { $0[hour % 168] }
            let count = Self.poisson(rates.reduce(0, +), using: &generator)
            var times = (0..<count).map { _ in Double(hour) + Double.random(in: 0..<1, using: &generator) }
            times.sort()
            for time in times {
                result.append((time, generator.weightedIndex(rates) ?? 0))
            }
        }
        return result
    }

    /// A Poisson count by Knuth's product of uniforms (hourly rates are small); beyond a mean of 50,
    /// where that would take long and e^(−mean) heads for underflow, the normal approximation.
    static func poisson(_ mean: Double, using generator: inout SeededGenerator) -> Int {
        guard mean > 0 else { return 0 }
        if mean > 50 {
            let (u, v) = (1 - Double.random(in: 0..<1, using: &generator), Double.random(in: 0..<1, using: &generator))
            let normal = (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
            return max(0, Int((mean + mean.squareRoot() * normal).rounded()))
        }
        let limit = exp(-mean)
        var (count, product) = (0, Double.random(in: 0..<1, using: &generator))
        while product > limit {
            count += 1
            product *= Double.random(in: 0..<1, using: &generator)
        }
        return count
    }
}
