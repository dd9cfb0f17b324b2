import Foundation
import Planning
import Workforce

/// What `/scenarios` shows: the library to pick from, a box for a scenario of the lead's own
/// (typed or uploaded), the run's settings, the problems of a refused run, and the recent runs.
struct ScenariosPageModel: Encodable {
    struct LibraryRow: Encodable {
        let file: String
        let name: String
        /// Nil when there is none (Leaf counts an empty string as true).
        let description: String?
        let problems: [String]
        let checked: Bool
    }

    struct RunRow: Encodable {
        let id: String
        let month: String
        let status: String
        let scenarios: String
        let requestedBy: String
        let requestedAt: String
    }

    let error: String?
    let problems: [Problem]
    let library: [LibraryRow]
    let month: String
    let timeLimit: String
    let seed: String
    let seeds: String
    let yaml: String
    let runs: [RunRow]

    init(library: [ScenarioLibrary.Entry], runs: [ScenarioRun], form: ScenarioForm?, error: String?, problems: [Problem]) {
        self.error = error
        self.problems = problems
        let picked = Set(form?.files ?? [])
        self.library = library.map { entry in
            LibraryRow(file: entry.file, name: entry.scenario?.name ?? entry.file, description: entry.scenario.flatMap { $0.description.isEmpty ? nil : $0.description },
                       problems: entry.problems.map { "\($0.field): \($0.message)" }, checked: picked.contains(entry.file))
        }
        month = form?.month ?? ServiceClock.thisMonth.next.description
        timeLimit = form?.timeLimit ?? NumberText.plain(ScenarioRunRequest.defaultTimeLimit)
        seed = form?.seed ?? "1"
        seeds = form?.seeds ?? "1"
        yaml = form?.yaml ?? ""
        self.runs = runs.map { run in
            RunRow(id: run.id.uuidString, month: run.request.month.description, status: run.status.rawValue,
                   scenarios: run.request.scenarios.map(\.name).joined(separator: "; "), requestedBy: run.requestedBy,
                   requestedAt: ScenarioRunPageModel.time(run.requestedAt))
        }
    }
}

/// What `/scenarios/runs/{id}` shows: the run's state while it goes, then the comparison with the
/// baseline, each change marked better or worse where the measure has a direction.
struct ScenarioRunPageModel: Encodable {
    struct Column: Encodable {
        let name: String
        let status: String
        let notes: [String]
    }

    struct Cell: Encodable {
        let value: String
        /// The change from the baseline; nil when there is none (and in the baseline's column).
        let change: String?
        /// `better`, `worse`, `noise` (a change within the solver's noise, shown in grey) or empty.
        let direction: String
    }

    struct Row: Encodable {
        let measure: String
        let cells: [Cell]
    }

    let id: String
    let month: String
    let status: String
    let isFinished: Bool
    let progress: String
    let error: String?
    let scenarios: [String]
    let timeLimit: String
    /// "", or how many seeds each hub was solved with.
    let seeds: String
    let requestedBy: String
    let columns: [Column]
    let rows: [Row]
    let downloads: [DownloadLink]

    init(_ run: ScenarioRun) {
        id = run.id.uuidString
        month = MonthName.full(run.request.month)
        status = run.status.rawValue
        isFinished = run.isFinished
        progress = run.progress()
        error = run.error
        scenarios = run.request.scenarios.map(\.name)
        timeLimit = NumberText.plain(run.request.timeLimit)
        seeds = run.request.seeds > 1 ? ", with \(run.request.seeds) seeds for each hub (the best rota kept)" : ""
        requestedBy = run.requestedBy
        let result = run.result
        columns = result?.columns.map { column in
            Column(name: column.name,
                   status: column.status + (column.gap.map { ", gap \(NumberText.percent($0))" } ?? "") + ", \(NumberText.fixed(column.seconds, 0)) s"
                       + (column.seedObjectives.map { "; best of \($0.count) seeds, objectives \(NumberText.fixed($0.min() ?? 0, 0)) to \(NumberText.fixed($0.max() ?? 0, 0))" } ?? "")
                       + (column.beyondNoise.map { $0 ? "; differs from the baseline by more than the solver's noise" : "; within the solver's noise of the baseline" } ?? ""),
                   notes: column.notes)
        } ?? []
        let beyondNoise = result?.columns.map { $0.beyondNoise ?? true } ?? []
        rows = result?.measures.map { measure in
            Row(measure: measure.name, cells: measure.values.indices.map { index in
                let change = measure.changes[index], text = NumberText.signed(change, measure.decimals)
                // A change too small to show at the table's decimals is no change to the reader.
                let changed = index > 0 && text != NumberText.fixed(0, measure.decimals)
                let direction = changed ? Self.direction(change, lowerIsBetter: measure.lowerIsBetter,
                                                         beyondNoise: index < beyondNoise.count ? beyondNoise[index] : true) : ""
                return Cell(value: NumberText.fixed(measure.values[index], measure.decimals), change: changed ? text : nil,
                            direction: direction)
            })
        } ?? []
        downloads = run.files.map { DownloadLink(label: $0, href: "/api/scenario-runs/\(run.id)/files/\($0)") }
    }

    /// How a change from the baseline is shown: `better` or `worse` where the measure has a
    /// direction, but `noise` (grey) when the plans are within the solver's noise of each other,
    /// since then it may be chance; empty where the measure has no direction.
    static func direction(_ change: Double, lowerIsBetter: Bool?, beyondNoise: Bool) -> String {
        guard let lowerIsBetter else { return "" }
        guard beyondNoise else { return "noise" }
        return (change < 0) == lowerIsBetter ? "better" : "worse"
    }

    /// A time as staff read it: `2026-11-23 14:05`, in England's time.
    static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.timeZone = ServiceClock.timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
