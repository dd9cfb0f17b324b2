import Testing
@testable import Workforce

/// Alerts (over the cap, held beyond the window), expiry by policy, and the HR overview.
@Suite struct TOILPolicyTests {
    typealias F = TOILFixture
    /// Cap 10 h, window 90 days, forfeit at expiry.
    let policy = TOILPolicy(capHours: 10, windowDays: 90, bankHolidayCreditHours: 7.4, expiry: .forfeit)

    @Test func defaults() {
        let policy = TOILPolicy()
        #expect(policy.capHours == 37 && policy.windowDays == 90 && policy.bankHolidayCreditHours == 7.4)
        #expect(policy.expiry == .alertOnly)
        #expect(policy.deadline(forHoursEarnedOn: F.date(1)) == F.date(30, 12))
    }

    @Test func holdingTheCapIsFineAndAHundredthMoreIsNot() throws {
        let atCap = try F.ledger(F.accrued("e1", F.date(1), 10))
        #expect(atCap.alerts(asOf: F.date(1), policy: policy) == [])
        let over = try F.ledger(F.accrued("e1", F.date(1), 10.01))
        let alerts = over.alerts(asOf: F.date(1), policy: policy)
        #expect(alerts == [TOILAlert(amhpID: F.amy, kind: .overCap(held: 10.01, cap: 10), asOf: F.date(1))])
        #expect(alerts.first?.message == "A01 holds 10.01 h of TOIL on 2026-10-01, over the cap of 10 h by 0.01 h.")
    }

    /// Earned on 1 Oct with a 90-day window: due by 30 Dec, held beyond the window from 31 Dec.
    @Test func theWindowEndsNinetyDaysAfterEarning() throws {
        let ledger = try F.ledger(F.accrued("e1", F.date(1), 2), F.accrued("e2", F.date(2), 3))
        #expect(ledger.alerts(asOf: F.date(30, 12), policy: policy) == [])
        let alerts = ledger.alerts(asOf: F.date(31, 12), policy: policy)
        #expect(alerts == [TOILAlert(amhpID: F.amy, kind: .heldBeyondWindow(hours: 2, oldest: F.date(1), deadline: F.date(30, 12),
                                                                         windowDays: 90), asOf: F.date(31, 12))])
        #expect(alerts.first?.message == "A01 holds 2 h of TOIL earned more than 90 days before 2026-12-31; the oldest, earned on 2026-10-01, was due to be taken by 2026-12-30.")
        #expect(ledger.alerts(asOf: F.date(1, 1, 2027), policy: policy).first?.kind
            == .heldBeyondWindow(hours: 5, oldest: F.date(1), deadline: F.date(30, 12), windowDays: 90))
    }

    @Test func alertsComeByAMHPCapFirst() throws {
        let ledger = try F.ledger(F.accrued("e1", F.date(1), 12, amhp: F.beth), F.accrued("e2", F.date(1), 1))
        let kinds = ledger.alerts(asOf: F.date(1, 1, 2027), policy: policy).map { "\($0.amhpID) \($0.kind)".prefix(12) }
        #expect(kinds == ["A01 heldBeyo", "A02 overCap(", "A02 heldBeyo"])
    }

    @Test func takingTheOldHoursClearsTheWindowAlert() throws {
        let ledger = try F.ledger(F.accrued("e1", F.date(1), 2), F.accrued("e2", F.date(20), 3), F.taken("t1", F.date(25, 12), 2))
        #expect(ledger.alerts(asOf: F.date(31, 12), policy: policy) == [])
    }

    // MARK: - Expiry

    @Test func alertOnlyExpiresNothing() throws {
        var alertOnly = policy
        alertOnly.expiry = .alertOnly
        let ledger = try F.ledger(F.accrued("e1", F.date(1), 2))
        #expect(ledger.expire(asOf: F.date(1, 3, 2027), policy: alertOnly, recordedBy: "system") == [])
    }

    @Test(arguments: [(TOILPolicy.Expiry.forfeit, TOILEntryKind.forfeited), (.payOut, .paidOut)])
    func expiryAppendsWhatPolicySays(expiry: TOILPolicy.Expiry, kind: TOILEntryKind) throws {
        var rule = policy
        rule.expiry = expiry
        var ledger = try F.ledger(F.accrued("e1", F.date(1), 2), F.accrued("e2", F.date(2), 3), F.accrued("e3", F.date(1, 12), 4))
        let expired = ledger.expire(asOf: F.date(1, 1, 2027), policy: rule, recordedBy: "system")
        #expect(expired == [TOILEntry(id: "\(kind.code)-A01-2027-01-01", amhpID: F.amy, kind: kind, date: F.date(1, 1, 2027),
                                      hours: 5, reason: "Held beyond the 90-day window (oldest earned 2026-10-01); rules.yaml expiry: \(expiry.rawValue).",
                                      recordedBy: "system")])
        for entry in expired { try ledger.append(entry) }
        let balance = ledger.balance(of: F.amy, asOf: F.date(1, 1, 2027))
        #expect(balance.lots == [TOILLot(accrualDate: F.date(1, 12), hours: 4, sourceEntryID: "e3")])
        #expect(ledger.alerts(asOf: F.date(1, 1, 2027), policy: rule) == [])
        #expect(ledger.expire(asOf: F.date(1, 1, 2027), policy: rule, recordedBy: "system") == [], "expiry is idempotent once appended")
        #expect(ledger.invariantViolations() == [])
    }

    @Test func hoursPlannedBackAreNotExpired() throws {
        let ledger = try F.ledger(F.accrued("e1", F.date(1), 5), F.accrued("e2", F.date(1, 12), 4),
                                  F.planned("p1", F.date(8, 1, 2027), 3, recordedOn: F.date(20, 12)))
        let expired = ledger.expire(asOf: F.date(1, 1, 2027), policy: policy, recordedBy: "system") { "x-\($0)" }
        #expect(expired.map(\.id) == ["x-A01"])
        #expect(expired.map(\.hours) == [2])
        var appended = ledger
        for entry in expired { try appended.append(entry) }
        #expect(appended.balance(of: F.amy, asOf: F.date(1, 1, 2027)).available == 4)
    }

    // MARK: - HR overview

    @Test func overviewListsEveryAMHP() throws {
        let ledger = try F.ledger(F.accrued("e1", F.date(1), 12), amhpIDs: [F.amy, F.beth, "A03"])
        let rows = ledger.overview(month: F.october, asOf: F.date(31), policy: policy)
        #expect(rows.map(\.amhpID) == [F.amy, F.beth, "A03"])
        #expect(rows[0].balance.held == 12 && rows[0].statement.accrued == 12 && rows[0].alerts.count == 1)
        #expect(rows[1].balance.held == 0 && rows[1].alerts == [])
    }
}
