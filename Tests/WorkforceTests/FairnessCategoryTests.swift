import Testing
@testable import Workforce

@Suite struct FairnessCategoryTests {
    static let day = ShiftType(code: "D", name: "Day", start: ClockTime("09:00")!, end: ClockTime("17:00")!, isNight: false)
    static let night = ShiftType(code: "N", name: "Night", start: ClockTime("21:00")!, end: ClockTime("09:00")!, isNight: true)
    let calendar = HubCalendar(years: 2026...2027)

    private func amhp(_ id: String, nights: NightWorking, educator: String? = nil) -> AMHP {
        AMHP(id: id, name: id, employment: .localAuthority(fte: 1.0), profession: .socialWorker, grade: "AMHP",
             approval: nil, canCoordinateDays: false, canCoordinateNights: false, nightWorking: nights, educatorID: educator)
    }

    @Test func whatCounts() {
        let thursday = LocalDate("2026-12-24")!, christmas = LocalDate("2026-12-25")!, saturday = LocalDate("2026-12-26")!
        let substitute = LocalDate("2026-12-28")!
        #expect(FairnessCategory.nights.counts(Self.night, on: thursday, calendar: calendar))
        #expect(!FairnessCategory.nights.counts(Self.day, on: saturday, calendar: calendar))
        #expect(FairnessCategory.weekends.counts(Self.day, on: saturday, calendar: calendar))
        #expect(FairnessCategory.weekends.counts(Self.night, on: saturday, calendar: calendar))
        #expect(!FairnessCategory.weekends.counts(Self.day, on: christmas, calendar: calendar), "Christmas 2026 is a Friday")
        #expect(FairnessCategory.bankHolidays.counts(Self.day, on: christmas, calendar: calendar))
        #expect(FairnessCategory.bankHolidays.counts(Self.night, on: substitute, calendar: calendar))
        #expect(!FairnessCategory.bankHolidays.counts(Self.day, on: saturday, calendar: calendar), "Boxing Day's holiday is the 28th")
        #expect(!FairnessCategory.bankHolidays.counts(Self.day, on: thursday, calendar: calendar))
    }

    @Test func pools() {
        let both = amhp("A", nights: .yes), daysOnly = amhp("B", nights: .no), nightsOnly = amhp("C", nights: .only)
        let trainee = amhp("T", nights: .yes, educator: "A")
        #expect(FairnessCategory.nights.isInPool(both))
        #expect(!FairnessCategory.nights.isInPool(daysOnly))
        #expect(!FairnessCategory.nights.isInPool(nightsOnly), "nights are the night-only team's job")
        for category in [FairnessCategory.weekends, .bankHolidays] {
            #expect(category.isInPool(both) && category.isInPool(daysOnly) && category.isInPool(nightsOnly))
        }
        for category in FairnessCategory.allCases {
            #expect(!category.isInPool(trainee), "trainees do not count towards cover")
        }
    }

    @Test func historyAndShareWeights() {
        let history = FairnessHistory(amhpID: "A", months: 11, nights: 12, weekendShifts: 30, bankHolidayShifts: 2, workedLastFestive: true)
        #expect(FairnessCategory.nights.historicalCount(history) == 12)
        #expect(FairnessCategory.weekends.historicalCount(history) == 30)
        #expect(FairnessCategory.bankHolidays.historicalCount(history) == 2)
        #expect(FairnessCategory.nights.historicalCount(nil) == 0)

        let hub = Hub(amhps: [], shiftTypes: [Self.day, Self.night], coverRules: [],
                      absences: [Absence(amhpID: "A", kind: .annual, dates: DateRange(first: LocalDate("2026-12-21")!, last: LocalDate("2026-12-31")!)!)])
        let partTime = AMHP(id: "A", name: "A", employment: .localAuthority(fte: 0.8), profession: .socialWorker, grade: "AMHP",
                            approval: DateRange(first: LocalDate("2024-01-01")!, last: LocalDate("2028-12-31")!),
                            canCoordinateDays: false, canCoordinateNights: false, nightWorking: .yes)
        let commitment = MonthlyCommitment(amhp: partTime, hub: hub, month: Month(year: 2026, month: 12)!)
        #expect(commitment.availableDays == 20)
        let weight = FairnessCategory.nights.shareWeight(commitment: commitment, history: history)
        #expect(abs(weight - 0.8 * (11 + 20.0 / 31)) < 1e-12)
        #expect(abs(FairnessCategory.nights.shareWeight(commitment: commitment, history: nil) - 0.8 * 20.0 / 31) < 1e-12)
    }
}
