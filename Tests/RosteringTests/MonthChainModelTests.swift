import RotaCheck
import Testing
import Workforce
@testable import Rostering

/// The model and the greedy start on a month chained to the one before (`MonthChain`): rest across
/// the boundary and the 48-hour average over the 17-week reference period, each with its zero case
/// (the same month alone).
@Suite struct MonthChainModelTests {
    static let january = Month("2027-01")!

    static func january(_ id: String, _ day: Int, _ shift: String) -> Assignment {
        Assignment(amhpID: id, date: LocalDate(year: 2027, month: 1, day: day)!, shiftCode: shift)
    }

    @Test func simonsDayShiftOnNewYearsDayAfterHisNightIsRefused() throws {
        let simon = TestHubs.amhp("A34", "Simon Walsh", employment: .nhs(trust: "Trust", shiftsPerMonth: 2))
        let hub = Hub(amhps: [simon], shiftTypes: [TestHubs.day, TestHubs.night],
                      coverRules: TestHubs.cover([TestHubs.day, TestHubs.night], minimum: 0, target: 0))
        let december = Rota(month: TestHubs.december, assignments: [Assignment(amhpID: "A34", date: TestHubs.date(31), shiftCode: "N")])
        let rows = [Self.january("A34", 1, "D")]

        let chained = RotaInstance(hub: MonthChain.hub(hub, for: Self.january, after: [december]), month: Self.january)
        #expect(try HardRuleWalkTests.modelAccepts(rows, chained) != true)
        #expect(HardRuleWalkTests.greedyRefusals(rows, chained) ?? [] == [.dailyRest])

        // Zero case: January alone has nothing before the 1st.
        let alone = RotaInstance(hub: hub, month: Self.january)
        #expect(try HardRuleWalkTests.modelAccepts(rows, alone) == true)
        #expect(HardRuleWalkTests.greedyRefusals(rows, alone) == [])
    }

    @Test func amysDecemberHoursLeaveJanuary185HoursOfThe17WeekAverage() throws {
        let hub = HardRuleWalkTests.hub()
        // December: Amy 20 twelve-hour nights, 240 h. January: six days on, one off, to the 28th: 24 days, 192 h.
        let december = Rota(month: TestHubs.december, assignments: (1...20).map { Assignment(amhpID: "A", date: TestHubs.date($0), shiftCode: "N") })
        let rows = (1...28).filter { $0 % 7 != 0 }.map { Self.january("A", $0, "D") }
        #expect(rows.count == 24)

        let chained = RotaInstance(hub: MonthChain.hub(hub, for: Self.january, after: [december]), month: Self.january)
        let amy = try #require(chained.amhpIndex("A"))
        // 48 × 62 / 7 = 425.14 h from 1 December, less December's 240 h.
        #expect(abs((chained.averageWeekCap(amy) ?? 0) - (48.0 * 62 / 7 - 240)) < 1e-9)
        #expect(try HardRuleWalkTests.modelAccepts(rows, chained) != true)
        #expect(HardRuleWalkTests.greedyRefusals(rows, chained) == [.average48HourWeek])

        // Zero case: January alone allows 48 × 31 / 7 = 212.6 h.
        let alone = RotaInstance(hub: hub, month: Self.january)
        #expect(abs((alone.averageWeekCap(amy) ?? 0) - 48.0 * 31 / 7) < 1e-9)
        #expect(try HardRuleWalkTests.modelAccepts(rows, alone) == true)
        #expect(HardRuleWalkTests.greedyRefusals(rows, alone) == [])
    }

    /// A long chain does not lengthen the model's look-back: only the days the sequence rules need are read.
    @Test func theLookBackStaysShortWithSeventeenWeeksCarriedIn() {
        let hub = HardRuleWalkTests.hub()
        let autumn = [Month("2026-09")!, Month("2026-10")!, Month("2026-11")!, TestHubs.december].map { month in
            Rota(month: month, assignments: month.dates.filter { $0.day % 3 == 0 }.map { Assignment(amhpID: "A", date: $0, shiftCode: "D") })
        }
        let chained = MonthChain.hub(hub, for: Self.january, after: autumn)
        let instance = RotaInstance(hub: chained, month: Self.january)
        #expect(chained.carryIn.count == autumn.flatMap(\.assignments).filter { $0.date >= LocalDate("2026-09-04")! }.count)
        #expect(instance.carryIn[0].keys.allSatisfy { $0 >= -instance.lookBack })
        #expect(instance.lookBack == RotaInstance(hub: hub, month: Self.january).lookBack)
        #expect(instance.referencePeriod.dayCount == 119)
    }
}
