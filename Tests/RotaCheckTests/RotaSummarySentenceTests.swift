import Testing
import Workforce
@testable import RotaCheck

/// The rota in one sentence (`RotaSummarySentence`): cover and requests from the checker's report, the
/// spread of nights from its fair shares (`RotaChecker.fairShareSpread`); the zero case and each part counted.
struct RotaSummarySentenceTests {
    static let december = Month(year: 2026, month: 12)!

    static func line(short: Bool, duty: Bool = false) -> CoverageLine {
        CoverageLine(date: december.firstDay, shiftCode: duty ? "DUTY" : "D", dayType: .weekday, minimum: 2, target: 2,
                     isDuty: duty, assigned: short ? 1 : 2, trainees: 0, coordinatorRequired: false, coordinatorPresent: true)
    }

    static func person(_ id: String, nights: Int, missed: Int = 0) -> PersonSummary {
        PersonSummary(amhpID: id, shifts: nights, rosteredHours: 0, contractedHours: nil, committedShifts: nil, nights: nights,
                      weekendShifts: 0, bankHolidayShifts: 0, requestsMet: 0, requestsMissed: missed, toilPlanBackHours: 0,
                      toilPlannedHours: 0)
    }

    static func report(coverage: [CoverageLine], people: [PersonSummary]) -> CheckReport {
        CheckReport(month: december, violations: [], penalties: [:], coverage: coverage, people: people)
    }

    @Test func aRotaWithNothingWrongSaysSo() {
        let report = Self.report(coverage: [Self.line(short: false)], people: [Self.person("amy", nights: 3), Self.person("beth", nights: 3)])
        #expect(RotaSummarySentence(report, nightSpread: 0).text == "every shift covered; all requests met; fairness spread 0 nights")
    }

    @Test func anEmptyMonthIsTheZeroCase() {
        let hub = Fixture.hub([Fixture.amy, Fixture.beth])
        let checker = RotaChecker(hub: hub, month: Self.december)
        #expect(checker.fairShareSpread(Fixture.rota([]), .nights) == 0)
        #expect(checker.summary(Fixture.rota([])).text.hasSuffix("all requests met; fairness spread 0 nights"))
    }

    @Test func theSpreadOfNightsIsFromFairSharesWithHistory() {
        // As FairnessTests.nightsWithHistory: Amy has 8 nights against a fair share of 6.67 (1.33 over), Beth 2 against
        // 3.33 (1.33 under); Cara (nights only) and Dev (no nights) are outside the pool. Spread 2.67, said as 3 nights.
        let beth = Fixture.amhp("A02", "Beth Brown", employment: .localAuthority(fte: 0.5))
        let cara = Fixture.amhp("A03", "Cara Cole", nights: .only)
        let dev = Fixture.amhp("A04", "Dev Das", nights: .no)
        let history = [FairnessHistory(amhpID: "A01", months: 2, nights: 6, weekendShifts: 0, bankHolidayShifts: 0, workedLastFestive: false),
                       FairnessHistory(amhpID: "A02", months: 2, nights: 1, weekendShifts: 0, bankHolidayShifts: 0, workedLastFestive: false),
                       FairnessHistory(amhpID: "A03", months: 2, nights: 20, weekendShifts: 0, bankHolidayShifts: 0, workedLastFestive: false)]
        let rota = Fixture.rota([("A01", 1, "N"), ("A01", 8, "N"), ("A02", 15, "N"), ("A03", 2, "N"), ("A03", 3, "N"), ("A04", 9, "D")])
        let checker = RotaChecker(hub: Fixture.hub([Fixture.amy, beth, cara, dev], history: history), month: Self.december)
        #expect(abs(checker.fairShareSpread(rota, .nights) - 8.0 / 3) < 1e-9)
        #expect(checker.summary(rota).nightSpread == 3)
    }

    @Test func shortShiftsRequestsAndSpreadAreCounted() {
        // Two rota shifts short (duty is not cover), three requests not met.
        let report = Self.report(coverage: [Self.line(short: true), Self.line(short: true), Self.line(short: false), Self.line(short: true, duty: true)],
                                 people: [Self.person("amy", nights: 5, missed: 2), Self.person("beth", nights: 3, missed: 1),
                                          Self.person("cal", nights: 0)])
        let sentence = RotaSummarySentence(report, nightSpread: 2)
        #expect(sentence == RotaSummarySentence(shortShifts: 2, requestsNotMet: 3, nightSpread: 2))
        #expect(sentence.text == "2 shifts short of cover; 3 requests not met; fairness spread 2 nights")
    }

    @Test func oneOfEachIsSingular() {
        #expect(RotaSummarySentence(shortShifts: 1, requestsNotMet: 1, nightSpread: 1).text
                == "1 shift short of cover; 1 request not met; fairness spread 1 night")
    }
}
