import RotaCheck
import Workforce
@testable import Rostering

/// A small checked rota for the report tests, December 2026: Amy and Beth (LA), Nia (NHS, Wyvern
/// Trust) and Erin (LA, on leave all month); Day, Night and a weekday duty shift.
///
/// Weekday days need 1 (at most 2), Sunday nights 2 (at most 4), weekday duty has a cap of 2 a day
/// (and a minimum of 1, which cover.csv would refuse but a hub built in code can have, to show that
/// duty is never reported short); every other rota shift asks for nobody, and
/// there is no duty at weekends. Amy and Beth both work Tuesday 1st's day (2 on a target of 1), all
/// three the night of Sunday 6th (3 on 2), and Beth is on duty on Wednesday 2nd.
enum ReportFixture {
    static let duty = ShiftType(code: "DT", name: "Weekday duty", start: TestHubs.day.start, end: TestHubs.day.end, isNight: false, kind: .duty)
    static let shifts = [TestHubs.day, TestHubs.night, duty]

    static let cover: [CoverRule] = DayType.allCases.flatMap { dayType -> [CoverRule] in
        let day = dayType == .weekday ? CoverRule(dayType: dayType, shiftCode: "D", minimum: 1, target: 1, maximum: 2,
                                                  coordinatorRequired: false, secondWorkerAvailable: true)
            : CoverRule(dayType: dayType, shiftCode: "D", minimum: 0, target: 0, coordinatorRequired: false)
        let night = dayType == .sunday ? CoverRule(dayType: dayType, shiftCode: "N", minimum: 2, target: 2, maximum: 4, coordinatorRequired: false)
            : CoverRule(dayType: dayType, shiftCode: "N", minimum: 0, target: 0, coordinatorRequired: false)
        let duty = CoverRule(dayType: dayType, shiftCode: "DT", minimum: 1, target: 1, maximum: 2, coordinatorRequired: false)
        return dayType == .weekday ? [day, night, duty] : [day, night]
    }

    static let hub = Hub(
        amhps: [TestHubs.amhp("A01", "Amy Adams"), TestHubs.amhp("A02", "Beth Brown"),
                TestHubs.amhp("A05", "Nia Noor", employment: .nhs(trust: "Wyvern Trust", shiftsPerMonth: 4)), TestHubs.amhp("A06", "Erin Evans")],
        shiftTypes: shifts, coverRules: cover,
        absences: [Absence(amhpID: "A06", kind: .annual, dates: DateRange(spanning: TestHubs.date(1), TestHubs.date(31)))])

    static let rota = Rota(month: TestHubs.december, assignments: [
        Assignment(amhpID: "A01", date: TestHubs.date(1), shiftCode: "D"), Assignment(amhpID: "A02", date: TestHubs.date(1), shiftCode: "D"),
        Assignment(amhpID: "A02", date: TestHubs.date(2), shiftCode: "DT"),
        Assignment(amhpID: "A01", date: TestHubs.date(6), shiftCode: "N"), Assignment(amhpID: "A02", date: TestHubs.date(6), shiftCode: "N"),
        Assignment(amhpID: "A05", date: TestHubs.date(6), shiftCode: "N"),
    ])

    static var report: CheckReport { RotaChecker(hub: hub, month: TestHubs.december).check(rota) }
}
