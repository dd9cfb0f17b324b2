import Testing
@testable import Workforce

@Suite struct BankHolidaysTests {
    /// England and Wales bank holidays as GOV.UK publishes them (www.gov.uk/bank-holidays).
    /// 2020-2027 are the published lists; 2028-2030 follow the same rules (Easter from the ecclesiastical tables).
    static let govUK: [Int: [String]] = [
        2020: ["2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"],
        2021: ["2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28"],
        2022: ["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19",
               "2022-12-26", "2022-12-27"],
        2023: ["2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25",
               "2023-12-26"],
        2024: ["2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"],
        2025: ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"],
        2026: ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"],
        2027: ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"],
        2028: ["2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26"],
        2029: ["2029-01-01", "2029-03-30", "2029-04-02", "2029-05-07", "2029-05-28", "2029-08-27", "2029-12-25", "2029-12-26"],
        2030: ["2030-01-01", "2030-04-19", "2030-04-22", "2030-05-06", "2030-05-27", "2030-08-26", "2030-12-25", "2030-12-26"],
    ]

    @Test(arguments: 2020...2030)
    func matchesGOVUK(year: Int) throws {
        let expected = try #require(Self.govUK[year]).map { LocalDate($0)! }
        let computed = BankHolidays.englandAndWales(year: year)
        #expect(computed.map(\.date) == expected)
        #expect(computed.allSatisfy { !$0.date.isWeekend }, "bank holidays in England and Wales fall on weekdays")
    }

    @Test func oneOffChangesByProclamation() {
        func names(_ year: Int) -> [String: String] {
            Dictionary(uniqueKeysWithValues: BankHolidays.englandAndWales(year: year).map { ($0.date.description, $0.name) })
        }
        // VE Day: the early May bank holiday moved from Monday 4 to Friday 8 May 2020.
        #expect(names(2020)["2020-05-04"] == nil)
        #expect(names(2020)["2020-05-08"]?.contains("VE Day") == true)
        // Platinum Jubilee: spring bank holiday moved to Thursday 2 June, and Friday 3 June added.
        #expect(names(2022)["2022-05-30"] == nil)
        #expect(names(2022)["2022-06-02"] != nil)
        #expect(names(2022)["2022-06-03"]?.contains("Jubilee") == true)
        #expect(names(2022)["2022-09-19"]?.contains("State Funeral") == true)
        #expect(names(2023)["2023-05-08"]?.lowercased().contains("coronation") == true)
        // Without a proclamation the regular pattern holds.
        #expect(names(2021)["2021-05-03"] != nil && names(2024)["2024-05-06"] != nil)
    }

    @Test(arguments: [
        (1818, "1818-03-22"), (1943, "1943-04-25"), (2000, "2000-04-23"), (2008, "2008-03-23"), (2011, "2011-04-24"),
        (2019, "2019-04-21"), (2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2027, "2027-03-28"),
        (2038, "2038-04-25"), (2285, "2285-03-22"),
    ])
    func easterSunday(year: Int, date: String) {
        // Years outside the dates a hub may be given (1818, 2285) print the same way.
        #expect(BankHolidays.easterSunday(year: year).description == date)
        #expect(BankHolidays.easterSunday(year: year).weekday == .sunday)
    }

    @Test func easterIsAlwaysBetween22MarchAnd25April() {
        for year in 1900...2200 {
            let easter = BankHolidays.easterSunday(year: year)
            let earliest = LocalDate(year: year, month: 3, day: 22)!, latest = LocalDate(year: year, month: 4, day: 25)!
            #expect(earliest <= easter && easter <= latest && easter.weekday == .sunday, "\(year)")
        }
    }

    @Test func substituteDays() {
        func holidays(_ year: Int) -> [(String, String)] {
            BankHolidays.englandAndWales(year: year).map { ($0.date.description, $0.name) }
        }
        // Christmas on a Friday: Boxing Day (Saturday) moves to Monday 28th.
        #expect(holidays(2026).suffix(2).map(\.0) == ["2026-12-25", "2026-12-28"])
        #expect(holidays(2026).last?.1.contains("substitute") == true)
        // Christmas on a Saturday: both days move to Monday 27th and Tuesday 28th.
        #expect(holidays(2021).suffix(2).map(\.0) == ["2021-12-27", "2021-12-28"])
        // Christmas on a Sunday: Boxing Day stays on Monday 26th, Christmas moves to Tuesday 27th.
        #expect(holidays(2022).suffix(2).map(\.0) == ["2022-12-26", "2022-12-27"])
        #expect(holidays(2022).last?.1.contains("Christmas") == true)
        // New Year's Day on a Saturday (2022, 2028) or a Sunday (2023) moves to the Monday.
        #expect(holidays(2022).first?.0 == "2022-01-03")
        #expect(holidays(2023).first?.0 == "2023-01-02")
        #expect(holidays(2028).first?.0 == "2028-01-03")
        for year in 1990...2100 {
            let list = BankHolidays.englandAndWales(year: year)
            #expect(list.count >= 8 && list.allSatisfy { !$0.date.isWeekend }, "\(year)")
            #expect(Set(list.map(\.date)).count == list.count, "\(year) has no date twice")
            #expect(list.map(\.date) == list.map(\.date).sorted())
        }
    }
}
