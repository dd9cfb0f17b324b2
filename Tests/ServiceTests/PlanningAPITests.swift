import Foundation
import Storage
import Testing
import Vapor
import VaporTesting
@testable import Service
import Workforce

/// The lead's planning API: numbers as the commands give them, charts as SVG, tables as CSV,
/// scenario runs in the background, and only leads and managers let in.
@Suite struct PlanningAPITests {
    @Test func sufficiencyAgreesWithTheCommandForTheSameMonth() async throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("amhp-sufficiency-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let cli = try await PlanningTestApp.runCLI(["sufficiency", "--hub", PlanningTestApp.demoHub.path, "--month", "2026-12", "--out", out.path])
        #expect(cli.status == 0)
        let fte = Dictionary(try PlanningTestApp.csvRows(out.appendingPathComponent("fte.csv")).dropFirst().map { ($0[0], $0[1]) }) { first, _ in first }
        let cover = try PlanningTestApp.csvRows(out.appendingPathComponent("cover_needed.csv")).dropFirst()

        try await PlanningTestApp.with { service in
            let response = try await service.send(.GET, "/api/sufficiency?month=2026-12", as: .lead)
            #expect(response.status == .ok, "\(response.body.string)")
            let json = try PlanningTestApp.object(response)
            #expect(SchemaCheck.problems(json, schema: "SufficiencySummary") == [])
            #expect(json["month"] as? String == "2026-12")
            // The service ran the command on the hub from the database; it must come to the same numbers.
            let fixed = { (key: String, decimals: Int) in String(format: "%.\(decimals)f", json[key] as? Double ?? .nan) }
            #expect(fixed("gap_fte", 2) == fte["gap_fte"])
            #expect(fixed("needed_fte", 2) == fte["needed_fte"])
            #expect(fixed("available_fte", 2) == fte["available_fte"])
            #expect(fixed("uncovered_shifts_per_month", 1) == fte["uncovered_shifts_per_month"])
            #expect((json["gap_fte"] as? Double ?? 0) > 0)
            let shifts = try #require(json["shifts"] as? [[String: Any]])
            #expect(shifts.count == cover.count)
            for (shift, row) in zip(shifts, cover) {
                #expect([shift["day_type"] as? String, shift["shift"] as? String] == [row[0], row[1]])
                #expect([shift["teams_needed"], shift["amhps_needed"], shift["hub_minimum"], shift["hub_target"]].map { "\($0 ?? "")" }
                        == [row[2], row[3], row[4], row[5]])
            }
            let ratios = try #require(json["ratios"] as? [String: Any])
            #expect(ratios["approved_amhps"] as? Int == 34)
            // Response by priority class and the simulation check, as the command wrote them.
            let priorities = try #require((json["response"] as? [String: Any])?["priorities"] as? [[String: Any]])
            #expect(priorities.map { $0["name"] as? String } == ["s136", "urgent", "ward", "community"])
            let byPriority = try PlanningTestApp.csvRows(out.appendingPathComponent("response_by_priority.csv")).dropFirst()
            #expect(zip(priorities, byPriority).allSatisfy { String(format: "%.4f", $0["achieved_share"] as? Double ?? .nan) == $1[6] })
            let simulation = try #require(json["simulation"] as? [String: Any])
            #expect(simulation["replications"] as? Int == 1000 && simulation["fte_uses"] as? String == "erlang_c")
            let rows = try #require(simulation["rows"] as? [[String: Any]])
            #expect(rows.map { $0["key"] as? String } == ["all", "office_hours", "out_of_hours", "night", "class:s136", "class:urgent", "class:ward", "class:community"])
            let checked = try PlanningTestApp.csvRows(out.appendingPathComponent("simulation_check.csv")).dropFirst()
            #expect(String(format: "%.4f", rows[0]["simulated"] as? Double ?? .nan) == checked.first?[4])

            // A demand change reaches the model: more demand never needs less.
            let more = try PlanningTestApp.object(try await service.send(.GET, "/api/sufficiency?month=2026-12&demand_change=30", as: .manager))
            #expect((more["demand_factor"] as? Double ?? 0) == 1.3)
            #expect((more["needed_fte"] as? Double ?? 0) >= (json["needed_fte"] as? Double ?? .infinity))

            // Assumptions move for one run, each checked against its bounds; nights are reported apart.
            let periods = try #require((json["response"] as? [String: Any])?["periods"] as? [[String: Any]])
            #expect(periods.compactMap { $0["period"] as? String } == ["office_hours", "out_of_hours", "night"])
            let one = try PlanningTestApp.object(try await service.send(.GET, "/api/sufficiency?month=2026-12&amhps_per_assessment=1", as: .lead))
            #expect((one["needed_fte"] as? Double ?? .infinity) < (json["needed_fte"] as? Double ?? 0))
            let refused = try await service.send(.GET, "/api/sufficiency?amhps_per_assessment=3&night_minimum=x", as: .lead)
            #expect(refused.status == .unprocessableEntity)
            let fields = ((try PlanningTestApp.object(refused)["problems"] as? [[String: Any]]) ?? []).compactMap { $0["field"] as? String }
            #expect(Set(fields) == ["amhps_per_assessment", "night_minimum"])
        }
    }

    /// TOIL taken back comes from the service's own ledger once it has entries in the twelve
    /// whole months before this one; before that, from the planning folder's toil_by_month.csv.
    @Test func theTOILAbstractionComesFromTheLedger() async throws {
        try await PlanningTestApp.with { service in
            let before = try PlanningTestApp.object(try await service.send(.GET, "/api/sufficiency?month=2026-12", as: .lead))
            let folderFigures = try #require((before["basis"] as? [String: Any])?["toil_ledger"] as? [String: Any])
            #expect(folderFigures["first_month"] as? String == "2025-12" && folderFigures["months"] as? Int == 12)

            let lastMonth = ServiceClock.thisMonth.previous
            for (id, hours) in [("A01", 6.5), ("A02", 3.5), ("A24", 8.0)] {
                let entry = try await service.send(.POST, "/api/toil/entries", as: .hr, json: [
                    "amhp_id": id, "kind": "accrued", "hours": hours, "date": lastMonth.firstDay.adding(days: 2).description,
                    "reason": "Assessment overran", "approved_by": "Sam (TM)"])
                #expect(entry.status == .created, "\(entry.body.string)")
            }
            let after = try PlanningTestApp.object(try await service.send(.GET, "/api/sufficiency?month=2026-12", as: .lead))
            #expect(SchemaCheck.problems(after, schema: "SufficiencySummary") == [])
            let basis = try #require(after["basis"] as? [String: Any])
            let ledger = try #require(basis["toil_ledger"] as? [String: Any])
            #expect(ledger["first_month"] as? String == lastMonth.description && ledger["months"] as? Int == 1)
            #expect(ledger["accrued_hours"] as? Double == 10 && ledger["nhs_accrued_hours"] as? Double == 8)
            // One month scaled to a year, over the LA FTE.
            #expect(ledger["hours_per_year"] as? Double == 120)
            let fte = try #require(ledger["la_fte"] as? Double)
            #expect(abs((basis["toil_hours"] as? Double ?? 0) - 120 / fte) < 1e-6)

            let page = try await service.send(.GET, "/sufficiency?month=2026-12", as: .lead)
            #expect(page.body.string.contains("TOIL taken back") && page.body.string.contains("from the TOIL ledger, \(lastMonth) to \(lastMonth), scaled to a year"))
        }
    }

    @Test func chartsAreSVGAndEveryTableIsCSVWithItsHeader() async throws {
        let headers = [
            "demand_by_hour.csv": "hour_of_week,day,hour,referrals_logged,referrals_expected_per_hour,assessments_expected_per_hour,offered_load_teams,teams_needed_alone,teams_on_duty,share_in_time,amhps_on_duty_needed,amhps_on_duty_minimum,amhps_on_duty_target",
            "demand_by_month.csv": "month,referrals,days_observed,referrals_per_day,observed_month_index,seasonal_index",
            "cover_needed.csv": "day_type,shift,teams_needed,amhps_needed,hub_minimum,hub_target,needed_minus_minimum",
            "fte.csv": "quantity,value,meaning",
            "workforce_fte.csv": "amhp_id,name,employer,profession,rota_fte,approved_share_of_month,effective_fte",
            "benchmarks.csv": "measure,hub,benchmark,source",
            "response_by_priority.csv": "class,label,within_hours,target_share,share_of_referrals,referrals_per_year,achieved_share",
            "simulation_check.csv": "measure,key,label,erlang_c,simulated,half_width_95",
        ]
        let successionHeaders = [
            "register.csv": "amhp_id,name,employer,profession,status,age,approval_start,warrant_expiry,reapproval_due,days_to_reapproval,suspensions,cpd_hours_last_12_months,under_18_hours,cpd_hours_towards_reapproval,reapproval_due_while_under_18,hours_needed_for_reapproval,booked_hours,short_approval_years,reapproval_chance",
            "cpd_ledger.csv": "amhp_id,approval_year,from,to,hours,complete,under_18_hours",
            "projection.csv": "quarter,from,to,plan,group,measure,p10,median,p90,target",
            "projection_flows.csv": "quarter,start,joined,retired,left,not_reapproved,end",
            "training_plan.csv": "row,when,people,cost,approved_from,target_fte,median_fte_permanent,agency_fte,nhs_extra_fte,median_fte_with_plan,meets_target,why_not",
        ]
        try await PlanningTestApp.with { service in
            for (file, header) in headers {
                let response = try await service.send(.GET, "/api/sufficiency/\(file)?month=2026-12", as: .lead)
                #expect(response.status == .ok, "\(file): \(response.body.string)")
                #expect(response.headers.contentType?.subType == "csv")
                #expect(response.headers.first(name: .contentDisposition)?.contains("2026-12") == true)
                // Every CSV download starts with the UTF-8 byte order mark, for Excel.
                #expect(response.body.string.hasPrefix("\u{FEFF}"), "\(file)")
                #expect(response.body.string.dropFirst().split(whereSeparator: \.isNewline).first.map(String.init) == header, "\(file)")
            }
            for file in ["demand_heatmap.svg", "cover_needed.svg"] {
                let response = try await service.send(.GET, "/api/sufficiency/\(file)?month=2026-12", as: .manager)
                #expect(response.status == .ok)
                #expect(response.headers.contentType?.type == "image" && response.headers.contentType?.subType == "svg+xml")
                #expect(response.body.string.contains("<svg xmlns=\"http://www.w3.org/2000/svg\"") && response.body.string.hasSuffix("</svg>\n"))
            }
            let query = "as_of=2026-11-23&simulations=100"
            for (file, header) in successionHeaders {
                let response = try await service.send(.GET, "/api/succession/\(file)?\(query)", as: .lead)
                #expect(response.status == .ok, "\(file): \(response.body.string)")
                // Every CSV download starts with the UTF-8 byte order mark, for Excel.
                #expect(response.body.string.hasPrefix("\u{FEFF}"), "\(file)")
                #expect(response.body.string.dropFirst().split(whereSeparator: \.isNewline).first.map(String.init) == header, "\(file)")
            }
            let fan = try await service.send(.GET, "/api/succession/succession_fan.svg?\(query)", as: .lead)
            #expect(fan.headers.contentType?.subType == "svg+xml" && fan.body.string.contains("target"))
        }
    }

    @Test func successionGivesTheRegisterTheProjectionAndThePlanAsTheCommandDoes() async throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("amhp-succession-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let cli = try await PlanningTestApp.runCLI(["succession", "--hub", PlanningTestApp.demoHub.path, "--as-of", "2026-11-23", "--simulations", "200",
                                              "--seed", "3", "--out", out.path])
        #expect(cli.status == 0)
        let plan = try PlanningTestApp.csvRows(out.appendingPathComponent("training_plan.csv")).dropFirst()
        let intakes = plan.filter { $0[0] == "intake" }
        let registered = try PlanningTestApp.csvRows(out.appendingPathComponent("register.csv")).dropFirst().map { $0[0] }

        try await PlanningTestApp.with { service in
            let query = "as_of=2026-11-23&simulations=200&seed=3"
            let register = try PlanningTestApp.object(try await service.send(.GET, "/api/succession/register?\(query)", as: .lead))
            #expect(SchemaCheck.problems(register, schema: "Register") == [])
            let entries = try #require(register["entries"] as? [[String: Any]])
            #expect(entries.compactMap { $0["amhp_id"] as? String } == registered)
            #expect(entries.filter { $0["reapproval_due_while_under_18"] as? Bool == true }.compactMap { $0["amhp_id"] as? String } == ["A04", "A09", "A12", "A20", "A23", "A24", "A28", "A33"])
            #expect(entries.filter { $0["under_18_hours"] as? Bool == true }.count == 4)

            let projection = try PlanningTestApp.object(try await service.send(.GET, "/api/succession/projection?\(query)", as: .manager))
            #expect(SchemaCheck.problems(projection, schema: "Projection") == [])
            #expect(projection["simulations"] as? Int == 200)
            let quarters = try #require(projection["quarters"] as? [[String: Any]])
            #expect(quarters.count >= 20)
            for quarter in quarters {
                let band = try #require(quarter["fte_with_plan"] as? [String: Double])
                #expect(band["p10"]! <= band["median"]! && band["median"]! <= band["p90"]!)
            }

            let training = try PlanningTestApp.object(try await service.send(.GET, "/api/succession/training-plan?\(query)", as: .lead))
            #expect(SchemaCheck.problems(training, schema: "TrainingPlan") == [])
            let planned = try #require(training["intakes"] as? [[String: Any]])
            #expect(planned.map { $0["start"] as? String ?? "" } == intakes.map { $0[1] })
            #expect(planned.map { "\($0["trainees"] ?? "")" } == intakes.map { $0[2] })

            let whole = try PlanningTestApp.object(try await service.send(.GET, "/api/succession?\(query)", as: .lead))
            #expect(SchemaCheck.problems(whole, schema: "SuccessionSummary") == [])
        }
    }

    @Test func sameInputsAreWorkedOutOnce() async throws {
        try await PlanningTestApp.with { service in
            let results = service.app.planning.folder.appendingPathComponent("results")
            for path in ["/api/sufficiency?month=2027-01", "/api/sufficiency?month=2027-01", "/api/sufficiency/fte.csv?month=2027-01"] {
                let response = try await service.send(.GET, path, as: .lead)
                #expect(response.status == .ok)
            }
            let once = try FileManager.default.contentsOfDirectory(atPath: results.path)
            #expect(once.count == 1)
            // A different question is a different result.
            let other = try await service.send(.GET, "/api/sufficiency?month=2027-02", as: .lead)
            #expect(other.status == .ok)
            let twice = try FileManager.default.contentsOfDirectory(atPath: results.path)
            #expect(twice.count == 2)
        }
    }

    @Test func onlyLeadsAndManagersMayPlan() async throws {
        try await PlanningTestApp.with { service in
            let document = try PlanningTestApp.object(try await service.send(.GET, "/openapi.json", as: nil))
            let paths = try #require(document["paths"] as? [String: [String: [String: Any]]])
            var checked = 0
            for (path, operations) in paths {
                for (method, operation) in operations where (operation["tags"] as? [String]) == ["Planning"] {
                    #expect(Set(operation["x-roles"] as? [String] ?? []) == ["lead", "manager"], "\(method) \(path)")
                    let concrete = path.replacingOccurrences(of: "{runID}", with: UUID().uuidString)
                        .replacingOccurrences(of: "{file}", with: "scenarios.csv")
                    for role in [UserRole.amhp, .hr] {
                        let response = try await service.send(HTTPMethod(rawValue: method.uppercased()), concrete, as: role)
                        #expect(response.status == .forbidden, "\(role) \(method) \(path): \(response.status)")
                    }
                    #expect(try await service.send(HTTPMethod(rawValue: method.uppercased()), concrete, as: nil).status == .unauthorized)
                    checked += 1
                }
            }
            // Sufficiency 1 + 3 charts + 9 tables; scenarios 7; succession 4 + 1 chart + 5 tables; the annual report 2.
            #expect(checked == 32)
            for page in ["/sufficiency", "/scenarios", "/succession", "/report"] {
                #expect(try await service.send(.GET, page, as: .amhp).status == .forbidden, "\(page)")
                #expect(try await service.send(.GET, page, as: .hr).status == .forbidden, "\(page)")
            }
        }
    }

    @Test func aBadScenarioIsRefusedNamingEachField() async throws {
        try await PlanningTestApp.with { service in
            let response = try await service.send(.POST, "/api/scenario-runs", as: .lead, json: [
                "month": "2026-13", "files": ["no-such-file.yaml"], "time_limit": 0, "seeds": 11,
                "scenarios": ["remove:\n  - {employer: NHS, count: 0}\n"],
            ])
            #expect(response.status == .unprocessableEntity)
            let body = try PlanningTestApp.object(response)
            let problems = try #require(body["problems"] as? [[String: String]])
            let fields = Set(problems.compactMap { $0["field"] })
            #expect(fields.isSuperset(of: ["month", "files[0]", "scenarios[0].remove.count", "scenarios[0].name", "time_limit", "seeds"]), "\(problems)")
            let count = try #require(problems.first { $0["field"] == "scenarios[0].remove.count" })
            #expect(count["message"]?.hasPrefix("line 2: ") == true && count["message"]?.contains("Fix:") == true)
            #expect(try await ScenarioRuns(database: service.app.db).all().isEmpty)

            let check = try await service.send(.POST, "/api/scenarios/check", as: .manager, text: "name: Odd\ncover:\n  - {shift: D}\n",
                                               contentType: HTTPMediaType(type: "application", subType: "yaml"))
            #expect(check.status == .unprocessableEntity)
            let checkProblems = try #require(try PlanningTestApp.object(check)["problems"] as? [[String: String]])
            #expect(checkProblems.map { $0["field"] } == ["cover"])
            let plain = try await service.send(.POST, "/api/scenarios/check", as: .lead, text: "name: Fine\n",
                                               contentType: .plainText)
            #expect(plain.status == .unsupportedMediaType, "only the declared media type is taken")
            #expect(try #require(try PlanningTestApp.object(plain)["problems"] as? [[String: String]]).first?["field"] == "Content-Type")
            let good = try await service.send(.POST, "/api/scenarios/check", as: .lead, text: "name: Fine\ndemand_change_percent: 5\n",
                                              contentType: HTTPMediaType(type: "application", subType: "yaml"))
            #expect(good.status == .ok)
            #expect(try PlanningTestApp.object(good)["name"] as? String == "Fine")
        }
    }

    @Test func theLibraryListsTheDemoScenarios() async throws {
        try await PlanningTestApp.with { service in
            let response = try await service.send(.GET, "/api/scenarios", as: .lead)
            let files = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [[String: Any]])
            #expect(files.compactMap { $0["file"] as? String } == ["demand-led-cover.yaml", "demand-up-twenty-percent.yaml",
                                                                 "lose-three-nhs-amhps.yaml", "recruit-two-la-amhps.yaml",
                                                                 "three-nights-in-a-row.yaml"])
            #expect(files.allSatisfy { ($0["problems"] as? [Any])?.isEmpty == true })
            for file in files { #expect(SchemaCheck.problems(file, schema: "ScenarioFile") == []) }
        }
    }

    @Test func aScenarioRunCompletesWithTheComparison() async throws {
        try await PlanningTestApp.with { service in
            let response = try await service.send(.POST, "/api/scenario-runs", as: .lead, json: [
                "month": "2026-12", "files": ["three-nights-in-a-row.yaml"], "time_limit": 3, "seed": 2, "seeds": 2,
                "scenarios": ["name: Lose A05\nremove:\n  - {id: A05}\n"],
            ])
            #expect(response.status == .accepted, "\(response.body.string)")
            let id = try #require(try PlanningTestApp.object(response)["id"] as? String)
            #expect(response.headers.first(name: .location) == "/api/scenario-runs/\(id)")
            var run: [String: Any] = [:]
            try await Eventually.until {
                run = try PlanningTestApp.object(try await service.send(.GET, "/api/scenario-runs/\(id)", as: .manager))
                return !["queued", "running"].contains(run["status"] as? String ?? "queued")
            }
            #expect(run["status"] as? String == "done", "\(run["error"] ?? "")")
            #expect(SchemaCheck.problems(run, schema: "ScenarioRun") == [])
            let result = try #require(run["result"] as? [String: Any])
            let columns = try #require(result["columns"] as? [[String: Any]])
            #expect(columns.compactMap { $0["name"] as? String } == ["baseline", "At most three nights in a row", "Lose A05"])
            // Two seeds for each hub: each column keeps both objectives and shows the best.
            #expect(run["seeds"] as? Int == 2)
            #expect(columns.allSatisfy { ($0["seed_objectives"] as? [Double])?.count == 2 })
            #expect(columns.allSatisfy { ($0["objective"] as? Double) == ($0["seed_objectives"] as? [Double])?.min() })
            let measures = try #require(result["measures"] as? [[String: Any]])
            let amhps = try #require(measures.first { $0["name"] as? String == "AMHPs on the rota" })
            #expect(amhps["changes"] as? [Double] == [0, 0, -1])
            #expect(measures.first { $0["name"] as? String == "hard-rule violations" }?["values"] as? [Double] == [0, 0, 0])

            let files = try #require(run["files"] as? [String])
            #expect(files.first == "scenarios.csv" && files.contains("scenario_2_rota.csv"))
            let csv = try await service.send(.GET, "/api/scenario-runs/\(id)/files/scenarios.csv", as: .lead)
            #expect(csv.body.string.hasPrefix("\u{FEFF}measure,baseline,At most three nights in a row,change: At most three nights in a row,Lose A05,change: Lose A05\r\n"))
            // Only the run's own tables: nothing else in its folder, nor outside it.
            let other = try await service.send(.GET, "/api/scenario-runs/\(id)/files/amhps.csv", as: .lead)
            #expect(other.status == .notFound && other.body.string.contains("scenarios.csv"))
            let escape = try await service.send(.GET, "/api/scenario-runs/\(id)/files/..%2Fhub%2Famhps.csv", as: .lead)
            #expect(escape.status != .ok && !escape.body.string.contains("approval_start"))

            let page = try await service.send(.GET, "/scenarios/runs/\(id)", as: .lead)
            #expect(page.body.string.contains("id=\"comparison\"") && page.body.string.contains("Lose A05"))
            let list = try #require(try JSONSerialization.jsonObject(with: Data(try await service.send(.GET, "/api/scenario-runs", as: .lead).body.readableBytesView)) as? [[String: Any]])
            #expect(list.count == 1)
        }
    }

    @Test func aScenarioThatDoesNotFitTheHubFailsWithTheReason() async throws {
        try await PlanningTestApp.with { service in
            let response = try await service.send(.POST, "/api/scenario-runs", as: .lead, json: [
                "month": "2026-12", "time_limit": 600, "scenarios": ["name: Lose A99\nremove:\n  - {id: A99}\n"],
            ])
            let id = try #require(try PlanningTestApp.object(response)["id"] as? String)
            var run: [String: Any] = [:]
            // It fails before the baseline's 600-second solve (the bound is half of it), naming the
            // scenario and the fix.
            let failed = try await Eventually.until {
                run = try PlanningTestApp.object(try await service.send(.GET, "/api/scenario-runs/\(id)", as: .lead))
                return run["status"] as? String == "failed"
            }
            #expect(failed)
            #expect((run["error"] as? String)?.contains("there is no AMHP \"A99\" to remove") == true, "\(run["error"] ?? "")")
        }
    }

    @Test func withoutAPlanningFolderTheRoutesSayHowToStartTheService() async throws {
        try await PlanningTestApp.with(planningFolder: nil) { service in
            for path in ["/api/sufficiency", "/api/succession/register", "/api/scenarios"] {
                let response = try await service.send(.GET, path, as: .lead)
                #expect(response.status == .conflict, "\(path)")
                #expect((try PlanningTestApp.object(response)["error"] as? String)?.contains("amhp serve --planning DIR") == true)
            }
            let page = try await service.send(.GET, "/sufficiency", as: .lead)
            #expect(page.status == .conflict && page.body.string.contains("amhp serve --planning DIR"))
        }
    }
}
