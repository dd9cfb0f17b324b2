import Foundation
import Testing
import Workforce
@testable import Planning

/// TOIL taken back as an abstraction (`TOILGivenBack`, `RotaFTEBasis.toilHours`): the ledger's
/// overtime over its latest twelve months, less what was paid out, per LA FTE; NHS AMHPs' left out.
@Suite struct TOILGivenBackTests {
    static let hub = PlanningFixture.hub([
        PlanningFixture.amhp("A01"),
        PlanningFixture.amhp("A02", employment: .localAuthority(fte: 0.5)),
        PlanningFixture.amhp("N01", employment: .nhs(trust: "Trust", shiftsPerMonth: 4)),
    ])

    static func month(_ text: String) -> Month { Month(text)! }

    /// Amy (A01) accrues 10 h every month of 2026 and has 12 h paid out once; Bo (A02) accrues 4 h in
    /// March; Nell (N01, NHS) accrues 20 h, not counted; Xan (X99) has left and still counts.
    @Test func namedPeopleGiveTheYearsHoursPerLocalAuthorityFTE() throws {
        var figures = (1...12).map { TOILMonthFigures(month: Self.month("2026-\($0 < 10 ? "0" : "")\($0)"), amhpID: "A01", accrued: 10) }
        figures[5] = TOILMonthFigures(month: Self.month("2026-06"), amhpID: "A01", accrued: 10, paidOut: 12)
        figures += [TOILMonthFigures(month: Self.month("2026-03"), amhpID: "A02", accrued: 4),
                    TOILMonthFigures(month: Self.month("2026-04"), amhpID: "N01", accrued: 20),
                    TOILMonthFigures(month: Self.month("2026-05"), amhpID: "X99", accrued: 6)]
        let given = try #require(TOILGivenBack(figures: figures, hub: Self.hub))
        #expect(given.months.count == 12 && given.months.first == Self.month("2026-01") && given.months.last == Self.month("2026-12"))
        #expect(given.accruedHours == 130 && given.paidOutHours == 12 && given.nhsAccruedHours == 20)
        #expect(given.localAuthorityFTE == 1.5)
        #expect(given.hoursPerYear == 118)
        #expect(abs(given.hoursPerFTE - 118 / 1.5) < 1e-9)
    }

    @Test func noRowsIsNoFigureAndTheSettingStands() {
        #expect(TOILGivenBack(figures: [], hub: Self.hub) == nil)
        let basis = RotaFTEBasis(hub: Self.hub, abstractions: PlanningSettings.Abstractions(), from: PlanningFixture.date("2027-01-01"))
        #expect(basis.toilHours == 0)
    }

    @Test func onlyTheLatestTwelveMonthsCount() throws {
        let figures = (0..<15).map { offset in
            TOILMonthFigures(month: TOILByMonthCSV.months(before: Self.month("2027-01"), count: 15)[offset], amhpID: "A01", accrued: Double(offset + 1))
        }
        let given = try #require(TOILGivenBack(figures: figures, hub: Self.hub))
        #expect(given.months.first == Self.month("2026-01") && given.months.count == 12)
        // Months 4 to 15 of the run: 4 + 5 + … + 15.
        #expect(given.accruedHours == Double((4...15).reduce(0, +)))
    }

    @Test func aYoungerLedgerIsScaledToAYear() throws {
        let figures = ["2026-09", "2026-10", "2026-11"].map { TOILMonthFigures(month: Self.month($0), amhpID: "A01", accrued: 5) }
        let given = try #require(TOILGivenBack(figures: figures, hub: Self.hub))
        #expect(given.months.count == 3 && given.hoursPerYear == 60)
    }

    /// Each hour a year per FTE comes off what one FTE gives the rota, like leave.
    @Test func theBasisLosesTheHoursAndTheFTENeededRises() {
        var abstractions = PlanningSettings.Abstractions()
        let from = PlanningFixture.date("2027-01-01")
        let without = RotaFTEBasis(hub: Self.hub, abstractions: abstractions, from: from)
        abstractions.toilHours = 40
        let with = RotaFTEBasis(hub: Self.hub, abstractions: abstractions, from: from)
        #expect(abs(without.deliveredHoursPerFTE - with.deliveredHoursPerFTE - 40) < 1e-9)
        #expect(with.rotaFTE(.localAuthority(fte: 1)) == 1)
    }

    @Test func theFileReplacesTheSettingAndIsReported() throws {
        let folder = try PlanningFixture.folderWithDemoHub()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "abstractions:\n  toil_hours: 30\n".write(to: folder.appendingPathComponent("planning.yaml"), atomically: true, encoding: .utf8)
        #expect(try PlanningData.load(folder: folder).settings.abstractions.toilHours == 30)
        #expect(try PlanningData.load(folder: folder).toilGivenBack == nil)
        try "month,amhp_id,accrued_hours,paid_out_hours\n2026-10,A01,12,0\n2026-11,A01,12,6\n2026-11,A24,9,0\n"
            .write(to: folder.appendingPathComponent(TOILByMonthCSV.fileName), atomically: true, encoding: .utf8)
        let data = try PlanningData.load(folder: folder)
        let given = try #require(data.toilGivenBack)
        // Two months scaled to a year: (24 − 6) × 6 = 108 hours, over the demo's LA FTE; A24 is NHS.
        #expect(given.hoursPerYear == 108 && given.nhsAccruedHours == 9)
        #expect(abs(data.settings.abstractions.toilHours - 108 / given.localAuthorityFTE) < 1e-9)
    }

    @Test func mistakesInTheFileAreNamedByLineAndField() throws {
        let folder = try PlanningFixture.folderWithDemoHub()
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
            month,amhp_id,accrued_hours,paid_out_hours
            2026-13,A01,1,0
            2026-10,A01,-3,0
            2026-10,,1,0
            2026-11,A01,2,x
            2026-11,A02,1,0
            2026-11,A02,1,0
            """.write(to: folder.appendingPathComponent(TOILByMonthCSV.fileName), atomically: true, encoding: .utf8)
        PlanningFixture.expectProblems(PlanningFixture.loadProblems(folder), [
            "toil_by_month.csv, line 2, field month: \"2026-13\" is not a month.",
            "toil_by_month.csv, line 3, field accrued_hours: -3 is out of range.",
            "toil_by_month.csv, line 4, field amhp_id: the value is empty.",
            "toil_by_month.csv, line 5, field paid_out_hours: \"x\" is not a number.",
            "toil_by_month.csv, line 7, field amhp_id: A02 in 2026-11 is already on line 6.",
        ])
    }

    /// The ledger's running totals, written for planning: whole months only, months with entries only.
    @Test func theLedgerIsWrittenByMonthForPlanning() throws {
        var ledger = TOILLedger()
        let entries = [
            TOILEntry(id: "e1", amhpID: "A01", kind: .accrued, date: PlanningFixture.date("2026-10-03"), hours: 6, reason: "Overran",
                      recordedBy: "jo", approvedBy: "Sam"),
            TOILEntry(id: "e2", amhpID: "A01", kind: .taken, date: PlanningFixture.date("2026-11-10"), hours: 4, recordedBy: "jo"),
            TOILEntry(id: "e3", amhpID: "A02", kind: .accrued, date: PlanningFixture.date("2026-12-01"), hours: 3, reason: "Overran",
                      recordedBy: "jo", approvedBy: "Sam"),
        ]
        for entry in entries { try ledger.append(entry) }
        let text = TOILByMonthCSV.text(totals: TOILTotals.replay(ledger), months: TOILByMonthCSV.months(before: Self.month("2026-12"), count: 12))
        #expect(text == "month,amhp_id,accrued_hours,taken_hours,paid_out_hours,forfeited_hours,entries\r\n"
            + "2026-10,A01,6.00,0.00,0.00,0.00,1\r\n2026-11,A01,0.00,4.00,0.00,0.00,1\r\n")
    }
}
