extension TOILLedger {
    /// The AMHPs a report should list: every id the ledger was given, and everyone with an entry, in id order.
    public var reportAMHPIDs: [String] {
        Set(amhpIDs ?? []).union(amhpIDsWithEntries).sorted()
    }

    /// The HR view: for every AMHP, the balance at the end of `date`, the movement in `month`, and alerts.
    public func overview(month: Month, asOf date: LocalDate, policy: TOILPolicy) -> [TOILOverviewRow] {
        reportAMHPIDs.map { amhpID in
            let balance = balance(of: amhpID, asOf: date)
            return TOILOverviewRow(amhpID: amhpID, balance: balance, statement: statement(of: amhpID, for: month),
                                   alerts: alerts(for: balance, policy: policy))
        }
    }
}
