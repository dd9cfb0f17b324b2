import Testing
@testable import Workforce

/// `cover.csv`'s optional `maximum` column: the default one above the target, an explicit cap, and
/// duty shifts, whose row gives only the day's cap.
@Suite struct CoverFileMaximumTests {
    static let shifts = "code,name,start,end,night,kind\nD,Day,09:00,17:00,no,rota\nN,Night,21:00,09:00,yes,rota\nDT,Weekday duty,09:00,17:00,no,duty\n"
    static let header = "day_type,shift,minimum,target,coordinator,second_worker,maximum\n"
    /// Every rota row of the test hub, maxima left blank.
    static let rotaRows = """
        weekday,D,2,3,yes,no,
        weekday,N,2,2,yes,no,
        saturday,D,2,2,yes,no,
        saturday,N,2,2,yes,no,
        sunday,D,2,2,yes,no,
        sunday,N,2,2,yes,no,
        bank_holiday,D,2,2,yes,no,
        bank_holiday,N,2,2,yes,no,

        """

    static func files(_ cover: String) -> [String: String] { ["shifts.csv": shifts, "cover.csv": header + cover] }

    /// The duty shift's own row, which every test hub with DT needs.
    static let dutyRow = "weekday,DT,0,0,no,no,6\n"

    @Test func aBlankMaximumIsTheTargetPlusOne() throws {
        let hub = try TemporaryHub(replacing: Self.files(Self.rotaRows + Self.dutyRow)).load()
        #expect(hub.coverRule(for: .weekday, shift: "D")?.maximum == 4)
        #expect(hub.coverRule(for: .sunday, shift: "N")?.maximum == 3)
        #expect(hub.coverRules.filter { $0.shiftCode != "DT" }.allSatisfy { $0.maximum == CoverRule.defaultMaximum(target: $0.target) })
        // A file without the column reads the same.
        #expect(try TemporaryHub().load().coverRule(for: .weekday, shift: "D")?.maximum == 4)
    }

    @Test func anExplicitMaximumIsKept() throws {
        let cover = Self.rotaRows.replacingOccurrences(of: "weekday,D,2,3,yes,no,", with: "weekday,D,2,3,yes,no,6")
            .replacingOccurrences(of: "sunday,N,2,2,yes,no,", with: "sunday,N,2,2,yes,no,2")
        let hub = try TemporaryHub(replacing: Self.files(cover + Self.dutyRow)).load()
        #expect(hub.coverRule(for: .weekday, shift: "D")?.maximum == 6)
        #expect(hub.coverRule(for: .sunday, shift: "N")?.maximum == 2, "a maximum equal to the target leaves no slack")
    }

    @Test func aMaximumBelowTheTargetIsAnError() throws {
        let cover = Self.rotaRows.replacingOccurrences(of: "weekday,D,2,3,yes,no,", with: "weekday,D,2,3,yes,no,2")
        let errors = TemporaryHub.loadErrors(replacing: Self.files(cover))
        #expect(errors.count == 1)
        let error = try #require(errors.first(in: "cover.csv"))
        #expect(error.line == 2 && error.field == "maximum")
        #expect(error.problem == "the maximum 2 is below the target 3.")
        #expect(error.fix.contains("leave it blank for the target plus one (4)"))
    }

    @Test func aDutyRowGivesTheDaysCap() throws {
        let hub = try TemporaryHub(replacing: Self.files(Self.rotaRows + "weekday,DT,0,0,no,no,6\n")).load()
        let duty = try #require(hub.coverRule(for: .weekday, shift: "DT"))
        #expect(duty.minimum == 0 && duty.target == 0 && duty.maximum == 6 && !duty.coordinatorRequired)
    }

    /// A day type without a duty row has no duty; every rota shift still needs its rows.
    @Test func aDutyShiftMayBeLeftOutOfADayType() throws {
        let hub = try TemporaryHub(replacing: Self.files(Self.rotaRows + "weekday,DT,0,0,no,no,6\n")).load()
        #expect(hub.coverRule(for: .saturday, shift: "DT") == nil)
        #expect(hub.coverRules.count == 9)
    }

    /// A duty shift with no row on any day type would never run: an error naming the fix.
    @Test func aDutyShiftWithNoRowAtAllIsAnError() throws {
        let errors = TemporaryHub.loadErrors(replacing: Self.files(Self.rotaRows))
        #expect(errors.count == 1)
        let error = try #require(errors.first(in: "cover.csv"))
        #expect(error.field == "shift" && error.problem == "the duty shift DT has no row, so nobody could ever be on duty.")
        #expect(error.fix.hasPrefix("add a row weekday,DT,0,0,no,no,N"))
    }

    @Test func aDutyRowNeedsItsMaximum() throws {
        let errors = TemporaryHub.loadErrors(replacing: Self.files(Self.rotaRows + "weekday,DT,0,0,no,no,\n"))
        #expect(errors.count == 1)
        let error = try #require(errors.first(in: "cover.csv"))
        #expect(error.line == 10 && error.field == "maximum")
        #expect(error.problem == "the value is empty.")
        #expect(error.fix.contains("the most AMHPs on duty that day"))
    }

    @Test(arguments: [("weekday,DT,2,2,no,no,6", "minimum"), ("weekday,DT,0,1,no,no,6", "target"), ("weekday,DT,0,0,yes,no,6", "coordinator")])
    func aDutyRowCountsTowardsNoCover(row: String, field: String) throws {
        let errors = TemporaryHub.loadErrors(replacing: Self.files(Self.rotaRows + row + "\n"))
        #expect(errors.count == 1)
        let error = try #require(errors.first(in: "cover.csv"))
        #expect(error.line == 10 && error.field == field)
        #expect(error.problem == "DT is a duty shift, which counts towards no cover.")
        #expect(error.fix == "write 0 in minimum and target and no in coordinator, and the most people on duty in maximum.")
    }

    @Test func aMissingRotaRowIsStillAnError() throws {
        let cover = Self.rotaRows.replacingOccurrences(of: "saturday,N,2,2,yes,no,\n", with: "") + "weekday,DT,0,0,no,no,6\n"
        let errors = TemporaryHub.loadErrors(replacing: Self.files(cover))
        #expect(errors.count == 1)
        let error = try #require(errors.first(in: "cover.csv"))
        #expect(error.line == nil && error.field == "day_type")
        #expect(error.problem == "no cover is given for saturday N shifts.")
        #expect(error.fix.contains("saturday,N,minimum,target,coordinator"))
    }

    @Test func aMaximumOutOfRangeNamesTheRange() throws {
        let cover = Self.rotaRows.replacingOccurrences(of: "weekday,N,2,2,yes,no,", with: "weekday,N,2,2,yes,no,100")
        let error = try #require(TemporaryHub.loadErrors(replacing: Self.files(cover)).first(in: "cover.csv"))
        #expect(error.line == 3 && error.field == "maximum")
        #expect(error.problem == "100 is out of range.")
        #expect(error.fix == "write the most AMHPs the shift may have, between 0 and 99.")
    }
}
