import Foundation
import Storage
import Testing
import Vapor
import VaporTesting
@testable import Service

/// The lead's pages: the charts drawn inline, the tables, the CSV links, and the scenario form.
@Suite struct PlanningPagesTests {
    @Test func theSufficiencyPageDrawsEveryChartAndLinksEveryTable() async throws {
        try await PlanningTestApp.with { service in
            let response = try await service.send(.GET, "/sufficiency?month=2026-12&demand_change=10", as: .lead)
            #expect(response.status == .ok)
            let html = response.body.string
            #expect(html.components(separatedBy: "<svg xmlns").count == 4)
            #expect(!html.contains("<?xml"))
            #expect(html.contains("FTE short"))
            // The FTE needed as a range, and what moves it most.
            #expect(html.contains("id=\"fte-sensitivity\"") && html.contains("as the assumptions move"))
            #expect(html.contains("amhps per assessment 1 to 2 gives"))
            // The demo's four priority classes, most urgent first, and the simulation beside Erlang C.
            #expect(html.contains("id=\"response-by-priority\"") && html.contains("<th>Section 136 (police place of safety)</th><td>22%</td><td>4 h</td><td>90%</td>"))
            #expect(html.contains("id=\"simulation-check\"") && html.contains("The FTE figure above uses Erlang C"))
            #expect(html.contains("1000 runs of 28 days") && html.contains("<th>nights (21:00-09:00)</th>") && html.contains("team-hours per assessment"))
            for file in ["demand_by_hour.csv", "demand_by_month.csv", "cover_needed.csv", "fte.csv", "workforce_fte.csv", "benchmarks.csv",
                         "fte_sensitivity.csv", "response_by_priority.csv", "simulation_check.csv",
                         "demand_heatmap.svg", "cover_needed.svg", "fte_sensitivity.svg"] {
                #expect(html.contains("href=\"/api/sufficiency/\(file)?month=2026-12&amp;demand_change=10\""), "\(file)")
            }
            let bad = try await service.send(.GET, "/sufficiency?month=December", as: .manager)
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("month: &quot;December&quot; is not a month"))
        }
    }

    @Test func theSufficiencyFormKeepsWhatWasTypedWhenRefused() async throws {
        try await PlanningTestApp.with { service in
            let refused = try await service.send(.GET, "/sufficiency?month=2026-11&demand_change=600", as: .lead)
            #expect(refused.status == .unprocessableEntity)
            let html = refused.body.string
            // Both values stay as typed; the reason sits beside the refused field, which is marked invalid.
            #expect(html.contains("id=\"month\" value=\"2026-11\""))
            #expect(html.contains("id=\"demand_change\" step=\"any\" min=\"-99\" max=\"500\" value=\"600\""))
            #expect(html.contains("aria-invalid=\"true\" aria-describedby=\"demand_change-error\""))
            #expect(html.contains("<span class=\"field-error\" id=\"demand_change-error\">&quot;600&quot; is not a change in percent"))
            #expect(!html.contains("id=\"month-error\""))
            #expect(!html.contains("id=\"sufficiency-summary\""))
        }
    }

    @Test func theSuccessionFormKeepsWhatWasTypedWhenRefused() async throws {
        try await PlanningTestApp.with { service in
            let refused = try await service.send(.GET, "/succession?as_of=2026-11-23&simulations=25000", as: .lead)
            #expect(refused.status == .unprocessableEntity)
            let html = refused.body.string
            #expect(html.contains("id=\"as_of\" value=\"2026-11-23\""))
            #expect(html.contains("value=\"25000\" aria-invalid=\"true\" aria-describedby=\"simulations-error\""))
            #expect(html.contains("<span class=\"field-error\" id=\"simulations-error\">&quot;25000&quot; is not a whole number"))
            #expect(!html.contains("id=\"as_of-error\""))
        }
    }

    @Test func theSuccessionPageFlagsTheRegisterAndDrawsTheFan() async throws {
        try await PlanningTestApp.with { service in
            let response = try await service.send(.GET, "/succession?as_of=2026-11-23&simulations=100", as: .manager)
            #expect(response.status == .ok)
            let html = response.body.string
            #expect(html.contains("Re-approval due while under 18 h"))
            #expect(html.contains("id=\"fan-chart\"") && html.components(separatedBy: "<svg xmlns").count == 2)
            #expect(html.contains("href=\"/api/succession/training_plan.csv?as_of=2026-11-23&amp;simulations=100&amp;seed=1\""))
        }
    }

    @Test func theScenarioFormKeepsWhatWasTypedWhenRefusedAndStartsARunOtherwise() async throws {
        try await PlanningTestApp.with { service in
            let page = try await service.send(.GET, "/scenarios", as: .lead)
            #expect(page.body.string.contains("value=\"lose-three-nhs-amhps.yaml\""))

            let formToken = try #require(service.formToken(.lead))
            #expect(page.body.string.contains("name=\"csrf_token\" value=\"\(formToken)\""))
            let forged = try await service.send(.POST, "/scenarios", as: .lead, text: "month=2026-12&time_limit=2",
                                                contentType: .urlEncodedForm)
            #expect(forged.status == .forbidden, "a form without the session's token is refused")
            let refused = try await service.send(.POST, "/scenarios", as: .lead,
                                                 text: "csrf_token=\(formToken)&month=2026-13&time_limit=2&files%5B%5D=three-nights-in-a-row.yaml",
                                                 contentType: .urlEncodedForm)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("<code>month</code>"))
            #expect(refused.body.string.contains("value=\"three-nights-in-a-row.yaml\" checked"))

            // An upload, as the browser sends it.
            let boundary = "planning-test-boundary"
            let body = [
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n\(formToken)\r\n",
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"month\"\r\n\r\n2026-12\r\n",
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"time_limit\"\r\n\r\n2\r\n",
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"mine.yaml\"\r\nContent-Type: application/yaml\r\n\r\nname: Uploaded\nworking_time:\n  maximum_consecutive_nights: 3\n\r\n",
                "--\(boundary)--\r\n",
            ].joined()
            let started = try await service.send(.POST, "/scenarios", as: .lead, text: body,
                                                 contentType: HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary]))
            #expect(started.status == .seeOther, "\(started.body.string)")
            let location = try #require(started.headers.first(name: .location))
            #expect(location.hasPrefix("/scenarios/runs/"))
            let runs = try await ScenarioRuns(database: service.app.db).all()
            #expect(runs.map { $0.request.scenarios.map(\.name) } == [["Uploaded"]])
            let run = try await service.send(.GET, location, as: .lead)
            #expect(run.body.string.contains("data-run-status=") && run.body.string.contains("/js/planning.js"))
            let unsigned = try await service.send(.POST, location + "/cancel", as: .lead)
            #expect(unsigned.status == .forbidden)
            let cancelled = try await service.send(.POST, location + "/cancel", as: .lead, text: "csrf_token=\(formToken)",
                                                   contentType: .urlEncodedForm)
            #expect(cancelled.status == .seeOther)
            #expect(try await ScenarioRuns(database: service.app.db).all().first?.status == .cancelled)
        }
    }
}
