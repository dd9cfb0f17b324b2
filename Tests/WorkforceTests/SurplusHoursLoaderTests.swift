import Testing
@testable import Workforce

/// `hub.surplus_hours` must agree with shifts.csv, both ways: the loader says which file to change.
@Suite struct SurplusHoursLoaderTests {
    static let shiftsWithDuty = "code,name,start,end,night,kind\nD,Day,09:00,17:00,no,rota\nN,Night,21:00,09:00,yes,rota\nDT,Weekday duty,09:00,17:00,no,duty\n"
    /// The test hub's cover with a maximum column and weekday duty for up to four.
    static let coverWithDuty = (TemporaryHub.files["cover.csv"] ?? "")
        .replacingOccurrences(of: "second_worker\n", with: "second_worker,maximum\n") + "weekday,DT,0,0,no,no,4\n"

    static func rules(_ surplus: String) -> String { "hub:\n  name: Test hub\n  surplus_hours: \(surplus)\n" }

    @Test func dutyWithoutADutyShiftIsAnError() throws {
        let errors = TemporaryHub.loadErrors(replacing: ["rules.yaml": Self.rules("duty")])
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.file == "rules.yaml" && error.line == nil && error.field == "hub.surplus_hours")
        #expect(error.problem == "surplus hours are to go to duty, but shifts.csv has no duty shift.")
        #expect(error.fix.contains("DT,Weekday duty,09:00,17:00,no,duty") && error.fix.contains("surplus_hours: unplanned"))
    }

    @Test func unplannedWithADutyShiftIsAnError() throws {
        let errors = TemporaryHub.loadErrors(replacing: ["shifts.csv": Self.shiftsWithDuty, "cover.csv": Self.coverWithDuty,
                                                         "rules.yaml": Self.rules("unplanned")])
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.file == "rules.yaml" && error.field == "hub.surplus_hours")
        #expect(error.problem == "surplus hours are to be left unplanned, but shifts.csv has the duty shift DT.")
        #expect(error.fix == "write surplus_hours: duty, or remove the duty shift from shifts.csv and cover.csv.")
    }

    @Test func agreeingChoicesLoad() throws {
        let duty = try TemporaryHub(replacing: ["shifts.csv": Self.shiftsWithDuty, "cover.csv": Self.coverWithDuty,
                                                "rules.yaml": Self.rules("duty")]).load()
        #expect(duty.rules.surplusHours == .duty)
        let unplanned = try TemporaryHub(replacing: ["rules.yaml": Self.rules("unplanned")]).load()
        #expect(unplanned.rules.surplusHours == .unplanned)
    }

    @Test func theCheckAloneAnswersEveryCombination() {
        let day = ShiftType(code: "D", name: "Day", start: ClockTime(wrappingMinutes: 540), end: ClockTime(wrappingMinutes: 1020), isNight: false)
        let duty = ShiftType(code: "DT", name: "Duty", start: ClockTime(wrappingMinutes: 540), end: ClockTime(wrappingMinutes: 1020),
                             isNight: false, kind: .duty)
        #expect(HubLoader.surplusHoursErrors(nil, shifts: [day]).isEmpty)
        #expect(HubLoader.surplusHoursErrors(nil, shifts: [day, duty]).isEmpty)
        #expect(HubLoader.surplusHoursErrors(.duty, shifts: [day, duty]).isEmpty)
        #expect(HubLoader.surplusHoursErrors(.unplanned, shifts: [day]).isEmpty)
        #expect(HubLoader.surplusHoursErrors(.duty, shifts: [day]).count == 1)
        #expect(HubLoader.surplusHoursErrors(.unplanned, shifts: [day, duty]).count == 1)
    }
}
