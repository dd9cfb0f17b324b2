extension TOILLedger {
    /// Checks an entry against the ledger as it stands; throws the first problem found.
    func validate(_ entry: TOILEntry) throws(TOILLedgerError) {
        try validateFields(entry)
        try validateDates(entry)
        if let correctedID = entry.kind.correctedEntryID { try validateCorrection(entry, of: correctedID) }
        if let voidedID = entry.kind.voidedEntryID { return try validateVoid(entry, of: voidedID) }
        try validateHoursAvailable(entry)
    }

    private func validateFields(_ entry: TOILEntry) throws(TOILLedgerError) {
        let id = entry.id
        guard !isBlank(id) else { throw .emptyID }
        guard positions[id] == nil, voids[id] == nil else { throw .duplicateID(id) }
        if entry.kind.voidedEntryID != nil {
            // The entry set aside may not have been readable enough to say whose it was.
            guard !isBlank(entry.reason) else { throw .missingField(entryID: id, field: "reason") }
            guard !isBlank(entry.recordedBy) else { throw .missingField(entryID: id, field: "recorded by") }
            return
        }
        guard !isBlank(entry.amhpID) else { throw .missingField(entryID: id, field: "amhp id") }
        if let amhpIDs, !amhpIDs.contains(entry.amhpID) { throw .unknownAMHP(entryID: id, amhpID: entry.amhpID) }
        guard entry.hours.isPositive else { throw .nonPositiveHours(entryID: id, hours: entry.hours) }
        guard !isBlank(entry.recordedBy) else { throw .missingField(entryID: id, field: "recorded by") }
        switch entry.kind {
        case .accrued:
            guard !isBlank(entry.reason) else { throw .missingField(entryID: id, field: "reason") }
            guard let approver = entry.approvedBy, !isBlank(approver) else { throw .missingApprover(entryID: id) }
        case .adjustment, .opening, .correction:
            guard !isBlank(entry.reason) else { throw .missingField(entryID: id, field: "reason") }
        case .bankHolidayWorked, .taken, .planned, .forfeited, .paidOut, .void:
            break
        }
    }

    private func validateDates(_ entry: TOILEntry) throws(TOILLedgerError) {
        if let last = lastRecordedOn, entry.recordedOn < last {
            throw .recordedOutOfOrder(entryID: entry.id, recordedOn: entry.recordedOn, lastRecordedOn: last)
        }
        // A correction carries the date of the entry it cancels, which was checked when that entry was appended.
        if entry.kind.correctedEntryID != nil { return }
        if entry.kind == .planned {
            guard entry.date >= entry.recordedOn else {
                throw .plannedInThePast(entryID: entry.id, date: entry.date, recordedOn: entry.recordedOn)
            }
        } else if entry.date > entry.recordedOn {
            throw .datedAfterRecording(entryID: entry.id, date: entry.date, recordedOn: entry.recordedOn)
        }
    }

    private func validateCorrection(_ entry: TOILEntry, of correctedID: String) throws(TOILLedgerError) {
        guard let corrected = self.entry(id: correctedID) else {
            throw .unknownCorrectedEntry(entryID: entry.id, correctedID: correctedID)
        }
        guard corrected.kind.correctedEntryID == nil else {
            throw .correctionOfCorrection(entryID: entry.id, correctedID: correctedID)
        }
        if let earlier = corrections[correctedID] {
            throw .alreadyCorrected(entryID: entry.id, correctedID: correctedID, correctionID: earlier)
        }
        for (field, differs) in [("AMHP", entry.amhpID != corrected.amhpID), ("date", entry.date != corrected.date),
                                 ("hours", entry.hours != corrected.hours)] where differs {
            throw .correctionMismatch(entryID: entry.id, correctedID: correctedID, field: field)
        }
    }

    /// A void moves no hours and names a stored entry that is not in the ledger: one that could not be
    /// read or broke a rule, which storage leaves out. A sound entry is put right with a correction.
    private func validateVoid(_ entry: TOILEntry, of voidedID: String) throws(TOILLedgerError) {
        guard !isBlank(voidedID) else { throw .missingField(entryID: entry.id, field: "voided entry id") }
        guard entry.hours == .zero else { throw .voidWithHours(entryID: entry.id, hours: entry.hours) }
        if let earlier = voids[voidedID] { throw .alreadyVoided(entryID: entry.id, voidedID: voidedID, voidID: earlier) }
        guard positions[voidedID] == nil else { throw .voidOfLedgerEntry(entryID: entry.id, voidedID: voidedID) }
    }

    /// Replays the AMHP's entries with the new one; any shortfall is the new entry's doing.
    private func validateHoursAvailable(_ entry: TOILEntry) throws(TOILLedgerError) {
        guard entry.kind.sign < 0 || entry.kind == .planned || entry.kind.correctedEntryID != nil else { return }
        // Taking effect after every entry of the AMHP, it can fall short only by itself.
        if entry.kind.correctedEntryID == nil, let timeline = currentReplay(followedBy: entry) {
            guard let shortfall = timeline.shortfall(applying: entry) else { return }
            throw .insufficientHours(entryID: entry.id, date: shortfall.date, needed: shortfall.needed,
                                     held: shortfall.held, planned: shortfall.planned)
        }
        var voided = Set(corrections.keys)
        if let correctedID = entry.kind.correctedEntryID { voided.insert(correctedID) }
        let replay = TOILTimeline.replay(entries(of: entry.amhpID) + [entry], voided: voided)
        guard let shortfall = replay.shortfall else { return }
        if shortfall.entryID == entry.id {
            throw .insufficientHours(entryID: entry.id, date: shortfall.date, needed: shortfall.needed,
                                     held: shortfall.held, planned: shortfall.planned)
        }
        throw .wouldOverdraw(entryID: entry.id, affectedID: shortfall.entryID, date: shortfall.date,
                             shortBy: shortfall.needed - (shortfall.held - shortfall.planned))
    }

    private func isBlank(_ text: String) -> Bool {
        text.allSatisfy(\.isWhitespace)
    }
}
