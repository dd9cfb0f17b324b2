import Testing
import Workforce
@testable import RotaCheck

@Suite("Timeline")
struct TimelineTests {
    @Test("A shift is [dayNumber × 1440 + start, + length) in minutes; a night crosses midnight; carry-in comes first")
    func intervals() {
        let carryIn = [Assignment(amhpID: "A01", date: Fixture.date(30, month: 11), shiftCode: "N")]
        let hub = Fixture.hub(carryIn: carryIn)
        let rows = CheckContext.readRows(Fixture.rota([("A01", 31, "N"), ("A01", 1, "L")]), hub: hub, month: Fixture.december)
        let timeline = Timeline(hub: hub, month: Fixture.december, rosteredShifts: rows.readable)
        let intervals = timeline.intervals(of: "A01")

        let lastDay = Fixture.date(31).dayNumber * 1440
        #expect(intervals.map(\.date) == [Fixture.date(30, month: 11), Fixture.date(1), Fixture.date(31)])
        #expect(intervals.map(\.isCarryIn) == [true, false, false])
        #expect(intervals[2].startMinute == lastDay + 21 * 60)
        #expect(intervals[2].endMinute == lastDay + 33 * 60)
        #expect(intervals[1].startMinute - intervals[0].endMinute == 4 * 60)
    }

    @Test("Carry-in rows dated in the month or for unknown AMHPs are left out")
    func carryInOutsideItsPlace() {
        let carryIn = [Assignment(amhpID: "A01", date: Fixture.date(1), shiftCode: "N"),
                       Assignment(amhpID: "X99", date: Fixture.date(30, month: 11), shiftCode: "N")]
        let timeline = Timeline(hub: Fixture.hub(carryIn: carryIn), month: Fixture.december, rosteredShifts: [])
        #expect(timeline.intervals(of: "A01").isEmpty)
        #expect(timeline.intervals(of: "X99").isEmpty)
    }
}
