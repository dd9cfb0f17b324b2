import Foundation
@testable import Service
import Storage
import Testing
import Vapor
import VaporTesting
import Workforce

/// `GET` and `PUT /api/hub/settings`: each shift's kind, each cover rule's maximum, surplus_hours
/// and the pay for unsocial hours, seen by staff, set by a manager, refused with every problem
/// named by its field and fix, and stored only whole.
@Suite struct HubSettingsAPITests {
    /// The demo hub's settings as a PUT body, changed by `change`.
    static func edit(_ service: ServiceHarness, _ change: (inout [String: Any]) -> Void = { _ in }) async throws -> [String: Any] {
        let settings = try ServiceHarness.object(try await service.send(.GET, "/api/hub/settings", as: "sam"))
        let shifts = try #require(settings["shift_types"] as? [[String: Any]])
        var body: [String: Any] = [
            "shift_kinds": shifts.map { ["shift": $0["code"] ?? "", "kind": $0["kind"] ?? ""] },
            "cover": try #require(settings["cover"] as? [[String: Any]]),
            "surplus_hours": settings["surplus_hours"] ?? NSNull(),
            "unsocial_hours": try #require(settings["unsocial_hours"] as? [String: Any]),
        ]
        change(&body)
        return body
    }

    /// The index in the body's cover table of a day type and shift.
    static func row(_ body: [String: Any], _ dayType: String, _ shift: String) throws -> Int {
        let cover = try #require(body["cover"] as? [[String: Any]])
        return try #require(cover.firstIndex { $0["day_type"] as? String == dayType && $0["shift"] as? String == shift })
    }

    static func setting(_ body: inout [String: Any], cover index: Int, _ key: String, _ value: Any) {
        var cover = body["cover"] as? [[String: Any]] ?? []
        cover[index][key] = value
        body["cover"] = cover
    }

    static func setKind(_ body: inout [String: Any], _ shift: String, _ kind: String) {
        body["shift_kinds"] = (body["shift_kinds"] as? [[String: Any]] ?? []).map {
            $0["shift"] as? String == shift ? ["shift": shift, "kind": kind] : $0
        }
    }

    static func setRate(_ body: inout [String: Any], _ employer: String, _ key: String, _ value: Any) {
        var terms = body["unsocial_hours"] as? [String: Any] ?? [:]
        var rates = terms[employer] as? [String: Any] ?? [:]
        rates[key] = value
        terms[employer] = rates
        body["unsocial_hours"] = terms
    }

    static func problems(_ response: TestingHTTPResponse) throws -> [[String: String]] {
        try #require(try ServiceHarness.object(response)["problems"] as? [[String: String]], "\(response.body.string)")
    }

    @Test func staffSeeTheDutyShiftEachMaximumWhereSurplusHoursGoAndThePayRates() async throws {
        try await ServiceHarness.with { service in
            for user in ["sam", "lee", "jo"] {
                #expect(try await service.send(.GET, "/api/hub/settings", as: user).status == .ok, "\(user)")
            }
            #expect(try await service.send(.GET, "/api/hub/settings", as: "helen").status == .forbidden)
            let settings = try ServiceHarness.object(try await service.send(.GET, "/api/hub/settings", as: "lee"))
            let shifts = try #require(settings["shift_types"] as? [[String: Any]])
            #expect(shifts.map { "\($0["code"] ?? "") \($0["kind"] ?? "")" } == ["D rota", "L rota", "N rota", "DT duty"])
            let cover = try #require(settings["cover"] as? [[String: Any]])
            let weekdayDay = try #require(cover.first { $0["day_type"] as? String == "weekday" && $0["shift"] as? String == "D" })
            #expect(weekdayDay["minimum"] as? Int == 3 && weekdayDay["target"] as? Int == 4 && weekdayDay["maximum"] as? Int == 5)
            let duty = cover.filter { $0["shift"] as? String == "DT" }
            #expect(duty.count == 1 && duty.first?["maximum"] as? Int == 15 && duty.first?["day_type"] as? String == "weekday")
            #expect(settings["surplus_hours"] as? String == "duty" && settings["surplus_hours_in_effect"] as? String == "duty")
            let terms = try #require(settings["unsocial_hours"] as? [String: Any])
            #expect(terms["night_start"] as? String == "20:00" && terms["night_end"] as? String == "06:00")
            #expect((terms["la"] as? [String: Any])?["hourly_pay"] as? Double == 22.87)
            #expect((terms["nhs"] as? [String: Any])?["bank_holiday"] as? Double == 0.6)
        }
    }

    @Test(arguments: ServiceHarness.Backend.postgresURL == nil ? [ServiceHarness.Backend.sqlite] : ServiceHarness.Backend.allCases)
    func aManagerSetsAMaximumTheRatesAndSurplusHoursAndTheyAreStored(_ backend: ServiceHarness.Backend) async throws {
        try await ServiceHarness.with(backend) { service in
            var body = try await Self.edit(service)
            Self.setting(&body, cover: try Self.row(body, "weekday", "D"), "maximum", 6)
            Self.setting(&body, cover: try Self.row(body, "weekday", "DT"), "maximum", 9)
            // Left out, a rota shift's maximum is the target plus one.
            var cover = body["cover"] as? [[String: Any]] ?? []
            cover[try Self.row(body, "sunday", "L")].removeValue(forKey: "maximum")
            body["cover"] = cover
            Self.setRate(&body, "nhs", "night", 0.35)
            Self.setRate(&body, "la", "hourly_pay", 23.5)
            var terms = body["unsocial_hours"] as? [String: Any] ?? [:]
            terms["night_start"] = "21:00"
            body["unsocial_hours"] = terms
            body["surplus_hours"] = NSNull()
            let response = try await service.send(.PUT, "/api/hub/settings", as: "sam", json: body)
            #expect(response.status == .ok, "\(response.body.string)")
            #expect(try ServiceHarness.object(response)["surplus_hours_in_effect"] as? String == "duty")

            let hub = try await HubRepository(database: service.app.db).require()
            let rule = { (dayType: DayType, shift: String) in hub.coverRules.first { $0.dayType == dayType && $0.shiftCode == shift } }
            #expect(rule(.weekday, "D")?.maximum == 6)
            #expect(rule(.weekday, "DT")?.maximum == 9)
            #expect(rule(.sunday, "L")?.maximum == 3)
            #expect(hub.rules.unsocialHours.nhs.night == 0.35 && hub.rules.unsocialHours.localAuthority.hourlyPay == 23.5)
            #expect(hub.rules.unsocialHours.nightStart.description == "21:00")
            #expect(hub.rules.surplusHours == nil)
            #expect(hub.shiftType("DT")?.isDuty == true)
            let audit = try ServiceHarness.array(try await service.send(.GET, "/api/audit", as: "sam"))
            #expect(audit.contains { $0["action"] as? String == "hub.settings" && $0["actor"] as? String == "sam" })
            // Only a manager sets them.
            for user in ["lee", "jo", "helen"] {
                #expect(try await service.send(.PUT, "/api/hub/settings", as: user, json: body).status == .forbidden, "\(user)")
            }
        }
    }

    /// The hub's own rules, reused: each refusal names the field of the change and says how to fix it.
    @Test func whatTheHubsRulesForbidIsNamedByFieldWithTheFix() async throws {
        try await ServiceHarness.with { service in
            let before = try await service.send(.GET, "/api/hub/settings", as: "sam").body.string
            let base = try await Self.edit(service)
            let weekdayDay = try Self.row(base, "weekday", "D"), weekdayDuty = try Self.row(base, "weekday", "DT")
            let cases: [(String, (inout [String: Any]) throws -> Void, String, String)] = [
                ("maximum below target", { body in Self.setting(&body, cover: weekdayDay, "maximum", 3) },
                 "cover[\(weekdayDay)].maximum", "below the target"),
                ("duty with a minimum", { body in Self.setting(&body, cover: weekdayDuty, "minimum", 2) },
                 "cover[\(weekdayDuty)].minimum", "duty shift"),
                ("a night on duty", { body in Self.setKind(&body, "N", "duty") }, "shift_kinds[2].kind", "cannot be a night"),
                ("duty surplus without a duty shift", { body in
                    Self.setKind(&body, "DT", "rota")
                    var cover = (body["cover"] as? [[String: Any]] ?? []).filter { $0["shift"] as? String != "DT" }
                    for dayType in DayType.allCases {
                        cover.append(["day_type": dayType.rawValue, "shift": "DT", "minimum": 0, "target": 0, "coordinator": false])
                    }
                    body["cover"] = cover
                 }, "surplus_hours", "no duty shift"),
                ("a rota shift without cover", { body in
                    body["cover"] = (body["cover"] as? [[String: Any]] ?? []).filter { !($0["day_type"] as? String == "sunday" && $0["shift"] as? String == "N") }
                 }, "cover", "no cover is given for sunday N"),
            ]
            for (name, change, field, words) in cases {
                var body = try await Self.edit(service)
                try change(&body)
                let response = try await service.send(.PUT, "/api/hub/settings", as: "sam", json: body)
                #expect(response.status == .unprocessableEntity, "\(name): \(response.body.string)")
                let problems = try Self.problems(response)
                #expect(problems.contains { $0["field"] == field && ($0["message"] ?? "").contains(words) && ($0["message"] ?? "").contains("Fix:") },
                        "\(name): \(problems)")
            }
            #expect(try await service.send(.GET, "/api/hub/settings", as: "sam").body.string == before, "a refusal changed nothing")
        }
    }

    /// Out of bounds, unknown and too many: refused by the parsing layer, before the hub is checked.
    @Test func valuesOutOfBoundsAreRefusedNamingEachField() async throws {
        try await ServiceHarness.with { service in
            var body = try await Self.edit(service)
            Self.setting(&body, cover: 0, "minimum", 100)
            Self.setting(&body, cover: 1, "maximum", -1)
            Self.setting(&body, cover: 2, "day_type", "holiday")
            Self.setting(&body, cover: 3, "shift", "ZZ")
            Self.setKind(&body, "L", "standby")
            Self.setRate(&body, "la", "hourly_pay", 1001)
            Self.setRate(&body, "nhs", "night", -0.1)
            Self.setRate(&body, "nhs", "sunday", 5.01)
            var terms = body["unsocial_hours"] as? [String: Any] ?? [:]
            terms["night_start"] = "25:00"
            terms["night_end"] = "6 am"
            body["unsocial_hours"] = terms
            body["surplus_hours"] = "bank"
            let response = try await service.send(.PUT, "/api/hub/settings", as: "sam", json: body)
            #expect(response.status == .unprocessableEntity, "\(response.body.string)")
            let fields = Set(try Self.problems(response).compactMap { $0["field"] })
            #expect(fields == ["cover[0].minimum", "cover[1].maximum", "cover[2].day_type", "cover[3].shift", "shift_kinds[1].kind",
                               "unsocial_hours.la.hourly_pay", "unsocial_hours.nhs.night", "unsocial_hours.nhs.sunday",
                               "unsocial_hours.night_start", "unsocial_hours.night_end", "surplus_hours"])

            var twice = try await Self.edit(service)
            twice["shift_kinds"] = Array((twice["shift_kinds"] as? [[String: Any]] ?? []).dropLast()) + [["shift": "D", "kind": "rota"]]
            let repeated = try Self.problems(try await service.send(.PUT, "/api/hub/settings", as: "sam", json: twice))
            #expect(repeated.contains { $0["field"] == "shift_kinds[3].shift" })
            #expect(repeated.contains { $0["field"] == "shift_kinds" && ($0["message"] ?? "").contains("DT") })

            var many = try await Self.edit(service)
            many["cover"] = Array(repeating: (many["cover"] as? [[String: Any]])?.first ?? [:], count: 1000)
            #expect(try Self.problems(try await service.send(.PUT, "/api/hub/settings", as: "sam", json: many)).map { $0["field"] } == ["cover"])
        }
    }

    @Test func wrongTypesAreRefusedNamingTheField() async throws {
        try await ServiceHarness.with { service in
            let cases: [((inout [String: Any]) -> Void, String)] = [
                ({ Self.setting(&$0, cover: 0, "minimum", "three") }, "cover[0].minimum"),
                ({ Self.setRate(&$0, "la", "night", "a third") }, "unsocial_hours.la.night"),
                ({ Self.setRate(&$0, "la", "night", NSNull()) }, "unsocial_hours.la.night"),
                ({ $0["unsocial_hours"] = "NJC" }, "unsocial_hours"),
                ({ $0["shift_kinds"] = NSNull() }, "shift_kinds"),
                ({ $0.removeValue(forKey: "cover") }, "cover"),
                ({ $0["surplus_hours"] = 1 }, "surplus_hours"),
            ]
            for (change, field) in cases {
                var body = try await Self.edit(service)
                change(&body)
                let response = try await service.send(.PUT, "/api/hub/settings", as: "sam", json: body)
                #expect(response.status == .badRequest, "\(field): \(response.body.string)")
                #expect(try Self.problems(response).first?["field"] == field, "\(response.body.string)")
            }
            // A fraction where a whole number goes is refused too; Foundation's decoder on Linux
            // reports it as unreadable JSON without a path, so the field may be only the body.
            var fraction = try await Self.edit(service)
            Self.setting(&fraction, cover: 0, "maximum", 4.5)
            let refused = try await service.send(.PUT, "/api/hub/settings", as: "sam", json: fraction)
            #expect(refused.status == .badRequest)
            #expect(["cover[0].maximum", "body"].contains(try Self.problems(refused).first?["field"] ?? ""))
            // A missing number inside a row is named as missing, with what to give.
            var body = try await Self.edit(service)
            Self.setting(&body, cover: 0, "target", NSNull())
            let missing = try Self.problems(try await service.send(.PUT, "/api/hub/settings", as: "sam", json: body))
            #expect(missing.first?["field"] == "cover[0].target" && (missing.first?["message"] ?? "").hasPrefix("is missing"))
        }
    }
}
