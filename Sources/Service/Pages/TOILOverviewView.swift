import Workforce

/// What `toil.leaf` shows: every AMHP's balance as of a day, and the form to append an entry.
struct TOILOverviewView: Encodable {
    struct Option: Encodable {
        let value: String
        let label: String
    }

    let asOf: String
    let monthName: String
    let month: String
    let lines: [TOILBalanceLine]
    let alertCount: Int
    let kinds: [Option]
    let amhps: [Option]
    /// Payroll's CSV is HR's (the API allows only them).
    let mayExportPayroll: Bool
    /// The sentence about an entry just appended, when the page is shown after one.
    let added: String?

    init(balances: [TOILBalanceDTO], hub: Hub, ledger: TOILLedger, asOf: LocalDate, month: Month, mayExportPayroll: Bool,
         addedEntryID: String?) {
        self.asOf = "\(asOf)"
        monthName = PageText.monthName(month)
        self.month = "\(month)"
        lines = balances.map(TOILBalanceLine.init)
        alertCount = lines.filter(\.hasAlerts).count
        kinds = TOILEntryRequest.kindCodes.map { Option(value: $0, label: Self.kindLabel($0)) }
        amhps = hub.amhps.map { Option(value: $0.id, label: "\($0.name) (\($0.id))") }
        self.mayExportPayroll = mayExportPayroll
        added = addedEntryID.flatMap { ledger.entry(id: $0) }.map { entry in
            let name = hub.amhp(entry.amhpID)?.name ?? entry.amhpID
            let what = entry.kind.correctedEntryID.map { "correction of \($0)" } ?? "\(Self.kindLabel(entry.kind.code)) \(PageText.hours(entry.hours.hours)) h"
            let held = ledger.balance(of: entry.amhpID, asOf: max(entry.date, entry.recordedOn)).held.hours
            return "Entry \(entry.id) added: \(what) for \(name) (\(entry.amhpID)) on \(entry.date); they hold \(PageText.hours(held)) h."
        }
    }

    /// The entry kinds in the words HR uses.
    static func kindLabel(_ code: String) -> String {
        switch code {
        case "accrued": "accrued"
        case "bank_holiday_worked": "bank holiday worked"
        case "taken": "taken"
        case "planned": "planned back"
        case "forfeited": "forfeited"
        case "paid_out": "paid out"
        case "adjustment_credit": "adjustment (credit)"
        case "adjustment_debit": "adjustment (debit)"
        case "opening": "opening balance"
        case "correction": "correction"
        case "void": "void"
        default: code
        }
    }
}
