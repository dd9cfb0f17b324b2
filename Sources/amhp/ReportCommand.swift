import ArgumentParser
import Foundation
import Planning
import Service
import Storage
import Workforce

/// `amhp report --hub DIR [--database DB] [--as-of DATE] [--out DIR]`: the annual sufficiency report
/// for the Director of Adult Social Services, worked out here as `amhp sufficiency` and
/// `amhp succession` do, with the latest Service Standards self-assessment from the database.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the annual sufficiency report (risks and actions, then every table) and write its tables as CSV.",
        discussion: "The same report as the service's /report page (which prints to PDF on A4). Exit status: 0 when made, 2 when an input is malformed, 1 when the database refuses.")

    @OptionGroup var planningOptions: PlanningOptions

    @Option(help: "The database holding the Service Standards self-assessments (without it the report has no self-assessment).")
    var database: String?

    @Option(help: "The day the report is made, YYYY-MM-DD (default: today).")
    var asOf: LocalDate?

    @Option(help: "Simulated futures for the succession bands (default 1000).")
    var simulations: Int = 1000

    @Option(help: "The folder to write the tables to, one CSV each (nothing is written without it).")
    var out: String?

    func validate() throws {
        guard (10...20_000).contains(simulations) else { throw ValidationError("--simulations must be from 10 to 20000.") }
    }

    func run() async throws {
        let data = try planningOptions.load()
        let today = asOf ?? LocalDate.today()
        let analysis = try planningOptions.report { try SufficiencyAnalysis(data: data, month: SufficiencyAnalysis.defaultMonth(data)) }
        let sensitivity = try planningOptions.report { try SufficiencySensitivity(data: data, central: analysis) }
        let register = Register(data: data, asOf: today)
        let plan = try planningOptions.report {
            try TrainingPlanner(data: data, asOf: today, simulations: simulations, seed: 1, target: try SuccessionTarget.make(data, asOf: today)).plan()
        }
        let year = try planningOptions.report { try SufficiencyYear(data: data, from: analysis) }
        let sufficiency = SufficiencySummary(analysis, hub: data.hub, sensitivity: sensitivity, year: year)
        let succession = SuccessionSummary(register: register, plan: plan, settings: data.settings, hubName: data.hub.rules.hubName)
        var standards: (part: AnnualReport.StandardsPart?, ratings: [StandardRating]) = (nil, [])
        if let database {
            let options = try DatabaseOptions.parse(["--database", database])
            standards = try await options.withDatabase { try await StandardsDesk.reportPart(on: $0.database) }
        }
        let report = AnnualReport(madeOn: today, hub: data.hub, sufficiency: sufficiency, succession: succession, standards: standards.part,
                                  standardsRatings: standards.ratings)
        print(AnnualReportText.make(report), terminator: "")
        if let out {
            let files = AnnualReportTables.tables(report).map { (name: "\($0.name).csv", content: $0.csv) }
            try PlanningOutputFolder.write(files, to: URL(fileURLWithPath: out))
            print("Wrote \(files.map(\.name).joined(separator: ", ")) to \(out)")
        }
    }
}
