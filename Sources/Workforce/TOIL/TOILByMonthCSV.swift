/// The TOIL ledger's figures by AMHP and month, as sufficiency planning reads them
/// (`toil_by_month.csv` in a hub folder; docs/planning.md).
///
/// Columns: `month` (YYYY-MM), `amhp_id`, `accrued_hours` (overtime accrued), `taken_hours`,
/// `paid_out_hours`, `forfeited_hours`, `entries` (how many entries are dated in the month, so a
/// month the ledger kept with nothing accrued still counts towards the months it covers).
///
///     month,amhp_id,accrued_hours,taken_hours,paid_out_hours,forfeited_hours,entries
///     2026-10,A01,8.00,6.00,0.00,0.00,3
public enum TOILByMonthCSV {
    public static let fileName = "toil_by_month.csv"
    public static let header = ["month", "amhp_id", "accrued_hours", "taken_hours", "paid_out_hours", "forfeited_hours", "entries"]

    /// The months a planning export covers: the `count` whole months before `month`, oldest first.
    public static func months(before month: Month, count: Int) -> [Month] {
        var months: [Month] = []
        var current = month.previous
        for _ in 0..<max(0, count) {
            months.insert(current, at: 0)
            current = current.previous
        }
        return months
    }

    /// One row per AMHP and month of `months` with any entry dated in it, by month then AMHP.
    public static func text(totals: TOILTotals, months: [Month]) -> String {
        let wanted = Set(months)
        let rows = totals.months.filter { wanted.contains($0.key.month) && $0.value.entries > 0 }
            .sorted { ($0.key.month, $0.key.amhpID) < ($1.key.month, $1.key.amhpID) }
            .map { key, figures in
                [key.month.description, key.amhpID, figures.accrued.fixedText, figures.taken.fixedText, figures.paidOut.fixedText,
                 figures.forfeited.fixedText, String(figures.entries)]
            }
        return CSVDocument.make(header: header, rows: rows)
    }
}
