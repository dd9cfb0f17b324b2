extension TOILLedger {
    /// An AMHP's balance at the end of `date`: held hours with their lots (oldest first) and hours planned back.
    ///
    /// Everything dated on or before `date` counts; a plan reserves hours from the day it was recorded
    /// until a taking on or after its date uses them.
    public func balance(of amhpID: String, asOf date: LocalDate) -> TOILBalance {
        let timeline = timeline(of: amhpID, through: date)
        return TOILBalance(amhpID: amhpID, asOf: date, held: timeline.held, planned: timeline.planned, lots: timeline.lots)
    }

    /// One AMHP's entries dated within `range`, in date order (then recording order); corrections included.
    public func movements(of amhpID: String, in range: DateRange) -> [TOILEntry] {
        effectiveOrder(of: amhpID).map(\.entry).filter { range.contains($0.date) }
    }

    /// One AMHP's whole history in date order (then recording order), with a running total of held hours.
    ///
    /// A correction carries the date of the entry it cancels, so it appears right after it and the
    /// running total is back to the restated balance by the end of that day.
    public func history(of amhpID: String) -> [TOILHistoryLine] {
        var held = TOILHours.zero
        return effectiveOrder(of: amhpID).map { sequence, entry in
            let signed = signedHours(of: entry)
            held += signed
            return TOILHistoryLine(entry: entry, sequence: sequence, signedHours: signed, heldAfter: held,
                                   correctedBy: corrections[entry.id])
        }
    }

    /// Hours published rotas plan back for an AMHP on days of `month` (corrected plans excluded),
    /// whether or not they have been taken yet: what the rota engine reads.
    public func plannedBack(of amhpID: String, in month: Month) -> TOILHours {
        entries(of: amhpID)
            .filter { $0.kind == .planned && counts($0) && month.range.contains($0.date) }
            .map(\.hours).sum()
    }

    /// An AMHP's movement in a month: opening and closing held hours and what moved between them.
    ///
    /// An opening balance entered in the month (`TOILEntryKind.opening`, dated when the hours were
    /// earned) counts in `opening`, never in `adjusted`: it is TOIL the person already held.
    public func statement(of amhpID: String, for month: Month) -> TOILMonthStatement {
        let counted = entries(of: amhpID).filter { counts($0) && month.range.contains($0.date) }
        func total(_ kind: TOILEntryKind) -> TOILHours { counted.filter { $0.kind == kind }.map(\.hours).sum() }
        return TOILMonthStatement(
            amhpID: amhpID, month: month,
            opening: timeline(of: amhpID, through: month.firstDay.adding(days: -1)).held + total(.opening),
            accrued: total(.accrued), bankHoliday: total(.bankHolidayWorked), taken: total(.taken),
            adjusted: total(.adjustment(.credit)) - total(.adjustment(.debit)),
            forfeited: total(.forfeited), paidOut: total(.paidOut),
            closing: timeline(of: amhpID, through: month.lastDay).held,
            plannedBack: plannedBack(of: amhpID, in: month))
    }

    /// An AMHP's entries with their sequence numbers, by date then recording order.
    private func effectiveOrder(of amhpID: String) -> [(sequence: Int, entry: TOILEntry)] {
        (positionsByAMHP[amhpID] ?? [])
            .map { (sequence: $0, entry: entries[$0]) }
            .sorted { ($0.entry.date.dayNumber, $0.sequence) < ($1.entry.date.dayNumber, $1.sequence) }
    }
}
