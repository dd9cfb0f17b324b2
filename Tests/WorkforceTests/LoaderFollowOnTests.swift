import Testing
@testable import Workforce

/// One mistake gives one error: follow-on errors are not reported, and nothing is swallowed silently.
@Suite struct LoaderFollowOnTests {
    private static let amhpsHeader = "id,name,employer,profession,grade,approval_start,approval_end,fte,nhs_shifts_per_month,coordinate_days,coordinate_nights,nights,practice_educator,educator_id\n"

    /// A mistake in one AMHP's row drops the AMHP, and every other file then reports their id as unknown.
    @Test func aBadAMHPRowIsNotAlsoReportedAsAnUnknownIDElsewhere() {
        let amhps = Self.amhpsHeader
            + "A1,Amy Ashford,LA,social_worker,Senior AMHP,2024-01-01,2028-12-31,1.0,,yes,yes,yes,yes,\n"
            + "B1,Beth Barker,Northshire Partnership NHS Foundation Trust,nurse,AMHP,2025-03-01,2030-02-28,0.4,3,no,no,no,no,\n"
            + "T1,Tara Trent,LA,social_worker,Trainee AMHP,,,0.5,,no,no,no,no,A1\n"
        let errors = TemporaryHub.loadErrors(replacing: ["amhps.csv": amhps])
        #expect(errors.first?.file == "amhps.csv")
        #expect(errors.count == 1, "\(errors)")
    }

    /// A missing column in amhps.csv makes every id in every other file unknown.
    @Test func aBadAMHPsHeaderIsNotAlsoReportedAsUnknownIDsElsewhere() {
        let amhps = "id,name,employer,profession,grade,approval_start,approval_end,fte,nhs_shifts_per_month,coordinate_days,coordinate_nights\n"
            + "A1,Amy Ashford,LA,social_worker,Senior AMHP,2024-01-01,2028-12-31,1.0,,yes,yes\n"
        let errors = TemporaryHub.loadErrors(replacing: ["amhps.csv": amhps])
        #expect(errors.first?.field == "nights")
        #expect(errors.allSatisfy { $0.file == "amhps.csv" }, "\(errors)")
    }

    /// A bad time in one shift row drops the shift, and cover.csv and carry_in.csv then call its code unknown.
    @Test func aBadShiftRowIsNotAlsoReportedAsAnUnknownShiftElsewhere() {
        let errors = TemporaryHub.loadErrors(replacing: ["shifts.csv": "code,name,start,end,night\nD,Day,09:00,17:00,no\nN,Night,21:00,09:00:30,yes\n"])
        #expect(errors.first?.file == "shifts.csv")
        #expect(errors.count == 1, "\(errors)")
    }

    /// The check for missing cover rows runs only when no file read before cover.csv had an error.
    @Test func missingCoverRowsAreReportedAlongsideOtherErrors() {
        let cover = "day_type,shift,minimum,target,coordinator\nweekday,D,2,3,yes\nweekday,N,2,2,yes\n"
        let errors = TemporaryHub.loadErrors(replacing: ["cover.csv": cover, "rules.yaml": "hub:\n  nmae: Test hub\n"])
        #expect(errors.contains { $0.file == "rules.yaml" })
        #expect(errors.contains { $0.file == "cover.csv" }, "\(errors)")
    }

    /// An unmatched double quote swallows the rest of the file into one field, silently.
    @Test func anUnmatchedQuoteIsReported() {
        let leave = "amhp_id,type,start,end,note\nA1,annual,2026-12-01,2026-12-02,\"on leave\nA1,annual,2026-12-10,2026-12-12,\n"
        let errors = TemporaryHub.loadErrors(replacing: ["leave.csv": leave])
        #expect(errors.first?.file == "leave.csv")
    }

    /// An optional file emptied in Excel (no header row at all) should mean "no rows".
    @Test func anEmptyOptionalFileMeansNoRows() throws {
        let hub = try TemporaryHub(replacing: ["requests.csv": ""]).load()
        #expect(hub.requests.isEmpty)
    }

    /// The same column twice: the second silently wins.
    @Test func aRepeatedColumnIsReported() {
        let errors = TemporaryHub.loadErrors(replacing: ["leave.csv": "amhp_id,type,start,end,note,note\nA1,annual,2026-12-01,2026-12-02,a,b\n"])
        #expect(errors.first?.field == "note")
    }

    /// A key given twice in rules.yaml is an error, but without its line.
    @Test func aRepeatedRulesKeyGivesItsLine() {
        let errors = TemporaryHub.loadErrors(replacing: ["rules.yaml": "hub:\n  name: Test hub\n  name: Other hub\n"])
        #expect(errors.first?.file == "rules.yaml")
        #expect(errors.first?.line == 3)
    }
}

@Suite struct LoaderConsistencyTests {
    @Test func aNightCoordinatorMustWorkNights() {
        let amhps = "id,name,employer,profession,grade,approval_start,approval_end,fte,nhs_shifts_per_month,coordinate_days,coordinate_nights,nights\n"
            + "A1,Amy Ashford,LA,social_worker,Senior AMHP,2024-01-01,2028-12-31,1.0,,yes,yes,no\n"
        let errors = TemporaryHub.loadErrors(replacing: ["amhps.csv": amhps])
        #expect(errors.contains { $0.file == "amhps.csv" && $0.line == 2 && $0.field == "coordinate_nights" }, "\(errors)")
    }

    @Test func aNightShiftMustBeMarkedAsANight() {
        let errors = TemporaryHub.loadErrors(replacing: ["shifts.csv": "code,name,start,end,night\nD,Day,09:00,17:00,no\nN,Night,21:00,09:00,no\n"])
        #expect(errors.first?.file == "shifts.csv")
        #expect(errors.first?.line == 3)
        #expect(errors.first?.field == "night")
    }
}
