import Testing
import Workforce
@testable import Planning

/// The register: statuses, ages, the under-18-hours flag and re-approval falling due while under.
struct RegisterTests {
    let date = PlanningFixture.date
    let range = PlanningFixture.range

    func register() -> Register {
        let hub = PlanningFixture.hub([
            PlanningFixture.amhp("A01", approval: range("2022-01-10", "2027-01-09")),      // due in 47 days
            PlanningFixture.amhp("A02", approval: range("2023-06-01", "2028-05-31")),      // due in 2028
            PlanningFixture.amhp("A03", approval: range("2024-01-01", "2028-12-31"), suspensions: [range("2026-11-01", "2026-12-31")]),
            PlanningFixture.amhp("A04", approval: range("2021-01-01", "2025-12-31")),      // lapsed
            PlanningFixture.amhp("A05", approval: range("2026-12-07", "2031-12-06")),      // approved from a later date
            PlanningFixture.amhp("A06", isEducator: true),
            PlanningFixture.amhp("A07", approval: range("2022-05-05", "2027-05-04")),      // due in 162 days
            PlanningFixture.amhp("T01", educator: "A06"),
        ])
        let log = [
            TrainingRecord(amhpID: "A01", date: date("2026-03-01"), hours: 12),
            TrainingRecord(amhpID: "A01", date: date("2026-12-01"), hours: 6),             // booked
            TrainingRecord(amhpID: "A02", date: date("2026-05-01"), hours: 10),
            TrainingRecord(amhpID: "A03", date: date("2026-01-05"), hours: 18),
            TrainingRecord(amhpID: "A06", date: date("2026-02-02"), hours: 21),
            TrainingRecord(amhpID: "A07", date: date("2025-12-10"), hours: 5.5),
            TrainingRecord(amhpID: "A07", date: date("2026-06-01"), hours: 12.5),
        ]
        let people = [PersonFacts(amhpID: "A01", dateOfBirth: date("1963-11-24")), PersonFacts(amhpID: "A02", dateOfBirth: date("1970-11-23")),
                      PersonFacts(amhpID: "A03", dateOfBirth: date("1990-05-05"))]
        return Register(data: PlanningFixture.data(hub, people: people, log: log), asOf: date("2026-11-23"))
    }

    func entry(_ id: String) -> RegisterEntry { register().entries.first { $0.amhpID == id }! }

    @Test func statusesAsOfTheDate() {
        #expect(entry("A01").status == .approved)
        #expect(entry("A03").status == .suspended)
        #expect(entry("A04").status == .expired)
        #expect(entry("A05").status == .approvedFromLater)
        #expect(entry("T01").status == .trainee)
    }

    @Test func agesTurnOnTheBirthday() {
        #expect(entry("A01").age == 62)   // 63 tomorrow
        #expect(entry("A02").age == 56)   // 56 today
        #expect(entry("A06").age == nil)
        // Of A01, A02, A03 (ages known; the lapsed A04 is out), two are 55 or over.
        #expect(abs((register().shareAged55OrOver ?? 0) - 2.0 / 3) < 1e-12)
    }

    @Test func underEighteenHoursIsFlaggedForThoseWhoNeedIt() {
        #expect(entry("A01").cpdLast12Months == 12)
        #expect(entry("A01").isUnderCPD)
        #expect(entry("A02").isUnderCPD)
        #expect(!entry("A03").isUnderCPD)
        #expect(!entry("A06").isUnderCPD)
        // Trainees, lapsed warrants and those not yet approved are not held to the 18 hours.
        #expect(!entry("T01").isUnderCPD && !entry("A04").isUnderCPD && !entry("A05").isUnderCPD)
    }

    @Test func reapprovalDueWhileUnderWithTheHoursStillNeeded() {
        let a01 = entry("A01")
        #expect(a01.reapprovalDue == date("2027-01-09"))
        #expect(a01.daysToReapproval == 47)
        #expect(a01.reapprovalDueWhileUnder)
        // Twelve months to 2027-01-09 started 2026-01-10: 12 hours done, 6 booked, 6 still needed.
        #expect(a01.cpdTowardsReapproval == 12)
        #expect(a01.hoursNeededForReapproval == 6)
        #expect(a01.bookedHours == 6)
        // A07 has 18 hours in the last twelve months, but the 5.5 of December 2025 fall outside the
        // twelve months the panel will look at (from 2026-05-05): 12.5 done, 5.5 still needed.
        let a07 = entry("A07")
        #expect(!a07.isUnderCPD && a07.daysToReapproval == 162)
        #expect(a07.cpdTowardsReapproval == 12.5 && a07.hoursNeededForReapproval == 5.5)
        #expect(a07.reapprovalDueWhileUnder)
        // A02 is under 18 hours, but re-approval is not due within a year.
        #expect(!entry("A02").reapprovalDueWhileUnder)
        #expect(entry("A02").cpdTowardsReapproval == nil)
    }
}
