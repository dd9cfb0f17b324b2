/// For each hour of the week: referrals expected, assessments, the offered load, and how many
/// assessing teams would pick up the target share in time.
///
/// Demand is split into the priority classes (`PriorityMix`), each with its own time: "in time"
/// means within the referral's own class's time, and a free team takes the most urgent class
/// first (`PriorityErlangC`). A hub without classes has one, and this is plain Erlang C.
public struct HourlyRequirement: Sendable {
    /// Expected referrals per hour (168, Monday 00:00 first).
    public let referralsPerHour: [Double]
    /// Expected assessments per hour: referrals × the share assessed.
    public let assessmentsPerHour: [Double]
    /// Mean assessments in progress (teams busy with unlimited teams): the modified offered load.
    public let offeredLoad: [Double]
    /// The classes in the order they are served, and each one's assessments and offered load per
    /// hour (`classAssessments[class][hour]`); they sum to the totals above.
    public let classes: [PriorityClass]
    public let classAssessments: [[Double]]
    public let classLoad: [[Double]]
    /// The same by hour (`loadsByHour[hour][class]`), as the queueing formula takes them.
    private let loadsByHour: [[Double]]
    /// The fewest teams (of `amhpsPerAssessment` AMHPs) that pick up the target share in that hour
    /// on its own, and each class its own share, and never fewer than one: a 24-hour service
    /// always has a team on duty.
    public private(set) var teamsNeeded: [Int] = []
    public let meanServiceHours: Double
    public let response: PlanningSettings.ResponseTarget

    public init(referralsPerHour: [Double], workload: PlanningSettings.Workload, response: PlanningSettings.ResponseTarget,
                mix: PriorityMix? = nil) {
        let mix = mix ?? .oneQueue(within: response.withinHours)
        self.referralsPerHour = referralsPerHour
        self.response = response
        let assessments = referralsPerHour.map { $0 * workload.shareAssessed }
        assessmentsPerHour = assessments
        let service = workload.hoursPerAssessment
        meanServiceHours = service
        classes = mix.classes
        classAssessments = mix.shares.map { shares in (0..<168).map { assessments[$0] * shares[$0] } }
        // The modified offered load is linear in the arrivals, so the classes' loads sum to the total.
        let loads = classAssessments.map { OfferedLoad.weekly(arrivalsPerHour: $0, meanServiceHours: service) }
        classLoad = loads
        loadsByHour = (0..<168).map { hour in loads.map { $0[hour] } }
        offeredLoad = (0..<168).map { hour in loads.reduce(0) { $0 + $1[hour] } }
        var needed: [Int] = []
        for hour in 0..<168 { needed.append(fewestTeams(hour)) }
        teamsNeeded = needed
    }

    /// The share of class `index`'s referrals in an hour picked up in time with `teams` on duty.
    public func shareInTime(hour: Int, teams: Int, classIndex index: Int) -> Double {
        PriorityErlangC.shareStartedWithin(classes[index].withinHours, servers: teams, loads: loadsByHour[hour],
                                           index: index, meanServiceTime: meanServiceHours)
    }

    /// The share of an hour's referrals picked up in time with `teams` on duty (0 with none),
    /// each class weighted by its assessments in the hour.
    public func shareInTime(hour: Int, teams: Int) -> Double {
        overallShare(hour: hour) { shareInTime(hour: hour, teams: teams, classIndex: $0) }
    }

    /// The classes' shares in an hour (`classShare(index)`) weighted into the hour's share.
    private func overallShare(hour: Int, classShare: (Int) -> Double) -> Double {
        guard offeredLoad[hour] > 0 else { return 1 }
        let weights = assessmentsPerHour[hour] > 0 ? classAssessments.map { $0[hour] } : loadsByHour[hour]
        let total = weights.reduce(0, +)
        return classes.indices.reduce(0.0) { $0 + weights[$1] * classShare($1) } / total
    }

    /// What each team on duty adds to an hour's share picked up in time, in all and in each class.
    public struct SharesGained: Sendable {
        /// Element c − 1 is the c-th team's gain to the hour's share, for c from 1 to the teams asked for.
        public let overall: [Double]
        /// The same for each class's own share (`byClass[class]`).
        public let byClass: [[Double]]
    }

    /// The gains of the first `teams` teams in an hour. Each class's share is worked out once for
    /// each number of teams, and the hour's share weights them, as `shareInTime(hour:teams:)` does.
    public func sharesGained(hour: Int, upTo teams: Int) -> SharesGained {
        let classShares = classes.indices.map { index in (0...teams).map { shareInTime(hour: hour, teams: $0, classIndex: index) } }
        let overall = (0...teams).map { count in overallShare(hour: hour) { classShares[$0][count] } }
        return SharesGained(overall: Self.increments(overall), byClass: classShares.map(Self.increments))
    }

    private static func increments(_ shares: [Double]) -> [Double] {
        zip(shares.dropFirst(), shares).map { $0 - $1 }
    }

    /// The share of the week's referrals picked up in time when each hour has the given teams.
    public func overallShareInTime(teamsOnDuty: [Int]) -> Double {
        shareInTime(teamsOnDuty: teamsOnDuty, hours: Array(0..<168))
    }

    /// The same over some hours of the week only (a `ResponsePeriod`'s).
    public func shareInTime(teamsOnDuty: [Int], hours: [Int]) -> Double {
        let total = hours.reduce(0.0) { $0 + assessmentsPerHour[$1] }
        guard total > 0 else { return 1 }
        return hours.reduce(0.0) { $0 + assessmentsPerHour[$1] * shareInTime(hour: $1, teams: teamsOnDuty[$1]) } / total
    }

    /// One class's share over the week (1 for a class with no demand).
    public func shareInTime(teamsOnDuty: [Int], classIndex index: Int) -> Double {
        let total = classAssessments[index].reduce(0, +)
        guard total > 0 else { return 1 }
        return (0..<168).reduce(0.0) { $0 + classAssessments[index][$1] * shareInTime(hour: $1, teams: teamsOnDuty[$1], classIndex: index) } / total
    }

    /// The fewest teams, from one more than the load, that meet the target share and every class's own.
    private func fewestTeams(_ hour: Int) -> Int {
        precondition(response.share < 1 && classes.allSatisfy { ($0.share ?? 0) < 1 }, "no finite number of teams picks up every referral at once")
        var teams = max(1, Int(offeredLoad[hour].rounded(.down)) + 1)
        while !meetsTargets(hour: hour, teams: teams) { teams += 1 }
        return teams
    }

    private func meetsTargets(hour: Int, teams: Int) -> Bool {
        guard shareInTime(hour: hour, teams: teams) >= response.share else { return false }
        return classes.indices.allSatisfy { index in
            classes[index].share.map { shareInTime(hour: hour, teams: teams, classIndex: index) >= $0 } ?? true
        }
    }
}
