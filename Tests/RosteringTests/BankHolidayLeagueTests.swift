import RotaReports
import Testing
import Workforce

/// The bank-holiday and festive league: counts from published rotas, history.csv's opening
/// totals, per-FTE arithmetic and the order (least loaded first).
@Suite struct BankHolidayLeagueTests {
    /// Amy (1.0 FTE), Beth (0.5 FTE) and Cara (1.0 FTE); Amy's history says 2 bank holidays in 11
    /// months and the last festive season, Beth's says none.
    static func hub(history: [FairnessHistory]? = nil) -> Hub {
        Hub(amhps: [TestHubs.amhp("A1", "Amy Adams"), TestHubs.amhp("B1", "Beth Brown", employment: .localAuthority(fte: 0.5)),
                    TestHubs.amhp("C1", "Cara Clark")],
            shiftTypes: [TestHubs.day, TestHubs.night], coverRules: [],
            history: history ?? [FairnessHistory(amhpID: "A1", months: 11, nights: 10, weekendShifts: 20, bankHolidayShifts: 2, workedLastFestive: true),
                                 FairnessHistory(amhpID: "B1", months: 11, nights: 10, weekendShifts: 20, bankHolidayShifts: 0, workedLastFestive: false)])
    }

    /// December 2026: Christmas Day is a Friday (a bank holiday), Boxing Day a Saturday (its bank
    /// holiday is Monday the 28th). Amy works Christmas Day, Beth the night of Boxing Day, Cara the 28th.
    static var december: Rota {
        Rota(month: TestHubs.december, assignments: [
            Assignment(amhpID: "A1", date: TestHubs.date(25), shiftCode: "D"),
            Assignment(amhpID: "B1", date: TestHubs.date(26), shiftCode: "N"),
            Assignment(amhpID: "C1", date: TestHubs.date(28), shiftCode: "D"),
            Assignment(amhpID: "C1", date: TestHubs.date(7), shiftCode: "D"),
        ])
    }

    @Test func christmasDayFromAPublishedRotaAddsToHistorysOpeningYear() throws {
        let league = BankHolidayLeague(hub: Self.hub(), rotas: [Self.december])
        let amy = try #require(league.rows.first { $0.amhpID == "A1" })
        #expect(amy.years.map(\.year) == [2026])
        #expect(amy.years.first?.christmasDay == true && amy.years.first?.boxingDay == false)
        #expect(amy.opening?.months == 11 && amy.opening?.bankHolidayShifts == 2 && amy.opening?.workedLastFestive == true)
        #expect(amy.festiveDays == 2, "Christmas Day and the last festive season before AMHP Planner")
        #expect(amy.bankHolidays == 3, "Christmas Day and history's 2")
        let beth = try #require(league.rows.first { $0.amhpID == "B1" })
        #expect(beth.festiveDays == 1 && beth.bankHolidays == 0, "Boxing Day on a Saturday is festive but not the bank holiday")
        let cara = try #require(league.rows.first { $0.amhpID == "C1" })
        #expect(cara.festiveDays == 0 && cara.bankHolidays == 1 && cara.opening == nil)
        #expect(cara.years.first?.otherBankHolidays == ["Boxing Day (substitute day) (2026-12-28)"]
                || cara.years.first?.otherBankHolidays.count == 1)
    }

    @Test func perFTEArithmeticAndTheLeastLoadedFirst() throws {
        let league = BankHolidayLeague(hub: Self.hub(), rotas: [Self.december])
        let beth = try #require(league.rows.first { $0.amhpID == "B1" })
        #expect(beth.fte == 0.5 && beth.festiveDaysPerFTE == 2.0 && beth.bankHolidaysPerFTE == 0.0)
        let amy = try #require(league.rows.first { $0.amhpID == "A1" })
        #expect(amy.festiveDaysPerFTE == 2.0 && amy.bankHolidaysPerFTE == 3.0)
        // Cara has no festive day; Amy and Beth tie on festive days per FTE, and Beth has fewer bank holidays per FTE.
        #expect(league.rows.map(\.amhpID) == ["C1", "B1", "A1"])
    }

    @Test func anNHSAMHPsFTEIsTheirAgreedShiftsOverAFullTimeMonth() throws {
        let hub = Hub(amhps: [TestHubs.amhp("N1", "Nia Jones", employment: .nhs(trust: "Mersey Care", shiftsPerMonth: 8))],
                      shiftTypes: [TestHubs.day, TestHubs.night], coverRules: [])
        let nia = try #require(hub.amhp("N1"))
        let fte = try #require(BankHolidayLeague.fte(of: nia, hub: hub))
        // Day 8 h and night 12 h: a mean of 10 h; 8 shifts × 10 h over 37 × 52 / 12 h.
        #expect(abs(fte - 80.0 / (37.0 * 52 / 12)) < 1e-9)
    }

    @Test func withNoRotaAndNoHistoryEveryoneIsZeroInNameOrder() {
        let league = BankHolidayLeague(hub: Self.hub(history: []), rotas: [])
        #expect(league.years.isEmpty)
        #expect(league.rows.map(\.name) == ["Amy Adams", "Beth Brown", "Cara Clark"])
        #expect(league.rows.allSatisfy { $0.festiveDays == 0 && $0.bankHolidays == 0 && $0.festiveDaysPerFTE == 0 })
    }

    @Test func yearsBeforeTheCutAreLeftOutButTheOpeningTotalsStay() {
        let league = BankHolidayLeague(hub: Self.hub(), rotas: [Self.december], fromYear: 2027)
        #expect(league.years.isEmpty)
        #expect(league.rows.first { $0.amhpID == "A1" }?.bankHolidays == 2)
        #expect(league.csv.hasPrefix("place,amhp_id,name,fte,festive_days"))
    }
}
