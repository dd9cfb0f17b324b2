import Foundation
import Storage
import Testing
import Workforce

/// `amhp report`: the annual sufficiency report from the command line, with the latest
/// self-assessment from the database, its tables written as CSV.
@Suite struct ReportCommandTests {
    static var demoHub: URL { CLIRunner.packageRoot.appendingPathComponent("Data/demo-hub") }

    @Test func theReportPrintsRisksAndWritesEveryTable() async throws {
        let runner = try StorageCommandRunner("report")
        defer { runner.remove() }
        #expect(try runner.run(["import", "--hub", Self.demoHub.path]).status == 0)
        let store = try await PlannerDatabase.open(.sqlite(path: runner.databasePath))
        let assessments = StandardsAssessmentRepository(database: store.database)
        let winter = try await assessments.create(title: "Winter 2026", assessedOn: LocalDate("2026-12-01")!, by: "lee")
        try await assessments.rate(winter.id, StandardRating(standard: "4.2", evaluation: .partially, risk: .high), by: "lee")
        await store.close()
        let out = runner.databasePath + "-report"
        let made = try runner.run(["report", "--hub", Self.demoHub.path, "--as-of", "2026-12-05", "--simulations", "50", "--out", out])
        #expect(made.status == 0, "\(made.errors)")
        #expect(made.output.hasPrefix("Annual sufficiency report: "))
        #expect(made.output.contains("[High] Standard 4.2: Rated partially in the self-assessment."))
        let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(names == ["demand.csv", "employers.csv", "fte.csv", "professions.csv", "ratios.csv", "register.csv", "risks.csv", "standards.csv", "succession.csv"])
        try? FileManager.default.removeItem(atPath: out)
        #expect(try runner.run(["report", "--hub", "/no/such/folder"]).status == 2)
    }
}
