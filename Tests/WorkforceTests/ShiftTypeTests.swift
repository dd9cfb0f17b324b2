import Testing
@testable import Workforce

@Suite struct ShiftTypeTests {
    @Test(arguments: [("09:00", 540), ("9:00", 540), ("00:00", 0), ("23:59", 1439), ("21:30", 1290), ("0:05", 5)])
    func parsesTwentyFourHourTimes(text: String, minutes: Int) {
        #expect(ClockTime(text)?.minutes == minutes)
    }

    @Test(arguments: ["24:00", "12:60", "9", "0900", "09.00", "9am", "09:00:30", "", "ab:cd", "-1:00", "09:0", "009:00", " 09:00"])
    func rejectsOtherTimes(text: String) {
        #expect(ClockTime(text) == nil)
    }

    @Test func clockTimeDescriptionAndRange() {
        #expect(ClockTime("9:05")?.description == "09:05")
        #expect(ClockTime(minutes: 1439)?.description == "23:59")
        #expect(ClockTime(minutes: 1440) == nil && ClockTime(minutes: -1) == nil)
        #expect(ClockTime("09:00")! < ClockTime("13:00")!)
    }

    private func shift(_ code: String, _ start: String, _ end: String, night: Bool = false) -> ShiftType {
        ShiftType(code: code, name: code, start: ClockTime(start)!, end: ClockTime(end)!, isNight: night)
    }

    @Test func durations() {
        let day = shift("D", "09:00", "17:00"), late = shift("L", "13:00", "21:00"), night = shift("N", "21:00", "09:00", night: true)
        #expect(day.hours == 8 && !day.crossesMidnight)
        #expect(late.hours == 8 && !late.crossesMidnight)
        #expect(night.hours == 12 && night.crossesMidnight)
        #expect(shift("W", "22:00", "06:30").durationMinutes == 510)
        #expect(shift("E", "00:00", "08:00").hours == 8)
        #expect(shift("M", "20:00", "00:00").hours == 4, "ending at midnight ends the next day")
        #expect(shift("X", "08:00", "08:00").hours == 24, "a shift that ends when it starts lasts a whole day")
    }

    @Test func startAndEndMinutesAcrossMidnight() {
        let day = shift("D", "09:00", "17:00"), night = shift("N", "21:00", "09:00", night: true)
        #expect(night.startMinute(onDay: 0) == 1260)
        #expect(night.endMinute(onDay: 0) == 1440 + 540, "a night ends at 09:00 the next day")
        // A night on day 0 ends exactly when a day shift on day 1 starts: no rest at all.
        #expect(day.startMinute(onDay: 1) - night.endMinute(onDay: 0) == 0)
        #expect(night.startMinute(onDay: 1) - night.endMinute(onDay: 0) == 12 * 60)
        #expect(day.startMinute(onDay: -1) == -1440 + 540, "carry-in days have negative indices")
    }
}

@Suite struct ClockTimeExcelTests {
    @Test func acceptsTheSecondsExcelAdds() {
        #expect(ClockTime("09:00:00") == ClockTime("09:00"))
    }

    @Test func countsNightTimeAcrossMidnight() {
        // 21:00-09:00 covers 23:00-06:00 entirely: 7 hours; a late 13:00-21:00 none; 20:00-02:00 three.
        #expect(ClockTime.nightMinutes(from: ClockTime("21:00")!, lasting: 720) == 420)
        #expect(ClockTime.nightMinutes(from: ClockTime("13:00")!, lasting: 480) == 0)
        #expect(ClockTime.nightMinutes(from: ClockTime("20:00")!, lasting: 360) == 180)
    }
}
