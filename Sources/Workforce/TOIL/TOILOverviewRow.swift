/// One AMHP's line in the HR view: balance now, movement this month, and alerts.
public struct TOILOverviewRow: Hashable, Sendable {
    public let amhpID: String
    public let balance: TOILBalance
    public let statement: TOILMonthStatement
    public let alerts: [TOILAlert]

    public init(amhpID: String, balance: TOILBalance, statement: TOILMonthStatement, alerts: [TOILAlert]) {
        self.amhpID = amhpID
        self.balance = balance
        self.statement = statement
        self.alerts = alerts
    }
}

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
