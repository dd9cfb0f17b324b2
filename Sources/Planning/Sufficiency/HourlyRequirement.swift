/// For each hour of the week: referrals expected, assessments, the offered load, and how many
/// assessing teams would pick up the target share in time.
public struct HourlyRequirement: Sendable {
    /// Expected referrals per hour (168, Monday 00:00 first).
    public let referralsPerHour: [Double]
    /// Expected assessments per hour: referrals × the share assessed.
    public let assessmentsPerHour: [Double]
    /// Mean assessments in progress (teams busy with unlimited teams): the modified offered load.
    public let offeredLoad: [Double]
    /// The fewest teams (of `amhpsPerAssessment` AMHPs) that pick up the target share in that hour
    /// on its own, and never fewer than one: a 24-hour service always has a team on duty.
    public let teamsNeeded: [Int]
    public let meanServiceHours: Double
    public let response: PlanningSettings.ResponseTarget

    public init(referralsPerHour: [Double], workload: PlanningSettings.Workload, response: PlanningSettings.ResponseTarget) {
        self.referralsPerHour = referralsPerHour
        self.response = response
        let assessments = referralsPerHour.map { $0 * workload.shareAssessed }
        assessmentsPerHour = assessments
        let service = workload.hoursPerAssessment
        meanServiceHours = service
        let load = OfferedLoad.weekly(arrivalsPerHour: assessments, meanServiceHours: service)
        offeredLoad = load
        teamsNeeded = load.map { ErlangC.serversNeeded(load: $0, meanServiceTime: service, share: response.share, within: response.withinHours) }
    }

    /// The share of an hour's referrals picked up in time with `teams` on duty (0 with none).
    public func shareInTime(hour: Int, teams: Int) -> Double {
        guard teams > 0 else { return offeredLoad[hour] == 0 ? 1 : 0 }
        return ErlangC.shareStartedWithin(response.withinHours, servers: teams, load: offeredLoad[hour], meanServiceTime: meanServiceHours)
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
}
