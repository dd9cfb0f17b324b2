import Testing
@testable import Workforce

/// One test per entry kind's effect, and one per error `append` can throw.
@Suite struct TOILEntryTests {
    typealias F = TOILFixture
    /// Amy holds 10 h earned on 1 October.
    let start: TOILLedger

    init() throws {
        start = try F.ledger(F.accrued("e0", F.date(1), 10))
    }

    // MARK: - Each kind

    @Test(arguments: [
        (TOILEntryKind.accrued, 13 as TOILHours, 0 as TOILHours),
        (.bankHolidayWorked, 13, 0),
        (.adjustment(.credit), 13, 0),
        (.taken, 7, 0),
        (.forfeited, 7, 0),
        (.paidOut, 7, 0),
        (.adjustment(.debit), 7, 0),
        (.planned, 10, 3),
    ])
    func eachKindMovesTheBalance(kind: TOILEntryKind, held: TOILHours, planned: TOILHours) throws {
        var ledger = start
        try ledger.append(F.entry("e1", kind, F.date(5), 3, approvedBy: "Sam", recordedOn: F.date(5)))
        let balance = ledger.balance(of: F.amy, asOf: F.date(31))
        #expect(balance.held == held)
        #expect(balance.planned == planned)
        #expect(balance.available == held - planned)
        #expect(ledger.signedHours(of: ledger.entries[1]) == TOILHours(hundredths: 300 * kind.sign))
        #expect(ledger.invariantViolations() == [])
    }

    @Test func aCorrectionCancelsTheEntry() throws {
        var ledger = start
        try ledger.append(F.correction("c1", of: start.entries[0], recordedOn: F.date(2)))
        #expect(ledger.balance(of: F.amy, asOf: F.date(31)).held == .zero)
        #expect(ledger.signedHours(of: ledger.entries[1]) == -10)
        #expect(ledger.correction(of: "e0")?.id == "c1")
        #expect(!ledger.counts(ledger.entries[0]) && !ledger.counts(ledger.entries[1]))
        #expect(ledger.entries.count == 2)
    }

    @Test(arguments: [TOILEntryKind.accrued, .bankHolidayWorked, .taken, .planned, .forfeited, .paidOut,
                      .adjustment(.credit), .adjustment(.debit), .correction(of: "e7")])
    func codesReadBack(kind: TOILEntryKind) {
        #expect(TOILEntryKind(code: kind.code, correctedEntryID: kind.correctedEntryID) == kind)
    }

    @Test func unknownCodesAreRefused() {
        #expect(TOILEntryKind(code: "lent") == nil)
        #expect(TOILEntryKind(code: "correction") == nil)
    }

    @Test func bankHolidayCreditFollowsThePolicy() throws {
        let calendar = HubCalendar(years: 2026...2026)
        var policy = TOILPolicy()
        policy.bankHolidayCreditHours = 8
        let entry = try TOILEntry.bankHolidayWorked(id: "b1", amhpID: F.amy, date: F.date(25, 12), policy: policy,
                                                    calendar: calendar, recordedBy: "hr.jo")
        #expect(entry.kind == .bankHolidayWorked && entry.hours == 8 && entry.reason == "Worked Christmas Day")
        #expect(throws: TOILLedgerError.notABankHoliday(entryID: "b2", date: F.date(24, 12))) {
            try TOILEntry.bankHolidayWorked(id: "b2", amhpID: F.amy, date: F.date(24, 12), policy: policy,
                                            calendar: calendar, recordedBy: "hr.jo")
        }
    }

    // MARK: - Each error

    @Test func idsMustBePresentAndUnique() {
        #expect(F.refusal(F.taken(" ", F.date(2), 1), to: start) == .emptyID)
        #expect(F.refusal(F.taken("e0", F.date(2), 1), to: start) == .duplicateID("e0"))
    }

    @Test func requiredFields() {
        #expect(F.refusal(F.taken("e1", F.date(2), 1, amhp: ""), to: start) == .missingField(entryID: "e1", field: "amhp id"))
        let noRecorder = TOILEntry(id: "e1", amhpID: F.amy, kind: .taken, date: F.date(2), hours: 1, recordedBy: "")
        #expect(F.refusal(noRecorder, to: start) == .missingField(entryID: "e1", field: "recorded by"))
        for kind in [TOILEntryKind.accrued, .adjustment(.credit), .adjustment(.debit)] {
            let entry = F.entry("e1", kind, F.date(2), 1, reason: "", approvedBy: "Sam")
            #expect(F.refusal(entry, to: start) == .missingField(entryID: "e1", field: "reason"))
        }
        let silentCorrection = TOILEntry(id: "c1", amhpID: F.amy, kind: .correction(of: "e0"), date: F.date(1), hours: 10,
                                         reason: "", recordedBy: "hr.jo")
        #expect(F.refusal(silentCorrection, to: start) == .missingField(entryID: "c1", field: "reason"))
    }

    @Test func accruedNeedsAnApprover() {
        #expect(F.refusal(F.entry("e1", .accrued, F.date(2), 1), to: start) == .missingApprover(entryID: "e1"))
        #expect(F.refusal(F.entry("e1", .accrued, F.date(2), 1, approvedBy: "  "), to: start) == .missingApprover(entryID: "e1"))
        #expect(F.refusal(F.entry("e1", .bankHolidayWorked, F.date(2), 1), to: start) == nil)
    }

    @Test func unknownAMHPWhenIDsAreGiven() throws {
        let ledger = try F.ledger(amhpIDs: [F.amy])
        #expect(F.refusal(F.accrued("e1", F.date(1), 1, amhp: "A99"), to: ledger) == .unknownAMHP(entryID: "e1", amhpID: "A99"))
        #expect(F.refusal(F.accrued("e1", F.date(1), 1), to: ledger) == nil)
        #expect(F.refusal(F.accrued("e1", F.date(1), 1, amhp: "A99"), to: TOILLedger()) == nil)
    }

    @Test(arguments: [0, -1, -740])
    func hoursMustBePositive(hundredths: Int) {
        let hours = TOILHours(hundredths: hundredths)
        for kind in [TOILEntryKind.accrued, .taken, .adjustment(.debit), .adjustment(.credit), .planned] {
            let entry = F.entry("e1", kind, F.date(2), hours, approvedBy: "Sam")
            #expect(F.refusal(entry, to: start) == .nonPositiveHours(entryID: "e1", hours: hours))
        }
    }

    @Test func recordingOrderNeverGoesBack() throws {
        let ledger = try F.ledger(F.accrued("e0", F.date(1), 10, recordedOn: F.date(5)))
        let late = F.taken("e1", F.date(2), 1, recordedOn: F.date(4))
        #expect(F.refusal(late, to: ledger) == .recordedOutOfOrder(entryID: "e1", recordedOn: F.date(4), lastRecordedOn: F.date(5)))
        #expect(F.refusal(F.taken("e1", F.date(2), 1, recordedOn: F.date(5)), to: ledger) == nil)
    }

    @Test func onlyPlansLookAhead() {
        let early = F.taken("e1", F.date(9), 1, recordedOn: F.date(8))
        #expect(F.refusal(early, to: start) == .datedAfterRecording(entryID: "e1", date: F.date(9), recordedOn: F.date(8)))
        let stale = F.planned("p1", F.date(7), 1, recordedOn: F.date(8))
        #expect(F.refusal(stale, to: start) == .plannedInThePast(entryID: "p1", date: F.date(7), recordedOn: F.date(8)))
        #expect(F.refusal(F.planned("p1", F.date(8), 1, recordedOn: F.date(8)), to: start) == nil)
    }

    @Test func correctionsMustPointBackToACountingEntry() throws {
        let e0 = start.entries[0]
        let stray = TOILEntry(id: "c1", amhpID: F.amy, kind: .correction(of: "nope"), date: F.date(1), hours: 10,
                              reason: "x", recordedBy: "hr.jo")
        #expect(F.refusal(stray, to: start) == .unknownCorrectedEntry(entryID: "c1", correctedID: "nope"))
        var ledger = start
        try ledger.append(F.correction("c1", of: e0))
        #expect(F.refusal(F.correction("c2", of: ledger.entries[1]), to: ledger) == .correctionOfCorrection(entryID: "c2", correctedID: "c1"))
        #expect(F.refusal(F.correction("c2", of: e0), to: ledger) == .alreadyCorrected(entryID: "c2", correctedID: "e0", correctionID: "c1"))
    }

    @Test(arguments: ["AMHP", "date", "hours"])
    func correctionsMustMatchTheEntry(field: String) {
        let entry = TOILEntry(id: "c1", amhpID: field == "AMHP" ? F.beth : F.amy, kind: .correction(of: "e0"),
                              date: field == "date" ? F.date(2) : F.date(1), hours: field == "hours" ? 5 : 10,
                              reason: "x", recordedBy: "hr.jo", recordedOn: F.date(3))
        #expect(F.refusal(entry, to: start) == .correctionMismatch(entryID: "c1", correctedID: "e0", field: field))
    }

    /// Taking more than held is refused (a balance never goes negative), and so is every other debit.
    @Test(arguments: [TOILEntryKind.taken, .forfeited, .paidOut, .adjustment(.debit), .planned])
    func debitsAndPlansNeedAvailableHours(kind: TOILEntryKind) throws {
        #expect(F.refusal(F.entry("e1", kind, F.date(2), 10, recordedOn: F.date(2)), to: start) == nil)
        let refusal = F.refusal(F.entry("e1", kind, F.date(2), 10.01, recordedOn: F.date(2)), to: start)
        #expect(refusal == .insufficientHours(entryID: "e1", date: F.date(2), needed: 10.01, held: 10, planned: 0))
        guard kind != .planned else { return }
        let early = F.refusal(F.entry("e1", kind, F.date(30, 9), 1, recordedOn: F.date(2)), to: start)
        #expect(early == .insufficientHours(entryID: "e1", date: F.date(30, 9), needed: 1, held: 0, planned: 0))
    }

    @Test func plannedHoursAreNotAvailableForOtherDebits() throws {
        let ledger = try F.ledger(F.accrued("e0", F.date(1), 10), F.planned("p1", F.date(20), 6, recordedOn: F.date(2)))
        let refusal = F.refusal(F.entry("f1", .forfeited, F.date(3), 5), to: ledger)
        #expect(refusal == .insufficientHours(entryID: "f1", date: F.date(3), needed: 5, held: 10, planned: 6))
        #expect(refusal?.description == "Entry f1: needs 5 h on 2026-10-03 but only 4 h are available then (10 h held, 6 h planned). Fix: record only the hours held, record the TOIL earned first, or correct a plan that reserves them.")
    }

    @Test func aBackDatedTakingCannotStarveALaterOne() throws {
        let ledger = try F.ledger(F.accrued("e0", F.date(1), 10), F.taken("t1", F.date(20), 8))
        let backDated = F.taken("t0", F.date(10), 5, recordedOn: F.date(21))
        #expect(F.refusal(backDated, to: ledger) == .wouldOverdraw(entryID: "t0", affectedID: "t1", date: F.date(20), shortBy: 3))
    }

    @Test func aCorrectionCannotStarveALaterTaking() throws {
        let accrual = F.accrued("e1", F.date(5), 4)
        let ledger = try F.ledger(F.accrued("e0", F.date(1), 10), accrual, F.taken("t1", F.date(20), 12))
        let refusal = F.refusal(F.correction("c1", of: accrual, recordedOn: F.date(21)), to: ledger)
        #expect(refusal == .wouldOverdraw(entryID: "c1", affectedID: "t1", date: F.date(20), shortBy: 2))
        #expect(refusal?.fix == "correct t1 first, or record the hours that make it good.")
    }

    @Test func aRefusedEntryLeavesTheLedgerUnchanged() {
        var ledger = start
        #expect(throws: TOILLedgerError.self) { try ledger.append(F.taken("t1", F.date(2), 11)) }
        #expect(ledger == start)
        #expect(ledger.entry(id: "t1") == nil)
    }

    @Test func storedEntriesAreCheckedOnLoad() {
        #expect(throws: TOILLedgerError.insufficientHours(entryID: "t1", date: F.date(2), needed: 1, held: 0, planned: 0)) {
            try TOILLedger(entries: [F.taken("t1", F.date(2), 1)])
        }
    }

    @Test func everyErrorHasACauseAndAFix() {
        let errors: [TOILLedgerError] = [
            .emptyID, .duplicateID("e"), .missingField(entryID: "e", field: "reason"), .missingApprover(entryID: "e"),
            .unknownAMHP(entryID: "e", amhpID: "A"), .nonPositiveHours(entryID: "e", hours: 0),
            .recordedOutOfOrder(entryID: "e", recordedOn: F.date(1), lastRecordedOn: F.date(2)),
            .datedAfterRecording(entryID: "e", date: F.date(2), recordedOn: F.date(1)),
            .plannedInThePast(entryID: "e", date: F.date(1), recordedOn: F.date(2)),
            .unknownCorrectedEntry(entryID: "e", correctedID: "x"), .correctionOfCorrection(entryID: "e", correctedID: "x"),
            .alreadyCorrected(entryID: "e", correctedID: "x", correctionID: "y"),
            .correctionMismatch(entryID: "e", correctedID: "x", field: "date"),
            .insufficientHours(entryID: "e", date: F.date(1), needed: 1, held: 0, planned: 0),
            .wouldOverdraw(entryID: "e", affectedID: "t", date: F.date(1), shortBy: 1), .notABankHoliday(entryID: "e", date: F.date(1)),
        ]
        for error in errors {
            #expect(error.cause.hasSuffix(".") && error.fix.hasSuffix("."), "\(error)")
            #expect(error.description == "\(error.cause) Fix: \(error.fix)")
        }
    }
}
