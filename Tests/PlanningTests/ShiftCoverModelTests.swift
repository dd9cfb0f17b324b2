import Testing
import Workforce
@testable import Planning

/// The GLPK cover model: it meets the target it is given, as cheaply as the shift pattern allows.
struct ShiftCoverModelTests {
    func requirement(rate: Double, measure: PlanningSettings.ResponseTarget.Measure, share: Double = 0.9) -> (HourlyRequirement, PlanningSettings) {
        var settings = PlanningSettings()
        settings.response.measure = measure
        settings.response.share = share
        return (HourlyRequirement(referralsPerHour: Array(repeating: rate, count: 168), workload: settings.workload, response: settings.response), settings)
    }

    @Test func everyHourNeedingOneTeamGivesOnePairOnEachShift() throws {
        // Almost no demand: one team every hour. D, L and N each need one pair; D and L add a coordinator at base.
        let (requirement, settings) = requirement(rate: 0.001, measure: .everyHour)
        #expect(requirement.teamsNeeded.allSatisfy { $0 == 1 })
        let plan = try ShiftCoverModel.solve(hub: PlanningFixture.hub([]), requirement: requirement, settings: settings)
        for dayType in DayType.allCases {
            #expect(plan.cover(dayType, "D")?.amhps == 3)
            #expect(plan.cover(dayType, "L")?.amhps == 3)
            #expect(plan.cover(dayType, "N")?.amhps == 2)
        }
        #expect(plan.uncoveredHours.isEmpty)
    }

    @Test func everyHourMeetsItsOwnNeed() throws {
        var arrivals = Array(repeating: 0.05, count: 168)
        for day in 0..<5 { for hour in 12..<18 { arrivals[day * 24 + hour] = 0.5 } }
        var settings = PlanningSettings()
        settings.response.measure = .everyHour
        let requirement = HourlyRequirement(referralsPerHour: arrivals, workload: settings.workload, response: settings.response)
        let plan = try ShiftCoverModel.solve(hub: PlanningFixture.hub([]), requirement: requirement, settings: settings)
        for hour in 0..<168 { #expect(plan.teamsOnDuty[hour] >= requirement.teamsNeeded[hour], "\(HourOfWeekText.label(hour))") }
    }

    @Test func theOverallShareIsMetAndCostsNoMoreThanEveryHour() throws {
        // A realistic week (a perfectly flat one is the slowest case for branch and bound: every hour alike).
        let arrivals = DemandProfile(referrals: PlanningFixture.referrals(annual: 1000)).arrivalsPerHour(inCalendarMonth: 1)
        var overallSettings = PlanningSettings(), strictSettings = PlanningSettings()
        strictSettings.response.measure = .everyHour
        let overall = HourlyRequirement(referralsPerHour: arrivals, workload: overallSettings.workload, response: overallSettings.response)
        let strict = HourlyRequirement(referralsPerHour: arrivals, workload: strictSettings.workload, response: strictSettings.response)
        overallSettings.response.measure = .overall
        let hub = PlanningFixture.hub([])
        let loose = try ShiftCoverModel.solve(hub: hub, requirement: overall, settings: overallSettings)
        let tight = try ShiftCoverModel.solve(hub: hub, requirement: strict, settings: strictSettings)
        #expect(loose.shareInTime >= overallSettings.response.share - 1e-9)
        #expect(overall.overallShareInTime(teamsOnDuty: loose.teamsOnDuty) == loose.shareInTime)
        #expect(loose.teamsOnDuty.allSatisfy { $0 >= 1 })
        let hours = { (plan: CoverPlan) in CoverPlan.annualHours(from: PlanningFixture.date("2027-01-01"), hub: hub) { plan.cover($0, $1)?.amhps ?? 0 } }
        #expect(hours(loose) <= hours(tight))
    }

    @Test func hoursNoShiftCoversAreReportedNotHidden() throws {
        // Only a day shift: the evening and night cannot be covered at any cover.
        let day = [PlanningFixture.shifts[0]]
        let hub = Hub(amhps: [], shiftTypes: day, coverRules: DayType.allCases.map {
            CoverRule(dayType: $0, shiftCode: "D", minimum: 2, target: 2, coordinatorRequired: false)
        })
        let (requirement, settings) = requirement(rate: 0.01, measure: .everyHour)
        let plan = try ShiftCoverModel.solve(hub: hub, requirement: requirement, settings: settings)
        #expect(plan.uncoveredHours.count == 168 - 7 * 8)
        #expect(plan.uncoveredHours.allSatisfy { $0.teams == 1 })
        #expect(plan.cover(.weekday, "D")?.amhps == 2)
    }
}
