import Testing
import Workforce
@testable import Planning

/// Hours that always have the same teams share one ladder in the cover model (`CoverHourGroup`).
struct CoverHourGroupTests {
    /// Monday 00:00 is hour 0.
    func hour(_ day: Int, _ clock: Int) -> Int { day * 24 + clock }

    func groupOf(_ hour: Int, in groups: [CoverHourGroup]) -> Int? { groups.firstIndex { $0.hours.contains(hour) } }

    @Test func everyHourIsInExactlyOneGroupInOrder() {
        let groups = CoverHourGroup.groups(week: WeekShifts(shifts: PlanningFixture.shifts))
        #expect(groups.flatMap(\.hours).sorted() == Array(0..<168))
        #expect(groups.map { $0.hours[0] } == groups.map { $0.hours[0] }.sorted())
        for group in groups { #expect(group.hours == group.hours.sorted()) }
    }

    /// Day 09:00-17:00, late 13:00-21:00, night 21:00-09:00: Tuesday and Friday 10:00 have the
    /// weekday day shift alone; Saturday 02:00 has Friday's night, a weekday night like Tuesday
    /// 02:00's; Monday 02:00 has Sunday's night, another variable.
    @Test func hoursWithTheSameShiftsOnDutyShareAGroup() {
        let groups = CoverHourGroup.groups(week: WeekShifts(shifts: PlanningFixture.shifts))
        #expect(groupOf(hour(1, 10), in: groups) == groupOf(hour(4, 10), in: groups))
        #expect(groupOf(hour(1, 2), in: groups) == groupOf(hour(5, 2), in: groups))
        #expect(groupOf(hour(1, 2), in: groups) != groupOf(hour(0, 2), in: groups))
        #expect(groupOf(hour(1, 10), in: groups) != groupOf(hour(1, 14), in: groups), "the late joins at 13:00")
        #expect(groupOf(hour(1, 10), in: groups) != groupOf(hour(5, 10), in: groups), "Saturday is its own row")
        // Weekday days (2), weekday nights with Saturday's early hours, evenings, afternoons; Saturday
        // and Sunday the same four less one; Monday's early hours.
        #expect(groups.count == 12)
    }

    /// The zero case: with no shifts every hour has no team, and only the periods tell hours apart
    /// (office hours, out-of-hours evenings and weekend days, nights).
    @Test func withoutShiftsOnlyThePeriodsSplitTheWeek() {
        let groups = CoverHourGroup.groups(week: WeekShifts(shifts: []))
        #expect(groups.count == 3)
        #expect(Set(groups.map(\.periods)) == [[.officeHours], [.outOfHours], [.outOfHours, .night]])
        #expect(groups.first { $0.periods == [.officeHours] }?.hours.count == 40)
    }
}
