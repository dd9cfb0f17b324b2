import Foundation
import Testing
import Workforce
@testable import Planning

/// The discrete-event simulation against Erlang C and Cobham's priority formula on simple cases
/// (one rate all week, a constant number of teams, exponential service), and its own zero cases.
struct CoverSimulationTests {
    static let within = 1.0

    static func steady(rates: [Double], teams: Int, hours: Double) -> CoverSimulation {
        let classes = rates.indices.map { PriorityClass(name: "c\($0)", label: "class \($0)", sources: ["c\($0)"], withinHours: within) }
        return CoverSimulation(arrivals: rates.map { Array(repeating: $0, count: 168) }, classes: classes,
                               teamsOnDuty: Array(repeating: teams, count: 168), service: .exponential(meanHours: hours))
    }

    @Test func oneQueueAgreesWithErlangC() {
        // M/M/3 at 2 erlangs (0.4 an hour, 5-hour service): Erlang C says 1 − (4/9)·e^(−1·1/5) = 0.636 within an hour.
        let check = SimulationCheck(Self.steady(rates: [0.4], teams: 3, hours: 5), replications: 400, seed: 7)
        let erlang = ErlangC.shareStartedWithin(Self.within, servers: 3, load: 2, meanServiceTime: 5)
        #expect(abs(erlang - 0.6362) < 1e-3)
        #expect(check.overall.contains(erlang, slack: 0.01), "simulated \(check.overall.mean) ± \(check.overall.halfWidth), Erlang C \(erlang)")
        #expect(check.overall.halfWidth > 0 && check.overall.halfWidth < 0.02)
        // The mean wait C·s/(c − A) = (4/9)·5/1 = 2.22 hours.
        let wait = ErlangC.meanWait(servers: 3, load: 2, meanServiceTime: 5)
        #expect(check.meanWaitByClass[0]?.contains(wait, slack: 0.15) == true, "\(String(describing: check.meanWaitByClass[0])) against \(wait)")
    }

    @Test func priorityClassesAgreeWithCobham() {
        // Two classes of 1 erlang each on 3 teams: the urgent class waits far less than the other.
        let check = SimulationCheck(Self.steady(rates: [0.2, 0.2], teams: 3, hours: 5), replications: 400, seed: 11)
        for index in 0..<2 {
            let cobham = PriorityErlangC.meanWait(servers: 3, loads: [1, 1], index: index, meanServiceTime: 5)
            let simulated = check.meanWaitByClass[index]
            #expect(simulated?.contains(cobham, slack: 0.1 * cobham) == true, "class \(index): \(String(describing: simulated)) against \(cobham)")
        }
        // The conservation law: the mean over both classes is the one-queue mean wait.
        let first = PriorityErlangC.meanWait(servers: 3, loads: [1, 1], index: 0, meanServiceTime: 5)
        let second = PriorityErlangC.meanWait(servers: 3, loads: [1, 1], index: 1, meanServiceTime: 5)
        #expect(abs((first + second) / 2 - ErlangC.meanWait(servers: 3, load: 2, meanServiceTime: 5)) < 1e-9)
        #expect((check.byClass[0]?.mean ?? 0) > (check.byClass[1]?.mean ?? 1))
    }

    @Test func oneClassOfPriorityErlangCIsErlangC() {
        for (servers, load) in [(1, 0.5), (3, 2.0), (12, 10.0)] {
            let plain = ErlangC.shareStartedWithin(2, servers: servers, load: load, meanServiceTime: 4)
            let priority = PriorityErlangC.shareStartedWithin(2, servers: servers, loads: [load], index: 0, meanServiceTime: 4)
            #expect(abs(plain - priority) < 1e-12)
        }
        // Zero cases: no teams and no load is in time; no teams with load is not.
        #expect(PriorityErlangC.shareStartedWithin(2, servers: 0, loads: [0, 0], index: 1, meanServiceTime: 4) == 1)
        #expect(PriorityErlangC.shareStartedWithin(2, servers: 0, loads: [0.5, 0], index: 1, meanServiceTime: 4) == 0)
    }

    @Test func noDemandIsNoReferralsAndNoOverrun() {
        let check = SimulationCheck(Self.steady(rates: [0], teams: 1, hours: 5), replications: 20, seed: 1)
        #expect(check.byClass[0] == nil)
        #expect(check.overall.mean == 0 && check.overrunHoursPerAssessment.mean == 0)
    }

    @Test func workInProgressIsHandedOverAndTheExcessIsOverrun() {
        // One team by day (08:00-20:00), none at night: night referrals wait for the morning, and an
        // assessment still going at 20:00 is finished beyond the shift (overrun), never dropped.
        let teams = (0..<168).map { (8..<20).contains($0 % 24) ? 1 : 0 }
        let classes = [PriorityClass(name: "all", label: "all", sources: [], withinHours: 4)]
        let simulation = CoverSimulation(arrivals: [Array(repeating: 0.1, count: 168)], classes: classes, teamsOnDuty: teams,
                                         service: .exponential(meanHours: 3))
        let check = SimulationCheck(simulation, replications: 200, seed: 3)
        #expect(check.overrunHoursPerAssessment.mean > 0.2)
        let nights = ResponsePeriod.allCases.firstIndex(of: .night).map { check.byPeriod[$0]?.mean ?? 1 } ?? 1
        let office = ResponsePeriod.allCases.firstIndex(of: .officeHours).map { check.byPeriod[$0]?.mean ?? 0 } ?? 0
        #expect(nights < office)
        // The same seed gives the same figures; another seed does not.
        let again = SimulationCheck(simulation, replications: 200, seed: 3)
        let other = SimulationCheck(simulation, replications: 200, seed: 4)
        #expect(again.overall == check.overall)
        #expect(other.overall != check.overall)
    }

    @Test func phasedServiceKeepsTheMeanAndNarrowsTheSpread() {
        var generator = SeededGenerator(seed: 5)
        let service = ServiceTimes.phased(assessmentHours: 2.5, travelHours: 1, recordingHours: 1.5)
        let draws = (0..<20_000).map { _ in service.draw(using: &generator) }
        let mean = draws.reduce(0, +) / Double(draws.count)
        let sd = (draws.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(draws.count - 1)).squareRoot()
        #expect(abs(mean - 5) < 0.05)
        #expect(sd < 0.5 * mean)   // an exponential's would be the mean itself
    }

    @Test func poissonCountsHaveTheirMean() {
        var generator = SeededGenerator(seed: 9)
        for mean in [0.3, 4.0, 80.0] {
            let draws = (0..<20_000).map { _ in Double(CoverSimulation.poisson(mean, using: &generator)) }
            #expect(abs(draws.reduce(0, +) / Double(draws.count) - mean) < 0.03 * mean + 0.01)
        }
        #expect(CoverSimulation.poisson(0, using: &generator) == 0)
    }

    @Test func quantilesAreNearestRank() {
        #expect(SimulationCheck.quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9) == 9)
        #expect(SimulationCheck.quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5) == 5)
        #expect(SimulationCheck.quantile([4], 0.95) == 4)
    }
}
