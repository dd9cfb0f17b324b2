import RotaCheck
import Testing
import Workforce

/// The rota in one sentence (`RotaSummarySentence`): cover, requests and the spread of nights, from
/// the checker's report; the zero case and each part counted.
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
        #expect(RotaSummarySentence(report).text == "every shift covered; all requests met; fairness spread 0 nights")
    }

    @Test func anEmptyMonthIsTheZeroCase() {
        #expect(RotaSummarySentence(Self.report(coverage: [], people: [])).text
                == "every shift covered; all requests met; fairness spread 0 nights")
    }

    @Test func shortShiftsRequestsAndSpreadAreCounted() {
        // Amy 5 nights, Beth 3, Cal none (not a night worker, so not in the spread): spread 2.
        let report = Self.report(coverage: [Self.line(short: true), Self.line(short: true), Self.line(short: false), Self.line(short: true, duty: true)],
                                 people: [Self.person("amy", nights: 5, missed: 2), Self.person("beth", nights: 3, missed: 1),
                                          Self.person("cal", nights: 0)])
        let sentence = RotaSummarySentence(report)
        #expect(sentence == RotaSummarySentence(shortShifts: 2, requestsNotMet: 3, nightSpread: 2))
        #expect(sentence.text == "2 shifts short of cover; 3 requests not met; fairness spread 2 nights")
    }

    @Test func oneOfEachIsSingular() {
        #expect(RotaSummarySentence(shortShifts: 1, requestsNotMet: 1, nightSpread: 1).text
                == "1 shift short of cover; 1 request not met; fairness spread 1 night")
    }
}
