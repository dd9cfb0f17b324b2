import ArgumentParser
import Foundation
import Service
import Storage
import Workforce

/// `amhp standards`: the AMHP Service Standards self-assessment kept in the database (issue 18).
struct StandardsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "standards",
        abstract: "Self-assess the service against the national AMHP Service Standards: list, start, rate, fill evidence, show.",
        subcommands: [StandardsListCommand.self, StandardsNewCommand.self, StandardsRateCommand.self, StandardsEvidenceCommand.self, StandardsContingencyCommand.self,
                      StandardsShowCommand.self])
}

/// The options every command that changes an assessment shares: who is doing it.
struct StandardsEditorOptions: ParsableArguments {
    @Option(help: "The lead or manager making the change: a user name (amhp users list).")
    var by: String

    /// Opens the database and runs `body` once `by` is found to be a lead or a manager.
    func changing<Result>(_ databaseOptions: DatabaseOptions, _ body: (PlannerDatabase) async throws -> Result) async throws -> Result {
        try await databaseOptions.withDatabase { store in
            try await requireEditor(on: store)
            return try await body(store)
        }
    }

    /// Refuses (exit 1) a user who is not a lead or a manager.
    func requireEditor(on database: PlannerDatabase) async throws {
        let users = try await UserRepository(database: database.database).users()
        guard let user = users.first(where: { $0.username == by }), [.lead, .manager].contains(user.role) else {
            throw DatabaseFailure.report("\(by) is not the user name of a lead or a manager. Fix: give --by with one from amhp users list.")
        }
    }
}

/// An assessment's id as typed.
struct StandardsAssessmentArgument: ParsableArguments {
    @Argument(help: "The assessment's id (from amhp standards list).")
    var id: String

    func assessmentID() throws -> UUID {
        guard let id = UUID(uuidString: id) else { throw ValidationError("\(id) is not an assessment id; copy one from amhp standards list.") }
        return id
    }
}

/// Runs a change, printing a refusal's problems and ending with status 2 (malformed input).
enum StandardsCommandRun {
    static func refusing<Result>(_ body: () async throws -> Result) async throws -> Result {
        do {
            return try await body()
        } catch let refusal as StandardsRefusal {
            FileHandle.standardError.write(Data("\(refusal.description)\n".utf8))
            throw ExitCode(.inputError)
        }
    }
}

/// `amhp standards list [--standards]`.
struct StandardsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print the assessments newest first (id, held on, title, standards evaluated, evidence date), or the published standards.")

    @Flag(help: "Print the 28 published standards, chapter by chapter, instead.")
    var standards = false

    @OptionGroup var databaseOptions: DatabaseOptions

    func run() async throws {
        if standards {
            print(try StandardsDesk.standardsText(), terminator: "")
            return
        }
        try await databaseOptions.withDatabase { store in
            let records = try await StandardsDesk.assessments(on: store.database)
            guard !records.isEmpty else {
                print("No assessments. Start one with amhp standards new --title TITLE --by USER.")
                return
            }
            var rows = [["Id", "Held on", "Title", "Evaluated", "Evidence from data"]]
            for record in records {
                rows.append([record.id.uuidString, "\(record.assessedOn)", record.title,
                             try StandardsDesk.evaluated(record),
                             record.evidenceAt.map { "\($0)" } ?? "not filled"])
            }
            print(TOILText.table(rows))
        }
    }
}

/// `amhp standards new --title TITLE [--on DATE] [--repeats ID] --by USER`.
struct StandardsNewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start an assessment; --repeats starts from an earlier one, so only what changed need be rated again.")

    @Option(help: "A title, such as \"Spring 2027 self-assessment\".")
    var title: String

    @Option(help: "The day it is held, YYYY-MM-DD. Default: today.")
    var on: String?

    @Option(help: "An earlier assessment's id to start from.")
    var repeats: String?

    @OptionGroup var editor: StandardsEditorOptions
    @OptionGroup var databaseOptions: DatabaseOptions

    func run() async throws {
        try await editor.changing(databaseOptions) { store in
            let record = try await StandardsCommandRun.refusing {
                try await StandardsDesk.create(title: title, assessedOn: on, repeats: repeats, by: editor.by, on: store.database)
            }
            print("Started \(record.title) (\(record.assessedOn)), id \(record.id.uuidString).")
        }
    }
}

/// `amhp standards rate ID STANDARD [--evaluation] [--risk] [--evidence] [--link]… [--action]… --by USER`.
struct StandardsRateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rate",
        abstract: "Record the Map, Evaluate, Plan and Prioritise of one standard; what is not given is kept.",
        discussion: "Evaluations: \(StandardEvaluation.allCases.map(\.rawValue).joined(separator: ", ")). Risks: \(StandardRisk.allCases.map(\.rawValue).joined(separator: ", ")). "
            + "An action is \"text|term|owner|due\" with term short, medium or long and due YYYY-MM-DD (optional); giving --action replaces every action. "
            + "Exit status: 0 when recorded, 2 when a value is malformed (each named), 1 when refused.")

    @OptionGroup var assessment: StandardsAssessmentArgument

    @Argument(help: "The standard's number as published, such as 2.3.")
    var standard: String

    @Option(help: "How far the standard is met.")
    var evaluation: String?

    @Option(help: "The risk without the planned changes.")
    var risk: String?

    @Option(help: "The evidence (Map): practices, protocols and policies.")
    var evidence: String?

    @Option(help: "Where the evidence is kept; repeat for more. Replaces the links.")
    var link: [String] = []

    @Option(help: "A planned action, \"text|term|owner|due\"; repeat for more. Replaces the actions.")
    var action: [String] = []

    @Flag(help: "Remove every action.")
    var clearActions = false

    @OptionGroup var editor: StandardsEditorOptions
    @OptionGroup var databaseOptions: DatabaseOptions

    func run() async throws {
        let id = try assessment.assessmentID()
        try await editor.changing(databaseOptions) { store in
            let record = try await StandardsCommandRun.refusing {
                try await StandardsDesk.rate(id, standard: standard, evidence: evidence, links: link.isEmpty ? nil : link,
                                             evaluation: evaluation, risk: risk, actions: clearActions ? [] : (action.isEmpty ? nil : action),
                                             by: editor.by, on: store.database)
            }
            let rating = record.rating(of: standard)
            print("\(standard): \(rating.evaluation?.label ?? "not evaluated"); risk \(rating.risk?.shortLabel ?? "not rated"); actions: \(rating.actions.count).")
        }
    }
}

/// `amhp standards evidence ID [--planning DIR] [--as-of DATE] --by USER`.
struct StandardsEvidenceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "Fill the assessment's evidence from the data: the register and CPD (planning folder), published rotas, the TOIL ledger, professions.")

    @OptionGroup var assessment: StandardsAssessmentArgument

    @Option(help: "The planning folder (workforce.csv, training_log.csv, referrals.csv, planning.yaml); without it the register, CPD and contingency are left out.")
    var planning: String?

    @Option(help: "The day the figures describe, YYYY-MM-DD. Default: today.")
    var asOf: LocalDate?

    @OptionGroup var editor: StandardsEditorOptions
    @OptionGroup var databaseOptions: DatabaseOptions

    func run() async throws {
        let id = try assessment.assessmentID()
        try await editor.changing(databaseOptions) { store in
            do {
                try await StandardsDesk.fillEvidence(id, planningFolder: planning.map { URL(fileURLWithPath: $0) }, asOf: asOf ?? LocalDate.today(),
                                                     by: editor.by, on: store.database)
            } catch let errors as InputErrors {
                FileHandle.standardError.write(Data("\(errors.description)\n".utf8))
                throw ExitCode(.inputError)
            }
            print(try await StandardsDesk.report(id, csv: false, on: store.database), terminator: "")
        }
    }
}

/// `amhp standards show ID [--csv]`.
struct StandardsShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print an assessment standard by standard (evaluation, risk, change since the one before, evidence, actions), or as CSV.")

    @OptionGroup var assessment: StandardsAssessmentArgument

    @Flag(help: "Print CSV, one row per standard.")
    var csv = false

    @OptionGroup var databaseOptions: DatabaseOptions

    func run() async throws {
        let id = try assessment.assessmentID()
        try await databaseOptions.withDatabase { store in
            print(try await StandardsDesk.report(id, csv: csv, on: store.database), terminator: "")
        }
    }
}
