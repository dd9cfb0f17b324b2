import Foundation
import Workforce
import Yams

/// Reads a scenario file (`scenarios/*.yaml`): what changes against the hub as it is.
///
///     name: Lose three NHS AMHPs
///     remove:
///       - {employer: NHS, count: 3}
///     demand_change_percent: 10
public enum ScenarioFile {
    static let keys = ["name", "description", "remove", "add", "demand_change_percent", "cover_from_demand", "cover", "working_time"]

    /// Reads every scenario file given; all problems in all of them are thrown together.
    public static func load(_ urls: [URL]) throws -> [Scenario] {
        var errors: [InputError] = []
        var scenarios: [Scenario] = []
        for url in urls {
            let name = url.lastPathComponent
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                errors.append(InputError(file: url.path, line: nil, field: nil, problem: "the file is missing or not UTF-8 text.",
                                         fix: "give the path of a scenario .yaml file (see docs/planning.md)."))
                continue
            }
            if let scenario = read(text, fileName: name, errors: &errors) { scenarios.append(scenario) }
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        return scenarios
    }

    /// Reads one scenario from its text (a scenario sent to the service), throwing every problem in it.
    public static func parse(_ text: String, fileName: String) throws -> Scenario {
        var errors: [InputError] = []
        guard let scenario = read(text, fileName: fileName, errors: &errors), errors.isEmpty else { throw InputErrors(errors) }
        return scenario
    }

    static func read(_ text: String, fileName: String, errors: inout [InputError]) -> Scenario? {
        var reader = NodeReader(fileName: fileName, documentation: "docs/planning.md",
                                example: "a scenario in Data/demo-hub/scenarios")
        var scenario = Scenario(name: "", fileName: fileName)
        guard let root = reader.root(text) else {
            errors += reader.errors
            return nil
        }
        for (key, value) in reader.entries(root, "", known: keys) {
            switch key {
            case "name": scenario.name = reader.string(value, key) ?? ""
            case "description": scenario.description = reader.string(value, key) ?? ""
            case "remove": scenario.removals = reader.items(value, key).compactMap { removal($0, reader: &reader) }
            case "add": scenario.additions = reader.items(value, key).compactMap { addition($0, reader: &reader) }
            case "demand_change_percent": scenario.demandChangePercent = reader.number(value, key, in: -90...300) ?? 0
            case "cover_from_demand": scenario.coverFromDemand = reader.flag(value, key) ?? false
            case "cover": scenario.coverChanges = reader.items(value, key).compactMap { coverChange($0, reader: &reader) }
            default: scenario.workingTime = workingTime(value, reader: &reader)
            }
        }
        if scenario.name.isEmpty {
            reader.fail(root, "name", "the scenario has no name.", fix: "add a line such as \"name: Lose three NHS AMHPs\".")
        }
        errors += reader.errors
        return reader.errors.isEmpty ? scenario : nil
    }

    private static func removal(_ node: Node, reader: inout NodeReader) -> Scenario.Removal? {
        let known = ["id", "employer", "profession", "nights", "coordinates", "count"]
        var kind = Scenario.AMHPKind()
        var id: String?, count: Int?
        for (field, value) in reader.entries(node, "remove", known: known) {
            let path = "remove.\(field)"
            switch field {
            case "id": id = reader.string(value, path)
            case "employer": kind.employer = reader.string(value, path)
            case "profession": kind.profession = reader.choice(value, path, as: Profession.self)
            case "nights": kind.nights = reader.choice(value, path, as: NightWorking.self)
            case "count": count = reader.integer(value, path, in: 1...500)
            default:
                let text = reader.string(value, path)?.lowercased()
                if let text, ["days", "nights", "any", "none"].contains(text) { kind.coordinates = text }
                else { reader.fail(value, path, "\"\(text ?? "")\" is not allowed.", fix: "write one of: days, nights, any, none.") }
            }
        }
        if let id {
            if kind != Scenario.AMHPKind() || count != nil {
                reader.fail(node, "remove", "a removal by id takes no other settings.", fix: "write \"- {id: A07}\", or describe a kind with a count.")
                return nil
            }
            return .id(id)
        }
        guard kind != Scenario.AMHPKind() else {
            reader.fail(node, "remove", "say whom to remove.", fix: "write \"- {id: A07}\" or \"- {employer: NHS, count: 3}\".")
            return nil
        }
        return .kind(kind, count: count ?? 1)
    }

    private static func addition(_ node: Node, reader: inout NodeReader) -> Scenario.Addition? {
        let known = ["count", "like", "employer", "fte", "nhs_shifts_per_month", "profession", "nights", "coordinate_days", "coordinate_nights"]
        var addition = Scenario.Addition()
        var employer = "LA", fte: Double?, shifts: Double?
        for (field, value) in reader.entries(node, "add", known: known) {
            let path = "add.\(field)"
            switch field {
            case "count": addition.count = reader.integer(value, path, in: 1...100) ?? 1
            case "like": addition.like = reader.string(value, path)
            case "employer": employer = reader.string(value, path) ?? employer
            case "fte": fte = reader.number(value, path, in: 0.01...1.5)
            case "nhs_shifts_per_month": shifts = reader.number(value, path, in: 0...31)
            case "profession": addition.profession = reader.choice(value, path, as: Profession.self) ?? addition.profession
            case "nights": addition.nights = reader.choice(value, path, as: NightWorking.self) ?? addition.nights
            case "coordinate_days": addition.coordinateDays = reader.flag(value, path) ?? false
            default: addition.coordinateNights = reader.flag(value, path) ?? false
            }
        }
        if employer.uppercased() == "LA" {
            addition.employment = .localAuthority(fte: fte ?? 1.0)
        } else {
            addition.employment = .nhs(trust: employer, shiftsPerMonth: shifts ?? 3)
        }
        return addition
    }

    private static func coverChange(_ node: Node, reader: inout NodeReader) -> Scenario.CoverChange? {
        var change = Scenario.CoverChange()
        for (field, value) in reader.entries(node, "cover", known: ["day_type", "shift", "minimum", "target", "change"]) {
            let path = "cover.\(field)"
            switch field {
            case "day_type":
                let text = reader.string(value, path) ?? "all"
                if text != "all" { change.dayType = reader.choice(value, path, as: DayType.self) }
            case "shift":
                let text = reader.string(value, path) ?? "all"
                change.shiftCode = text == "all" ? nil : text
            case "minimum": change.minimum = reader.integer(value, path, in: 0...99)
            case "target": change.target = reader.integer(value, path, in: 0...99)
            default: change.change = reader.integer(value, path, in: -20...20)
            }
        }
        if change.minimum == nil && change.target == nil && change.change == nil {
            reader.fail(node, "cover", "the cover change changes nothing.", fix: "give minimum, target, or change (e.g. change: 1).")
            return nil
        }
        return change
    }

    private static func workingTime(_ node: Node, reader: inout NodeReader) -> Scenario.WorkingTimeChanges {
        var changes = Scenario.WorkingTimeChanges()
        let known = ["minimum_rest_hours", "maximum_consecutive_nights", "maximum_consecutive_working_days", "average_48_hour_week"]
        for (field, value) in reader.entries(node, "working_time", known: known) {
            let path = "working_time.\(field)"
            switch field {
            case "minimum_rest_hours": changes.minimumRestHours = reader.number(value, path, in: 0...24)
            case "maximum_consecutive_nights": changes.maximumConsecutiveNights = reader.integer(value, path, in: 1...14)
            case "maximum_consecutive_working_days": changes.maximumConsecutiveWorkingDays = reader.integer(value, path, in: 1...14)
            default: changes.average48HourWeek = reader.flag(value, path)
            }
        }
        return changes
    }
}
