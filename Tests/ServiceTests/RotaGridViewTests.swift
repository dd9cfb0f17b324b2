import Foundation
import Testing
@testable import Service

/// The grid's drawing rules, which `Public/js/rota-grid.js` mirrors when it redraws after an edit.
@Suite struct RotaGridViewTests {
    let shiftIndex = ["D": 0, "L": 1, "N": 2]

    @Test func aShiftCellShowsItsCodeAndColour() {
        let cell = RotaCellDTO(date: "2026-12-04", shift: "N", coordinator: true, absence: nil, hardViolation: false)
        #expect(RotaGridView.cellText(cell) == "N*")
        #expect(RotaGridView.cellClasses(cell, shiftIndex: shiftIndex) == "cell shift-2 coordinator")
        #expect(RotaGridView.cellTitle(cell) == "Fri 2026-12-04 · N (coordinator)")
    }

    @Test func anAbsenceShowsItsShortCodeHatched() {
        let cell = RotaCellDTO(date: "2026-12-29", shift: nil, coordinator: false, absence: "annual", hardViolation: false)
        #expect(RotaGridView.cellText(cell) == "AL")
        #expect(RotaGridView.cellClasses(cell, shiftIndex: shiftIndex) == "cell absent")
        #expect(RotaGridView.absenceCode("sickness") == "SK")
        #expect(RotaGridView.absenceCode("other") == "AB")
    }

    @Test func aCellBreakingAHardRuleIsOutlined() {
        let cell = RotaCellDTO(date: "2026-12-06", shift: "D", coordinator: false, absence: "training", hardViolation: true)
        #expect(RotaGridView.cellClasses(cell, shiftIndex: shiftIndex) == "cell shift-0 absent hard")
        #expect(RotaGridView.cellTitle(cell) == "Sun 2026-12-06 · D · absent: training · breaks a hard rule")
    }

    @Test func anEmptyCellHasNoText() {
        let cell = RotaCellDTO(date: "2026-12-01", shift: nil, coordinator: false, absence: nil, hardViolation: false)
        #expect(RotaGridView.cellText(cell) == "")
        #expect(RotaGridView.cellClasses(cell, shiftIndex: shiftIndex) == "cell")
    }

    static func line(_ shift: String, minimum: Int, target: Int, maximum: Int, assigned: Int, duty: Bool = false,
                     coordinatorRequired: Bool = true, coordinatorPresent: Bool = true) -> CoverageDTO {
        CoverageDTO(date: "2026-12-01", shift: shift, minimum: minimum, target: target, maximum: maximum, duty: duty, assigned: assigned,
                    shortBy: max(0, minimum - assigned), coordinatorRequired: coordinatorRequired, coordinatorPresent: coordinatorPresent)
    }

    @Test func coverageIsRedWhenShortAndMarkedWithoutACoordinator() {
        let short = CoverageDTO(date: "2026-12-25", shift: "N", minimum: 2, target: 2, maximum: 3, duty: false, assigned: 1, shortBy: 1,
                                coordinatorRequired: true, coordinatorPresent: false)
        #expect(RotaGridView.coverClasses(short) == "cover short nocoord")
        #expect(RotaGridView.coverTitle(short) == "1 on shift; minimum 2, target 2, maximum 3; short by 1; no coordinator")
        let met = Self.line("D", minimum: 3, target: 4, maximum: 5, assigned: 4)
        #expect(RotaGridView.coverClasses(met) == "cover")
        #expect(RotaGridView.coverText(met) == "4/3")
        #expect(RotaGridView.coverSummary([short, met]) == "Minimum cover met on 1 of 2 shifts; 1 without a coordinator.")
    }

    @Test func coverageAboveTargetIsAmberAndAboveTheMaximumRed() {
        let over = Self.line("D", minimum: 3, target: 4, maximum: 5, assigned: 5)
        #expect(RotaGridView.coverClasses(over) == "cover over")
        #expect(RotaGridView.coverTitle(over) == "5 on shift; minimum 3, target 4, maximum 5; 1 above target")
        let overMaximum = Self.line("D", minimum: 3, target: 4, maximum: 5, assigned: 7)
        #expect(RotaGridView.coverClasses(overMaximum) == "cover overmax")
        #expect(RotaGridView.coverTitle(overMaximum) == "7 on shift; minimum 3, target 4, maximum 5; over the maximum by 2")
        #expect(RotaGridView.ruleText(over) == "3 · 4 · 5")
    }

    /// People on duty read against the day's cap and are never counted as cover.
    @Test func dutyShowsPeopleOnDutyAgainstTheCapAndIsNotCover() {
        let duty = Self.line("DT", minimum: 0, target: 0, maximum: 15, assigned: 6, duty: true, coordinatorRequired: false)
        #expect(RotaGridView.coverText(duty) == "6/15")
        #expect(RotaGridView.coverClasses(duty) == "cover duty")
        #expect(RotaGridView.coverTitle(duty) == "6 on duty, at most 15; duty is not cover")
        #expect(RotaGridView.ruleText(duty) == "up to 15")
        let full = Self.line("DT", minimum: 0, target: 0, maximum: 2, assigned: 3, duty: true, coordinatorRequired: false)
        #expect(RotaGridView.coverClasses(full) == "cover duty overmax")
        let short = Self.line("D", minimum: 3, target: 4, maximum: 5, assigned: 1)
        #expect(RotaGridView.coverSummary([duty, short]) == "Minimum cover met on 0 of 1 shifts.")
        #expect(RotaGridView.coverCell(nil, id: "cover-DT-2026-12-05", duty: true).title == "No duty on this day.")
        // A day type without a duty row: the checker's cap of 0.
        let none = Self.line("DT", minimum: 0, target: 0, maximum: 0, assigned: 0, duty: true, coordinatorRequired: false)
        #expect(RotaGridView.coverText(none) == "" && RotaGridView.coverTitle(none) == "No duty on this day.")
        #expect(RotaGridView.ruleText(none) == "no duty")

        let cell = RotaCellDTO(date: "2026-12-01", shift: "DT", coordinator: false, absence: nil, hardViolation: false)
        #expect(RotaGridView.cellClasses(cell, shiftIndex: ["DT": 3], dutyCodes: ["DT"]) == "cell shift-3 duty")
        #expect(RotaGridView.cellTitle(cell, dutyCodes: ["DT"]) == "Tue 2026-12-01 · DT (duty, not cover)")
    }

    @Test func theShiftsColumnSplitsRotaAndDutyOnlyWhenThereIsDuty() {
        let cells: [RotaCellDTO] = []
        let both = RotaRowDTO(amhpID: "A01", name: "Amy", employer: "LA", cells: cells, shifts: 12, hours: 96, contractedHours: 160,
                              committedShifts: nil, dutyShifts: 2, dutyHours: 16)
        #expect(RotaGridView.shiftsTitle(both) == "10 rota, 2 duty (16 h)")
        let rota = RotaRowDTO(amhpID: "A02", name: "Beth", employer: "LA", cells: cells, shifts: 12, hours: 96, contractedHours: 160,
                              committedShifts: nil, dutyShifts: 0, dutyHours: 0)
        #expect(RotaGridView.shiftsTitle(rota) == "")
    }

    /// The quality section's lines, which `rota-grid.js` words the same way after an edit.
    @Test func theQualitySectionSaysWhatAManagerWouldAsk() throws {
        let quality = try JSONDecoder().decode(RotaQualityDTO.self, from: Data("""
            {"shiftsOverTarget": [{"date": "2026-12-05", "shift": "D", "assigned": 4, "target": 3, "maximum": 4},
                                  {"date": "2026-12-01", "shift": "L", "assigned": 4, "target": 3, "maximum": 4},
                                  {"date": "2026-12-09", "shift": "D", "assigned": 6, "target": 4, "maximum": 6}],
             "peopleOverTarget": 4, "shiftsOverMaximum": 0,
             "busiest": {"date": "2026-12-09", "shift": "D", "assigned": 6, "target": 4},
             "surplus": {"total": 120.5, "onDuty": 96, "aboveTarget": 16, "unplanned": 8.5, "overContract": 0},
             "idle": [{"amhpID": "A07", "name": "Gail", "reason": "not available on any day of the month"}],
             "enhancementByEmployer": [{"employer": "LA", "pounds": 800}, {"employer": "Trust", "pounds": 434.5}, {"employer": "Other", "pounds": 0}],
             "weightWarning": null}
            """.utf8))
        let view = RotaQualityView(quality)
        #expect(view.overTarget == "3 shifts, 4 AMHPs above target in all; most: D Wed 2026-12-09 6 (target 4); "
                + "L Tue 2026-12-01 4 (target 3); D Sat 2026-12-05 4 (target 3).")
        #expect(view.busiest == "6 on D Wed 2026-12-09 (target 4).")
        #expect(view.surplus == "120.5 h: on duty 96 h, above target 16 h, unplanned 8.5 h; over contract 0 h.")
        #expect(view.enhancement == "£1234.50 (LA £800.00; Trust £434.50)")
        #expect(view.idle.map(\.name) == ["Gail"] && !view.hasWarning)
        #expect(RotaQualityView.overTarget(try JSONDecoder().decode(RotaQualityDTO.self, from: Data("""
            {"shiftsOverTarget": [], "peopleOverTarget": 0, "shiftsOverMaximum": 1,
             "surplus": {"total": 0, "onDuty": 0, "aboveTarget": 0, "unplanned": 0, "overContract": 0},
             "idle": [], "enhancementByEmployer": []}
            """.utf8))) == "None. 1 shift over the maximum (a hard rule: see the violations).")
    }

    @Test func theBannerCountsHardViolations() {
        #expect(RotaGridView.banner(hardCount: 0, isDraft: true) == "No hard-rule violations: this draft can be published.")
        #expect(RotaGridView.banner(hardCount: 0, isDraft: false) == "No hard-rule violations.")
        #expect(RotaGridView.banner(hardCount: 1, isDraft: true) == "1 hard violation: put it right before publishing.")
        #expect(RotaGridView.banner(hardCount: 3, isDraft: true) == "3 hard violations: put them right before publishing.")
    }

    @Test func aShortShiftSaysByHowMuchAndWhy() {
        let shortfall = ShortfallDTO(date: "2026-12-25", shift: "N", shiftName: "Night", minimum: 2, assigned: 1, shortBy: 1,
                                     missingCoordinator: true, summary: "annual leave: 9; on the day shift: 3", candidates: [])
        let line = RotaGridView.shortfall(shortfall)
        #expect(line.when == "Fri 2026-12-25")
        #expect(line.headline == "short by 1 (1 of 2 AMHPs); no coordinator on shift")
        #expect(line.summary == "annual leave: 9; on the day shift: 3")
    }

    @Test func hoursPrintWithoutTrailingZeros() {
        #expect(PageText.hours(7.4) == "7.4")
        #expect(PageText.hours(22.0) == "22")
        #expect(PageText.hours(-3.75) == "-3.75")
        #expect(PageText.hours(0.001) == "0")
        #expect(PageText.objective(4862.66) == "4862.7")
        #expect(PageText.objective(nil) == "—")
        #expect(PageText.pounds(1234.5) == "£1234.50")
    }
}
