import Vapor

/// The hub's published rota of a month as every role sees it: shift codes, coordinators, and
/// "off" for an absence, never its kind or reason.
struct TeamRotaDTO: Content {
    let month: String
    let published: Bool
    /// The published version shown; nil when none.
    let version: Int?
    let days: [TeamDayDTO]
    let shiftTypes: [TeamShiftTypeDTO]
    let people: [TeamPersonDTO]
}

struct TeamDayDTO: Content {
    let date: String
    let day: Int
    let weekday: String
    /// The bank holiday's name, if the day is one.
    let bankHoliday: String?
}

struct TeamShiftTypeDTO: Content {
    let code: String
    let name: String
    let start: String
    let end: String
    let night: Bool
}

struct TeamPersonDTO: Content {
    let amhpID: String
    let name: String
    let cells: [TeamCellDTO]
}

/// One person's day: a shift code, "off" (absent, for whatever reason), or nil (not on the rota).
struct TeamCellDTO: Content {
    let date: String
    let shift: String?
    let coordinator: Bool
}

/// Who is on the shift running now, and on tonight's night shift.
struct TeamNowDTO: Content {
    /// The hub's local date and time the answer is for: "2026-12-05 14:00".
    let at: String
    let now: [TeamShiftOnDTO]
    let tonight: [TeamShiftOnDTO]
}

/// One shift on one date and who works it, the coordinator first.
struct TeamShiftOnDTO: Content {
    let date: String
    let shift: String
    let name: String
    let start: String
    let end: String
    let people: [TeamOnShiftPersonDTO]
}

struct TeamOnShiftPersonDTO: Content {
    let amhpID: String
    let name: String
    let coordinator: Bool
}

/// The bank-holiday and festive league table (`BankHolidayLeague`).
struct LeagueDTO: Content {
    let years: [Int]
    let rows: [LeagueRowDTO]
}

struct LeagueRowDTO: Content {
    let amhpID: String
    let name: String
    let fte: Double?
    let festiveDays: Int
    let bankHolidays: Int
    let festiveDaysPerFte: Double?
    let bankHolidaysPerFte: Double?
    /// history.csv's totals from before AMHP Planner; nil when it has no row for the AMHP.
    let beforePlanner: LeagueOpeningDTO?
    let years: [LeagueYearDTO]
}

struct LeagueOpeningDTO: Content {
    let months: Int
    let bankHolidayShifts: Int
    let workedLastFestive: Bool
}

struct LeagueYearDTO: Content {
    let year: Int
    let christmasDay: Bool
    let boxingDay: Bool
    let newYearsDay: Bool
    let otherBankHolidays: [String]
    let bankHolidays: Int
}
