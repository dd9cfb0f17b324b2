import Foundation
import Workforce

/// The league as `amhp league` prints it: a plain table, or CSV (`--csv`).
extension BankHolidayLeague {
    /// The columns: place, AMHP, FTE, festive days (and per FTE), bank holidays (and per FTE),
    /// before AMHP Planner, then one column a year.
    public var header: [String] {
        ["place", "amhp_id", "name", "fte", "festive_days", "festive_per_fte", "bank_holidays", "bank_holidays_per_fte",
         "before_amhp_planner"] + years.map(String.init)
    }

    public var table: [[String]] {
        rows.enumerated().map { place, row in
            let byYear = Dictionary(row.years.map { ($0.year, $0) }, uniquingKeysWith: { first, _ in first })
            return ["\(place + 1)", row.amhpID, row.name, row.fte.map(Self.decimal) ?? "", "\(row.festiveDays)",
                    row.festiveDaysPerFTE.map(Self.decimal) ?? "", "\(row.bankHolidays)", row.bankHolidaysPerFTE.map(Self.decimal) ?? "",
                    row.opening.map(Self.opening) ?? ""]
                + years.map { byYear[$0].map(Self.yearText) ?? "" }
        }
    }

    public var csv: String { CSVDocument.make(header: header, rows: table) }

    /// Columns padded to their widest cell, least loaded first.
    public var text: String {
        let all = [header] + table
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n") + "\n"
    }

    static func decimal(_ value: Double) -> String { String(format: "%.2f", value) }

    static func opening(_ opening: Opening) -> String {
        "\(opening.bankHolidayShifts) in \(opening.months) months" + (opening.workedLastFestive ? ", last festive" : "")
    }

    static func yearText(_ year: Year) -> String {
        var parts: [String] = []
        if year.christmasDay { parts.append("Christmas") }
        if year.boxingDay { parts.append("Boxing Day") }
        if year.newYearsDay { parts.append("New Year") }
        if !year.otherBankHolidays.isEmpty { parts.append("+\(year.otherBankHolidays.count)") }
        return parts.isEmpty ? "-" : parts.joined(separator: " ")
    }
}
