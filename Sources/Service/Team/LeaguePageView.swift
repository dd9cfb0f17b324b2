import Foundation

/// What `league.leaf` shows: one row an AMHP, least loaded per FTE first, with each year's
/// festive days and other bank holidays and the opening totals from before AMHP Planner.
struct LeaguePageView: Encodable {
    struct Row: Encodable {
        let place: Int
        let amhpID: String
        let name: String
        let fte: String
        let festiveDays: Int
        let bankHolidays: Int
        let festivePerFTE: String
        let bankHolidaysPerFTE: String
        let before: String
        /// One cell a year, in the order of `years`.
        let years: [String]
    }

    let years: [Int]
    let rows: [Row]
    /// The `years` asked for, or "" for every year.
    let yearsShown: String

    init(_ league: LeagueDTO, yearsShown: Int?) {
        years = league.years
        self.yearsShown = yearsShown.map(String.init) ?? ""
        rows = league.rows.enumerated().map { place, row in
            let byYear = Dictionary(row.years.map { ($0.year, $0) }, uniquingKeysWith: { first, _ in first })
            return Row(place: place + 1, amhpID: row.amhpID, name: row.name, fte: row.fte.map(Self.decimal) ?? "—",
                       festiveDays: row.festiveDays, bankHolidays: row.bankHolidays,
                       festivePerFTE: row.festiveDaysPerFte.map(Self.decimal) ?? "—",
                       bankHolidaysPerFTE: row.bankHolidaysPerFte.map(Self.decimal) ?? "—",
                       before: row.beforePlanner.map(Self.before) ?? "—",
                       years: league.years.map { byYear[$0].map(Self.year) ?? "—" })
        }
    }

    static func decimal(_ value: Double) -> String { String(format: "%.2f", value) }

    static func before(_ opening: LeagueOpeningDTO) -> String {
        "\(opening.bankHolidayShifts) bank holiday\(opening.bankHolidayShifts == 1 ? "" : "s") in \(opening.months) months"
            + (opening.workedLastFestive ? "; worked the last festive season" : "")
    }

    static func year(_ year: LeagueYearDTO) -> String {
        var parts: [String] = []
        if year.christmasDay { parts.append("Christmas Day") }
        if year.boxingDay { parts.append("Boxing Day") }
        if year.newYearsDay { parts.append("New Year's Day") }
        parts += year.otherBankHolidays
        return parts.isEmpty ? "—" : parts.joined(separator: "; ")
    }
}
