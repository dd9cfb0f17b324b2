import Testing
@testable import Workforce

/// Balances, oldest-first lots, plans, corrections and back-dated entries, each worked by hand.
@Suite struct TOILLedgerTests {
    typealias F = TOILFixture

    /// The example: 5 h on 1 Oct and 3 h on 10 Oct; taking 6 h on 20 Oct uses all of the first
    /// lot and 1 h of the second, leaving 2 h dated 10 Oct.
    @Test func oldestHoursAreUsedFirst() throws {
        let ledger = try F.ledger(F.accrued("e1", F.date(1), 5), F.accrued("e2", F.date(10), 3), F.taken("t1", F.date(20), 6))
        let balance = ledger.balance(of: F.amy, asOf: F.date(20))
        #expect(balance.held == 2)
        #expect(balance.lots == [TOILLot(accrualDate: F.date(10), hours: 2, sourceEntryID: "e2")])
        #expect(balance.oldestLotDate == F.date(10))
        #expect(balance.oldestLotAge == 10)
        let before = ledger.balance(of: F.amy, asOf: F.date(19))
        #expect(before.held == 8 && before.lots.map(\.hours) == [5, 3] && before.oldestLotAge == 18)
        #expect(ledger.balance(of: F.amy, asOf: F.date(30, 9)) == TOILBalance(amhpID: F.amy, asOf: F.date(30, 9), held: 0, planned: 0, lots: []))
        #expect(ledger.balance(of: F.amy, asOf: F.date(30, 9)).oldestLotAge == nil)
    }

    @Test func everyDebitUsesTheOldestLots() throws {
        let ledger = try F.ledger(
            F.accrued("e1", F.date(1), 2), F.accrued("e2", F.date(2), 2), F.accrued("e3", F.date(3), 2),
            F.entry("f1", .forfeited, F.date(4), 1), F.entry("p1", .paidOut, F.date(5), 2),
            F.entry("d1", .adjustment(.debit), F.date(6), 0.5))
        #expect(ledger.balance(of: F.amy, asOf: F.date(6)).lots == [
            TOILLot(accrualDate: F.date(2), hours: 0.5, sourceEntryID: "e2"),
            TOILLot(accrualDate: F.date(3), hours: 2, sourceEntryID: "e3"),
        ])
    }

    @Test func balancesAreKeptPerAMHP() throws {
        let ledger = try F.ledger(F.accrued("e1", F.date(1), 5), F.accrued("e2", F.date(1), 3, amhp: F.beth),
                                  F.taken("t1", F.date(2), 1, amhp: F.beth))
        #expect(ledger.balance(of: F.amy, asOf: F.date(31)).held == 5)
        #expect(ledger.balance(of: F.beth, asOf: F.date(31)).held == 2)
        #expect(ledger.amhpIDsWithEntries == [F.amy, F.beth])
        #expect(ledger.entries(of: F.beth).map(\.id) == ["e2", "t1"])
    }

    // MARK: - Plans

    /// A plan reserves hours from the day the rota is published until the taking on its date uses them.
    @Test func aPlanReservesHoursUntilTaken() throws {
        var ledger = try F.ledger(F.accrued("e1", F.date(1), 8), F.planned("p1", F.date(12, 11), 5, recordedOn: F.date(20)))
        #expect(ledger.balance(of: F.amy, asOf: F.date(19)).planned == 0)
        let published = ledger.balance(of: F.amy, asOf: F.date(20))
        #expect(published.held == 8 && published.planned == 5 && published.available == 3)
        #expect(F.refusal(F.taken("t0", F.date(1, 11), 4), to: ledger)
            == .insufficientHours(entryID: "t0", date: F.date(1, 11), needed: 4, held: 8, planned: 5))
        try ledger.append(F.taken("t0", F.date(1, 11), 3))
        try ledger.append(F.taken("t1", F.date(12, 11), 5))
        let after = ledger.balance(of: F.amy, asOf: F.date(12, 11))
        #expect(after.held == 0 && after.planned == 0)
        #expect(ledger.balance(of: F.amy, asOf: F.date(11, 11)).planned == 5)
    }

    @Test func aLaterOrPartialTakingReleasesThePlan() throws {
        var ledger = try F.ledger(F.accrued("e1", F.date(1), 8), F.planned("p1", F.date(12), 6, recordedOn: F.date(2)))
        try ledger.append(F.taken("t1", F.date(14), 4))
        let balance = ledger.balance(of: F.amy, asOf: F.date(14))
        #expect(balance.held == 4 && balance.planned == 2 && balance.available == 2)
    }

    @Test func plannedBackIsWhatRotasPlanInTheMonth() throws {
        let plan = F.planned("p2", F.date(20, 11), 2, recordedOn: F.date(25))
        var ledger = try F.ledger(
            F.accrued("e1", F.date(1), 20), F.planned("p1", F.date(30), 3, recordedOn: F.date(25)), plan,
            F.planned("p3", F.date(21, 11), 4, recordedOn: F.date(25)), F.planned("p4", F.date(1, 12), 1, recordedOn: F.date(25)))
        #expect(ledger.plannedBack(of: F.amy, in: F.november) == 6)
        #expect(ledger.plannedBack(of: F.amy, in: F.october) == 3)
        try ledger.append(F.correction("c1", of: plan, recordedOn: F.date(26)))
        #expect(ledger.plannedBack(of: F.amy, in: F.november) == 4)
        #expect(ledger.plannedBack(of: F.beth, in: F.november) == 0)
        try ledger.append(F.taken("t1", F.date(30), 3, recordedOn: F.date(30)))
        #expect(ledger.plannedBack(of: F.amy, in: F.october) == 3, "taken plans still count as planned back")
    }

    // MARK: - Corrections

    @Test func aCorrectedTakingGivesTheOriginalLotBack() throws {
        let taking = F.taken("t1", F.date(20), 4)
        var ledger = try F.ledger(F.accrued("e1", F.date(1), 5), F.accrued("e2", F.date(10), 3), taking)
        try ledger.append(F.correction("c1", of: taking, recordedOn: F.date(2, 11)))
        #expect(ledger.balance(of: F.amy, asOf: F.date(31)).lots.map(\.accrualDate) == [F.date(1), F.date(10)])
        #expect(ledger.balance(of: F.amy, asOf: F.date(31)).held == 8)
        #expect(ledger.entry(id: "t1") == taking, "the corrected entry is kept, unedited")
    }

    @Test func historyShowsBothTheEntryAndItsCorrection() throws {
        let wrong = F.accrued("e2", F.date(10), 5)
        var ledger = try F.ledger(F.accrued("e1", F.date(1), 2), wrong, F.taken("t1", F.date(20), 1))
        try ledger.append(F.correction("c1", of: wrong, recordedOn: F.date(25)))
        try ledger.append(F.accrued("e3", F.date(10), 3, recordedOn: F.date(25)))
        let lines = ledger.history(of: F.amy)
        #expect(lines.map(\.entry.id) == ["e1", "e2", "c1", "e3", "t1"])
        #expect(lines.map(\.signedHours) == [2, 5, -5, 3, -1])
        #expect(lines.map(\.heldAfter) == [2, 7, 2, 5, 4])
        #expect(lines.map(\.sequence) == [0, 1, 3, 4, 2])
        #expect(lines.map(\.correctedBy) == [nil, "c1", nil, nil, nil])
        #expect(ledger.balance(of: F.amy, asOf: F.date(31)).lots.map(\.hours) == [1, 3])
    }

    // MARK: - Back-dated entries

    /// A back-dated credit is older than hours already held, so later takings are restated to use it first.
    @Test func aBackDatedCreditRestatesLaterTakings() throws {
        var ledger = try F.ledger(F.accrued("e1", F.date(10), 3), F.taken("t1", F.date(20), 2))
        #expect(ledger.balance(of: F.amy, asOf: F.date(20)).lots.map(\.hours) == [1])
        try ledger.append(F.accrued("e0", F.date(5), 4, recordedOn: F.date(25)))
        #expect(ledger.balance(of: F.amy, asOf: F.date(25)).lots == [
            TOILLot(accrualDate: F.date(5), hours: 2, sourceEntryID: "e0"),
            TOILLot(accrualDate: F.date(10), hours: 3, sourceEntryID: "e1"),
        ])
        #expect(ledger.balance(of: F.amy, asOf: F.date(6)).held == 4)
        #expect(ledger.entries.map(\.id) == ["e1", "t1", "e0"], "the ledger stays in recording order")
        #expect(ledger.invariantViolations() == [])
    }

    @Test func aBackDatedTakingUsesWhatWasHeldThen() throws {
        var ledger = try F.ledger(F.accrued("e1", F.date(1), 3), F.accrued("e2", F.date(10), 3))
        #expect(F.refusal(F.taken("t0", F.date(5), 4, recordedOn: F.date(12)), to: ledger)
            == .insufficientHours(entryID: "t0", date: F.date(5), needed: 4, held: 3, planned: 0))
        try ledger.append(F.taken("t0", F.date(5), 2, recordedOn: F.date(12)))
        #expect(ledger.balance(of: F.amy, asOf: F.date(12)).lots.map(\.hours) == [1, 3])
    }

    // MARK: - Movements and statements

    @Test func movementsAreTheMonthsEntriesInDateOrder() throws {
        let ledger = try F.ledger(F.accrued("e1", F.date(30, 9), 5, recordedOn: F.date(1)), F.accrued("e2", F.date(10), 3),
                                  F.taken("t1", F.date(2, 11), 1), F.accrued("e0", F.date(3), 1, recordedOn: F.date(2, 11)))
        #expect(ledger.movements(of: F.amy, in: F.october.range).map(\.id) == ["e0", "e2"])
        #expect(ledger.movements(of: F.amy, in: DateRange(first: F.date(30, 9), last: F.date(2, 11))!).map(\.id)
            == ["e1", "e0", "e2", "t1"])
    }

    @Test func aStatementExplainsTheMonth() throws {
        let wrong = F.accrued("e4", F.date(12), 9)
        var ledger = try F.ledger(
            F.accrued("e1", F.date(20, 9), 10), F.accrued("e2", F.date(5), 3),
            F.entry("b1", .bankHolidayWorked, F.date(6), 7.4), F.taken("t1", F.date(7), 2),
            F.entry("a1", .adjustment(.debit), F.date(8), 0.5), F.entry("a2", .adjustment(.credit), F.date(9), 0.25),
            F.entry("f1", .forfeited, F.date(10), 1), F.entry("p1", .paidOut, F.date(11), 1.5), wrong,
            F.planned("r1", F.date(28), 1, recordedOn: F.date(20)), F.accrued("e5", F.date(1, 11), 4))
        try ledger.append(F.correction("c1", of: wrong, recordedOn: F.date(2, 11)))
        let statement = ledger.statement(of: F.amy, for: F.october)
        #expect(statement == TOILMonthStatement(amhpID: F.amy, month: F.october, opening: 10, accrued: 3, bankHoliday: 7.4,
                                                taken: 2, adjusted: -0.25, forfeited: 1, paidOut: 1.5, closing: 15.65,
                                                plannedBack: 1))
        #expect(statement.balances)
    }

    @Test func ledgersCompareByTheirEntries() throws {
        let first = try F.ledger(F.accrued("e1", F.date(1), 5))
        var second = try F.ledger()
        try second.append(F.accrued("e1", F.date(1), 5))
        #expect(first == second && first.hashValue == second.hashValue)
        #expect(first != (try F.ledger(F.accrued("e1", F.date(1), 5), amhpIDs: [F.amy])))
    }
}
