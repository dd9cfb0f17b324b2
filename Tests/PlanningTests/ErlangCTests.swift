import Foundation
import Testing
import Workforce
@testable import Planning

/// Erlang B and C against closed forms, published table values and a simulation.
struct ErlangCTests {
    @Test func singleServerWaitsWithTheUtilisation() {
        // M/M/1: the chance of waiting is ρ = A.
        for load in [0.1, 0.5, 0.9] {
            #expect(abs(ErlangC.probabilityOfWaiting(servers: 1, load: load) - load) < 1e-12)
        }
    }

    @Test func closedFormsForTwoAndThreeServers() {
        // M/M/2 with A = 1: 2ρ²/(1 + ρ) at ρ = 1/2 is 1/3; M/M/3 with A = 2 is 4/9.
        #expect(abs(ErlangC.probabilityOfWaiting(servers: 2, load: 1) - 1.0 / 3) < 1e-12)
        #expect(abs(ErlangC.probabilityOfWaiting(servers: 3, load: 2) - 4.0 / 9) < 1e-12)
        // Erlang B for 3 servers and 2 erlangs: (8/6) / (1 + 2 + 2 + 8/6) = 4/19.
        #expect(abs(ErlangC.blocking(servers: 3, load: 2) - 4.0 / 19) < 1e-12)
    }

    @Test func erlangBMatchesPublishedTables() {
        // Standard Erlang B tables (to four significant figures).
        #expect(abs(ErlangC.blocking(servers: 5, load: 2) - 0.03670) < 5e-6)
        #expect(abs(ErlangC.blocking(servers: 10, load: 5) - 0.01838) < 5e-6)
        #expect(abs(ErlangC.blocking(servers: 20, load: 15) - 0.04559) < 5e-6)
    }

    @Test func erlangCMatchesTextbookValues() {
        // 10 erlangs offered to 11 and to 12 servers: the textbook 0.6821 and 0.4494.
        #expect(abs(ErlangC.probabilityOfWaiting(servers: 11, load: 10) - 0.6821) < 5e-5)
        #expect(abs(ErlangC.probabilityOfWaiting(servers: 12, load: 10) - 0.4494) < 5e-5)
        // Mean wait C·s/(c − A): with 180 s handling, 0.4494 × 180 / 2 = 40.4 s.
        #expect(abs(ErlangC.meanWait(servers: 12, load: 10, meanServiceTime: 180) - 40.445) < 0.01)
    }

    @Test func shareInTimeWorkedByHand() {
        // 4 teams, 2 erlangs, 6-hour assessments, within 4 hours: C(4,2) = 4/23,
        // so 1 − (4/23)·e^(−(4 − 2)·4/6) = 0.9543.
        let share = ErlangC.shareStartedWithin(4, servers: 4, load: 2, meanServiceTime: 6)
        #expect(abs(ErlangC.probabilityOfWaiting(servers: 4, load: 2) - 4.0 / 23) < 1e-12)
        #expect(abs(share - (1 - 4.0 / 23 * exp(-4.0 / 3))) < 1e-12)
        #expect(ErlangC.serversNeeded(load: 2, meanServiceTime: 6, share: 0.95, within: 4) == 4)
        #expect(ErlangC.serversNeeded(load: 2, meanServiceTime: 6, share: 0.95, within: 0.5) == 5)
    }

    @Test func overloadedQueuesNeverMeetATarget() {
        #expect(ErlangC.probabilityOfWaiting(servers: 2, load: 2) == 1)
        #expect(ErlangC.shareStartedWithin(10, servers: 2, load: 3, meanServiceTime: 1) == 0)
        #expect(ErlangC.meanWait(servers: 2, load: 2.5, meanServiceTime: 1) == .infinity)
        #expect(ErlangC.serversNeeded(load: 2.5, meanServiceTime: 1, share: 0.5, within: 1) >= 3)
    }

    @Test func noLoadNeedsOnlyTheMinimum() {
        #expect(ErlangC.probabilityOfWaiting(servers: 1, load: 0) == 0)
        #expect(ErlangC.serversNeeded(load: 0, meanServiceTime: 5, share: 0.99, within: 1) == 1)
        #expect(ErlangC.serversNeeded(load: 0, meanServiceTime: 5, share: 0.99, within: 1, minimum: 2) == 2)
    }

    @Test func moreServersNeverServeWorse() {
        for load in stride(from: 0.25, through: 8, by: 0.25) {
            var previous = 0.0
            for servers in (Int(load) + 1)...(Int(load) + 8) {
                let share = ErlangC.shareStartedWithin(2, servers: servers, load: load, meanServiceTime: 5)
                #expect(share >= previous - 1e-12, "A=\(load), c=\(servers)")
                previous = share
            }
        }
    }

    @Test func agreesWithASimulatedQueue() {
        // A first-come-first-served M/M/3 queue at 2.1 erlangs, simulated with a fixed seed.
        var random = SeededGenerator(seed: 42)
        let servers = 3, service = 5.0, load = 2.1, within = 3.0
        let arrivalRate = load / service
        var free = Array(repeating: 0.0, count: servers)
        var clock = 0.0, inTime = 0, count = 200_000
        func exponential(_ mean: Double) -> Double { -mean * log(1 - Double.random(in: 0..<1, using: &random)) }
        for _ in 0..<count {
            clock += exponential(1 / arrivalRate)
            let next = free.indices.min { free[$0] < free[$1] }!
            let start = max(clock, free[next])
            if start - clock <= within { inTime += 1 }
            free[next] = start + exponential(service)
        }
        count = max(count, 1)
        let simulated = Double(inTime) / Double(count)
        let formula = ErlangC.shareStartedWithin(within, servers: servers, load: load, meanServiceTime: service)
        #expect(abs(simulated - formula) < 0.01, "simulated \(simulated), Erlang C \(formula)")
    }
}
