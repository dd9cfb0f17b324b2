import Foundation
import Workforce

/// The five-year projection of the register, quarter by quarter, by simulation.
///
/// Each simulated future follows every person on their own: in each quarter someone approved may
/// retire (on a stated date, or by chance by age band), leave (a stated date, or the employer's
/// annual rate) or reach the end of their warrant (re-approved with the assumed chance, or lost);
/// trainees pass and join at the end of their course. Annual chances become quarterly ones as
/// 1 − (1 − rate)^years. Each person draws from a random stream seeded by the run's seed, the
/// simulation's number and their own key, the same draws each quarter whatever happens to anyone
/// else: adding trainees to a plan never changes the fate of the people already there.
///
/// The rates themselves are not known exactly, and people do not leave independently (a
/// reorganisation, a neighbouring service paying more): each simulated future draws one factor
/// that scales every leaver and retirement rate in it (`rateFactor`: mean 1, coefficient of
/// variation `SuccessionAssumptions.rateUncertainty`), so the bands carry that uncertainty too.
public struct SuccessionProjection: Sendable {
    public let periods: [ProjectionPeriod]
    public let people: [ProjectionPerson]
    public let assumptions: SuccessionAssumptions

    /// The groups results are broken down by: each employer (the LA first), then each profession.
    public let groups: [String]
    /// `memberships[p]`: the group positions person p counts in.
    private let memberships: [[Int]]

    public init(periods: [ProjectionPeriod], people: [ProjectionPerson], assumptions: SuccessionAssumptions) {
        self.periods = periods
        self.people = people
        self.assumptions = assumptions
        let employers = Set(people.map(\.employer)).sorted(by: EmployerOrder.precedes).map { "employer: \($0)" }
        let professions = Set(people.map(\.profession.rawValue)).sorted().map { "profession: \($0)" }
        let groups = employers + professions
        self.groups = groups
        memberships = people.map { person in
            // Both groups were made from the people just above, so each is found.
            [groups.firstIndex(of: "employer: \(person.employer)") ?? 0,
             groups.firstIndex(of: "profession: \(person.profession.rawValue)") ?? 0]
        }
    }

    /// `simulations` futures from `seed`; the same seed gives the same result.
    public func run(simulations: Int, seed: UInt64) -> ProjectionResult {
        let records = (0..<simulations).map { simulate(number: $0, seed: seed) }
        return ProjectionResult(periods: periods, groups: groups, records: records)
    }

    /// One future: a record per period.
    public func simulate(number: Int, seed: UInt64) -> [PeriodRecord] {
        var records = Array(repeating: PeriodRecord(groups: groups.count), count: periods.count)
        let factor = Self.rateFactor(seed: seed, number: number, uncertainty: assumptions.rateUncertainty)
        for (position, person) in people.enumerated() {
            var random = SeededGenerator(seed: Self.streamSeed(seed, number, person.key))
            for (index, step) in trajectory(person, &random, rateFactor: factor).enumerated() {
                if step.atStart { records[index].start += 1 }
                switch step.event {
                case .joined: records[index].joined += 1
                case .retired: records[index].retired += 1
                case .left: records[index].left += 1
                case .notReapproved: records[index].notReapproved += 1
                case nil: break
                }
                guard step.atEnd else { continue }
                let suspended = person.suspensions.contains { $0.contains(periods[index].last) }
                let fte = suspended ? 0 : person.rotaFTE
                records[index].end += 1
                records[index].fte += fte
                for group in memberships[position] {
                    records[index].headcountByGroup[group] += 1
                    records[index].fteByGroup[group] += fte
                }
            }
        }
        return records
    }

    enum Event: Hashable {
        case joined, retired, left, notReapproved
    }

    /// Whether a person is approved at the start and end of each period, and what happened in it.
    func trajectory(_ person: ProjectionPerson, _ random: inout SeededGenerator, rateFactor: Double = 1) -> [(atStart: Bool, event: Event?, atEnd: Bool)] {
        var inPost = false
        var warrantEnd: LocalDate?
        var joinDate: LocalDate?
        switch person.start {
        case .inPost(let end):
            inPost = true
            warrantEnd = end
        case .approvedFrom(let date, let end):
            joinDate = date
            warrantEnd = end
        case .trainee(let approval, let passRate):
            // The pass is drawn first, always, so the stream stays aligned whatever the outcome.
            if Double.random(in: 0..<1, using: &random) < passRate {
                joinDate = approval
                warrantEnd = approval.adding(months: 60).adding(days: -1)
            }
        }
        var steps: [(atStart: Bool, event: Event?, atEnd: Bool)] = []
        for period in periods {
            let draws = (Double.random(in: 0..<1, using: &random), Double.random(in: 0..<1, using: &random),
                         Double.random(in: 0..<1, using: &random))
            let atStart = inPost
            var event: Event?
            if inPost {
                event = leaving(person, in: period, warrantEnd: &warrantEnd, draws: draws, rateFactor: rateFactor)
                if event != nil { inPost = false }
            } else if let date = joinDate, date <= period.last {
                // Joiners are counted in from their approval; leaving is chanced from the next period.
                inPost = true
                joinDate = nil
                event = .joined
            }
            steps.append((atStart, event, inPost))
        }
        return steps
    }

    /// What, if anything, takes an approved person off the register in a period.
    private func leaving(_ person: ProjectionPerson, in period: ProjectionPeriod, warrantEnd: inout LocalDate?,
                         draws: (Double, Double, Double), rateFactor: Double) -> Event? {
        if let date = person.plannedRetirement, date <= period.last { return .retired }
        if let date = person.plannedLeaving, date <= period.last { return .left }
        if let birth = person.dateOfBirth {
            let facts = PersonFacts(amhpID: person.key, dateOfBirth: birth)
            if let ageAtEnd = facts.age(on: period.last), ageAtEnd >= assumptions.latestRetirementAge { return .retired }
            if let age = facts.age(on: period.first),
               draws.0 < Self.chance(min(1, assumptions.retirementRate(atAge: age) * rateFactor), years: period.years) {
                return .retired
            }
        }
        if draws.1 < Self.chance(min(1, person.leaverRate * rateFactor), years: period.years) { return .left }
        if let end = warrantEnd, end <= period.last {
            guard draws.2 < person.reapprovalRate else { return .notReapproved }
            warrantEnd = end.adding(months: 60)
        }
        return nil
    }

    /// The factor one simulated future scales its leaver and retirement rates by: lognormal with
    /// mean 1 and coefficient of variation `uncertainty` (1 exactly when it is 0), from a stream of
    /// its own so no person's draws move.
    static func rateFactor(seed: UInt64, number: Int, uncertainty: Double) -> Double {
        guard uncertainty > 0 else { return 1 }
        var random = SeededGenerator(seed: streamSeed(seed, number, "rates of this future"))
        let u1 = Double.random(in: Double.ulpOfOne..<1, using: &random), u2 = Double.random(in: 0..<1, using: &random)
        let normal = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
        let sigma = log(1 + uncertainty * uncertainty).squareRoot()
        return exp(sigma * normal - sigma * sigma / 2)
    }

    /// The chance of an event with `annualRate` happening within `years`.
    static func chance(_ annualRate: Double, years: Double) -> Double {
        annualRate >= 1 ? 1 : 1 - pow(1 - annualRate, years)
    }

    /// A seed for one person in one simulation: FNV-1a over the key (Swift's own hashing changes
    /// from run to run), mixed with the run's seed and the simulation's number.
    static func streamSeed(_ seed: UInt64, _ number: Int, _ key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash ^ (seed &* 0x9E37_79B9_7F4A_7C15) ^ (UInt64(number) &* 0xBF58_476D_1CE4_E5B9)
    }
}
