import Workforce

/// Who worked Christmas Day, Boxing Day, New Year's Day and the other bank holidays, year by year,
/// counted per FTE and sorted so that the least loaded come first: who should work the next one.
///
/// Built from published rotas (the latest version of each month) and the opening totals of
/// `history.csv`, which records only a count of bank-holiday shifts and whether the AMHP worked the
/// last festive season: those are shown as "before AMHP Planner". Nothing in it says why anyone
/// did not work: it holds no absence.
///
///     let league = BankHolidayLeague(hub: hub, rotas: published)
///     league.rows.first?.name   // the AMHP who has worked the fewest bank holidays per FTE
public struct BankHolidayLeague: Hashable, Sendable {
    /// One AMHP's bank holidays in one calendar year.
    public struct Year: Hashable, Sendable {
        public let year: Int
        public let christmasDay: Bool
        public let boxingDay: Bool
        public let newYearsDay: Bool
        /// Bank holidays worked that are not one of the three festive days, with their names.
        public let otherBankHolidays: [String]

        /// The three festive days worked this year.
        public var festiveDays: Int { [christmasDay, boxingDay, newYearsDay].filter { $0 }.count }
        /// Every bank holiday worked this year: festive days that are bank holidays, and the rest.
        public let bankHolidays: Int
    }

    /// What `history.csv` says of the months before AMHP Planner: totals only.
    public struct Opening: Hashable, Sendable {
        public let months: Int
        public let bankHolidayShifts: Int
        public let workedLastFestive: Bool
    }

    public struct Row: Hashable, Sendable {
        public let amhpID: String
        public let name: String
        /// FTE, or for an NHS AMHP the FTE their agreed shifts amount to; nil when it is 0.
        public let fte: Double?
        public let years: [Year]
        public let opening: Opening?
        /// Festive days worked: in published rotas, plus 1 when history.csv says they worked the last festive season.
        public let festiveDays: Int
        /// Bank holidays worked: in published rotas, plus history.csv's opening count.
        public let bankHolidays: Int

        /// Bank holidays per FTE; nil without an FTE.
        public var bankHolidaysPerFTE: Double? { fte.map { Double(bankHolidays) / $0 } }
        /// Festive days per FTE; nil without an FTE.
        public var festiveDaysPerFTE: Double? { fte.map { Double(festiveDays) / $0 } }
    }

    /// Least loaded per FTE first (festive days per FTE, then bank holidays per FTE, then name);
    /// an AMHP without an FTE comes last.
    public let rows: [Row]
    /// The calendar years the published rotas cover, oldest first.
    public let years: [Int]

    /// - Parameters:
    ///   - rotas: each month's latest published rota.
    ///   - fromYear: leave out years before this (the opening totals are kept).
    public init(hub: Hub, rotas: [Rota], fromYear: Int? = nil) {
        let kept = rotas.filter { fromYear == nil || $0.month.year >= (fromYear ?? 0) }
        var calendars: [Month: HubCalendar] = [:]
        for rota in kept { calendars[rota.month] = hub.calendar(for: rota.month) }
        let worked = Dictionary(grouping: kept.flatMap { rota in
            rota.assignments.compactMap { assignment -> (String, LocalDate, String)? in
                guard let calendar = calendars[rota.month] else { return nil }
                let festive = HubCalendar.isFestiveDay(assignment.date)
                guard let name = calendar.bankHolidayName(assignment.date) ?? (festive ? Self.festiveName(assignment.date) : nil)
                else { return nil }
                return (assignment.amhpID, assignment.date, name)
            }
        }, by: { $0.0 })
        years = Array(Set(kept.map { $0.month.year })).sorted()
        let unsorted = hub.amhps.map { amhp in
            Self.row(amhp, worked: worked[amhp.id] ?? [], opening: hub.history(for: amhp.id), fte: Self.fte(of: amhp, hub: hub),
                     calendars: calendars)
        }
        rows = unsorted.sorted(by: Self.lessLoaded)
    }

    static func row(_ amhp: AMHP, worked: [(String, LocalDate, String)], opening: FairnessHistory?, fte: Double?,
                    calendars: [Month: HubCalendar]) -> Row {
        // One shift a day counts once, however many shifts the AMHP has that day.
        var days: [LocalDate: String] = [:]
        for (_, date, name) in worked { days[date] = name }
        let byYear = Dictionary(grouping: days, by: { $0.key.year })
        let years = byYear.keys.sorted().map { year -> Year in
            let dates = byYear[year] ?? []
            func has(_ month: Int, _ day: Int) -> Bool { dates.contains { $0.key.month == month && $0.key.day == day } }
            let bankHolidays = dates.filter { calendars[Month(containing: $0.key)]?.isBankHoliday($0.key) ?? false }
            let others = dates.filter { !HubCalendar.isFestiveDay($0.key) }.sorted { $0.key < $1.key }.map { "\($0.value) (\($0.key))" }
            return Year(year: year, christmasDay: has(12, 25), boxingDay: has(12, 26), newYearsDay: has(1, 1),
                        otherBankHolidays: others, bankHolidays: bankHolidays.count)
        }
        let history = opening.map { Opening(months: $0.months, bankHolidayShifts: $0.bankHolidayShifts, workedLastFestive: $0.workedLastFestive) }
        return Row(amhpID: amhp.id, name: amhp.name, fte: fte, years: years, opening: history,
                   festiveDays: years.map(\.festiveDays).reduce(0, +) + (history?.workedLastFestive == true ? 1 : 0),
                   bankHolidays: years.map(\.bankHolidays).reduce(0, +) + (history?.bankHolidayShifts ?? 0))
    }

    /// The FTE the hub counts the AMHP at, as `MonthlyCommitment` does for a whole month: a local
    /// authority AMHP's FTE; an NHS AMHP's agreed shifts costed at the mean rota shift over a
    /// full-time month (52/12 standard weeks). Nil when it comes to 0.
    public static func fte(of amhp: AMHP, hub: Hub) -> Double? {
        let fte: Double
        switch amhp.employment {
        case .localAuthority(let value):
            fte = value
        case .nhs(_, let shiftsPerMonth):
            fte = shiftsPerMonth * hub.meanRotaShiftHours / (hub.rules.standardWeekHours * 52 / 12)
        }
        return fte > 0 ? fte : nil
    }

    static func lessLoaded(_ left: Row, _ right: Row) -> Bool {
        let infinity = Double.infinity
        let leftKey = (left.festiveDaysPerFTE ?? infinity, left.bankHolidaysPerFTE ?? infinity)
        let rightKey = (right.festiveDaysPerFTE ?? infinity, right.bankHolidaysPerFTE ?? infinity)
        if leftKey != rightKey { return leftKey < rightKey }
        return (left.name, left.amhpID) < (right.name, right.amhpID)
    }

    static func festiveName(_ date: LocalDate) -> String {
        switch (date.month, date.day) {
        case (12, 25): "Christmas Day"
        case (12, 26): "Boxing Day"
        default: "New Year's Day"
        }
    }
}
