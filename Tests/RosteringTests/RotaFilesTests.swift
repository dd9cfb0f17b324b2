import RotaCheck
import RotaReports
import Testing
import Workforce

/// coverage.csv and summary.csv on `ReportFixture`'s rota: each line's kind and maximum, duty against
/// its cap and never short, and each AMHP's rota shifts, duty and enhancement.
///
/// A Sunday night 21:00-09:00 carries 3 Sunday-night hours and 6 Monday-night ones (pay's night is
/// 20:00 to 06:00): NJC (3 × 1 + 6 × 1/3) × £22.87 = £114.35; Agenda for Change (3 × 0.6 + 6 × 0.3) × £24.96 = £89.856.
@Suite struct RotaFilesTests {
    // The files end their lines with CRLF, as Excel writes them.
    let lines = RotaFiles.coverageCSV(ReportFixture.report).split(whereSeparator: \.isNewline).map(String.init)
    let summary = RotaFiles.summaryCSV(ReportFixture.report, hub: ReportFixture.hub).split(whereSeparator: \.isNewline).map(String.init)

    @Test func coverageNamesEachLinesKindAndMaximum() {
        #expect(lines.first == "date,day_type,shift,kind,minimum,target,maximum,assigned,trainees,coordinator_required,coordinator_present,shortfall")
        // 31 dates × 3 shift types, and the header.
        #expect(lines.count == 94)
        #expect(lines.contains("2026-12-01,weekday,D,rota,1,1,2,2,0,no,yes,0"), "2 on a target of 1, within the maximum of 2")
        #expect(lines.contains("2026-12-06,sunday,N,rota,2,2,4,3,0,no,yes,0"))
        #expect(lines.contains("2026-12-07,weekday,D,rota,1,1,2,0,0,no,no,1"), "a rota shift with nobody is short")
    }

    @Test func dutyLinesCountPeopleOnDutyAgainstTheCapAndAreNeverShort() {
        #expect(lines.contains("2026-12-02,weekday,DT,duty,1,1,2,1,0,no,yes,0"))
        #expect(lines.contains("2026-12-01,weekday,DT,duty,1,1,2,0,0,no,no,0"), "duty is not cover: nobody on it is no shortfall")
        #expect(lines.contains("2026-12-05,saturday,DT,duty,0,0,0,0,0,no,no,0"), "no duty rule at weekends: a cap of 0")
    }

    @Test func summaryGivesRotaShiftsDutyAndEnhancementPerAMHP() throws {
        let header = try #require(summary.first).split(separator: ",").map(String.init)
        #expect(header == ["amhp_id", "name", "employer", "fte", "contracted_hours", "committed_shifts", "shifts", "rota_shifts",
                           "duty_shifts", "rostered_hours", "duty_hours", "nights", "weekend_shifts", "bank_holiday_shifts",
                           "requests_met", "requests_missed", "toil_plan_back_hours", "toil_planned_hours", "enhancement"])
        let rows = summary.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init))) }
        #expect(rows.count == 4, "one row per AMHP, and no total row")
        let columns = ["amhp_id", "shifts", "rota_shifts", "duty_shifts", "rostered_hours", "duty_hours", "enhancement"]
        #expect(rows.map { row in columns.map { row[$0] ?? "?" } } == [
            ["A01", "2", "2", "0", "20", "0", "80.05"],
            ["A02", "3", "2", "1", "28", "8", "80.05"],
            ["A05", "1", "1", "0", "12", "0", "89.86"],
            ["A06", "0", "0", "0", "0", "0", "0.00"],
        ])
    }
}
