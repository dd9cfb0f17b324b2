import Testing
@testable import Workforce

@Suite struct MonthlyCommitmentTests {
    static let december = Month(year: 2026, month: 12)!
    static let shifts = [
        ShiftType(code: "D", name: "Day", start: ClockTime("09:00")!, end: ClockTime("17:00")!, isNight: false),
        ShiftType(code: "L", name: "Late", start: ClockTime("13:00")!, end: ClockTime("21:00")!, isNight: false),
        ShiftType(code: "N", name: "Night", start: ClockTime("21:00")!, end: ClockTime("09:00")!, isNight: true),
    ]
    static let warrant = DateRange(first: LocalDate("2024-01-01")!, last: LocalDate("2028-12-31")!)

    private func range(_ first: String, _ last: String) -> DateRange {
        DateRange(first: LocalDate(first)!, last: LocalDate(last)!)!
    }

    private func amhp(_ id: String, _ employment: Employment, approval: DateRange? = warrant, suspensions: [DateRange] = [],
                      educator: String? = nil) -> AMHP {
        AMHP(id: id, name: id, employment: employment, profession: .socialWorker, grade: "AMHP", approval: approval,
             suspensions: suspensions, canCoordinateDays: false, canCoordinateNights: false, nightWorking: .yes,
             educatorID: educator)
    }

    private func commitment(_ amhp: AMHP, absences: [Absence] = [], rules: HubRules = HubRules()) -> MonthlyCommitment {
        let hub = Hub(amhps: [amhp], shiftTypes: Self.shifts, coverRules: [], absences: absences, rules: rules)
        return MonthlyCommitment(amhp: amhp, hub: hub, month: Self.december)
    }

    @Test func fullTimeLAInDecember2026() throws {
        let full = commitment(amhp("A", .localAuthority(fte: 1.0)))
        let hours = try #require(full.contractedHours)
        #expect(abs(hours - 155.4) < 1e-9, "1.0 × 7.4 × 21 working weekdays")
        #expect(full.committedShifts == nil)
        #expect(full.availableDays == 31 && full.daysInMonth == 31 && full.availableFraction == 1)
        #expect(full.fteEquivalent == 1.0)
        #expect(abs(commitment(amhp("B", .localAuthority(fte: 0.6))).contractedHours! - 93.24) < 1e-9)
    }

    @Test func leaveOnWorkingDaysReducesHours() throws {
        // 21 to 24 December: four working weekdays.
        let leave = [Absence(amhpID: "A", kind: .annual, dates: range("2026-12-21", "2026-12-24"))]
        let withLeave = commitment(amhp("A", .localAuthority(fte: 1.0)), absences: leave)
        #expect(abs(withLeave.contractedHours! - 7.4 * 17) < 1e-9)
        #expect(withLeave.availableDays == 27)
        // Leave over a weekend and the bank holidays costs no contracted hours, only available days.
        let christmas = [Absence(amhpID: "A", kind: .annual, dates: range("2026-12-25", "2026-12-28"))]
        let overChristmas = commitment(amhp("A", .localAuthority(fte: 1.0)), absences: christmas)
        #expect(abs(overChristmas.contractedHours! - 155.4) < 1e-9)
        #expect(overChristmas.availableDays == 27)
        // Someone else's leave is not this AMHP's.
        let other = [Absence(amhpID: "Z", kind: .sickness, dates: range("2026-12-01", "2026-12-31"))]
        #expect(commitment(amhp("A", .localAuthority(fte: 1.0)), absences: other).availableDays == 31)
    }

    @Test func warrantAndSuspensionLimitTheMonth() {
        // The warrant ends on 15 December: 11 working weekdays before it.
        let expiring = commitment(amhp("A", .localAuthority(fte: 1.0), approval: range("2021-12-16", "2026-12-15")))
        #expect(expiring.availableDays == 15)
        #expect(abs(expiring.contractedHours! - 7.4 * 11) < 1e-9)
        // Approved from 7 December: 25 days, 17 working weekdays (less the two bank holidays).
        let newlyApproved = commitment(amhp("B", .localAuthority(fte: 1.0), approval: range("2026-12-07", "2031-12-06")))
        #expect(newlyApproved.availableDays == 25)
        #expect(abs(newlyApproved.contractedHours! - 7.4 * 17) < 1e-9)
        // Suspended 1 to 13 December: 9 working weekdays lost, 12 left.
        let suspended = commitment(amhp("C", .localAuthority(fte: 0.8), suspensions: [range("2026-12-01", "2026-12-13")]))
        #expect(suspended.availableDays == 18)
        #expect(abs(suspended.contractedHours! - 0.8 * 7.4 * 12) < 1e-9)
        // A trainee needs no warrant.
        let trainee = commitment(amhp("T", .localAuthority(fte: 0.4), approval: nil, educator: "A"))
        #expect(trainee.availableDays == 31)
        // No warrant and not a trainee: nothing owed.
        #expect(commitment(amhp("X", .localAuthority(fte: 1.0), approval: nil)).contractedHours == 0)
    }

    @Test func nhsShiftsProRata() throws {
        let nhs = Employment.nhs(trust: "Northshire Partnership NHS Foundation Trust", shiftsPerMonth: 4)
        let full = commitment(amhp("N", nhs))
        #expect(full.committedShifts == 4 && full.contractedHours == nil)
        let leave = [Absence(amhpID: "N", kind: .annual, dates: range("2026-12-24", "2026-12-31"))]
        let withLeave = try #require(commitment(amhp("N", nhs), absences: leave).committedShifts)
        #expect(abs(withLeave - 4.0 * 23 / 31) < 1e-9)
        // FTE equivalent: 4 shifts at the mean shift length (28/3 hours) over a 37 × 52/12-hour month.
        #expect(abs(full.fteEquivalent - 4 * (28.0 / 3) / (37 * 52.0 / 12)) < 1e-9)
    }

    /// An NHS AMHP never works duty, so a 10-hour duty shift does not move the yardstick for their shifts.
    @Test func dutyDoesNotChangeAnNHSAMHPsFTEEquivalent() {
        let nhs = amhp("N", .nhs(trust: "Northshire Partnership NHS Foundation Trust", shiftsPerMonth: 4))
        let duty = ShiftType(code: "DT", name: "Duty", start: ClockTime(wrappingMinutes: 8 * 60), end: ClockTime(wrappingMinutes: 18 * 60),
                             isNight: false, kind: .duty)
        let withDuty = Hub(amhps: [nhs], shiftTypes: Self.shifts + [duty], coverRules: [])
        #expect(withDuty.meanRotaShiftHours == 28.0 / 3)
        #expect(MonthlyCommitment(amhp: nhs, hub: withDuty, month: Self.december).fteEquivalent == commitment(nhs).fteEquivalent)
        #expect(Hub(amhps: [], shiftTypes: [], coverRules: []).meanRotaShiftHours == 0)
    }

    @Test func standardWeekComesFromTheRules() {
        var rules = HubRules()
        rules.standardWeekHours = 36
        #expect(rules.standardDayHours == 7.2)
        let hours = commitment(amhp("A", .localAuthority(fte: 1.0)), rules: rules).contractedHours!
        #expect(abs(hours - 7.2 * 21) < 1e-9)
    }
}
