extension TOILLedger {
    /// Breaches of the policy at the end of `date`, by AMHP id: over the cap, then held beyond the window.
    public func alerts(asOf date: LocalDate, policy: TOILPolicy) -> [TOILAlert] {
        amhpIDsWithEntries.flatMap { amhpID in alerts(for: balance(of: amhpID, asOf: date), policy: policy) }
    }

    /// Breaches of the policy shown by one balance.
    public func alerts(for balance: TOILBalance, policy: TOILPolicy) -> [TOILAlert] {
        var alerts: [TOILAlert] = []
        if balance.held > policy.capHours {
            alerts.append(TOILAlert(amhpID: balance.amhpID, kind: .overCap(held: balance.held, cap: policy.capHours),
                                    asOf: balance.asOf))
        }
        let beyond = balance.hoursHeld(beyond: policy.windowDays)
        if beyond.isPositive, let oldest = balance.oldestLotDate {
            let kind = TOILAlert.Kind.heldBeyondWindow(hours: beyond, oldest: oldest,
                                                       deadline: policy.deadline(forHoursEarnedOn: oldest),
                                                       windowDays: policy.windowDays)
            alerts.append(TOILAlert(amhpID: balance.amhpID, kind: kind, asOf: balance.asOf))
        }
        return alerts
    }

    /// The entries the policy's expiry rule would append at the end of `date`: one per AMHP holding hours beyond the window.
    ///
    /// A pure function: the caller appends the entries (and may review them first). Hours a published
    /// rota has already planned back are left alone, since the rota has arranged for them to be taken;
    /// so an AMHP loses or is paid `max(0, hours beyond the window − hours planned)`. With
    /// `expiry: alert` nothing is returned. Entry ids are `makeID(amhpID)`, by default
    /// `"<forfeited|paid_out>-<amhp id>-<date>"`.
    public func expire(asOf date: LocalDate, policy: TOILPolicy, recordedBy: String, recordedOn: LocalDate? = nil,
                       makeID: ((String) -> String)? = nil) -> [TOILEntry] {
        let kind: TOILEntryKind
        switch policy.expiry {
        case .alertOnly: return []
        case .forfeit: kind = .forfeited
        case .payOut: kind = .paidOut
        }
        return amhpIDsWithEntries.compactMap { amhpID -> TOILEntry? in
            let balance = balance(of: amhpID, asOf: date)
            let hours = balance.hoursHeld(beyond: policy.windowDays) - balance.planned
            guard hours.isPositive, let oldest = balance.oldestLotDate else { return nil }
            let id = makeID?(amhpID) ?? "\(kind.code)-\(amhpID)-\(date)"
            let reason = "Held beyond the \(policy.windowDays)-day window (oldest earned \(oldest)); rules.yaml expiry: \(policy.expiry.rawValue)."
            return TOILEntry(id: id, amhpID: amhpID, kind: kind, date: date, hours: hours, reason: reason,
                             recordedBy: recordedBy, recordedOn: recordedOn ?? date)
        }
    }
}
