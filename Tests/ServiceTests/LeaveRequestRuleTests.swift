import Foundation
@testable import Service
import Storage
import Testing
import Workforce

/// The rules a leave or shift request meets when it is asked for, one test each with a zero case:
/// Helen Whitfield (A01) asks, on 5 December 2026, with January 2027 published.
@Suite struct LeaveRequestRuleTests {
    static let today = LocalDate("2026-12-05")!
    static let rules = RequestDateRules(today: today, publishedMonths: [Month("2027-01")!])
    static let hub: Hub = try! HubLoader.load(folder: ServiceHarness.demoHub)

    static func leave(_ start: String, _ end: String, kind: String = "annual", note: String? = nil) -> NewLeaveRequestDTO {
        NewLeaveRequestDTO(amhpID: nil, kind: kind, start: start, end: end, note: note)
    }

    static func problems(_ body: () throws -> Any) -> [Problem] {
        do {
            _ = try body()
            return []
        } catch let failure as InputFailure {
            return failure.problems
        } catch {
            return [Problem(field: "unexpected", message: "\(error)")]
        }
    }

    @Test func aPastFirstDayIsRefusedNamingTheFieldAndTheFix() throws {
        let refused = Self.problems { try LeaveRequestForm.request(Self.leave("2026-12-04", "2026-12-08"), amhpID: "A01", in: Self.hub, rules: Self.rules) }
        #expect(refused == [Problem(field: "start", message: "2026-12-04 is in the past (today is 2026-12-05); give today or a later day.")])
        // The zero case: today itself may be asked for.
        let today = try LeaveRequestForm.request(Self.leave("2026-12-05", "2026-12-08"), amhpID: "A01", in: Self.hub, rules: Self.rules)
        #expect(today.dates.dayCount == 4 && !today.changeRequest)
    }

    @Test func daysInsideAPublishedMonthMakeAChangeRequest() throws {
        let change = try LeaveRequestForm.request(Self.leave("2026-12-30", "2027-01-02"), amhpID: "A01", in: Self.hub, rules: Self.rules)
        #expect(change.changeRequest)
        let plain = try LeaveRequestForm.request(Self.leave("2027-02-01", "2027-02-05"), amhpID: "A01", in: Self.hub, rules: Self.rules)
        #expect(!plain.changeRequest)
    }

    @Test func anEndBeforeTheStartIsRefused() {
        let refused = Self.problems { try LeaveRequestForm.request(Self.leave("2027-02-10", "2027-02-01"), amhpID: "A01", in: Self.hub, rules: Self.rules) }
        #expect(refused.map(\.field) == ["end"])
        #expect(refused.first?.message.contains("before the first day") == true)
    }

    @Test func aRequestIsAtMostAYearAndADay() throws {
        let longest = try LeaveRequestForm.request(Self.leave("2027-02-01", "2028-02-01"), amhpID: "A01", in: Self.hub, rules: Self.rules)
        #expect(longest.dates.dayCount == LeaveRequestLimits.longestDays)
        let refused = Self.problems { try LeaveRequestForm.request(Self.leave("2027-02-01", "2028-02-02"), amhpID: "A01", in: Self.hub, rules: Self.rules) }
        #expect(refused.map(\.field) == ["end"])
    }

    @Test func sicknessIsNotRequested() {
        let refused = Self.problems { try LeaveRequestForm.request(Self.leave("2027-02-01", "2027-02-02", kind: "sickness"), amhpID: "A01", in: Self.hub, rules: Self.rules) }
        #expect(refused.map(\.field) == ["kind"])
    }

    @Test func aShiftRequestForAPastDayOrAPublishedMonthIsRefused() throws {
        func ask(_ date: String) -> [Problem] {
            Self.problems { try RequestForm.shiftRequest(NewRequestDTO(amhpID: nil, date: date, shift: "D", preference: "avoid", weight: 3),
                                                         amhpID: "A01", in: Self.hub, rules: Self.rules) }
        }
        #expect(ask("2026-12-01").map(\.field) == ["date"])
        #expect(ask("2026-12-01").first?.message.contains("in the past") == true)
        #expect(ask("2027-01-15").map(\.field) == ["date"])
        #expect(ask("2027-01-15").first?.message.contains("inside the published rota for January 2027") == true)
        // The zero case: a day to come in a month still being planned.
        #expect(ask("2026-12-20").isEmpty)
        #expect(ask("2027-02-15").isEmpty)
    }
}
