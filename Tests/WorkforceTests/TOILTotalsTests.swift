import Testing
@testable import Workforce

/// The running totals: kept up entry by entry they equal a replay of the whole ledger, and the
/// statements read from them equal the statements worked out from the entries.
@Suite struct TOILTotalsTests {
    typealias F = TOILFixture
    typealias P = TOILPropertyTests

    @Test func anEmptyLedgerHasNoTotalsAndZeroStatements() {
        let totals = TOILTotals.replay(TOILLedger())
        #expect(totals == TOILTotals())
        #expect(totals.differences(from: TOILTotals()).isEmpty)
        #expect(totals.statement(of: F.amy, for: F.october) == TOILLedger().statement(of: F.amy, for: F.october))
    }

    /// Random operations (back-dated entries, plans, corrections, expiry, refusals), the totals kept
    /// up with `changes(for:in:)` after each accepted entry, compared with a replay and the ledger.
    @Test(arguments: 0..<40)
    func runningTotalsEqualAReplay(seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed))
        var ledger = TOILLedger(amhpIDs: Set(P.people))
        var totals = TOILTotals()
        var today = P.start
        for step in 0..<90 {
            today = today.adding(days: Int.random(in: 0...4, using: &random))
            for entry in P.operation(step: step, today: today, ledger: ledger, random: &random) {
                guard (try? ledger.append(entry)) != nil else { continue }
                totals.apply(TOILTotals.changes(for: [entry], in: ledger))
            }
        }
        #expect(totals.differences(from: TOILTotals.replay(ledger)) == [], "seed \(seed)")
        var month = Month(year: 2025, month: 11)!
        while month.firstDay <= today {
            for amhp in P.people {
                #expect(totals.statement(of: amhp, for: month) == ledger.statement(of: amhp, for: month), "seed \(seed), \(amhp) \(month)")
            }
            month = month.next
        }
    }

    /// Amy earns 6 h in October and 2 h in November; the October entry is corrected in December.
    @Test func aCorrectionTakesTheCancelledHoursOutOfTheirOwnMonth() throws {
        let earned = F.accrued("e1", F.date(3), 6)
        var ledger = try TOILLedger(entries: [earned, F.accrued("e2", F.date(4, 11), 2)])
        var totals = TOILTotals.replay(ledger)
        #expect(totals.statement(of: F.amy, for: F.november).closing == 8)
        let correction = F.correction("c1", of: earned, recordedOn: F.date(1, 12))
        try ledger.append(correction)
        let changes = TOILTotals.changes(for: [correction], in: ledger)
        #expect(changes.keys.map(\.month) == [F.october])
        totals.apply(changes)
        #expect(totals == TOILTotals.replay(ledger))
        #expect(totals.statement(of: F.amy, for: F.october).accrued == 0)
        #expect(totals.statement(of: F.amy, for: F.november).opening == 0)
        #expect(totals.statement(of: F.amy, for: F.november).closing == 2)
        #expect(totals.months[TOILTotalsKey(amhpID: F.amy, month: F.october)]?.entries == 2)
    }

    /// Beth's stored taking of 4 h is recorded as 9 h in the totals: the difference names her, the month and the figure.
    @Test func aDifferenceNamesTheAMHPMonthAndFigure() throws {
        let ledger = try TOILLedger(entries: [F.accrued("e1", F.date(3), 6, amhp: F.beth), F.taken("t1", F.date(5), 4, amhp: F.beth)])
        let replayed = TOILTotals.replay(ledger)
        var months = replayed.months
        let key = TOILTotalsKey(amhpID: F.beth, month: F.october)
        months[key]?.taken = 9
        let differences = replayed.differences(from: TOILTotals(months: months))
        #expect(differences.map(\.description) == ["A02 2026-10: taken is 9 stored but 4 by replay"])
    }

    /// Amy's entries alone, with Beth's later entry recorded on 20 October: Amy's entry recorded on
    /// 10 October is refused, as the whole ledger would refuse it.
    @Test func aPartOfTheLedgerKnowsTheLastRecordingDay() throws {
        let amys = [F.accrued("e1", F.date(3), 6)]
        let part = TOILLedger(checkedEntries: amys, amhpIDs: [F.amy, F.beth], lastRecordedOn: F.date(20))
        var late = part
        #expect(throws: TOILLedgerError.recordedOutOfOrder(entryID: "t1", recordedOn: F.date(10), lastRecordedOn: F.date(20))) {
            try late.append(F.taken("t1", F.date(10), 1))
        }
        try late.append(F.taken("t2", F.date(20), 1))
        #expect(late.balance(of: F.amy, asOf: F.date(20)).held == 5)
        #expect(part == (try TOILLedger(entries: amys, amhpIDs: [F.amy, F.beth])))
    }
}
