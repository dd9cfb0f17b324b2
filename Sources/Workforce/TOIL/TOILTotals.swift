/// Every AMHP's TOIL movement by month as running totals, so a statement, the payroll export and a
/// held balance at a month's end are read from a few sums instead of a replay of the whole ledger.
///
/// Storage keeps one row per AMHP and month (`toil_totals`), adding `changes(for:in:)` in the same
/// transaction as each append; `replay(_:)` works the same figures out from the whole ledger, and
/// `differences(from:)` is the check that the two agree (`amhp toil verify`).
///
///     let totals = TOILTotals.replay(ledger)
///     totals.statement(of: "A01", for: october) == ledger.statement(of: "A01", for: october)   // true
public struct TOILTotals: Hashable, Sendable {
    public private(set) var months: [TOILTotalsKey: TOILMonthTotals]

    public init(months: [TOILTotalsKey: TOILMonthTotals] = [:]) {
        self.months = months
    }

    /// The figures of every entry in the ledger, worked out from the start.
    public static func replay(_ ledger: TOILLedger) -> TOILTotals {
        var totals = TOILTotals()
        for entry in ledger.entries where entry.kind.voidedEntryID == nil {
            let key = TOILTotalsKey(amhpID: entry.amhpID, month: Month(containing: entry.date))
            totals.months[key, default: TOILMonthTotals()].entries += 1
            if ledger.counts(entry) { totals.months[key, default: TOILMonthTotals()].count(entry, direction: 1) }
        }
        return totals
    }

    /// What appending `newEntries` adds to the totals, by AMHP and month; `ledger` already holds them.
    ///
    /// Only the months the entries are dated in change: a correction takes the entry it cancels back
    /// out of that entry's month, which is its own.
    public static func changes(for newEntries: [TOILEntry], in ledger: TOILLedger) -> [TOILTotalsKey: TOILMonthTotals] {
        var changes: [TOILTotalsKey: TOILMonthTotals] = [:]
        for entry in newEntries where entry.kind.voidedEntryID == nil {
            let key = TOILTotalsKey(amhpID: entry.amhpID, month: Month(containing: entry.date))
            changes[key, default: TOILMonthTotals()].entries += 1
            if let corrected = entry.kind.correctedEntryID.flatMap(ledger.entry(id:)) {
                changes[key, default: TOILMonthTotals()].count(corrected, direction: -1)
            } else {
                changes[key, default: TOILMonthTotals()].count(entry, direction: 1)
            }
        }
        return changes
    }

    /// Adds `changes` (from `changes(for:in:)`) to these totals.
    public mutating func apply(_ changes: [TOILTotalsKey: TOILMonthTotals]) {
        for (key, change) in changes { months[key, default: TOILMonthTotals()].add(change) }
    }

    /// The AMHPs with at least one entry, in id order.
    public var amhpIDs: [String] { Set(months.keys.map(\.amhpID)).sorted() }

    /// Hours held at the end of `month`'s last day: the held change of every month up to it.
    public func held(of amhpID: String, through month: Month) -> TOILHours {
        months.filter { $0.key.amhpID == amhpID && $0.key.month <= month }.map { $0.value.heldChange }.sum()
    }

    /// The month's statement, as `TOILLedger.statement(of:for:)` works it out from the entries.
    public func statement(of amhpID: String, for month: Month) -> TOILMonthStatement {
        let figures = months[TOILTotalsKey(amhpID: amhpID, month: month)] ?? TOILMonthTotals()
        let before = months.filter { $0.key.amhpID == amhpID && $0.key.month < month }.map { $0.value.heldChange }.sum()
        return TOILMonthStatement(
            amhpID: amhpID, month: month, opening: before + figures.opening, accrued: figures.accrued,
            bankHoliday: figures.bankHoliday, taken: figures.taken, adjusted: figures.adjustedCredit - figures.adjustedDebit,
            forfeited: figures.forfeited, paidOut: figures.paidOut, closing: before + figures.heldChange,
            plannedBack: figures.planned)
    }

    /// Every AMHP and month whose figures here differ from `stored`, in AMHP then month order.
    public func differences(from stored: TOILTotals) -> [TOILTotalsDifference] {
        Set(months.keys).union(stored.months.keys).sorted().compactMap { key in
            let replayed = months[key] ?? TOILMonthTotals(), kept = stored.months[key] ?? TOILMonthTotals()
            return replayed == kept ? nil : TOILTotalsDifference(key: key, replayed: replayed, stored: kept)
        }
    }
}

/// One AMHP and month whose stored running totals are not what a replay of the ledger gives.
public struct TOILTotalsDifference: Hashable, Sendable, CustomStringConvertible {
    public let key: TOILTotalsKey
    public let replayed: TOILMonthTotals
    public let stored: TOILMonthTotals

    /// "A01 2026-10: taken is 9 stored but 4 by replay", one clause per figure that differs.
    public var description: String {
        let clauses = zip(stored.figures, replayed.figures).filter { $0.value != $1.value }.map { stored, replayed in
            "\(stored.name) is \(stored.value) stored but \(replayed.value) by replay"
        }
        return "\(key): " + clauses.joined(separator: ", ")
    }
}
