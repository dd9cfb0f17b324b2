import Foundation
import Storage
import Testing
import Workforce

/// `amhp standards`: the Service Standards self-assessment from the command line, with the
/// service's checks. Lee is the AMHP lead; Jo (HR) may not change it.
@Suite struct StandardsCommandTests {
    static var demoHub: URL { CLIRunner.packageRoot.appendingPathComponent("Data/demo-hub") }

    @Test func aLeadAssessesRepeatsAndFillsEvidenceFromTheCommandLine() async throws {
        let runner = try StorageCommandRunner("standards")
        defer { runner.remove() }
        #expect(try runner.run(["import", "--hub", Self.demoHub.path]).status == 0)
        let store = try await PlannerDatabase.open(.sqlite(path: runner.databasePath))
        let users = UserRepository(database: store.database, passwordCost: 4)
        try await users.create(username: "lee", displayName: "Lee", password: "Mersey-ferry-4417", role: .lead, amhpID: nil, by: "setup")
        try await users.create(username: "jo", displayName: "Jo", password: "Mersey-ferry-4417", role: .hr, amhpID: nil, by: "setup")
        await store.close()

        let published = try runner.run(["standards", "list", "--standards"])
        #expect(published.status == 0 && published.output.contains("  4.5 AMHPs should have the opportunity") && !published.output.contains("  4.4 "))
        #expect(try runner.run(["standards", "list"]).output.hasPrefix("No assessments."))

        let started = try runner.run(["standards", "new", "--title", "Spring 2026", "--on", "2026-04-01", "--by", "lee"])
        #expect(started.status == 0, "\(started.errors)")
        let id = try #require(started.output.split(separator: " ").last.map { String($0.dropLast(2)) })
        #expect(try runner.run(["standards", "new", "--title", "Mine", "--by", "jo"]).status == 1)

        let rated = try runner.run(["standards", "rate", id, "2.3", "--evaluation", "partially", "--risk", "high", "--evidence", "Escalation protocol",
                                    "--action", "Agree a reserve list|short|Lee Morgan|2027-03-31", "--by", "lee"])
        #expect(rated.status == 0 && rated.output == "2.3: Partially; risk High; actions: 1.\n", "\(rated.errors)")
        let refused = try runner.run(["standards", "rate", id, "2.3", "--evaluation", "great", "--action", "x|soon", "--by", "lee"])
        #expect(refused.status == 2)
        #expect(refused.errors.contains("evaluation: \"great\"") && refused.errors.contains("actions[0].term") && refused.errors.contains("actions[0].owner"))
        #expect(try runner.run(["standards", "rate", id, "4.4", "--risk", "low", "--by", "lee"]).status == 2)

        // Autumn starts from spring; changing only the risk keeps the rest, and the change shows.
        let autumn = try runner.run(["standards", "new", "--title", "Autumn 2026", "--on", "2026-10-01", "--repeats", id, "--by", "lee"])
        let autumnID = try #require(autumn.output.split(separator: " ").last.map { String($0.dropLast(2)) })
        #expect(try runner.run(["standards", "rate", autumnID, "2.3", "--evaluation", "to_a_greater_extent", "--by", "lee"]).status == 0)
        let shown = try runner.run(["standards", "show", autumnID])
        #expect(shown.output.contains("2.3: To a greater extent; risk High. Better than the last assessment (Partially)."), "\(shown.output)")
        #expect(shown.output.contains("Since Spring 2026 (2026-04-01): 1 better, 0 worse."))
        #expect(shown.output.contains("Action (short term): Agree a reserve list; Lee Morgan, by 2027-03-31"))

        let filled = try runner.run(["standards", "evidence", autumnID, "--planning", Self.demoHub.path, "--as-of", "2026-12-05", "--by", "lee"])
        #expect(filled.status == 0, "\(filled.errors)")
        #expect(filled.output.contains("Evidence from data as of 2026-12-05."))
        #expect(filled.output.contains("Under 18 hours' training in the last 12 months: 4 of 35."))
        #expect(filled.output.contains("Published rotas: none."))
        let csv = try runner.run(["standards", "show", autumnID, "--csv"])
        #expect(csv.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 29)
    }

    /// January 2027's rota has Helen (A01) and Daniel (A02) on days only: the nights are at high
    /// demand and neither is listed as free on a day they work.
    @Test func theContingencyListComesFromThePublishedRota() async throws {
        let runner = try StorageCommandRunner("contingency")
        defer { runner.remove() }
        #expect(try runner.run(["import", "--hub", Self.demoHub.path]).status == 0)
        let month = Month(year: 2027, month: 1)!
        let store = try await PlannerDatabase.open(.sqlite(path: runner.databasePath))
        let rotas = RotaRepository(database: store.database)
        let shifts = month.dates.flatMap { [Assignment(amhpID: "A01", date: $0, shiftCode: "D", isCoordinator: true), Assignment(amhpID: "A02", date: $0, shiftCode: "D")] }
        _ = try await rotas.publish(id: try await rotas.saveDraft(Rota(month: month, assignments: shifts), createdBy: "sam").id, by: "sam")
        await store.close()

        let listed = try runner.run(["standards", "contingency", "--month", "2027-01", "--planning", Self.demoHub.path])
        #expect(listed.status == 0, "\(listed.errors)")
        #expect(listed.output.hasPrefix("Days of high demand in 2027-01, with the AMHPs free to call in (fewest shifts first):\n  2027-01-01 "))
        #expect(!listed.output.contains("(A01)") && !listed.output.contains("(A02)"))
        let csv = try runner.run(["standards", "contingency", "--month", "2027-01", "--planning", Self.demoHub.path, "--csv"])
        #expect(csv.output.hasPrefix("date,high_demand_hours,worst_chance,free_amhps,free_ids,free_names\r\n2027-01-01,"))
        let none = try runner.run(["standards", "contingency", "--month", "2027-02", "--planning", Self.demoHub.path])
        #expect(none.status == 1 && none.errors.contains("No rota is published for 2027-02."), "\(none.errors)")
        let badMonth = try runner.run(["standards", "contingency", "--month", "2027-13", "--planning", Self.demoHub.path])
        #expect(badMonth.status == 2 && badMonth.errors.contains("--month"))
    }
}
