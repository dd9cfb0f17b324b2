import Testing
@testable import Workforce

/// A request to work duty from an NHS AMHP could never be honoured (`eligibility.duty`), so
/// requests.csv refuses it by line and field; an LA AMHP may ask for duty, and anyone may avoid it.
@Suite struct DutyRequestTests {
    static let shifts = "code,name,start,end,night,kind\nD,Day,09:00,17:00,no,rota\nN,Night,21:00,09:00,yes,rota\nDT,Weekday duty,09:00,17:00,no,duty\n"

    /// The test hub with weekday duty (a cap of 4) and `requests` as requests.csv's rows.
    static func files(_ requests: String) -> [String: String] {
        let rows = (TemporaryHub.files["cover.csv"] ?? "").split(separator: "\n").dropFirst().map { $0 + "," }
        let cover = (["day_type,shift,minimum,target,coordinator,second_worker,maximum"] + rows + ["weekday,DT,0,0,no,no,4"])
            .joined(separator: "\n") + "\n"
        return ["shifts.csv": shifts, "cover.csv": cover, "requests.csv": "amhp_id,date,shift,preference,weight,note\n" + requests]
    }

    @Test func anNHSAMHPAskingForDutyIsRefusedByLine() throws {
        // Beth Barker works for her trust.
        let errors = TemporaryHub.loadErrors(replacing: Self.files("A1,2026-12-02,DT,want,3,\nB1,2026-12-03,DT,want,5,\n"))
        #expect(errors.count == 1)
        let error = try #require(errors.first(in: "requests.csv"))
        #expect(error.line == 3 && error.field == "shift")
        #expect(error.problem == "Beth Barker is employed by Northshire Partnership NHS Foundation Trust, and duty (DT) is for LA AMHPs only.")
    }

    @Test func anLAAMHPMayAskForDutyAndAnyoneMayAvoidIt() throws {
        // The zero case: Amy (LA) wants duty, Beth (NHS) avoids it.
        let hub = try TemporaryHub(replacing: Self.files("A1,2026-12-02,DT,want,3,\nB1,2026-12-03,DT,avoid,5,\n")).load()
        #expect(hub.requests.count == 2)
    }
}
