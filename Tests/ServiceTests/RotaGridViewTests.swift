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

    @Test func coverageIsRedWhenShortAndMarkedWithoutACoordinator() {
        let short = CoverageDTO(date: "2026-12-25", shift: "N", minimum: 2, target: 2, assigned: 1, shortBy: 1,
                                coordinatorRequired: true, coordinatorPresent: false)
        #expect(RotaGridView.coverClasses(short) == "cover short nocoord")
        #expect(RotaGridView.coverTitle(short) == "1 on shift; minimum 2, target 2; short by 1; no coordinator")
        let met = CoverageDTO(date: "2026-12-01", shift: "D", minimum: 3, target: 4, assigned: 4, shortBy: 0,
                              coordinatorRequired: true, coordinatorPresent: true)
        #expect(RotaGridView.coverClasses(met) == "cover")
        #expect(RotaGridView.coverSummary([short, met]) == "Minimum cover met on 1 of 2 shifts; 1 without a coordinator.")
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
    }
}
