import Foundation
@testable import Service
import Storage
import Testing
import Vapor
import VaporTesting
import Workforce

/// The Service Standards self-assessment through the API and the pages, on SQLite and PostgreSQL:
/// Lee (lead) and Sam (manager) edit; Jo (HR) and Helen (an AMHP) read; everything audited.
@Suite struct StandardsAPITests {
    static var backends: [ServiceHarness.Backend] { ServiceHarness.Backend.postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    static var contingency: [String: Any] { [
        "evidence": "Escalation protocol agreed with the trust.", "links": ["Policies/escalation.docx"], "evaluation": "partially",
        "risk": "high", "actions": [["text": "Agree a reserve list", "term": "short", "owner": "Lee Morgan", "due": "2027-03-31"]],
    ] }

    static func create(_ service: ServiceHarness, title: String, on day: String, repeats: String? = nil, as user: String = "lee") async throws -> [String: Any] {
        var body: [String: Any] = ["title": title, "assessed_on": day]
        if let repeats { body["repeats"] = repeats }
        let response = try await service.send(.POST, "/api/standards/assessments", as: user, json: body)
        #expect(response.status == .created, "\(response.body.string)")
        return try ServiceHarness.object(response)
    }

    /// Publishes this month's rota: Helen (A01) coordinates every day shift with Ravi (A02) beside
    /// her, the late is Ravi alone, and nobody works nights.
    static func publishDaysAndLates(_ service: ServiceHarness) async throws -> Month {
        let month = ServiceClock.thisMonth
        let shifts = month.dates.flatMap { date in
            [Assignment(amhpID: "A01", date: date, shiftCode: "D", isCoordinator: true), Assignment(amhpID: "A02", date: date, shiftCode: "D"),
             Assignment(amhpID: "A02", date: date, shiftCode: "L")]
        }
        let rotas = RotaRepository(database: service.app.db)
        _ = try await rotas.publish(id: try await rotas.saveDraft(Rota(month: month, assignments: shifts), createdBy: "sam").id, by: "sam")
        return month
    }

    static func standard(_ assessment: [String: Any], _ number: String) -> [String: Any]? {
        (assessment["standards"] as? [[String: Any]])?.first { $0["standard"] as? String == number }
    }

    @Test(arguments: backends)
    func leadsAssessRepeatAndSeeProgressWhileOthersRead(backend: ServiceHarness.Backend) async throws {
        try await ServiceHarness.with(backend) { service in
            let catalogue = try ServiceHarness.object(try await service.send(.GET, "/api/standards", as: "helen"))
            let chapters = try #require(catalogue["chapters"] as? [[String: Any]])
            #expect(chapters.count == 6 && chapters.flatMap { ($0["standards"] as? [[String: Any]]) ?? [] }.count == 28)

            let spring = try await Self.create(service, title: "Spring 2026", on: "2026-04-01")
            let springID = try #require(spring["id"] as? String)
            #expect((spring["standards"] as? [[String: Any]])?.count == 28)
            let rated = try await service.send(.PUT, "/api/standards/assessments/\(springID)/ratings/2.3", as: "sam", json: Self.contingency)
            #expect(rated.status == .ok, "\(rated.body.string)")
            let springContingency = try #require(Self.standard(try ServiceHarness.object(rated), "2.3"))
            #expect(springContingency["evaluation"] as? String == "partially" && springContingency["risk"] as? String == "high")
            #expect(springContingency["updated_by"] as? String == "sam")

            // The autumn assessment starts from spring's and says what changed.
            let autumn = try await Self.create(service, title: "Autumn 2026", on: "2026-10-01", repeats: springID, as: "sam")
            let autumnID = try #require(autumn["id"] as? String)
            #expect(autumn["previous_id"] as? String == springID)
            #expect(Self.standard(autumn, "2.3")?["evaluation_change"] as? String == "same")
            var better = Self.contingency
            (better["evaluation"], better["risk"]) = ("to_a_greater_extent", "low")
            let changed = try ServiceHarness.object(try await service.send(.PUT, "/api/standards/assessments/\(autumnID)/ratings/2.3", as: "lee", json: better))
            let line = try #require(Self.standard(changed, "2.3"))
            #expect(line["evaluation_change"] as? String == "better" && line["risk_change"] as? String == "better")
            #expect(line["previous_evaluation"] as? String == "partially")

            let list = try ServiceHarness.array(try await service.send(.GET, "/api/standards/assessments", as: "jo"))
            #expect(list.map { $0["title"] as? String } == ["Autumn 2026", "Spring 2026"])
            #expect(list.first?["evaluated"] as? Int == 1 && list.first?["total"] as? Int == 28 && list.last?["high_risks"] as? Int == 1)

            // Readers read; only leads and managers change anything.
            #expect(try await service.send(.GET, "/api/standards/assessments/\(autumnID)", as: "helen").status == .ok)
            #expect(try await service.send(.PUT, "/api/standards/assessments/\(autumnID)/ratings/2.3", as: "helen", json: better).status == .forbidden)
            #expect(try await service.send(.POST, "/api/standards/assessments", as: "jo", json: ["title": "Mine"]).status == .forbidden)
            #expect(try await service.send(.POST, "/api/standards/assessments/\(autumnID)/evidence", as: "jo").status == .forbidden)

            let csv = try await service.send(.GET, "/api/standards/assessments/\(autumnID)/csv", as: "jo")
            #expect(csv.status == .ok && csv.headers.contentType?.subType == "csv")
            let lines = csv.body.string.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.count == 29)
            #expect(csv.body.string.contains("2.3,2,To a greater extent,Low,Partially,better"))

            let audit = try await AuditLogRepository(database: service.app.db).events(subject: "assessment:\(autumnID)")
            #expect(audit.map(\.action) == ["standards.rate", "standards.create"])
        }
    }

    @Test func carelessAndHostileRatingsAreRefusedNamingEachField() async throws {
        try await ServiceHarness.with { service in
            let id = try #require(try await Self.create(service, title: "Spring", on: "2026-04-01")["id"] as? String)
            let bad: [String: Any] = ["evaluation": "excellent", "risk": "none", "links": ["a\u{0}b"],
                                      "actions": [["text": "", "term": "soon", "owner": "Lee", "due": "2027-02-30"], [:]]]
            let refused = try await service.send(.PUT, "/api/standards/assessments/\(id)/ratings/2.3", as: "lee", json: bad)
            #expect(refused.status == .unprocessableEntity)
            let fields = ((try ServiceHarness.object(refused)["problems"] as? [[String: Any]]) ?? []).compactMap { $0["field"] as? String }
            #expect(Set(fields) == ["evaluation", "links[0]", "actions[0].text", "actions[0].term", "actions[0].due"])
            #expect(try await service.send(.PUT, "/api/standards/assessments/\(id)/ratings/4.4", as: "lee", json: [:]).status == .notFound)
            #expect(try await service.send(.PUT, "/api/standards/assessments/\(UUID())/ratings/2.3", as: "lee", json: [:]).status == .notFound)
            #expect(try await service.send(.GET, "/api/standards/assessments/not-an-id", as: "lee").status == .notFound)
            let noTitle = try await service.send(.POST, "/api/standards/assessments", as: "lee", json: ["assessed_on": "1066-10-14"])
            let noTitleFields = ((try ServiceHarness.object(noTitle)["problems"] as? [[String: Any]]) ?? []).compactMap { $0["field"] as? String }
            #expect(noTitle.status == .unprocessableEntity && Set(noTitleFields) == ["title", "assessed_on"])
            let tooMany = Array(repeating: ["text": "x", "term": "short", "owner": "Lee"], count: 21)
            #expect(try await service.send(.PUT, "/api/standards/assessments/\(id)/ratings/2.3", as: "lee", json: ["actions": tooMany]).status == .unprocessableEntity)
            // Nothing refused was kept.
            let after = try ServiceHarness.object(try await service.send(.GET, "/api/standards/assessments/\(id)", as: "lee"))
            #expect(Self.standard(after, "2.3")?["evaluation"] == nil)
        }
    }

    /// This month's published rota: Helen (A01) coordinates every day shift and Ravi (A02) is beside
    /// her; the late is Ravi alone; nobody works nights.
    @Test(arguments: backends)
    func evidenceIsFilledFromTheServicesOwnDataAndDated(backend: ServiceHarness.Backend) async throws {
        try await ServiceHarness.with(backend) { service in
            let month = try await Self.publishDaysAndLates(service)
            let id = try #require(try await Self.create(service, title: "Now", on: "\(ServiceClock.today)")["id"] as? String)
            let filled = try await service.send(.POST, "/api/standards/assessments/\(id)/evidence", as: "lee")
            #expect(filled.status == .ok, "\(filled.body.string)")
            let assessment = try ServiceHarness.object(filled)
            #expect(assessment["evidence_as_of"] as? String == "\(ServiceClock.today)")
            func item(_ number: String, _ key: String, in object: [String: Any]) -> [String: Any]? {
                (Self.standard(object, number)?["from_data"] as? [[String: Any]])?.first { $0["key"] as? String == key }
            }
            // The demo hub's cover asks for a coordinator on every day, late and night shift: a third of them have one.
            let days = month.dayCount
            #expect(item("2.1", "coordinator_share", in: assessment)?["detail"] as? String == "\(days) of \(days * 3) shifts needing a coordinator, \(month).")
            #expect(item("4.1", "two_or_more_share", in: assessment)?["detail"] as? String == "\(days) of \(days * 2) staffed rota shifts, \(month).")
            #expect(item("1.3", "register", in: assessment) != nil && item("5.4", "professions", in: assessment) != nil)
            #expect(item("4.2", "toil_held", in: assessment) != nil && item("2.3", "demand_exceeds_cover", in: assessment) != nil)
            // Who is named is for leads and managers only.
            #expect(item("1.3", "cpd_under", in: assessment)?["amhps"] is [String])
            let asHelen = try ServiceHarness.object(try await service.send(.GET, "/api/standards/assessments/\(id)", as: "helen"))
            #expect(item("1.3", "cpd_under", in: asHelen)?["amhps"] == nil)
            #expect(item("1.3", "cpd_under", in: asHelen)?["value"] as? String == item("1.3", "cpd_under", in: assessment)?["value"] as? String)
        }
    }

    /// Standard 2.3's reserve list: this month's rota has Helen (A01) and Ravi (A02) on days and
    /// lates and nobody at night, so every night is at high demand; whoever is free is listed,
    /// never Helen or Ravi on a day they work, nor anyone on leave that day.
    @Test func theContingencyListNamesWhoIsFreeToLeadsAndManagersOnly() async throws {
        try await ServiceHarness.with { service in
            let month = try await Self.publishDaysAndLates(service)
            let hub = try await HubRepository(database: service.app.db).require()

            let response = try await service.send(.GET, "/api/standards/contingency?month=\(month)", as: "lee")
            #expect(response.status == .ok, "\(response.body.string)")
            let json = try ServiceHarness.object(response)
            #expect(SchemaCheck.problems(json, schema: "ContingencyReserve") == [])
            let days = try #require(json["days"] as? [[String: Any]])
            #expect(!days.isEmpty)
            for day in days {
                let date = try #require(LocalDate(day["date"] as? String ?? ""))
                let free = (day["free"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                #expect(!free.isEmpty && !free.contains("A01") && !free.contains("A02"), "\(date)")
                let absent = hub.absences.filter { $0.dates.contains(date) }.map(\.amhpID)
                #expect(Set(free).isDisjoint(with: absent), "\(date): \(absent)")
            }

            let csv = try await service.send(.GET, "/api/standards/contingency.csv?month=\(month)", as: "sam")
            #expect(csv.status == .ok && csv.body.string.contains("date,high_demand_hours,worst_chance,free_amhps,free_ids,free_names\r\n"))
            for user in ["helen", "jo"] {
                #expect(try await service.send(.GET, "/api/standards/contingency?month=\(month)", as: user).status == .forbidden, "\(user)")
                #expect(try await service.send(.GET, "/standards/contingency?month=\(month)", as: user).status == .forbidden, "\(user)")
            }
            let unpublished = try await service.send(.GET, "/api/standards/contingency?month=\(month.next.next)", as: "lee")
            #expect(unpublished.status == .notFound && unpublished.body.string.contains("No rota is published for \(month.next.next)"))
            let careless = try await service.send(.GET, "/api/standards/contingency?month=2026-13", as: "lee")
            #expect(careless.status == .unprocessableEntity && careless.body.string.contains("month"))

            let page = try await service.send(.GET, "/standards/contingency?month=\(month)", as: "lee")
            #expect(page.status == .ok && page.body.string.contains("Days of high demand in \(month)"))
            #expect(page.body.string.contains("/api/standards/contingency.csv?month=\(month)"))
            let refused = try await service.send(.GET, "/standards/contingency?month=\(month.next.next)", as: "sam")
            #expect(refused.status == .notFound && refused.body.string.contains("No rota is published"))
            let list = try await service.send(.GET, "/standards", as: "lee")
            #expect(list.body.string.contains("href=\"/standards/contingency\""))
        }
    }

    @Test func thePagesListAssessRefuseAndShowProgress() async throws {
        try await ServiceHarness.with { service in
            let readers = try await service.send(.GET, "/standards", as: "helen")
            #expect(readers.status == .ok && readers.body.string.contains("no-assessments") && !readers.body.string.contains("new-assessment"))
            #expect(try await LeaveRequestAPITests.form(service, as: "helen", "/standards", ["title": "Mine"]).status == .forbidden)

            let created = try await LeaveRequestAPITests.form(service, as: "lee", "/standards", ["title": "Spring 2026", "assessed_on": "2026-04-01"])
            #expect(created.status == .seeOther)
            let location = try #require(created.headers.first(name: .location))
            let id = String(location.dropFirst("/standards/".count))
            let refusedCreate = try await LeaveRequestAPITests.form(service, as: "lee", "/standards", ["title": "", "assessed_on": "2026-13-01"])
            #expect(refusedCreate.status == .unprocessableEntity && refusedCreate.body.string.contains("assessed_on"))

            let saved = try await LeaveRequestAPITests.form(service, as: "sam", "/standards/\(id)/ratings/4.1", [
                "evidence": "Two AMHPs attend every assessment.", "links": "Lone working policy\nRota rules", "evaluation": "consistently",
                "risk": "low", "action_text_0": "Review the policy", "action_term_0": "medium", "action_owner_0": "Sam Patel",
                "action_due_0": "2027-01-31", "action_text_1": "", "action_term_1": "", "action_owner_1": "", "action_due_1": ""])
            #expect(saved.status == .seeOther && saved.headers.first(name: .location) == "/standards/\(id)#standard-4-1")
            let refused = try await LeaveRequestAPITests.form(service, as: "sam", "/standards/\(id)/ratings/4.1", [
                "evidence": "Typed and kept", "evaluation": "brilliant", "action_text_0": "No owner", "action_term_0": "short"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Typed and kept") && refused.body.string.contains("actions[0].owner"))

            let page = try await service.send(.GET, "/standards/\(id)", as: "jo")
            #expect(page.status == .ok && page.body.string.contains("Two AMHPs attend every assessment.") && page.body.string.contains("Review the policy"))
            #expect(!page.body.string.contains("Edit standard"))
            let form = try await service.send(.GET, "/standards/\(id)/ratings/4.1", as: "lee")
            #expect(form.status == .ok && form.body.string.contains("value=\"consistently\" checked"))
            #expect(try await service.send(.GET, "/standards/\(id)/ratings/4.1", as: "jo").status == .forbidden)

            // A repeat shows what changed.
            let again = try await LeaveRequestAPITests.form(service, as: "lee", "/standards", ["title": "Autumn 2026", "assessed_on": "2026-10-01", "repeats": id])
            let againID = String(try #require(again.headers.first(name: .location)).dropFirst("/standards/".count))
            _ = try await LeaveRequestAPITests.form(service, as: "lee", "/standards/\(againID)/ratings/4.1", ["evaluation": "partially", "risk": "high"])
            let progress = try await service.send(.GET, "/standards/\(againID)", as: "lee")
            #expect(progress.body.string.contains("Worse than the last assessment (Consistently and to a high standard)."))
            #expect(progress.body.string.contains("0 better, 1 worse"))
        }
    }
}
