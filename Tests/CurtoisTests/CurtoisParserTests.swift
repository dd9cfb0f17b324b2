import Foundation
import Testing
@testable import Curtois

@Suite(.enabled(if: CurtoisFixtures.benchmarksPresent, CurtoisFixtures.skipMessage))
struct CurtoisParserTests {
    /// (instance, days, staff, shift types, fixed days off, on requests, off requests) from the README's table.
    static let counts = [(1, 14, 8, 1, 8, 21, 5), (2, 14, 14, 2, 14, 50, 12), (3, 14, 20, 3, 20, 39, 25)]

    @Test(arguments: counts)
    func countsMatchTheREADME(_ row: (Int, Int, Int, Int, Int, Int, Int)) throws {
        let instance = try CurtoisFixtures.instance(row.0)
        #expect(instance.name == "Instance\(row.0).txt")
        #expect(instance.dayCount == row.1)
        #expect(instance.employees.count == row.2)
        #expect(instance.shifts.count == row.3)
        #expect(instance.fixedDayOffCount == row.4)
        #expect(instance.onRequests.count == row.5)
        #expect(instance.offRequests.count == row.6)
        #expect(instance.cover.count == row.1 && instance.cover.allSatisfy { $0.count == row.3 })
    }

    @Test func instance2ReadsStaffShiftsAndRequestsField_by_field() throws {
        let instance = try CurtoisFixtures.instance(2)
        #expect(instance.shifts.map(\.id) == ["E", "L"])
        #expect(instance.shifts[1].cannotFollow == [0])  // L, then E the next day, is forbidden.
        let d = instance.employees[3]
        #expect(d.id == "D" && d.maxShifts == [14, 0] && d.maxTotalMinutes == 4320 && d.minTotalMinutes == 3360)
        #expect(d.maxConsecutiveShifts == 5 && d.minConsecutiveShifts == 2 && d.minConsecutiveDaysOff == 2 && d.maxWeekends == 1)
        #expect(instance.daysOff[0] == [3])
        #expect(instance.onRequests[0] == CurtoisInstance.Request(employee: 0, day: 5, shift: 1, weight: 1))
    }

    @Test func longShiftIdsAndMultipleDaysOffInInstance13() throws {
        let instance = try CurtoisFixtures.instance(13)
        #expect(instance.shifts.count == 18 && instance.employees.count == 120)
        #expect(instance.shifts[0].id == "a1" && instance.shifts[4].cannotFollow.count == 10)
        #expect(instance.daysOff[0] == [0, 24])
    }

    @Test func minusZeroCoverInInstance15IsZero() throws {
        let instance = try CurtoisFixtures.instance(15)
        #expect(instance.cover[41][instance.shiftIndex("D")!].requirement == 0)
        #expect(instance.cover[41][instance.shiftIndex("n2")!].requirement == 0)
    }

    @Test func lfAndCrlfGiveTheSameInstance() throws {
        let text = try String(contentsOf: CurtoisFixtures.folder.appendingPathComponent("Instance3.txt"), encoding: .utf8)
        #expect(text.contains("\r\n"))
        let crlf = try CurtoisParser.parse(text, name: "x")
        let lf = try CurtoisParser.parse(text.replacingOccurrences(of: "\r\n", with: "\n"), name: "x")
        #expect(crlf.employees == lf.employees && crlf.cover == lf.cover && crlf.onRequests == lf.onRequests)
    }
}

/// Errors name the file, the line and what is wrong; these need no benchmark files.
@Suite struct CurtoisParserErrorTests {
    static let valid = """
        SECTION_HORIZON\r
        7\r
        \r
        SECTION_SHIFTS\r
        D,480,\r
        \r
        SECTION_STAFF\r
        A,D=7,3000,0,5,1,1,1\r
        \r
        SECTION_COVER
        """ + (0..<7).map { "\r\n\($0),D,1,100,1" }.joined() + "\r\n"

    @Test func aValidMinimalFileParses() throws {
        let instance = try CurtoisParser.parse(Self.valid, name: "mini.txt")
        #expect(instance.dayCount == 7 && instance.employees.count == 1 && instance.cover[6][0].requirement == 1)
    }

    func error(_ text: String) -> CurtoisParseError? {
        do {
            _ = try CurtoisParser.parse(text, name: "bad.txt")
            return nil
        } catch {
            return error as? CurtoisParseError
        }
    }

    @Test func unknownShiftInMaxShiftsNamesTheLine() {
        let error = error(Self.valid.replacingOccurrences(of: "A,D=7", with: "A,X=7"))
        #expect(error == CurtoisParseError(file: "bad.txt", line: 8, problem: "MaxShifts of employee A names unknown shift X"))
        #expect(error?.description == "bad.txt:8: MaxShifts of employee A names unknown shift X")
    }

    @Test func dayOutsideTheHorizon() {
        let error = error(Self.valid.replacingOccurrences(of: "\r\n6,D,1,100,1", with: "\r\n7,D,1,100,1"))
        #expect(error?.line == 17 && error?.problem == "day 7 is not a day index from 0 to 6")
    }

    @Test func missingCoverLineIsReportedForTheFile() {
        let error = error(Self.valid.replacingOccurrences(of: "\r\n6,D,1,100,1", with: ""))
        #expect(error?.line == 0 && error?.problem == "SECTION_COVER has no line for day 6, shift D")
    }

    @Test func wrongFieldCountAndNegativeRequirement() {
        #expect(error(Self.valid.replacingOccurrences(of: "A,D=7,3000,0,5,1,1,1", with: "A,D=7,3000"))?.line == 8)
        #expect(error(Self.valid.replacingOccurrences(of: "\r\n2,D,1,100,1", with: "\r\n2,D,-1,100,1"))?.problem
                == "requirement -1 is not a whole number of at least 0")
    }

    @Test func dataOutsideASection() {
        #expect(error("7\r\n")?.problem == "data line outside any section: 7")
    }
}
