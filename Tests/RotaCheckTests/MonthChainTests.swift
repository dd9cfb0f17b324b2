import Testing
import Workforce
@testable import RotaCheck

/// `MonthChain`: a month checked against the rotas of the months before it, the carry-in, the
/// 17-week reference period and the fairness history they give.
@Suite("Month chain")
struct MonthChainTests {
    static let january = Month(year: 2027, month: 1)!
    static let simon = Fixture.amhp("A34", "Simon Walsh")

    static func januaryRota(_ entries: [(String, Int, String)]) -> Rota {
        Rota(month: january, assignments: entries.map { Assignment(amhpID: $0.0, date: Fixture.date($0.1, month: 1, year: 2027), shiftCode: $0.2) })
    }

    @Test("rest.daily: Simon's night of 31 December, then the day of 1 January, breaks rest only with December chained")
    func nightBeforeNewYearsDay() {
        let hub = Fixture.hub([Self.simon, Fixture.amy])
        let december = Fixture.rota([("A34", 31, "N"), ("A01", 30, "D")])
        let january = Self.januaryRota([("A34", 1, "D"), ("A01", 1, "D")])

        let chained = RotaChecker(hub: MonthChain.hub(hub, for: Self.january, after: [december]), month: Self.january).check(january)
        let rest = chained.violations(of: .dailyRest)
        #expect(rest.map(\.amhpID) == ["A34"])
        #expect(rest.first?.date == Fixture.date(1, month: 1, year: 2027))
        #expect(rest.first?.message.contains("carried in") == true)

        // Zero case: the month alone (no carry_in.csv) sees nothing before 1 January.
        #expect(RotaChecker(hub: hub, month: Self.january).check(january).violations(of: .dailyRest).isEmpty)
    }

    @Test("working_time.average_48: Amy's 240 hours in December leave 185.1 of 48 × 62 / 7 for January; Beth's 120 leave room")
    func averageAcrossTheBoundary() {
        let hub = Fixture.hub([Fixture.amy, Fixture.beth])
        // December: Amy 20 twelve-hour nights (240 h), Beth 10 (120 h). January: each 25 days (200 h).
        let december = Fixture.rota(Fixture.shifts("A01", "N", days: 1...20) + Fixture.shifts("A02", "N", days: 1...10))
        let january = Self.januaryRota((1...25).flatMap { [("A01", $0, "D"), ("A02", $0, "D")] })

        let chained = MonthChain.hub(hub, for: Self.january, after: [december])
        let breaches = RotaChecker(hub: chained, month: Self.january).check(january).violations(of: .average48HourWeek)
        #expect(breaches.map(\.amhpID) == ["A01"])
        #expect(breaches.first?.message
            == "Amy Adams (A01) is rostered 200.0 hours in 2027-01 after 240.0 hours from 2026-12-01 to the month's start; without an opt-out the most in those 62 days is 48 × 62 / 7 = 425.1 hours (WTR 1998 reg. 4, 17-week reference period).")

        // Zero case: the same January alone is 200 h against 212.6 h.
        #expect(RotaChecker(hub: hub, month: Self.january).check(january).violations(of: .average48HourWeek).isEmpty)
    }

    @Test("The reference period: the month alone without a chain; back to the chain's first month; never over 17 weeks")
    func referencePeriod() {
        #expect(ReferencePeriod(month: Self.january, carryInCompleteFrom: nil).dates == Self.january.range)
        #expect(ReferencePeriod(month: Self.january, carryInCompleteFrom: Fixture.date(1)).first == Fixture.date(1))
        let longAgo = ReferencePeriod(month: Self.january, carryInCompleteFrom: Fixture.date(1, month: 1, year: 2026))
        #expect(longAgo.first == Fixture.date(5, month: 10) && longAgo.dayCount == 119)
    }

    @Test("Fairness history: December's nights, weekends and bank holidays add to the opening history, a month each")
    func historyAccumulates() {
        let opening = [FairnessHistory(amhpID: "A01", months: 11, nights: 4, weekendShifts: 6, bankHolidayShifts: 1, workedLastFestive: false)]
        let hub = Fixture.hub([Fixture.amy, Fixture.beth], history: opening)
        // Amy: nights on Tue 1, Sat 5 (weekend) and Fri 25 (Christmas Day, a bank holiday, festive).
        let december = Fixture.rota([("A01", 1, "N"), ("A01", 5, "N"), ("A01", 25, "N")])
        let chained = MonthChain.hub(hub, for: Self.january, after: [december])
        #expect(chained.history(for: "A01")
            == FairnessHistory(amhpID: "A01", months: 12, nights: 7, weekendShifts: 7, bankHolidayShifts: 2, workedLastFestive: true))
        #expect(chained.history(for: "A02")
            == FairnessHistory(amhpID: "A02", months: 1, nights: 0, weekendShifts: 0, bankHolidayShifts: 0, workedLastFestive: false))

        // Zero case: no earlier rota leaves the hub as loaded.
        #expect(MonthChain.hub(hub, for: Self.january, after: []) == hub)
    }

    @Test("Carry-in: the chained months' shifts replace carry_in.csv on their dates; rows of other dates stay; later rotas are ignored")
    func carryIn() {
        let loaded = [Assignment(amhpID: "A01", date: Fixture.date(30, month: 11), shiftCode: "D"),
                      Assignment(amhpID: "A02", date: Fixture.date(31), shiftCode: "N")]
        let hub = Fixture.hub(carryIn: loaded)
        let december = Rota(month: Fixture.december, assignments: [Assignment(amhpID: "A01", date: Fixture.date(31), shiftCode: "L", isCoordinator: true)])
        let february = Rota(month: Month(year: 2027, month: 2)!, assignments: [Assignment(amhpID: "A01", date: Fixture.date(1, month: 2, year: 2027), shiftCode: "D")])
        let chained = MonthChain.hub(hub, for: Self.january, after: [february, december])
        #expect(chained.carryIn == [Assignment(amhpID: "A01", date: Fixture.date(30, month: 11), shiftCode: "D"),
                                    Assignment(amhpID: "A01", date: Fixture.date(31), shiftCode: "L")])
        #expect(chained.carryInCompleteFrom == Fixture.date(1))
        #expect(chained.history(for: "A01")?.months == 1)
    }
}
