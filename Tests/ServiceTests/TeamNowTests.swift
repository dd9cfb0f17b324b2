import Foundation
@testable import Service
import Testing
import Workforce

/// Who is on now and tonight, by the hub's shift times: Amy coordinates the day of 5 December,
/// Beth works the night of the 4th (into the 5th) and Cara the night of the 5th.
@Suite struct TeamNowTests {
    static func amhp(_ id: String, _ name: String) -> AMHP {
        AMHP(id: id, name: name, employment: .localAuthority(fte: 1.0), profession: .socialWorker, grade: "AMHP",
             approval: nil, canCoordinateDays: true, canCoordinateNights: true, nightWorking: .yes,
             isPracticeEducator: false, educatorID: nil)
    }

    static func hub() throws -> Hub {
        let day = ShiftType(code: "D", name: "Day", start: try #require(ClockTime("09:00")), end: try #require(ClockTime("17:00")), isNight: false)
        let night = ShiftType(code: "N", name: "Night", start: try #require(ClockTime("21:00")), end: try #require(ClockTime("09:00")), isNight: true)
        return Hub(amhps: [amhp("A1", "Amy Adams"), amhp("B1", "Beth Brown"), amhp("C1", "Cara Clark")], shiftTypes: [day, night], coverRules: [])
    }

    static func assignments() throws -> [Assignment] {
        [Assignment(amhpID: "A1", date: try #require(LocalDate("2026-12-05")), shiftCode: "D", isCoordinator: true),
         Assignment(amhpID: "B1", date: try #require(LocalDate("2026-12-04")), shiftCode: "N"),
         Assignment(amhpID: "C1", date: try #require(LocalDate("2026-12-05")), shiftCode: "N")]
    }

    @Test func atThreeInTheMorningLastNightsShiftIsOnAndTonightIsTheNextNight() throws {
        let moment = TeamNow.Moment(date: try #require(LocalDate("2026-12-05")), minute: 3 * 60)
        let answer = TeamNow.dto(at: moment, assignments: try Self.assignments(), hub: try Self.hub())
        #expect(answer.now.map(\.shift) == ["N"] && answer.now.first?.date == "2026-12-04")
        #expect(answer.now.first?.people.map(\.name) == ["Beth Brown"])
        #expect(answer.tonight.first?.date == "2026-12-05" && answer.tonight.first?.people.map(\.name) == ["Cara Clark"])
        #expect(answer.at == "2026-12-05 03:00")
    }

    @Test func atTwoInTheAfternoonTheDayIsOnWithItsCoordinator() throws {
        let moment = TeamNow.Moment(date: try #require(LocalDate("2026-12-05")), minute: 14 * 60)
        let answer = TeamNow.dto(at: moment, assignments: try Self.assignments(), hub: try Self.hub())
        #expect(answer.now.map(\.shift) == ["D"])
        #expect(answer.now.first?.people.map(\.name) == ["Amy Adams"] && answer.now.first?.people.first?.coordinator == true)
        #expect(answer.tonight.first?.people.map(\.name) == ["Cara Clark"])
    }

    @Test func betweenShiftsNoOneIsOnNow() throws {
        let moment = TeamNow.Moment(date: try #require(LocalDate("2026-12-05")), minute: 18 * 60)
        let answer = TeamNow.dto(at: moment, assignments: try Self.assignments(), hub: try Self.hub())
        #expect(answer.now.isEmpty)
        #expect(answer.tonight.count == 1)
    }

    @Test func theMomentIsTheHubsLocalTimeInSummerAndWinter() throws {
        let london = try #require(TimeZone(identifier: "Europe/London"))
        let winter = TeamNow.Moment(Date(timeIntervalSince1970: 1_796_439_600), in: london)   // 2026-12-05T03:00:00Z
        #expect(winter.text == "2026-12-05 03:00")
        let summer = TeamNow.Moment(Date(timeIntervalSince1970: 1_782_910_800), in: london)   // 2026-07-01T13:00:00Z
        #expect(summer.text == "2026-07-01 14:00")
    }
}
