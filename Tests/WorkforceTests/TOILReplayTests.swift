import Testing
@testable import Workforce

/// Each AMHP's replay kept by the ledger (`TOILLedger.Replay`): an entry that takes effect after all
/// of theirs is checked and applied without replaying the rest, and what it answers is always what a
/// full replay answers.
@Suite struct TOILReplayTests {
    typealias F = TOILFixture
    static let october1 = LocalDate(year: 2026, month: 10, day: 1)!

    static func entry(_ id: String, _ kind: TOILEntryKind, on date: LocalDate, hours: TOILHours, recordedOn: LocalDate? = nil) -> TOILEntry {
        TOILEntry(id: id, amhpID: "A01", kind: kind, date: date, hours: hours, reason: "Late assessment", recordedBy: "hr.jo",
                  approvedBy: "Sam (TM)", recordedOn: recordedOn ?? date)
    }

    static func isCurrent(_ ledger: TOILLedger, _ amhpID: String) -> Bool {
        if case .current? = ledger.replays[amhpID] { return true }
        return false
    }

    /// Jo Bloggs (A01) earns and takes hours day by day: the replay stays current. A back-dated accrual
    /// makes it stale (the hours restate who used what), and a refresh makes it current again.
    @Test func entriesInTheirOrderKeepTheReplayCurrentAndABackDatedOneMakesItStale() throws {
        let day2 = Self.october1.adding(days: 1), day3 = Self.october1.adding(days: 2)
        var ledger = TOILLedger(amhpIDs: ["A01"])
        #expect(ledger.replays["A01"] == nil, "zero case: no entries, no replay")
        try ledger.append(Self.entry("e1", .accrued, on: Self.october1, hours: 5))
        try ledger.append(Self.entry("e2", .taken, on: day2, hours: 2))
        #expect(Self.isCurrent(ledger, "A01"))
        #expect(ledger.balance(of: "A01", asOf: day2).held == 3)

        try ledger.append(Self.entry("e3", .accrued, on: Self.october1.adding(days: -10), hours: 1, recordedOn: day3))
        #expect(!Self.isCurrent(ledger, "A01"))
        #expect(ledger.balance(of: "A01", asOf: day3).lots.map(\.sourceEntryID) == ["e1"], "the back-dated hour is used first")
        ledger.refreshReplays(of: ["A01"])
        #expect(Self.isCurrent(ledger, "A01"))
        #expect(ledger.balance(of: "A01", asOf: day3).held == 4)
    }

    /// A taking that would overdraw is refused from the kept replay, naming what was available.
    @Test func aTakingBeyondTheHoursHeldIsRefusedFromTheKeptReplay() throws {
        var ledger = TOILLedger(amhpIDs: ["A01"])
        try ledger.append(Self.entry("e1", .accrued, on: Self.october1, hours: 3))
        #expect(Self.isCurrent(ledger, "A01"))
        #expect(throws: TOILLedgerError.insufficientHours(entryID: "e2", date: Self.october1, needed: 4, held: 3, planned: .zero)) {
            try ledger.append(Self.entry("e2", .taken, on: Self.october1, hours: 4))
        }
        #expect(ledger.entries.count == 1)
    }

    /// Random operations (back-dated entries, plans, corrections, refusals): after every step each
    /// AMHP's timeline equals a full replay of their entries, and every entry is accepted exactly when
    /// a full replay with it finds no shortfall.
    @Test(arguments: 0..<60)
    func theKeptReplayAnswersAsAFullReplay(seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed) &+ 1_000)
        var ledger = TOILLedger(amhpIDs: Set(TOILPropertyTests.people))
        var today = TOILPropertyTests.start
        var current = 0
        for step in 0..<120 {
            today = today.adding(days: Int.random(in: 0...3, using: &random))
            for entry in TOILPropertyTests.operation(step: step, today: today, ledger: ledger, random: &random) {
                let fits = Self.fullReplayFits(entry, in: ledger)
                do {
                    try ledger.append(entry)
                    #expect(fits != false, "seed \(seed) step \(step): \(entry.id) accepted over a shortfall")
                } catch TOILLedgerError.insufficientHours, TOILLedgerError.wouldOverdraw {
                    #expect(fits == false, "seed \(seed) step \(step): \(entry.id) refused with the hours available")
                } catch {}
            }
            if step % 7 == 0 { ledger.refreshReplays(of: Set(TOILPropertyTests.people)) }
            for amhp in TOILPropertyTests.people {
                if Self.isCurrent(ledger, amhp) { current += 1 }
                let kept = ledger.timeline(of: amhp)
                let full = TOILTimeline.replay(ledger.entries(of: amhp), voided: Set(ledger.corrections.keys)).timeline
                #expect(kept.held == full.held && kept.planned == full.planned && kept.lots == full.lots
                        && kept.reservations.map(\.entryID) == full.reservations.map(\.entryID)
                        && kept.reservations.map(\.hours) == full.reservations.map(\.hours),
                        "seed \(seed) step \(step) \(amhp)")
            }
        }
        #expect(current > 60, "the kept replay was hardly used (seed \(seed))")
    }

    /// Whether a full replay of the AMHP's entries with `entry` finds no shortfall; nil when the
    /// entry moves no hours or is refused for another reason first.
    static func fullReplayFits(_ entry: TOILEntry, in ledger: TOILLedger) -> Bool? {
        guard entry.kind.voidedEntryID == nil, !entry.amhpID.isEmpty else { return nil }
        var voided = Set(ledger.corrections.keys)
        if let corrected = entry.kind.correctedEntryID { voided.insert(corrected) }
        return TOILTimeline.replay(ledger.entries(of: entry.amhpID) + [entry], voided: voided).shortfall == nil
    }
}
