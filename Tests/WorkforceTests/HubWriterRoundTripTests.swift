import Foundation
import Testing
@testable import Workforce

/// A hub with everything issue 20 added (a duty shift, maxima, surplus_hours and its own rates of
/// pay for unsocial hours) comes back from its folder unchanged: load → write → load.
@Suite struct HubWriterRoundTripTests {
    static let shifts = "code,name,start,end,night,kind\nD,Day,09:00,17:00,no,\nN,Night,21:00,09:00,yes,rota\nDT,Weekday duty,09:30,16:30,no,duty\n"
    static let cover = """
        day_type,shift,minimum,target,coordinator,second_worker,maximum
        weekday,D,2,3,yes,no,5
        weekday,N,2,2,yes,no,
        weekday,DT,0,0,no,no,3
        saturday,D,2,2,yes,no,2
        saturday,N,2,2,yes,no,
        saturday,DT,0,0,no,no,1
        sunday,D,2,2,yes,no,
        sunday,N,2,2,yes,no,
        bank_holiday,D,2,2,yes,no,
        bank_holiday,N,2,2,yes,no,4

        """
    static let rules = """
        hub:
          name: Round-trip hub
          standard_week_hours: 36
          surplus_hours: duty
        weights:
          cover_above_target: 750
          unsocial_hours_cost: 0.02
        unsocial_hours:
          night_start: "22:00"
          night_end: "07:00"
          la:
            hourly_pay: 23.5
            night: 0.3333
            saturday: 0.5
            sunday: 1
            bank_holiday: 1.5
          nhs:
            hourly_pay: 27.1
            night: 0.3
            saturday: 0.3
            sunday: 0.6
            bank_holiday: 0.6

        """

    @Test func aHubWithDutyMaximaAndRatesRoundTrips() throws {
        let first = try TemporaryHub(replacing: ["shifts.csv": Self.shifts, "cover.csv": Self.cover, "rules.yaml": Self.rules]).load()
        #expect(first.shiftType("DT")?.isDuty == true)
        #expect(first.coverRule(for: .weekday, shift: "N")?.maximum == 3, "the default, written out as a number")
        #expect(first.rules.surplusHours == .duty && first.rules.unsocialHours.nhs.hourlyPay == 27.1)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("round-trip-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try HubWriter.write(first, to: folder)
        let second = try HubLoader.load(folder: folder)
        #expect(second == first)
    }

    /// Rates that are not short decimals (NJC's night rate is a third) and surplus_hours left to
    /// follow shifts.csv survive too.
    @Test func theDefaultsRoundTrip() throws {
        var hub = try TemporaryHub().load()
        var rules = hub.rules
        rules.unsocialHours.localAuthority = .njc
        rules.surplusHours = nil
        hub = Hub(amhps: hub.amhps, shiftTypes: hub.shiftTypes, coverRules: hub.coverRules, absences: hub.absences,
                  requests: hub.requests, toil: hub.toil, history: hub.history, carryIn: hub.carryIn, rules: rules)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("round-trip-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try HubWriter.write(hub, to: folder)
        let text = try String(contentsOf: folder.appendingPathComponent("rules.yaml"), encoding: .utf8)
        #expect(!text.contains("surplus_hours"), "nil is left out, so it keeps following shifts.csv")
        #expect(try HubLoader.load(folder: folder) == hub)
    }
}
