import Foundation
import Testing
@testable import Workforce

/// Each class of mistake a manager can make in a hub's files is reported with the file, line,
/// field and a fix; several mistakes are reported together.
@Suite struct HubLoaderTests {
    /// Checks where an error points and that it says how to fix it.
    private func expectError(_ error: InputError?, file: String, line: Int?, field: String?, mentions words: [String] = [],
                             sourceLocation: SourceLocation = #_sourceLocation) {
        guard let error else {
            Issue.record("no error in \(file) at \(field ?? "-")", sourceLocation: sourceLocation)
            return
        }
        #expect(error.file == file, sourceLocation: sourceLocation)
        #expect(error.line == line, sourceLocation: sourceLocation)
        #expect(error.field == field, sourceLocation: sourceLocation)
        #expect(!error.fix.isEmpty, "every error has a fix", sourceLocation: sourceLocation)
        for word in words {
            #expect((error.problem + " " + error.fix).contains(word), "\(error) mentions \(word)", sourceLocation: sourceLocation)
        }
        #expect(error.description.hasPrefix(file), sourceLocation: sourceLocation)
        #expect(error.description.contains("Fix: "), sourceLocation: sourceLocation)
    }

    // MARK: - The valid hub

    @Test func theTestHubLoads() throws {
        let hub = try TemporaryHub().load()
        #expect(hub.amhps.map(\.id) == ["A1", "B1", "T1"])
        #expect(hub.amhp("B1")?.employment == .nhs(trust: "Northshire Partnership NHS Foundation Trust", shiftsPerMonth: 3))
        #expect(hub.amhp("T1")?.isTrainee == true && hub.amhp("T1")?.approval == nil)
        #expect(hub.shiftTypes.count == 2 && hub.coverRules.count == 8)
        #expect(hub.absences.count == 1 && hub.requests.count == 1 && hub.toil.count == 1 && hub.history.count == 1)
        #expect(hub.carryIn == [Assignment(amhpID: "A1", date: LocalDate("2026-11-30")!, shiftCode: "N")])
        #expect(hub.rules.hubName == "Test hub")
        #expect(hub.requests.first?.shiftCode == nil && hub.requests.first?.preference == .avoid)
    }

    @Test func optionalFilesMayBeLeftOut() throws {
        let hub = try TemporaryHub(removing: ["leave.csv", "requests.csv", "toil.csv", "history.csv", "carry_in.csv"]).load()
        #expect(hub.absences.isEmpty && hub.requests.isEmpty && hub.toil.isEmpty && hub.history.isEmpty && hub.carryIn.isEmpty)
    }

    @Test func optionalFilesMayHoldOnlyTheHeader() throws {
        let hub = try TemporaryHub(replacing: ["leave.csv": "amhp_id,type,start,end\n", "requests.csv": "amhp_id,date,shift,preference,weight\n"]).load()
        #expect(hub.absences.isEmpty && hub.requests.isEmpty)
    }

    @Test func excelByteOrderMarkCRLFAndHeaderCaseAreAccepted() throws {
        let amhps = "\u{FEFF}ID, Name ,Employer,Profession,Grade,Approval_Start,Approval_End,FTE,NHS_Shifts_Per_Month,Coordinate_Days,Coordinate_Nights,Nights,Practice_Educator,Educator_ID\r\n"
            + "A1,Amy Ashford,LA,Social Worker,Senior AMHP,01/01/2024,31/12/2028,1,,Yes,Y,yes,TRUE,\r\n"
            + "B1,Beth Barker,Northshire Partnership NHS Foundation Trust,nurse,AMHP,2025-03-01,2030-02-28,,3,no,N,No,0,\r\n"
            + "T1,Tara Trent,la,social_worker,Trainee AMHP,,,0.5,,no,no,no,no,A1\r\n"
            + ",,,,,,,,,,,,,\r\n"
        let leave = "\u{FEFF}amhp_id,type,start,end,note\r\nA1,Annual,2026-12-24,2026-12-29,\"Christmas, with family\"\r\n"
        let hub = try TemporaryHub(replacing: ["amhps.csv": amhps, "leave.csv": leave]).load()
        #expect(hub.amhps.map(\.id) == ["A1", "B1", "T1"])
        let amy = try #require(hub.amhp("A1"))
        #expect(amy.name == "Amy Ashford" && amy.profession == .socialWorker && amy.isPracticeEducator)
        #expect(amy.canCoordinateDays && amy.canCoordinateNights && amy.approval?.first == LocalDate("2024-01-01"))
        #expect(hub.amhp("T1")?.educatorID == "A1", "the last column carries no carriage return")
        #expect(hub.amhp("T1")?.employment == .localAuthority(fte: 0.5))
        #expect(hub.absences.first?.note == "Christmas, with family")
        #expect(hub.absences.first?.kind == .annual)
    }

    // MARK: - Files and columns

    @Test func missingRequiredFile() {
        let errors = TemporaryHub.loadErrors(removing: ["cover.csv"])
        #expect(errors.count == 1)
        expectError(errors.first, file: "cover.csv", line: nil, field: nil, mentions: ["missing", "cover.csv"])
    }

    @Test func missingRulesFile() {
        let errors = TemporaryHub.loadErrors(removing: ["rules.yaml"])
        expectError(errors.first(in: "rules.yaml"), file: "rules.yaml", line: nil, field: nil, mentions: ["missing"])
    }

    @Test func notAFolder() {
        let nowhere = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-hub-\(UUID().uuidString)")
        #expect(throws: InputErrors.self) { try HubLoader.load(folder: nowhere) }
    }

    @Test func unknownColumn() {
        let errors = TemporaryHub.loadErrors(replacing: ["leave.csv": "amhp_id,type,start,end,reason\nA1,annual,2026-12-01,2026-12-02,holiday\n"])
        #expect(errors.count == 1)
        expectError(errors.first, file: "leave.csv", line: 1, field: "reason", mentions: ["unknown column", "note"])
    }

    @Test func missingRequiredColumn() {
        let errors = TemporaryHub.loadErrors(replacing: ["toil.csv": "amhp_id,balance_hours\nA1,10\n"])
        #expect(errors.count == 1)
        expectError(errors.first, file: "toil.csv", line: 1, field: "plan_back_hours", mentions: ["missing"])
    }

    @Test func notUTF8() throws {
        let hub = try TemporaryHub()
        // "Siân" saved by Excel as Windows-1252: 0xE2 is not valid UTF-8 here.
        try Data("amhp_id,type,start,end,note\nA1,annual,2026-12-01,2026-12-02,Si".utf8 + [0xE2] + Data("n\n".utf8))
            .write(to: hub.folder.appendingPathComponent("leave.csv"))
        do {
            _ = try hub.load()
            Issue.record("a Windows-1252 file loaded")
        } catch let errors as InputErrors {
            expectError(errors.errors.first, file: "leave.csv", line: nil, field: nil, mentions: ["UTF-8"])
        }
    }

    // MARK: - amhps.csv

    private static let amhpsHeader = "id,name,employer,profession,grade,approval_start,approval_end,fte,nhs_shifts_per_month,coordinate_days,coordinate_nights,nights,practice_educator,educator_id\n"
    private static let amy = "A1,Amy Ashford,LA,social_worker,Senior AMHP,2024-01-01,2028-12-31,1.0,,yes,yes,yes,yes,\n"
    private static let beth = "B1,Beth Barker,Northshire Partnership NHS Foundation Trust,nurse,AMHP,2025-03-01,2030-02-28,,3,no,no,no,no,\n"
    private static let tara = "T1,Tara Trent,LA,social_worker,Trainee AMHP,,,0.5,,no,no,no,no,A1\n"

    @Test func nhsAMHPWithAnFTE() {
        let beth = "B1,Beth Barker,Northshire Partnership NHS Foundation Trust,nurse,AMHP,2025-03-01,2030-02-28,0.4,3,no,no,no,no,\n"
        let errors = TemporaryHub.loadErrors(replacing: ["amhps.csv": Self.amhpsHeader + Self.amy + beth + Self.tara],
                                             removing: ["requests.csv"])
        #expect(errors.count == 1)
        expectError(errors.first, file: "amhps.csv", line: 3, field: "fte", mentions: ["NHS", "nhs_shifts_per_month"])
    }

    @Test func localAuthorityAMHPWithNHSShifts() {
        let amy = "A1,Amy Ashford,LA,social_worker,Senior AMHP,2024-01-01,2028-12-31,1.0,4,yes,yes,yes,yes,\n"
        let errors = TemporaryHub.loadErrors(replacing: ["amhps.csv": Self.amhpsHeader + amy + Self.beth],
                                             removing: ["leave.csv", "toil.csv", "history.csv", "carry_in.csv"])
        #expect(errors.count == 1)
        expectError(errors.first, file: "amhps.csv", line: 2, field: "nhs_shifts_per_month", mentions: ["local-authority"])
    }

    @Test func localAuthorityAMHPWithoutFTE() {
        let amy = "A1,Amy Ashford,LA,social_worker,Senior AMHP,2024-01-01,2028-12-31,\"1,0\",,yes,yes,yes,yes,\n"
        let errors = TemporaryHub.loadErrors(replacing: ["amhps.csv": Self.amhpsHeader + amy + Self.beth],
                                             removing: ["leave.csv", "toil.csv", "history.csv", "carry_in.csv"])
        expectError(errors.first, file: "amhps.csv", line: 2, field: "fte", mentions: ["1,0", "full stop"])
    }

    @Test func traineeWhoseEducatorDoesNotExist() {
        let tara = "T1,Tara Trent,LA,social_worker,Trainee AMHP,,,0.5,,no,no,no,no,A9\n"
        let errors = TemporaryHub.loadErrors(replacing: ["amhps.csv": Self.amhpsHeader + Self.amy + Self.beth + tara])
        #expect(errors.count == 1)
        expectError(errors.first, file: "amhps.csv", line: 4, field: "educator_id", mentions: ["A9", "practice educator"])
    }

    @Test func traineeWhoseEducatorIsNotAPracticeEducator() {
        let amy = "A1,Amy Ashford,LA,social_worker,Senior AMHP,2024-01-01,2028-12-31,1.0,,yes,yes,yes,no,\n"
        let errors = TemporaryHub.loadErrors(replacing: ["amhps.csv": Self.amhpsHeader + amy + Self.beth + Self.tara])
        #expect(errors.count == 1)
        expectError(errors.first, file: "amhps.csv", line: 4, field: "educator_id", mentions: ["A1", "practice_educator"])
    }

    @Test func traineeWhoseEducatorIsATrainee() {
        let tom = "T2,Tom Tate,LA,social_worker,Trainee AMHP,,,0.5,,no,no,no,no,T1\n"
        let errors = TemporaryHub.loadErrors(replacing: ["amhps.csv": Self.amhpsHeader + Self.amy + Self.beth + Self.tara + tom])
        #expect(errors.count == 1)
        expectError(errors.first, file: "amhps.csv", line: 5, field: "educator_id", mentions: ["trainee"])
    }

    @Test func traineeWhoCoordinates() {
        let tara = "T1,Tara Trent,LA,social_worker,Trainee AMHP,,,0.5,,yes,no,no,no,A1\n"
        let errors = TemporaryHub.loadErrors(replacing: ["amhps.csv": Self.amhpsHeader + Self.amy + Self.beth + tara])
        expectError(errors.first, file: "amhps.csv", line: 4, field: "coordinate_days", mentions: ["trainee"])
    }

    @Test func duplicateIDs() {
        let errors = TemporaryHub.loadErrors(replacing: ["amhps.csv": Self.amhpsHeader + Self.amy + Self.beth + Self.tara
                                                         + "A1,Alan Ash,LA,nurse,AMHP,2024-01-01,2028-12-31,0.6,,no,no,yes,no,\n"])
        #expect(errors.count == 1)
        expectError(errors.first, file: "amhps.csv", line: 5, field: "id", mentions: ["A1", "line 2"])
    }

    @Test func badYesNo() {
        let amy = "A1,Amy Ashford,LA,social_worker,Senior AMHP,2024-01-01,2028-12-31,1.0,,maybe,yes,yes,yes,\n"
        let errors = TemporaryHub.loadErrors(replacing: ["amhps.csv": Self.amhpsHeader + amy + Self.beth],
                                             removing: ["leave.csv", "toil.csv", "history.csv", "carry_in.csv"])
        #expect(errors.count == 1)
        expectError(errors.first, file: "amhps.csv", line: 2, field: "coordinate_days", mentions: ["maybe", "yes or no"])
    }

    @Test func badChoices() {
        let amy = "A1,Amy Ashford,LA,paramedic,Senior AMHP,2024-01-01,2028-12-31,1.0,,yes,yes,sometimes,yes,\n"
        let errors = TemporaryHub.loadErrors(replacing: ["amhps.csv": Self.amhpsHeader + amy + Self.beth],
                                             removing: ["leave.csv", "toil.csv", "history.csv", "carry_in.csv"])
        #expect(errors.count == 2)
        expectError(errors.first(in: "amhps.csv", field: "profession"), file: "amhps.csv", line: 2, field: "profession",
                    mentions: ["paramedic", "social_worker, nurse, occupational_therapist, psychologist"])
        expectError(errors.first(in: "amhps.csv", field: "nights"), file: "amhps.csv", line: 2, field: "nights",
                    mentions: ["yes, no, only"])
    }

    @Test func approvalEndsBeforeItStarts() {
        let amy = "A1,Amy Ashford,LA,social_worker,Senior AMHP,2028-12-31,2024-01-01,1.0,,yes,yes,yes,yes,\n"
        let errors = TemporaryHub.loadErrors(replacing: ["amhps.csv": Self.amhpsHeader + amy + Self.beth + Self.tara])
        expectError(errors.first(in: "amhps.csv", field: "approval_end"), file: "amhps.csv", line: 2, field: "approval_end",
                    mentions: ["before"])
    }

    @Test func approvedAMHPWithoutWarrantDates() {
        let amy = "A1,Amy Ashford,LA,social_worker,Senior AMHP,,2028-12-31,1.0,,yes,yes,yes,yes,\n"
        let errors = TemporaryHub.loadErrors(replacing: ["amhps.csv": Self.amhpsHeader + amy + Self.beth + Self.tara])
        expectError(errors.first(in: "amhps.csv", field: "approval_start"), file: "amhps.csv", line: 2, field: "approval_start",
                    mentions: ["YYYY-MM-DD"])
    }

    @Test func suspensionNeedsBothDates() {
        let header = Self.amhpsHeader.dropLast() + ",suspended_from,suspended_to\n"
        let amy = "A1,Amy Ashford,LA,social_worker,Senior AMHP,2024-01-01,2028-12-31,1.0,,yes,yes,yes,yes,,2026-12-01,\n"
        let errors = TemporaryHub.loadErrors(replacing: ["amhps.csv": header + amy + Self.beth.dropLast() + ",,\n"])
        expectError(errors.first(in: "amhps.csv", field: "suspended_to"), file: "amhps.csv", line: 2, field: "suspended_to",
                    mentions: ["both"])
    }

    // MARK: - shifts.csv and cover.csv

    @Test func shiftTimesThatDoNotParse() {
        let shifts = "code,name,start,end,night\nD,Day,9am,17:00,no\nN,Night,21:00,09:00:30,yes\n"
        let errors = TemporaryHub.loadErrors(replacing: ["shifts.csv": shifts])
        expectError(errors.first(in: "shifts.csv", field: "start"), file: "shifts.csv", line: 2, field: "start", mentions: ["9am", "HH:MM"])
        expectError(errors.first(in: "shifts.csv", field: "end"), file: "shifts.csv", line: 3, field: "end", mentions: ["09:00:30"])
    }

    @Test func duplicateShiftCode() {
        let shifts = "code,name,start,end,night\nD,Day,09:00,17:00,no\nN,Night,21:00,09:00,yes\nD,Long day,08:00,20:00,no\n"
        let errors = TemporaryHub.loadErrors(replacing: ["shifts.csv": shifts])
        #expect(errors.count == 1)
        expectError(errors.first, file: "shifts.csv", line: 4, field: "code", mentions: ["twice"])
    }

    private static let coverHeader = "day_type,shift,minimum,target,coordinator,second_worker\n"
    private static let coverRest = """
        weekday,N,2,2,yes,no
        saturday,D,2,2,yes,no
        saturday,N,2,2,yes,no
        sunday,D,2,2,yes,no
        sunday,N,2,2,yes,no
        bank_holiday,D,2,2,yes,no
        bank_holiday,N,2,2,yes,no

        """

    @Test func coverMinimumOfOneWithoutSecondWorker() {
        let errors = TemporaryHub.loadErrors(replacing: ["cover.csv": Self.coverHeader + "weekday,D,1,2,yes,no\n" + Self.coverRest])
        #expect(errors.count == 1)
        expectError(errors.first, file: "cover.csv", line: 2, field: "minimum", mentions: ["lone", "second_worker"])
    }

    @Test func coverMinimumOfOneWithSecondWorkerIsAllowed() throws {
        let hub = try TemporaryHub(replacing: ["cover.csv": Self.coverHeader + "weekday,D,1,2,yes,yes\n" + Self.coverRest]).load()
        let rule = try #require(hub.coverRule(for: .weekday, shift: "D"))
        #expect(rule.minimum == 1 && rule.secondWorkerAvailable)
    }

    @Test func coverTargetBelowMinimum() {
        let errors = TemporaryHub.loadErrors(replacing: ["cover.csv": Self.coverHeader + "weekday,D,3,2,yes,no\n" + Self.coverRest])
        #expect(errors.count == 1)
        expectError(errors.first, file: "cover.csv", line: 2, field: "target", mentions: ["below the minimum"])
    }

    @Test func missingCoverRows() {
        let errors = TemporaryHub.loadErrors(replacing: ["cover.csv": Self.coverHeader + Self.coverRest])
        #expect(errors.count == 1)
        expectError(errors.first, file: "cover.csv", line: nil, field: "day_type", mentions: ["weekday D", "weekday,D"])
    }

    @Test func coverForAnUnknownShiftOrDayType() {
        let errors = TemporaryHub.loadErrors(replacing: ["cover.csv": Self.coverHeader + "weekday,D,2,3,yes,no\nholiday,N,2,2,yes,no\nweekday,E,2,2,no,no\n" + Self.coverRest])
        expectError(errors.first(in: "cover.csv", field: "day_type"), file: "cover.csv", line: 3, field: "day_type",
                    mentions: ["weekday, saturday, sunday, bank_holiday"])
        expectError(errors.first(in: "cover.csv", field: "shift"), file: "cover.csv", line: 4, field: "shift", mentions: ["\"E\"", "D, N"])
    }

    @Test func coverDayTypeAsExcelUsersWriteIt() throws {
        let cover = Self.coverHeader + "Weekday,D,2,3,Yes,No\n" + Self.coverRest.replacingOccurrences(of: "bank_holiday", with: "Bank Holiday")
        let hub = try TemporaryHub(replacing: ["cover.csv": cover]).load()
        #expect(hub.coverRule(for: .bankHoliday, shift: "N") != nil)
    }

    // MARK: - leave.csv, requests.csv, toil.csv, history.csv, carry_in.csv

    @Test func unknownAMHPInLeave() {
        let errors = TemporaryHub.loadErrors(replacing: ["leave.csv": "amhp_id,type,start,end,note\nA1,annual,2026-12-01,2026-12-02,\na1,annual,2026-12-03,2026-12-04,\n"])
        #expect(errors.count == 1)
        expectError(errors.first, file: "leave.csv", line: 3, field: "amhp_id", mentions: ["\"a1\"", "case-sensitive"])
    }

    @Test func leaveEndsBeforeItStarts() {
        let errors = TemporaryHub.loadErrors(replacing: ["leave.csv": "amhp_id,type,start,end,note\nA1,annual,2026-12-29,2026-12-24,\n"])
        #expect(errors.count == 1)
        expectError(errors.first, file: "leave.csv", line: 2, field: "end", mentions: ["2026-12-29", "2026-12-24", "last day"])
    }

    @Test func leaveWithABadTypeAndDate() {
        let errors = TemporaryHub.loadErrors(replacing: ["leave.csv": "amhp_id,type,start,end,note\nA1,holiday,2026-12-24,2026-12-32,\n"])
        #expect(errors.count == 2)
        expectError(errors.first(in: "leave.csv", field: "type"), file: "leave.csv", line: 2, field: "type",
                    mentions: ["annual, sickness, training, toil, other"])
        expectError(errors.first(in: "leave.csv", field: "end"), file: "leave.csv", line: 2, field: "end", mentions: ["2026-12-32"])
    }

    @Test func requestWithUnknownShift() {
        let errors = TemporaryHub.loadErrors(replacing: ["requests.csv": "amhp_id,date,shift,preference,weight,note\nB1,2026-12-25,Early,avoid,8,\n"])
        #expect(errors.count == 1)
        expectError(errors.first, file: "requests.csv", line: 2, field: "shift", mentions: ["Early", "D, N", "empty for any shift"])
    }

    @Test func requestWithBadPreferenceAndWeight() {
        let errors = TemporaryHub.loadErrors(replacing: ["requests.csv": "amhp_id,date,shift,preference,weight,note\nB1,2026-12-25,D,prefer,11,\nB1,2026-12-26,any,avoid,2.5,\n"])
        #expect(errors.count == 3)
        expectError(errors.first(in: "requests.csv", field: "preference"), file: "requests.csv", line: 2, field: "preference", mentions: ["want, avoid"])
        expectError(errors.first(in: "requests.csv", field: "weight"), file: "requests.csv", line: 2, field: "weight", mentions: ["1 and 10"])
        expectError(errors.last, file: "requests.csv", line: 3, field: "weight", mentions: ["whole number"])
    }

    @Test func requestForAnyShift() throws {
        let hub = try TemporaryHub(replacing: ["requests.csv": "amhp_id,date,shift,preference,weight\nB1,2026-12-26,any,want,3\n"]).load()
        #expect(hub.requests.first?.shiftCode == nil && hub.requests.first?.preference == .want)
    }

    @Test func planBackAboveBalance() {
        let errors = TemporaryHub.loadErrors(replacing: ["toil.csv": "amhp_id,balance_hours,plan_back_hours,note\nA1,7.5,15,\n"])
        #expect(errors.count == 1)
        expectError(errors.first, file: "toil.csv", line: 2, field: "plan_back_hours", mentions: ["15", "7.5", "at most the balance"])
    }

    @Test func twoTOILRowsForOneAMHP() {
        let errors = TemporaryHub.loadErrors(replacing: ["toil.csv": "amhp_id,balance_hours,plan_back_hours\nA1,7.5,0\nA1,3,0\n"])
        #expect(errors.count == 1)
        expectError(errors.first, file: "toil.csv", line: 3, field: "amhp_id", mentions: ["two rows"])
    }

    @Test func historyWithBadCounts() {
        let errors = TemporaryHub.loadErrors(replacing: ["history.csv": "amhp_id,months,nights,weekend_shifts,bank_holiday_shifts,worked_last_festive\nA1,11,-2,30,two,yes\n"])
        #expect(errors.count == 2)
        expectError(errors.first(in: "history.csv", field: "nights"), file: "history.csv", line: 2, field: "nights", mentions: ["out of range"])
        expectError(errors.first(in: "history.csv", field: "bank_holiday_shifts"), file: "history.csv", line: 2, field: "bank_holiday_shifts",
                    mentions: ["whole number"])
    }

    @Test func carryInTwoShiftsOnADay() {
        let errors = TemporaryHub.loadErrors(replacing: ["carry_in.csv": "amhp_id,date,shift\nA1,2026-11-30,D\nA1,2026-11-30,N\nA1,2026-11-29,\n"])
        #expect(errors.count == 2)
        expectError(errors.first(in: "carry_in.csv", field: "date"), file: "carry_in.csv", line: 3, field: "date", mentions: ["two shifts"])
        expectError(errors.first(in: "carry_in.csv", field: "shift"), file: "carry_in.csv", line: 4, field: "shift", mentions: ["empty"])
    }

    // MARK: - CSV shape

    @Test func rowWithTooManyFields() {
        let errors = TemporaryHub.loadErrors(replacing: ["leave.csv": "amhp_id,type,start,end\nA1,annual,2026-12-01,2026-12-02,Christmas\n"])
        #expect(errors.count == 1)
        expectError(errors.first, file: "leave.csv", line: 2, field: nil, mentions: ["5 fields", "header has 4"])
    }

    @Test func lineNumbersCountBlankLines() {
        let leave = "amhp_id,type,start,end\nA1,annual,2026-12-01,2026-12-02\n\n,,,\nA1,annual,2026-12-10,2026-12-09\n"
        let errors = TemporaryHub.loadErrors(replacing: ["leave.csv": leave])
        expectError(errors.first, file: "leave.csv", line: 5, field: "end")
    }

    // MARK: - Several files at once

    @Test func errorsInSeveralFilesAreReportedTogether() {
        let errors = TemporaryHub.loadErrors(replacing: [
            "leave.csv": "amhp_id,type,start,end\nZ9,annual,2026-12-01,2026-12-02\n",
            "toil.csv": "amhp_id,balance_hours,plan_back_hours\nA1,2,4\n",
            "requests.csv": "amhp_id,date,shift,preference,weight\nB1,2026-12-25,X,want,3\n",
            "rules.yaml": "hub:\n  name: Test hub\n  week_hours: 37\n",
            "history.csv": "amhp_id,months,nights,weekend_shifts,bank_holiday_shifts,worked_last_festive\nA1,11,12,30,2,perhaps\n",
        ])
        let files = Set(errors.map(\.file))
        #expect(files == ["leave.csv", "toil.csv", "requests.csv", "rules.yaml", "history.csv"])
        #expect(errors.count == 5)
        do {
            _ = try TemporaryHub(replacing: ["leave.csv": "amhp_id,type,start,end\nZ9,annual,2026-12-01,2026-12-02\n",
                                             "toil.csv": "amhp_id,balance_hours,plan_back_hours\nA1,2,4\n"]).load()
        } catch let errors as InputErrors {
            #expect(errors.description.hasPrefix("2 problems in the hub's files:"))
            #expect(errors.description.contains("leave.csv, line 2, field amhp_id: unknown AMHP id \"Z9\"."))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
