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
