import Testing
import Workforce
@testable import Planning

/// Hours of the week on duty, and FTE after abstractions, worked by hand.
struct SufficiencyArithmeticTests {
    @Test func shiftsCoverTheHoursTheyMostlySpan() {
        let week = WeekShifts(shifts: PlanningFixture.shifts)
        func codes(_ hour: Int) -> [String] { week.onDuty[hour].map { "\(HourOfWeekText.days[$0.dayOfWeek]) \(PlanningFixture.shifts[$0.shiftIndex].code)" } }
        #expect(codes(8) == ["Sun N"])                 // Monday 08:00: Sunday's night is still on
        #expect(codes(9) == ["Mon D"])
        #expect(codes(13) == ["Mon D", "Mon L"])
        #expect(codes(16) == ["Mon D", "Mon L"])
        #expect(codes(17) == ["Mon L"])
        #expect(codes(21) == ["Mon N"])
        #expect(codes(5 * 24 + 3) == ["Fri N"])        // Saturday 03:00: Friday's night
        #expect(week.onDuty.allSatisfy { !$0.isEmpty })
        // A shift starting at half past covers the hour only from its second half hour on.
        let half = WeekShifts(shifts: [ShiftType(code: "E", name: "Early", start: ClockTime("07:30")!, end: ClockTime("15:30")!, isNight: false)])
        #expect(half.onDuty[7].count == 1 && half.onDuty[15].count == 1 && half.onDuty[6].isEmpty && half.onDuty[16].isEmpty)
    }

    @Test func oneRotaFTEWorkedByHandFor2027() {
        // 2027: 261 weekdays, 8 of them bank holidays (1 Jan, Good Friday, Easter Monday, 3 and 31 May,
        // 30 Aug, 27 and 28 Dec) leaves 253 working days of 7.4 hours: 1872.2 contracted hours.
        let hub = PlanningFixture.hub([])
        let basis = RotaFTEBasis(hub: hub, abstractions: PlanningSettings.Abstractions(), from: PlanningFixture.date("2027-01-01"))
        #expect(basis.workingDays == 253)
        #expect(abs(basis.contractedHours - 1872.2) < 1e-9)
        // − 27 days' leave (199.8) − 9 days' sickness (66.6) − 18 training − 18 supervision − 10% other (187.22).
        #expect(abs(basis.deliveredHoursPerFTE - 1382.58) < 1e-9)
        #expect(abs(basis.rotaFTE(.localAuthority(fte: 0.8)) - 0.8) < 1e-12)
        // 3 NHS shifts a month: 36 shifts of 28/3 hours (the mean of 8, 8 and 12) less leave and sickness.
        let nhs = 36 * 28.0 / 3 * (1 - 266.4 / 1872.2)
        #expect(abs(basis.deliveredHours(.nhs(trust: "T", shiftsPerMonth: 3)) - nhs) < 1e-9)
        #expect(abs(basis.rotaFTE(.nhs(trust: "T", shiftsPerMonth: 3)) - nhs / 1382.58) < 1e-12)
    }

    @Test func annualHoursCountEachKindOfDay() {
        // Two AMHPs on every shift (28 hours a day) for 365 days.
        let hub = PlanningFixture.hub([])
        let hours = CoverPlan.annualHours(from: PlanningFixture.date("2027-01-01"), hub: hub) { _, _ in 2 }
        #expect(hours == 365 * 2 * 28)
        // Only bank holidays: eight in 2027.
        let bankHolidays = CoverPlan.annualHours(from: PlanningFixture.date("2027-01-01"), hub: hub) { dayType, code in
            dayType == .bankHoliday && code == "N" ? 1 : 0
        }
        #expect(bankHolidays == 8 * 12)
    }

    @Test func theGapAndUncoveredShiftsFollowFromTheHours() throws {
        let amhps = (1...6).map { PlanningFixture.amhp("A\($0)") }
        let data = PlanningFixture.data(PlanningFixture.hub(amhps), referrals: PlanningFixture.referrals())
        let analysis = try SufficiencyAnalysis(data: data, month: Month("2027-01")!)
        #expect(abs(analysis.availableFTE - 6) < 1e-12)
        #expect(abs(analysis.neededFTE - analysis.neededHours / analysis.basis.deliveredHoursPerFTE) < 1e-12)
        #expect(abs(analysis.gapFTE - (analysis.neededFTE - 6)) < 1e-12)
        #expect(analysis.gapFTE > 0)
        // The gap's hours over twelve months, in shifts of the needed cover's mean length (between 8 and 12 hours).
        let monthlyHours = analysis.gapFTE * analysis.basis.deliveredHoursPerFTE / 12
        #expect(analysis.uncoveredShiftsPerMonth >= monthlyHours / 12 - 1e-9 && analysis.uncoveredShiftsPerMonth <= monthlyHours / 8 + 1e-9)
    }

    @Test func noReferralsIsAnErrorThatSaysWhatToDo() {
        let data = PlanningFixture.data(PlanningFixture.hub([]))
        #expect(throws: PlanningError.noReferrals) { try SufficiencyAnalysis(data: data, month: Month("2027-01")!) }
        #expect(PlanningError.noReferrals.description.contains("referrals.csv"))
    }
}
