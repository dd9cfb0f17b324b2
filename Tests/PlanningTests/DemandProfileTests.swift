import Foundation
import Testing
import Workforce
@testable import Planning

/// The demand profile, the seasonal wave and the synthetic generator.
struct DemandProfileTests {
    let date = PlanningFixture.date

    @Test func ratesDivideByHowOftenEachHourOccurs() {
        // Monday 2027-01-04 to Monday 2027-01-11: two Mondays, one of every other day.
        let referrals = [
            Referral(date: date("2027-01-04"), time: ClockTime("14:10")!), Referral(date: date("2027-01-11"), time: ClockTime("14:50")!),
            Referral(date: date("2027-01-11"), time: ClockTime("14:00")!), Referral(date: date("2027-01-09"), time: ClockTime("03:00")!),
        ]
        let profile = DemandProfile(referrals: referrals)
        #expect(profile.window.dayCount == 8)
        #expect(profile.countsByHourOfWeek[14] == 3)
        #expect(profile.ratesByHourOfWeek[14] == 1.5)
        #expect(profile.ratesByHourOfWeek[5 * 24 + 3] == 1)
        #expect(profile.lastYear == nil && profile.growthPerYear == nil)
        #expect(abs(profile.annualReferrals - 4 * 365 / 8.0) < 1e-9)
        #expect(Referral(date: date("2027-01-10"), time: ClockTime("23:59")!).hourOfWeek == 167)
    }

    @Test func theSeasonalWaveRecoversAKnownWave() {
        let truth = (0..<12).map { 1 + 0.1 * cos(2 * Double.pi * Double($0) / 12) + 0.05 * sin(2 * Double.pi * Double($0) / 12) }
        let fitted = SeasonalWave.fit(truth.map { [$0] })
        for month in 0..<12 { #expect(abs(fitted[month] - truth[month]) < 1e-9) }
        // Too few months: no wave.
        #expect(SeasonalWave.fit([[1.2], [0.8]] + Array(repeating: [], count: 10)) == Array(repeating: 1, count: 12))
    }

    @Test func theGeneratorRepeatsForItsSeedAndHasTheShapesItPromises() {
        let referrals = PlanningFixture.referrals(annual: 3000, days: 730, seed: 21)
        #expect(referrals == PlanningFixture.referrals(annual: 3000, days: 730, seed: 21))
        #expect(referrals != PlanningFixture.referrals(annual: 3000, days: 730, seed: 22))
        // About 3000 in the first year and 4% more in the second.
        #expect(abs(Double(referrals.count) - 6120) < 250)
        let profile = DemandProfile(referrals: referrals)
        func rate(_ days: Range<Int>, _ hours: Range<Int>) -> Double {
            days.flatMap { day in hours.map { profile.ratesByHourOfWeek[day * 24 + $0] } }.reduce(0, +) / Double(days.count * hours.count)
        }
        #expect(rate(0..<5, 13..<17) > 2 * rate(0..<5, 2..<6))   // weekday afternoons over nights
        #expect(rate(0..<5, 9..<17) > rate(5..<7, 9..<17))       // weekdays over weekends
        let winter = profile.seasonalIndex[0], summer = profile.seasonalIndex[6]
        #expect(winter > summer)
        #expect(profile.busiestCalendarMonth == 12 || profile.busiestCalendarMonth <= 2)
        #expect(abs((profile.growthPerYear ?? 0) - 0.04) < 0.04)
        #expect(Set(referrals.map(\.id)).count == referrals.count)
    }

    @Test func arrivalsForAMonthScaleTheWeekToTheLastYearAndTheSeason() {
        let profile = DemandProfile(referrals: PlanningFixture.referrals(annual: 1200, days: 730, seed: 3))
        let january = profile.arrivalsPerHour(inCalendarMonth: 1)
        // A week at the last year's level, scaled by January's index.
        let weekly = january.reduce(0, +)
        #expect(abs(weekly - profile.annualReferrals / 365 * profile.ratesByHourOfWeek.reduce(0, +)
            / (Double(profile.referralCount) / Double(profile.window.dayCount)) * profile.seasonalIndex[0]) < 1e-9)
    }
}
