import Foundation
import Planning
import Storage
import Workforce

/// A scenario run as asked for, checked: the month, each scenario's file name and YAML (picked
/// from the library or sent), the time limit for each solve, the seed and how many seeds each hub
/// is solved with (the best rota kept).
struct ScenarioRunRequest: Sendable, Codable {
    struct Item: Sendable, Codable {
        let fileName: String
        let name: String
        let text: String
    }

    let month: Month
    let scenarios: [Item]
    let timeLimit: Double
    let seed: Int
    let seeds: Int

    enum CodingKeys: String, CodingKey {
        case month, scenarios, timeLimit = "time_limit", seed, seeds
    }

    init(month: Month, scenarios: [Item], timeLimit: Double, seed: Int, seeds: Int = 1) {
        (self.month, self.scenarios, self.timeLimit, self.seed, self.seeds) = (month, scenarios, timeLimit, seed, seeds)
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .month)
        guard let month = Month(text) else {
            throw DecodingError.dataCorruptedError(forKey: .month, in: container, debugDescription: "not a month (YYYY-MM)")
        }
        self.init(month: month, scenarios: try container.decode([Item].self, forKey: .scenarios),
                  timeLimit: try container.decode(Double.self, forKey: .timeLimit), seed: try container.decode(Int.self, forKey: .seed),
                  // Runs stored before seeds were asked for had one.
                  seeds: try container.decodeIfPresent(Int.self, forKey: .seeds) ?? 1)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(month.description, forKey: .month)
        try container.encode(scenarios, forKey: .scenarios)
        try container.encode(timeLimit, forKey: .timeLimit)
        try container.encode(seed, forKey: .seed)
        try container.encode(seeds, forKey: .seeds)
    }

    /// As stored with the run (`scenario_runs.request`): a JSON object with sorted keys.
    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Text and finite numbers (the time limit was checked) always encode.
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// The request stored with a run, refused naming the field when it does not read.
    static func decode(_ text: String) throws -> ScenarioRunRequest {
        do {
            return try JSONDecoder().decode(ScenarioRunRequest.self, from: Data(text.utf8))
        } catch {
            throw StorageError.unreadableValue(table: "scenario_runs", field: "request", value: String(text.prefix(200)))
        }
    }

    static let defaultTimeLimit = 20.0
    static let maximumScenarios = 8

    /// Checks a request, collecting every problem: the month, each file (it must be in the
    /// library and read cleanly), each YAML text, the number of scenarios, and the time limit,
    /// which applies to each of the baseline and the scenarios, so their total is what is capped.
    static func validate(month monthText: String?, files: [String], texts: [String], timeLimit: Double?, seed: Int?, seeds: Int? = nil,
                         planningFolder: URL, maximumTotalSeconds: Double) throws -> ScenarioRunRequest {
        var reader = FieldReader()
        let month = reader.month(monthText)
        var items: [Item] = []
        let library = ScenarioLibrary.entries(in: planningFolder)
        for (index, file) in files.enumerated() {
            guard let entry = library.first(where: { $0.file == file }) else {
                let choices = library.map(\.file).joined(separator: ", ")
                reader.add("files[\(index)]", "\"\(file)\" is not a scenario file in \(ScenarioLibrary.folder(planningFolder).path); "
                           + (choices.isEmpty ? "there are none, so send the scenario's YAML in `scenarios` instead." : "use one of: \(choices)."))
                continue
            }
            guard let scenario = entry.scenario else {
                for problem in entry.problems { reader.add("files[\(index)]", "\(problem.field): \(problem.message)") }
                continue
            }
            items.append(Item(fileName: file, name: scenario.name, text: entry.text))
        }
        for (index, text) in texts.enumerated() {
            let fileName = "scenario-\(index + 1).yaml"
            let (scenario, problems) = ScenarioLibrary.parse(text, fileName: fileName, field: "scenarios[\(index)]")
            for problem in problems { reader.add(problem.field, problem.message) }
            if let scenario { items.append(Item(fileName: fileName, name: scenario.name, text: text)) }
        }
        let count = files.count + texts.count
        if count == 0 {
            reader.add("scenarios", "no scenario was given; pick files from GET /api/scenarios in `files`, or send YAML in `scenarios` (docs/planning.md).")
        } else if count > maximumScenarios {
            reader.add("scenarios", "\(count) scenarios were given; a run takes at most \(maximumScenarios), so split them into several runs.")
        }
        let seconds = timeLimit ?? defaultTimeLimit
        let seeds = seeds ?? 1
        if !ScenarioRunner.seedRange.contains(seeds) {
            reader.add("seeds", "must be from \(ScenarioRunner.seedRange.lowerBound) to \(ScenarioRunner.seedRange.upperBound) solves of each hub.")
        }
        let solves = Double((max(count, 1) + 1) * min(max(seeds, 1), ScenarioRunner.seedRange.upperBound))
        if !(seconds >= 1) {
            reader.add("time_limit", "must be at least 1 second for each solve; \(Int(defaultTimeLimit)) is usual.")
        } else if seconds * solves > maximumTotalSeconds {
            reader.add("time_limit", "\(NumberText.plain(seconds)) s for each of \(Int(solves)) solves (the baseline and each scenario, for each seed) is more than "
                       + "the \(Int(maximumTotalSeconds)) s a run may take; give at most \(Int(maximumTotalSeconds / solves)) s, or fewer seeds.")
        }
        let seed = seed ?? Int(RotaRunDefaults.seed)
        if seed < 0 { reader.add("seed", "must be 0 or more.") }
        let checkedMonth = try reader.require(month, "The scenario run has problems; nothing was started.")
        return ScenarioRunRequest(month: checkedMonth, scenarios: items, timeLimit: seconds, seed: seed, seeds: seeds)
    }
}
