import Testing
import Workforce
@testable import Planning

/// The CPD ledger: rolling twelve months, each approval year, bookings, month arithmetic.
struct CPDLedgerTests {
    let date = PlanningFixture.date

    @Test func monthsAreAddedAsCalendarMonthsClampedToTheMonthEnd() {
        #expect(date("2024-01-31").adding(months: 1) == date("2024-02-29"))
        #expect(date("2025-01-31").adding(months: 1) == date("2025-02-28"))
        #expect(date("2024-02-29").adding(months: -12) == date("2023-02-28"))
        #expect(date("2026-11-23").adding(months: 60) == date("2031-11-23"))
        #expect(date("2026-03-15").adding(months: -3) == date("2025-12-15"))
        #expect(DateRange.twelveMonths(endingOn: date("2026-11-23")) == PlanningFixture.range("2025-11-24", "2026-11-23"))
    }

    @Test func theRollingYearIncludesItsFirstDayAndNotTheDayBefore() {
        let ledger = CPDLedger(records: [
            TrainingRecord(amhpID: "A01", date: date("2025-11-23"), hours: 6),   // a day too early
            TrainingRecord(amhpID: "A01", date: date("2025-11-24"), hours: 3),
            TrainingRecord(amhpID: "A01", date: date("2026-11-23"), hours: 3.5),
            TrainingRecord(amhpID: "A01", date: date("2026-11-24"), hours: 7),   // booked, after the day
            TrainingRecord(amhpID: "A02", date: date("2026-06-01"), hours: 20),
        ])
        #expect(ledger.rollingHours(of: "A01", endingOn: date("2026-11-23")) == 6.5)
        #expect(ledger.rollingHours(of: "A02", endingOn: date("2026-11-23")) == 20)
        #expect(ledger.rollingHours(of: "A03", endingOn: date("2026-11-23")) == 0)
    }

    @Test func approvalYearsFollowTheWarrantWorkedByHand() {
        let amhp = PlanningFixture.amhp("A01", approval: PlanningFixture.range("2024-03-01", "2029-02-28"))
        let ledger = CPDLedger(records: [
            TrainingRecord(amhpID: "A01", date: date("2024-03-01"), hours: 6),
            TrainingRecord(amhpID: "A01", date: date("2025-02-28"), hours: 12),  // year 1: 18, just enough
            TrainingRecord(amhpID: "A01", date: date("2025-03-01"), hours: 10),  // year 2: 10, short
            TrainingRecord(amhpID: "A01", date: date("2026-03-01"), hours: 4),   // year 3 so far
            TrainingRecord(amhpID: "A01", date: date("2026-09-01"), hours: 14),  // booked after the as-of date
        ])
        let years = ledger.approvalYears(of: amhp, asOf: date("2026-06-15"))
        #expect(years.map(\.number) == [1, 2, 3])
        #expect(years.map(\.hours) == [18, 10, 4])
        #expect(years.map(\.isComplete) == [true, true, false])
        #expect(years[0].dates == PlanningFixture.range("2024-03-01", "2025-02-28"))
        #expect(years[2].dates == PlanningFixture.range("2026-03-01", "2027-02-28"))
        #expect(years.filter { $0.isComplete && $0.isShort }.map(\.number) == [2])
    }

    @Test func aWarrantStartingLaterHasNoYearsYetAndATraineeNone() {
        let later = PlanningFixture.amhp("A01", approval: PlanningFixture.range("2027-01-01", "2031-12-31"))
        let trainee = PlanningFixture.amhp("T01", educator: "A01")
        let ledger = CPDLedger(records: [])
        #expect(ledger.approvalYears(of: later, asOf: date("2026-11-23")).isEmpty)
        #expect(ledger.approvalYears(of: trainee, asOf: date("2026-11-23")).isEmpty)
    }
}
