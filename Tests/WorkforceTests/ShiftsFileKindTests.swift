import Testing
@testable import Workforce

/// `shifts.csv`'s optional `kind` column: rota shifts (blank or `rota`) and duty shifts, and the
/// mistakes a manager can make with it, each named by line and field.
@Suite struct ShiftsFileKindTests {
    static let header = "code,name,start,end,night,kind\n"

    /// Loads the test hub with `rows` as shifts.csv (the cover rows for D and N stay as they are).
    static func load(_ rows: String) throws -> Hub {
        try TemporaryHub(replacing: ["shifts.csv": header + rows]).load()
    }

    @Test func blankKindIsARotaShiftSoOldFilesReadAsBefore() throws {
        let hub = try Self.load("D,Day,09:00,17:00,no,\nN,Night,21:00,09:00,yes,\n")
        #expect(hub.shiftTypes.map(\.kind) == [.rota, .rota])
        // Without the column at all, as TemporaryHub's own file is written.
        #expect(try TemporaryHub().load().shiftTypes.allSatisfy { !$0.isDuty })
    }

    @Test func rotaAndDutyAreRead() throws {
        let shifts = Self.header + "D,Day,09:00,17:00,no,rota\nN,Night,21:00,09:00,yes,Rota\nDT,Weekday duty,09:00,17:00,no,duty\n"
        // The test hub's cover rows with a maximum column, and duty's cap on weekdays.
        let rows = (TemporaryHub.files["cover.csv"] ?? "").split(separator: "\n").dropFirst().map { $0 + "," }
        let cover = (["day_type,shift,minimum,target,coordinator,second_worker,maximum"] + rows + ["weekday,DT,0,0,no,no,4"])
            .joined(separator: "\n") + "\n"
        let hub = try TemporaryHub(replacing: ["shifts.csv": shifts, "cover.csv": cover]).load()
        #expect(hub.shiftTypes.map(\.kind) == [.rota, .rota, .duty])
        #expect(hub.shiftType("DT")?.isDuty == true && hub.shiftType("DT")?.name == "Weekday duty")
    }

    @Test func anUnknownKindNamesTheLineAndTheKinds() throws {
        let errors = TemporaryHub.loadErrors(replacing: ["shifts.csv": Self.header + "D,Day,09:00,17:00,no,rota\nN,Night,21:00,09:00,yes,oncall\n"])
        let error = try #require(errors.first(in: "shifts.csv"))
        #expect(error.line == 3 && error.field == "kind")
        #expect(error.problem == "\"oncall\" is not allowed.")
        #expect(error.fix == "write one of: rota, duty.")
    }

    @Test func aDutyShiftCannotBeANight() throws {
        let errors = TemporaryHub.loadErrors(replacing: ["shifts.csv": Self.header + "D,Day,09:00,17:00,no,rota\nN,Night,21:00,09:00,yes,duty\n"])
        let error = try #require(errors.first(in: "shifts.csv"))
        #expect(error.line == 3 && error.field == "night")
        #expect(error.problem.contains("a duty shift cannot be a night"))
        #expect(error.fix.contains("write no in night") && error.fix.contains("rota in kind"))
    }

    @Test func aFileOfOnlyDutyShiftsHasNoRota() throws {
        let errors = TemporaryHub.loadErrors(replacing: ["shifts.csv": Self.header + "DT,Weekday duty,09:00,17:00,no,duty\n"])
        let error = try #require(errors.first(in: "shifts.csv"))
        #expect(error.line == nil && error.field == "kind")
        #expect(error.problem == "every shift type is a duty shift, so there is no rota.")
        #expect(error.fix.contains("D,Day,09:00,17:00,no,rota"))
    }
}
