extension TOILLedger {
    /// Traps with the first broken invariant, naming the entry or AMHP at fault.
    ///
    /// The ledger keeps these by construction; tests call this after every operation.
    public func checkInvariants() {
        let violations = invariantViolations()
        precondition(violations.isEmpty, violations.joined(separator: "\n"))
    }

    /// Every broken invariant as a sentence naming the bad element; empty for a sound ledger.
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        var seen: [String: Int] = [:]
        var cancelled: [String: String] = [:]
        for (position, entry) in entries.enumerated() {
            if let earlier = seen[entry.id] { problems.append("entry \(entry.id) at \(position) repeats the id of entry \(earlier)") }
            seen[entry.id] = position
            if positions[entry.id] != position { problems.append("entry \(entry.id) at \(position) is indexed at \(String(describing: positions[entry.id]))") }
            if entry.kind.voidedEntryID != nil {
                if entry.hours != .zero { problems.append("void \(entry.id) has \(entry.hours), not zero hours") }
            } else if !entry.hours.isPositive {
                problems.append("entry \(entry.id) has \(entry.hours), not a positive number of hours")
            }
            if let amhpIDs, entry.kind.voidedEntryID == nil, !amhpIDs.contains(entry.amhpID) { problems.append("entry \(entry.id) is for unknown AMHP \(entry.amhpID)") }
            if position > 0, entry.recordedOn < entries[position - 1].recordedOn {
                problems.append("entry \(entry.id) is recorded on \(entry.recordedOn), before entry \(entries[position - 1].id)")
            }
            if entry.kind == .accrued, (entry.approvedBy ?? "").isEmpty { problems.append("accrued entry \(entry.id) has no approver") }
            guard let target = entry.kind.correctedEntryID else { continue }
            if let targetPosition = seen[target], targetPosition < position {
                let corrected = entries[targetPosition]
                if corrected.kind.correctedEntryID != nil { problems.append("correction \(entry.id) corrects correction \(target)") }
                if corrected.amhpID != entry.amhpID || corrected.hours != entry.hours || corrected.date != entry.date {
                    problems.append("correction \(entry.id) does not match entry \(target)")
                }
            } else {
                problems.append("correction \(entry.id) points to \(target), which is not an earlier entry")
            }
            if let other = cancelled[target] { problems.append("entry \(target) is corrected by both \(other) and \(entry.id)") }
            cancelled[target] = entry.id
        }
        if cancelled != corrections { problems.append("the index of corrections does not match the entries") }
        let voided = Dictionary(entries.compactMap { entry in entry.kind.voidedEntryID.map { ($0, entry.id) } }, uniquingKeysWith: { first, _ in first })
        if voided != voids { problems.append("the index of voids does not match the entries") }
        for (voidedID, voidID) in voids where positions[voidedID] != nil { problems.append("void \(voidID) names \(voidedID), which is in the ledger") }
        for amhpID in amhpIDsWithEntries { problems += balanceViolations(of: amhpID) }
        return problems
    }

    /// Lots positive and oldest first, summing to the held hours, which equal the signed hours of all entries.
    private func balanceViolations(of amhpID: String) -> [String] {
        var problems: [String] = []
        let replay = TOILTimeline.replay(entries(of: amhpID), voided: Set(corrections.keys))
        if let shortfall = replay.shortfall { problems.append("\(amhpID): entry \(shortfall.entryID) on \(shortfall.date) takes more than is available") }
        let timeline = replay.timeline
        for lot in timeline.lots where !lot.hours.isPositive {
            problems.append("\(amhpID): lot from entry \(lot.sourceEntryID) holds \(lot.hours)")
        }
        for (older, newer) in zip(timeline.lots, timeline.lots.dropFirst()) where older.accrualDate > newer.accrualDate {
            problems.append("\(amhpID): lot from \(newer.sourceEntryID) is older than the lot from \(older.sourceEntryID) before it")
        }
        let lotTotal = timeline.lots.map(\.hours).sum()
        if lotTotal != timeline.held { problems.append("\(amhpID): lots hold \(lotTotal) but \(timeline.held) are held") }
        let signedTotal = entries(of: amhpID).map(signedHours(of:)).sum()
        if signedTotal != timeline.held { problems.append("\(amhpID): entries' signed hours add up to \(signedTotal) but \(timeline.held) are held") }
        if timeline.planned > timeline.held { problems.append("\(amhpID): \(timeline.planned) planned but only \(timeline.held) held") }
        let reserved = timeline.reservations.map(\.hours).sum()
        if reserved != timeline.planned { problems.append("\(amhpID): plans reserve \(reserved) but \(timeline.planned) are counted as planned") }
        return problems
    }
}
