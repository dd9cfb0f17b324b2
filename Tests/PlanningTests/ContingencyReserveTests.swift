import Foundation
import Testing
import Workforce
@testable import Planning

/// Service Standard 2.3's reserve list (`ContingencyReserve`): on each day of high demand, who is
/// free to call in, and who is not (leave, a shift that day, a night ending that morning, no
/// warrant, a trainee, hours they do not work).
@Suite struct ContingencyReserveTests {
    static let monday = PlanningFixture.date("2027-01-04")

    /// Heavy demand: about 1.2 assessments in progress in any hour, so one team on duty or none
    /// leaves every hour at high demand.
    static func data(_ hub: Hub, annual: Double) -> PlanningData {
        PlanningFixture.data(hub, referrals: PlanningFixture.referrals(annual: annual))
    }

    static func hub() -> Hub {
        let amhps = [
            PlanningFixture.amhp("A01"),                       // Ann: free
            PlanningFixture.amhp("A02", nights: .no),          // Ben: free for the day hours
            PlanningFixture.amhp("A03", nights: .only),        // Cat: free for the night hours
            PlanningFixture.amhp("A04"),                       // Dev: on leave that day
            PlanningFixture.amhp("A05"),                       // Eve: on a day shift that day
            PlanningFixture.amhp("A06"),                       // Fay: finishing a night that morning
            PlanningFixture.amhp("A07", approval: PlanningFixture.range("2021-01-01", "2026-12-31")),  // Gus: warrant lapsed
            PlanningFixture.amhp("T01", educator: "A01"),      // Tam: a trainee
        ]
        let leave = Absence(amhpID: "A04", kind: .annual, dates: PlanningFixture.range("2027-01-04", "2027-01-08"), note: "Half term")
        return Hub(amhps: amhps, shiftTypes: PlanningFixture.shifts, coverRules: PlanningFixture.cover(minimum: 1), absences: [leave])
    }

    static func rota() -> Rota {
        let month = Month(year: 2027, month: 1)!
        return Rota(month: month, assignments: [
            Assignment(amhpID: "A05", date: monday, shiftCode: "D"),
            Assignment(amhpID: "A05", date: monday.adding(days: 1), shiftCode: "D"),
            Assignment(amhpID: "A06", date: monday.adding(days: -1), shiftCode: "N"),
            Assignment(amhpID: "A01", date: PlanningFixture.date("2027-01-20"), shiftCode: "D"),
        ])
    }

    @Test func onADayOfHighDemandOnlyThoseFreeAreListedFewestShiftsFirst() throws {
        let hub = Self.hub()
        let reserve = ContingencyReserve(hub: hub, rota: Self.rota(), planning: Self.data(hub, annual: 3000))
        let day = try #require(reserve.days.first { $0.date == Self.monday })
        #expect(day.hours == Array(0..<24))
        #expect(day.worstChance >= ContingencyReserve.highChance)
        // Ann has a shift in the month, so Ben and Cat (none) come first.
        #expect(day.free == ["A02", "A03", "A01"])
        // Every day of the month is one of high demand with so little cover.
        #expect(reserve.days.count == 31)
        #expect(reserve.fewestFree?.free.count ?? 0 >= 3)
    }

    /// Five teams on each day and late shift: enough that no hour from 09:00 to 21:00 is at high demand.
    static let extra = (1...10).map { "B\($0)" } + (1...10).map { "C\($0)" }

    @Test func whoWorksOnlyDaysIsNotListedForNightHoursAlone() throws {
        let hub = Self.hub()
        // Cover every day and late with two teams, so only night hours stay at high demand.
        var assignments = Self.rota().assignments
        for date in Self.rota().month.dates where date != Self.monday {
            for (shift, ids) in [("D", Self.extra.filter { $0.hasPrefix("B") }), ("L", Self.extra.filter { $0.hasPrefix("C") })] {
                assignments += ids.map { Assignment(amhpID: $0, date: date, shiftCode: shift) }
            }
        }
        let extra = Self.extra.map { PlanningFixture.amhp($0) }
        let bigger = Hub(amhps: hub.amhps + extra, shiftTypes: hub.shiftTypes, coverRules: hub.coverRules, absences: hub.absences)
        let reserve = ContingencyReserve(hub: bigger, rota: Rota(month: Self.rota().month, assignments: assignments),
                                         planning: Self.data(bigger, annual: 3000))
        let tuesday = try #require(reserve.days.first { $0.date == Self.monday.adding(days: 1) })
        #expect(!tuesday.hours.isEmpty && tuesday.hours.allSatisfy { ResponsePeriod.night.contains($0) })
        #expect(!tuesday.free.contains("A02") && tuesday.free.contains("A03"))
    }

    @Test func lightDemandHasNoDayOfHighDemand() {
        let hub = Self.hub()
        let reserve = ContingencyReserve(hub: hub, rota: Self.rota(), planning: Self.data(hub, annual: 1))
        #expect(reserve.days.isEmpty && reserve.fewestFree == nil)
        let item = StandardsEvidenceBuilder.reserve([reserve], window: "2027-01")
        #expect(item.value == "0 days" && !item.concern)
    }

    @Test func aDayWithNobodyFreeIsAConcern() {
        let hub = PlanningFixture.hub([PlanningFixture.amhp("A01")])
        let month = Month(year: 2027, month: 1)!
        let rota = Rota(month: month, assignments: month.dates.map { Assignment(amhpID: "A01", date: $0, shiftCode: "D") })
        let reserve = ContingencyReserve(hub: hub, rota: rota, planning: Self.data(hub, annual: 3000))
        #expect(reserve.days.count == 31 && reserve.days.allSatisfy(\.free.isEmpty))
        let item = StandardsEvidenceBuilder.reserve([reserve], window: "2027-01")
        #expect(item.concern && item.detail.contains("31 days had nobody free"))
        #expect(reserve.csv(hub: hub).hasPrefix("date,high_demand_hours,worst_chance,free_amhps,free_ids,free_names\r\n2027-01-01,all day,"))
    }

    @Test func hoursAreWrittenAsRuns() {
        #expect(ContingencyReserve.hoursText([0, 1, 2, 5, 21, 22, 23]) == "00:00-03:00, 05:00-06:00, 21:00-00:00")
        #expect(ContingencyReserve.hoursText([]) == "")
        #expect(ContingencyReserve.hoursText(Array(0..<24)) == "all day")
    }
}
